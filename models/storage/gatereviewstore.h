#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"

namespace greenlight::models {

class Database;

/// A stored review together with the use case it belongs to.
struct StoredReview {
    QString useCaseId;
    GateReview review;
};

/// Gate reviews one at a time (start, sign, decide); joins the caller's transaction.
class GateReviewStore final
{
public:
    explicit GateReviewStore(Database &db) : m_db(db) {}

    [[nodiscard]] Result<bool> exists(const QString &reviewId) const;
    [[nodiscard]] Result<StoredReview> load(const QString &reviewId) const;
    /// Inserts a new review with its frozen rule results (and any sign-offs it already has).
    [[nodiscard]] Status insert(const QString &useCaseId, const GateReview &review);
    [[nodiscard]] Status appendSignoff(const QString &reviewId, const Signoff &signoff);
    [[nodiscard]] Status setDecision(const QString &reviewId, GateDecision decision, const QString &rationale);

private:
    Database &m_db;
};

/// Data-class decisions, appended one at a time; joins the caller's transaction.
class DataApprovalStore final
{
public:
    explicit DataApprovalStore(Database &db) : m_db(db) {}
    [[nodiscard]] Status append(const QString &useCaseId, const DataApproval &approval);

private:
    Database &m_db;
};

} // namespace greenlight::models
