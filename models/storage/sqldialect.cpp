#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fail(db.databaseName(), query.lastError().text());
    return {};
}

class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return u"QSQLITE"_s; }

    Status configure(QSqlDatabase &db, bool readOnly) const override
    {
        // WAL keeps readers (the GUI) going while a sync writes; NORMAL is durable across application crashes.
        // The busy timeout is a connect option (Database::busyTimeoutMs).
        if (!readOnly) {
            if (Status s = exec(db, u"PRAGMA journal_mode=WAL"_s); !s)
                return s;
        }
        for (const QString &pragma : {u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s}) {
            if (Status s = exec(db, pragma); !s)
                return s;
        }
        return {};
    }

    Status lockAuditChain(QSqlDatabase &) const override { return {}; }
    Status announceChange(QSqlDatabase &) const override { return {}; }

    Result<int> schemaVersion(QSqlDatabase &db) const override
    {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return fail(db.databaseName(), query.lastError().text());
        return query.value(0).toInt();
    }

    Status setSchemaVersion(QSqlDatabase &db, int version) const override
    {
        // PRAGMA takes no bound values; the version is an integer from our own migration table.
        return exec(db, u"PRAGMA user_version = %1"_s.arg(version));
    }
};

class PostgresDialect final : public SqlDialect
{
public:
    QString driverName() const override { return u"QPSQL"_s; }

    Status configure(QSqlDatabase &db, bool) const override
    {
        if (Status s = exec(db, u"SET client_min_messages TO WARNING"_s); !s)
            return s;
        // Only when missing: a login of a team database may not create tables, not even to find one there.
        QSqlQuery exists(db);
        if (!exists.exec(u"SELECT to_regclass('greenlight_schema') IS NOT NULL"_s) || !exists.next())
            return fail(db.databaseName(), exists.lastError().text());
        if (exists.value(0).toBool())
            return {};
        return exec(db, u"CREATE TABLE greenlight_schema (version INTEGER NOT NULL)"_s);
    }

    Status announceChange(QSqlDatabase &db) const override { return exec(db, u"NOTIFY "_s + changeChannel()); }

    Status lockAuditChain(QSqlDatabase &db) const override
    {
        // A transaction-scoped advisory lock: held until commit or rollback, so the head this writer reads next
        // is the one it appends after, and the next writer reads this writer's event (READ COMMITTED takes a
        // fresh snapshot per statement). The key is fixed: one chain per database.
        return exec(db, u"SELECT pg_advisory_xact_lock(7220616476583829504)"_s);
    }

    Result<int> schemaVersion(QSqlDatabase &db) const override
    {
        // A database Greenlight has never opened has no version table yet: that is schema 0.
        QSqlQuery exists(db);
        if (!exists.exec(u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                         u"AND table_name = 'greenlight_schema'"_s) ||
            !exists.next())
            return fail(db.databaseName(), exists.lastError().text());
        if (exists.value(0).toInt() == 0)
            return 0;
        QSqlQuery query(db);
        if (!query.exec(u"SELECT MAX(version) FROM greenlight_schema"_s))
            return fail(db.databaseName(), query.lastError().text());
        return query.next() ? query.value(0).toInt() : 0;
    }

    Status setSchemaVersion(QSqlDatabase &db, int version) const override
    {
        if (Status s = exec(db, u"DELETE FROM greenlight_schema"_s); !s)
            return s;
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO greenlight_schema (version) VALUES (?)"_s);
        query.addBindValue(version);
        if (!query.exec())
            return fail(db.databaseName(), query.lastError().text());
        return {};
    }
};

} // namespace

std::unique_ptr<SqlDialect> SqlDialect::sqlite()
{
    return std::make_unique<SqliteDialect>();
}

std::unique_ptr<SqlDialect> SqlDialect::postgres()
{
    return std::make_unique<PostgresDialect>();
}

} // namespace greenlight::models
