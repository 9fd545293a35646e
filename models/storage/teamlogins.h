#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"
#include "identity/identity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace greenlight::models {

class Database;

/// The login a team-database session runs under, as the server says, and the person it is (DESIGN §8 "who").
struct SessionLogin {
    QString login;      ///< session_user
    QString clientHost; ///< the client's address as the server sees it ("127.0.0.1"), or "local" for a socket
    QString personId;   ///< from person_logins; empty when the login is no person's
    bool owner = false; ///< the login owns the database's tables: it migrates and administers logins
};

/// One row of `greenlight admin list-logins`.
struct LoginEntry {
    QString login;
    QString personId;
    QString addedOn;
    QStringList groupRoles; ///< greenlight_* roles the login is a member of, sorted
    bool canLogIn = false;
};

/**
 * The logins of a team (PostgreSQL) database: each is a server role mapped to one person and made a member of
 * the group roles (greenlight_pm, …, greenlight_reader) of that person's roles. Only the owner adds or removes
 * logins; each change is an audit event. On SQLite there are no logins: every call fails saying so.
 */
class TeamLogins final
{
    Q_DECLARE_TR_FUNCTIONS(TeamLogins)

public:
    explicit TeamLogins(Database &db) : m_db(db) {}

    /// Who this session is; the login's person is read afresh, since the owner may map it meanwhile.
    [[nodiscard]] Result<SessionLogin> session() const;
    [[nodiscard]] Result<QList<LoginEntry>> list() const;
    /// Creates the login role (with @p password's SCRAM verifier, computed here so the password never reaches the
    /// server; none when the server's pg_hba.conf authenticates it by peer, certificate or GSS), grants it the
    /// group roles of @p person's roles and greenlight_reader, and maps it to @p person.
    [[nodiscard]] Result<AuditEvent> add(const Person &person, const QString &login,
                                         const std::optional<QString> &password, const Actor &actor,
                                         const QDateTime &at);
    /// Drops the login role and its mapping.
    [[nodiscard]] Result<AuditEvent> remove(const QString &login, const Actor &actor, const QDateTime &at);

    /// "greenlight_pm" for Role::Pm, and so on.
    [[nodiscard]] static QString groupRole(Role role);
    /// The group role of people who may only read and verify.
    [[nodiscard]] static QString readerRole();
    /// The group roles a login of @p person is made a member of: the group role of each of their roles, in their
    /// order, then readerRole().
    [[nodiscard]] static QStringList groupRolesOf(const Person &person);

private:
    [[nodiscard]] Status checkAdministrable(const QString &login) const;
    Database &m_db;
};

/// Who this session is: on a team database the server's login and its person, otherwise @p os bound through
/// people[].accounts. Every command and the window ask this, so a login can never be someone else's account.
[[nodiscard]] Result<Identity> resolveSessionIdentity(Database &db, const Portfolio &portfolio, const OsAccount &os);

} // namespace greenlight::models
