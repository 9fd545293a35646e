#pragma once

#include "domain/error.h"
#include "storage/faststatement.h"
#include "usage/usagerecord.h"

#include <QHash>

#include <memory>
#include <vector>

namespace greenlight::models {

class Database;

/// The key of a usage rollup row: day × source × use case × tenant × model.
struct UsageRollupKey {
    qint64 day = 0;
    QByteArray source;
    QByteArray useCase;
    QByteArray tenant;
    QByteArray model;
    friend bool operator==(const UsageRollupKey &, const UsageRollupKey &) = default;
};
size_t qHash(const UsageRollupKey &key, size_t seed = 0);

struct UsageRollupValue {
    qint64 requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 costNanos = 0;
    qint64 errors = 0;
    qint64 latencyMsSum = 0;
    qint64 latencyCount = 0;
};

struct FeedbackRollupKey {
    qint64 day = 0;
    QByteArray useCase;
    QByteArray tenant;
    friend bool operator==(const FeedbackRollupKey &, const FeedbackRollupKey &) = default;
};
size_t qHash(const FeedbackRollupKey &key, size_t seed = 0);

struct FeedbackRollupValue {
    qint64 accepted = 0;
    qint64 edited = 0;
    qint64 rejected = 0;
};

/**
 * Writes usage and feedback records with their daily rollups. Records are inserted once per
 * (source, request id) / (source, feedback key); only new records reach the rollups, so importing
 * the same data twice changes nothing. Joins the caller's transaction.
 */
class UsageStore final
{
public:
    explicit UsageStore(Database &db);
    Q_DISABLE_COPY_MOVE(UsageStore)

    /// Inserts the record unless it is already stored; true when it was new.
    [[nodiscard]] Result<bool> insert(const UsageRecord &record);
    [[nodiscard]] Result<bool> insert(const FeedbackRecord &record, const QByteArray &feedbackKey);
    /// Adds @p deltas to the rollup tables (insert or add): usage_daily, and their sums to each smaller rollup.
    [[nodiscard]] Status addToRollups(const QHash<UsageRollupKey, UsageRollupValue> &deltas);
    /// Adds @p deltas to feedback_daily, and their sums per day and use case to feedback_daily_use_case.
    [[nodiscard]] Status addToRollups(const QHash<FeedbackRollupKey, FeedbackRollupValue> &deltas);
    /// The common table expressions that add the rows of the CTE @p grouped (feedback_daily's columns, one row per
    /// key) to feedback_daily and their sums per day and use case to feedback_daily_use_case (as
    /// UsageRollups::additionsFrom() for usage).
    [[nodiscard]] static QString feedbackAdditionsFrom(const QString &grouped);
    /// The sum of each usage rollup column over the whole database. Every stored rollup and every total a
    /// report adds up is at most this, so while it fits in 64 bits they are all exact.
    [[nodiscard]] Result<UsageRollupValue> usageTotals();

private:
    Database &m_db;
    FastStatement m_insertUsage;
    FastStatement m_insertFeedback;
    FastStatement m_upsertUsage;
    FastStatement m_upsertFeedback;
    FastStatement m_upsertFeedbackUseCase;
    /// PostgreSQL: the deltas go through COPY into a temporary table and one statement for every rollup.
    bool m_copyDeltas = false;
    /// One upsert per table of UsageRollups::smaller(), in that order.
    std::vector<std::unique_ptr<FastStatement>> m_upsertSmaller;
};

} // namespace greenlight::models
