#include "storage/teamlogins.h"

#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

PGconn *postgresHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver() != nullptr ? db.driver()->handle() : QVariant();
    // Qt's driver registers the handle under libpq's struct name, pg_conn (PGconn is its typedef).
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

/// The SCRAM-SHA-256 verifier (or whatever the server's password_encryption asks for) of @p password.
Result<QString> passwordVerifier(QSqlDatabase &db, const QString &login, const QString &password)
{
    PGconn *conn = postgresHandle(db);
    if (conn == nullptr)
        return fail(login, QCoreApplication::translate("TeamLogins", "no PostgreSQL connection to encrypt with"));
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(), login.toUtf8().constData(), nullptr);
    if (verifier == nullptr)
        return fail(login, QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    const QString text = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return text;
}

/// Runs a role statement, which PostgreSQL cannot prepare; the error gives the server's words, never the statement
/// (it may hold a password verifier).
Status execRoleStatement(Database &db, const QString &login, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement))
        return fail(login, query.lastError().databaseText().trimmed());
    return {};
}

QString quotedLiteral(QString text)
{
    return u'\'' + text.replace(u'\'', u"''"_s) + u'\'';
}

} // namespace

Result<Identity> resolveSessionIdentity(Database &db, const Portfolio &portfolio, const OsAccount &os)
{
    if (!db.isPostgres())
        return Identity::resolve(portfolio, os);
    const Result<SessionLogin> login = TeamLogins(db).session();
    if (!login)
        return std::unexpected(login.error());
    return Identity::ofLogin(portfolio, login->login, login->clientHost, login->personId);
}

QString TeamLogins::groupRole(Role role)
{
    return u"greenlight_"_s + enumName(role);
}

QString TeamLogins::readerRole()
{
    return u"greenlight_reader"_s;
}

QStringList TeamLogins::groupRolesOf(const Person &person)
{
    QStringList groups;
    for (Role role : person.roles)
        groups.append(groupRole(role));
    groups.append(readerRole());
    return groups;
}

Result<SessionLogin> TeamLogins::session() const
{
    if (!m_db.isPostgres())
        return fail(m_db.displayName(), tr("a SQLite database has no logins: it knows people by their accounts"));
    SqlStatement st(m_db, u"SELECT session_user, COALESCE(host(inet_client_addr()), 'local'), "
                          u"(SELECT person_id FROM person_logins WHERE login = session_user), "
                          u"session_user = (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                          u"AND tablename = 'audit_events')"_s);
    GL_TRY(st.exec());
    if (!st.next()) {
        GL_TRY(st.finished());
        return fail(m_db.displayName(), tr("the server did not say who this session is"));
    }
    return SessionLogin{st.value(0).toString(), st.value(1).toString(), st.value(2).toString(), st.value(3).toBool()};
}

Status TeamLogins::checkAdministrable(const QString &login) const
{
    const Result<SessionLogin> me = session();
    if (!me)
        return std::unexpected(me.error());
    if (!me->owner)
        return fail(login,
                    tr("only the database's owner may add or remove logins; you are logged in as %1").arg(me->login));
    // A server role name may hold anything; a person's login should be typeable and unambiguous in an event.
    static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"_s);
    if (!name.match(login).hasMatch())
        return fail(login, tr("a login is a letter or _ followed by up to 62 letters, digits, _ . @ or -"));
    return {};
}

Result<QList<LoginEntry>> TeamLogins::list() const
{
    if (!m_db.isPostgres())
        return fail(m_db.displayName(), tr("a SQLite database has no logins: it knows people by their accounts"));
    SqlStatement st(m_db, u"SELECT l.login, l.person_id, l.added_on, COALESCE(r.rolcanlogin, FALSE), "
                          u"(SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m "
                          u"JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid AND g.rolname LIKE "
                          u"'greenlight\\_%') FROM person_logins l LEFT JOIN pg_roles r ON r.rolname = l.login "
                          u"ORDER BY l.login"_s);
    GL_TRY(st.exec());
    QList<LoginEntry> entries;
    while (st.next()) {
        const QString roles = st.value(4).toString();
        entries.append(LoginEntry{st.value(0).toString(), st.value(1).toString(), st.value(2).toString(),
                                  roles.isEmpty() ? QStringList() : roles.split(u','), st.value(3).toBool()});
    }
    GL_TRY(st.finished());
    return entries;
}

Result<AuditEvent> TeamLogins::add(const Person &person, const QString &login, const std::optional<QString> &password,
                                   const Actor &actor, const QDateTime &at)
{
    GL_TRY(checkAdministrable(login));
    SqlStatement taken(m_db, u"SELECT (SELECT COUNT(*) FROM pg_roles WHERE rolname = ?), "
                             u"(SELECT person_id FROM person_logins WHERE login = ?)"_s);
    GL_TRY(taken.exec({login, login}));
    if (taken.next() && !taken.value(1).toString().isEmpty())
        return fail(login, tr("%1 is already the login of %2").arg(login, taken.value(1).toString()));
    if (taken.value(0).toInt() > 0)
        return fail(login, tr("the server already has a role named %1; pick another login").arg(login));

    const QStringList groups = groupRolesOf(person);
    QSqlDriver *driver = m_db.connection().driver();
    QStringList quotedGroups;
    for (const QString &group : groups)
        quotedGroups.append(driver->escapeIdentifier(group, QSqlDriver::TableName));

    QString create = u"CREATE ROLE %1 LOGIN"_s.arg(driver->escapeIdentifier(login, QSqlDriver::TableName));
    if (password) {
        const Result<QString> verifier = passwordVerifier(m_db.connection(), login, *password);
        if (!verifier)
            return std::unexpected(verifier.error());
        create += u" PASSWORD "_s + quotedLiteral(*verifier);
    }
    create += u" IN ROLE "_s + quotedGroups.join(u", "_s);

    Transaction tx(m_db);
    GL_TRY(tx.started());
    GL_TRY(execRoleStatement(m_db, login, create));
    SqlStatement map(m_db, u"INSERT INTO person_logins (login, person_id, added_on) VALUES (?, ?, ?)"_s);
    GL_TRY(map.exec({login, person.id, at.toUTC().date().toString(Qt::ISODate)}));
    const QJsonObject payload{{u"person"_s, person.id},
                              {u"roles"_s, QJsonArray::fromStringList(groups)},
                              {u"password"_s, password.has_value()}};
    const Result<AuditEvent> event = AuditStore(m_db).append(
        AuditEntry{actor, u"login"_s, login, u"add"_s, QJsonDocument(payload).toJson(QJsonDocument::Compact)}, at);
    if (!event)
        return event;
    GL_TRY(tx.commit());
    return event;
}

Result<AuditEvent> TeamLogins::remove(const QString &login, const Actor &actor, const QDateTime &at)
{
    GL_TRY(checkAdministrable(login));
    SqlStatement mapped(m_db, u"SELECT person_id FROM person_logins WHERE login = ?"_s);
    GL_TRY(mapped.exec({login}));
    if (!mapped.next()) {
        GL_TRY(mapped.finished());
        return fail(login, tr("%1 is no login of this database (see greenlight admin list-logins)").arg(login));
    }
    const QString person = mapped.value(0).toString();

    Transaction tx(m_db);
    GL_TRY(tx.started());
    SqlStatement unmap(m_db, u"DELETE FROM person_logins WHERE login = ?"_s);
    GL_TRY(unmap.exec({login}));
    GL_TRY(execRoleStatement(m_db, login,
                             u"DROP ROLE IF EXISTS "_s +
                                 m_db.connection().driver()->escapeIdentifier(login, QSqlDriver::TableName)));
    const Result<AuditEvent> event = AuditStore(m_db).append(
        AuditEntry{actor, u"login"_s, login, u"remove"_s,
                   QJsonDocument(QJsonObject{{u"person"_s, person}}).toJson(QJsonDocument::Compact)},
        at);
    if (!event)
        return event;
    GL_TRY(tx.commit());
    return event;
}

} // namespace greenlight::models
