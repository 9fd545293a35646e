#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "gate/dataapprovalrules.h"

#include <functional>

namespace greenlight::models {

class Database;
class SshSigner;

/**
 * Records a security, legal or compliance decision on one data class of a use case. Only those roles
 * decide, only in a role the person holds, and `credentials` can never be approved. The decision and
 * its audit event commit together.
 */
class DataApprovalService final
{
    Q_DECLARE_TR_FUNCTIONS(DataApprovalService)

public:
    DataApprovalService(Database &db, std::function<QDateTime()> clock);

    /// Decides as @p actor's person (only they, in their own session: see Identity); returns the class's status
    /// after the decision.
    /// @p signer: the person's own key, to sign the decision; nullptr leaves it unsigned.
    [[nodiscard]] Result<DataClassStatus> decide(const QString &useCaseId, DataClass dataClass, const Actor &actor,
                                                 Role role, ApprovalDecision decision, const QString &note,
                                                 const SshSigner *signer = nullptr);

private:
    Database &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace greenlight::models
