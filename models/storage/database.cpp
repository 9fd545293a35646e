#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"greenlight-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    return open(location, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Options options)
{
    const bool server = isServerUrl(location);
    std::unique_ptr<SqlDialect> dialect = server ? SqlDialect::postgres() : SqlDialect::sqlite();
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName()))
        return fail(location, tr("the Qt SQL driver %1 is not installed").arg(dialect->driverName()));

    QString displayName = location;
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), nextConnectionName());
    if (server) {
        const QUrl url(location);
        if (!url.isValid() || url.path().size() < 2) {
            const QString name = db.connectionName();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(url.toDisplayString(QUrl::RemovePassword), tr("expected postgresql://user@host:port/database"));
        }
        displayName = url.toDisplayString(QUrl::RemovePassword);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        const QFileInfo file(location);
        if (!file.dir().exists() && !QDir().mkpath(file.absolutePath())) {
            const QString name = db.connectionName();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(location, tr("cannot create the folder %1").arg(file.absolutePath()));
        }
        db.setDatabaseName(location);
    }

    // From here the Database owns the connection and removes it on every path out.
    std::unique_ptr<Database> database(new Database(db, std::move(dialect), displayName));
    db = QSqlDatabase(); // the Database holds the only handle, so its destructor can remove the connection
    QSqlDatabase &conn = database->m_db;
    if (!conn.open())
        return fail(displayName, tr("cannot open the database: %1").arg(conn.lastError().text()));

    // Read the version before writing anything, so a newer database is left exactly as it was.
    const Result<int> version = database->m_dialect->schemaVersion(conn);
    if (!version)
        return fail(displayName, tr("this is not a Greenlight database (%1)").arg(version.error().message));
    if (*version > latestSchemaVersion())
        return fail(displayName, tr("the database was created by a newer Greenlight (schema %1; this version "
                                    "knows up to %2); it was left untouched")
                                     .arg(*version)
                                     .arg(latestSchemaVersion()));

    if (Status s = database->m_dialect->configure(conn); !s)
        return fail(displayName, s.error().message);
    if (Status s = database->migrate(options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion); !s)
        return std::unexpected(s.error());
    return database;
}

Database::Database(QSqlDatabase db, std::unique_ptr<SqlDialect> dialect, QString displayName)
    : m_db(std::move(db)), m_dialect(std::move(dialect)), m_displayName(std::move(displayName))
{
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    if (!isPostgres()) { // keeps the planner's statistics current (sampled: quick on big tables)
        QSqlQuery optimize(m_db);
        optimize.exec(u"PRAGMA analysis_limit = 400"_s);
        optimize.exec(u"PRAGMA optimize"_s);
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool Database::isPostgres() const
{
    return m_dialect->driverName() == u"QPSQL"_s;
}

Result<int> Database::schemaVersion()
{
    return m_dialect->schemaVersion(m_db);
}

Status Database::migrate(int targetVersion)
{
    const Result<int> current = schemaVersion();
    if (!current)
        return std::unexpected(current.error());
    for (const Migration &migration : migrations()) {
        if (migration.version <= *current || migration.version > targetVersion)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return fail(m_displayName, tr("cannot start a transaction: %1").arg(m_db.lastError().text()));
        for (const QString &statement : migration.statements) {
            QSqlQuery query(m_db);
            if (!query.exec(statement))
                return fail(m_displayName, tr("migration %1 (%2) failed: %3")
                                               .arg(migration.version)
                                               .arg(migration.description, query.lastError().text()));
        }
        if (Status s = m_dialect->setSchemaVersion(m_db, migration.version); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace greenlight::models
