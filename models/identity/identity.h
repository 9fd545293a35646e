#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"
#include "identity/osaccount.h"

#include <QCoreApplication>

namespace greenlight::models {

/**
 * Who a session is (DESIGN §8 "who"): the OS account and host it runs under, and the person the portfolio
 * binds that account to in people[].accounts ("ana" on any host, "ana@laptop-7" on that host only). This is the
 * one place that decides what a session may do: the window asks canEdit() and shows readOnlyReason(), the
 * command line asks actAs() for --as, and every audit event takes its actor from here.
 */
class Identity final
{
    Q_DECLARE_TR_FUNCTIONS(Identity)

public:
    Identity() = default;
    /// The identity of @p os against the people of @p portfolio (and whether it is a training database).
    [[nodiscard]] static Identity resolve(const Portfolio &portfolio, const OsAccount &os);
    /// The identity of a team database's session: the server's @p login (from @p clientHost, as the server sees
    /// it) and the person the database's owner mapped it to (@p personId, empty when none).
    [[nodiscard]] static Identity ofLogin(const Portfolio &portfolio, const QString &login, const QString &clientHost,
                                          const QString &personId);
    /// Whether the binding @p entry ("account" or "account@host") names @p os.
    [[nodiscard]] static bool matches(const QString &entry, const OsAccount &os);

    [[nodiscard]] const OsAccount &os() const { return m_os; }
    /// The bound person's id, or empty when no person lists this account.
    [[nodiscard]] QString personId() const { return m_personId; }
    [[nodiscard]] QString personName() const { return m_personName; }
    [[nodiscard]] bool isBound() const { return !m_personId.isEmpty(); }
    [[nodiscard]] bool isTraining() const { return m_training; }
    /// True for a team database's login (then os() holds the login and the client's address).
    [[nodiscard]] bool isLogin() const { return m_login; }

    /// Whether this session may change anything in the window: only a bound person may.
    [[nodiscard]] bool canEdit() const { return isBound(); }
    /// Why the window is read-only, with how to bind (empty when canEdit()).
    [[nodiscard]] QString readOnlyReason() const;
    /// Whether @p personId may sign off, approve or decide in this session: only the bound person themself.
    [[nodiscard]] bool mayActFor(const QString &personId) const { return isBound() && personId == m_personId; }

    /// The actor of events this session records: the bound person, else the account alone.
    [[nodiscard]] Actor actor() const;
    /// The actor for a command that decides for @p personId (`--as`): the bound person must be @p personId;
    /// on a training database anyone may be named and the event says "unverified". The error says why not.
    [[nodiscard]] Result<Actor> actAs(const QString &personId) const;

private:
    OsAccount m_os;
    QString m_personId;
    QString m_personName;
    bool m_training = false;
    bool m_login = false;
};

} // namespace greenlight::models
