#include "storage/connectionstore.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"

#include <QUuid>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

const QString kColumns =
    u"name, kind, url, tenant_field, use_case_field, secret_ref, sync_cursor, last_synced_at, created_at"_s;

Connection fromRow(const SqlStatement &st)
{
    return Connection{st.value(0).toString(),
                      st.value(1).toString(),
                      st.value(2).toString(),
                      st.value(3).toString(),
                      st.value(4).toString(),
                      st.value(5).toString(),
                      st.value(6).toString(),
                      QDateTime::fromString(st.value(7).toString(), Qt::ISODateWithMs),
                      QDateTime::fromString(st.value(8).toString(), Qt::ISODateWithMs)};
}

QVariant timeValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

Status ConnectionStore::add(const Connection &c)
{
    SqlStatement exists(m_db, u"SELECT 1 FROM connections WHERE name = ?"_s);
    GL_TRY(exists.exec({c.name}));
    if (exists.next())
        return fail(c.name, tr("a connection with this name exists already"));
    SqlStatement insert(m_db, u"INSERT INTO connections (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kColumns));
    return insert.exec({c.name, c.kind, c.url, sql::text(c.tenantField), sql::text(c.useCaseField), c.secretRef,
                        sql::text(c.cursor), timeValue(c.lastSyncedAt), timeValue(c.createdAt)});
}

Result<QList<Connection>> ConnectionStore::list() const
{
    SqlStatement st(m_db, u"SELECT %1 FROM connections ORDER BY name"_s.arg(kColumns));
    GL_TRY(st.exec());
    QList<Connection> all;
    while (st.next())
        all.append(fromRow(st));
    return all;
}

Result<Connection> ConnectionStore::find(const QString &name) const
{
    SqlStatement st(m_db, u"SELECT %1 FROM connections WHERE name = ?"_s.arg(kColumns));
    GL_TRY(st.exec({name}));
    if (!st.next())
        return fail(name, tr("no such connection (see 'greenlight connection list')"));
    return fromRow(st);
}

Status ConnectionStore::remove(const QString &name)
{
    SqlStatement st(m_db, u"DELETE FROM connections WHERE name = ?"_s);
    GL_TRY(st.exec({name}));
    if (st.query().numRowsAffected() != 1)
        return fail(name, tr("no such connection (see 'greenlight connection list')"));
    return {};
}

Status ConnectionStore::setCursor(const QString &name, const QString &cursor, const QDateTime &syncedAt)
{
    SqlStatement st(m_db, u"UPDATE connections SET sync_cursor = ?, last_synced_at = ? WHERE name = ?"_s);
    GL_TRY(st.exec({sql::text(cursor), timeValue(syncedAt), name}));
    if (st.query().numRowsAffected() != 1)
        return fail(name, tr("no such connection"));
    return {};
}

Status ConnectionStore::rebind(const QString &name, const QString &url, const QString &secretRef)
{
    SqlStatement st(m_db, u"UPDATE connections SET url = ?, secret_ref = ? WHERE name = ?"_s);
    return st.exec({url, secretRef, name});
}

Result<QString> ConnectionStore::databaseId()
{
    SqlStatement insert(m_db, u"INSERT INTO database_identity (singleton, id) VALUES (1, ?) "
                              u"ON CONFLICT (singleton) DO NOTHING"_s);
    GL_TRY(insert.exec({QUuid::createUuid().toString(QUuid::WithoutBraces)}));
    SqlStatement select(m_db, u"SELECT id FROM database_identity"_s);
    GL_TRY(select.exec());
    if (!select.next())
        return fail(u"database_identity"_s, tr("the database has no identity row"));
    return select.value(0).toString();
}

} // namespace greenlight::models
