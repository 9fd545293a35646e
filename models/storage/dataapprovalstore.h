#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"
#include "storage/recording.h"

namespace greenlight::models {

class Database;

/// Data-class decisions, appended one at a time and never changed; joins the caller's transaction. Each row holds
/// the sequence number and hash of the audit event that recorded it.
class DataApprovalStore final
{
public:
    explicit DataApprovalStore(Database &db) : m_db(db) {}
    [[nodiscard]] Result<AuditEvent> append(const QString &useCaseId, const DataApproval &approval,
                                            const Recording &recording);

private:
    Database &m_db;
};

} // namespace greenlight::models
