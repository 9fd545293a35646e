#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"
#include "storage/recording.h"

namespace greenlight::models {

class Database;

/// Waivers and their revocations, each appended once and never changed; joins the caller's transaction. Each row
/// holds the sequence number and hash of the audit event that recorded it.
class WaiverStore final
{
public:
    explicit WaiverStore(Database &db) : m_db(db) {}
    /// Records @p waiver as granted (action "grant").
    [[nodiscard]] Result<AuditEvent> grant(const QString &useCaseId, const Waiver &waiver, const Recording &recording);
    /// Records that waiver @p waiverId no longer counts from the revocation's day (action "revoke").
    [[nodiscard]] Result<AuditEvent> revoke(const QString &useCaseId, const QString &waiverId,
                                            const WaiverRevocation &revocation, const Recording &recording);
    /// Inserts @p waiver and its revocation as a portfolio import does: the import's event covers them.
    [[nodiscard]] Status insert(const QString &useCaseId, const Waiver &waiver, int sortOrder);
    /// Adds @p revocation of a stored waiver unless it has one (an import: the only change a waiver may gain).
    [[nodiscard]] Status addRevocationIfMissing(const QString &waiverId, const WaiverRevocation &revocation);

private:
    Database &m_db;
};

} // namespace greenlight::models
