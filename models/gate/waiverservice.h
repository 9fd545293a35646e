#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"

#include <QCoreApplication>

#include <functional>

namespace greenlight::models {

class Database;
class SshSigner;

/// What a person asks to waive: one failing rule of one use case at one gate, why, what holds the risk meanwhile, in
/// which role, until when.
struct WaiverRequest {
    QString useCase;
    QString gate; ///< empty: the template that fits the use case (GateEngine::defaultGateId)
    QString rule;
    QString reason;
    QString control;
    Role role = Role::Cto;
    QDate expires;
};

/**
 * Grants and revokes waivers (issue 20). A waiver is granted only for a rule that fails today, by a person in a role
 * WaiverRules allows for it, with a reason, a compensating control and an expiry at most 90 days out; a revocation
 * names who ended it and why. Each is a fact: it and its audit event commit together, signed when a signer is given.
 */
class WaiverService final
{
    Q_DECLARE_TR_FUNCTIONS(WaiverService)

public:
    WaiverService(Database &db, std::function<QDateTime()> clock);

    /// Grants @p request as @p actor's person; returns the waiver with its new id.
    [[nodiscard]] Result<Waiver> grant(const WaiverRequest &request, const Actor &actor,
                                       const SshSigner *signer = nullptr);
    /// Ends waiver @p waiverId from today; returns it with its revocation.
    [[nodiscard]] Result<Waiver> revoke(const QString &waiverId, const Actor &actor, Role role, const QString &reason,
                                        const SshSigner *signer = nullptr);

private:
    [[nodiscard]] Result<QString> newId(const Portfolio &portfolio, QDate day) const;

    Database &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace greenlight::models
