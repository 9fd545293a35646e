#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"
#include "storage/recording.h"

#include <QJsonObject>

namespace greenlight::models {

class Database;

/// A stored review together with the use case it belongs to.
struct StoredReview {
    QString useCaseId;
    GateReview review;
};

/// Gate reviews one at a time (start, sign, decide); joins the caller's transaction. Each write appends the
/// audit event that records it and stores that event's sequence number and hash in the row.
class GateReviewStore final
{
public:
    explicit GateReviewStore(Database &db) : m_db(db) {}

    [[nodiscard]] Result<bool> exists(const QString &reviewId) const;
    [[nodiscard]] Result<StoredReview> load(const QString &reviewId) const;
    /// Inserts a new review with its frozen rule results (and any sign-offs it already has); @p extra joins
    /// the fields of the event's payload.
    [[nodiscard]] Result<AuditEvent> insert(const QString &useCaseId, const GateReview &review,
                                            const Recording &recording, const QJsonObject &extra = {});
    [[nodiscard]] Result<AuditEvent> appendSignoff(const QString &reviewId, const Signoff &signoff,
                                                   const Recording &recording);
    [[nodiscard]] Result<AuditEvent> setDecision(const QString &useCaseId, const QString &reviewId,
                                                 GateDecision decision, const QString &rationale,
                                                 const Recording &recording);

private:
    Database &m_db;
};

} // namespace greenlight::models
