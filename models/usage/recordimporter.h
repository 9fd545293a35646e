#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "usage/recordfilereader.h"
#include "usage/usagerecord.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace greenlight::models {

class Database;

struct RecordImportSummary {
    qint64 read = 0;  ///< records in the input
    qint64 added = 0; ///< records that were new (the rest were already stored)
};

/**
 * Imports usage or feedback records with their rollups as one transaction: a bad record rejects the
 * whole input and nothing of it is kept. So does a record that would take a total of all stored usage
 * (tokens, cost, latency) past 64 bits: totals never wrap and never turn into floating point. Records already stored
 * (same source and request id, or the same feedback) are skipped, so importing twice adds nothing. Memory stays flat:
 * records stream through and rollup deltas are flushed every few thousand keys.
 */
class RecordImporter final
{
    Q_DECLARE_TR_FUNCTIONS(RecordImporter)

public:
    explicit RecordImporter(Database &db) : m_db(db) {}

    /// Called now and then with the number of records read so far.
    void setProgress(std::function<void(qint64)> progress) { m_progress = std::move(progress); }
    /// Runs inside the import's transaction just before it commits (a sync stores its cursor here, so the
    /// cursor and the page it belongs to commit together); an error rolls the whole import back.
    void setBeforeCommit(std::function<Status()> step) { m_beforeCommit = std::move(step); }
    /// The clock the import's audit event is dated by (the command line's, so a fixed clock gives a fixed record).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// How many distinct rollup keys are gathered in memory before they are written (memory against speed).
    void setRollupFlushKeys(qsizetype keys) { m_flushKeys = std::max<qsizetype>(1, keys); }

    static constexpr qsizetype defaultRollupFlushKeys = 250'000; ///< a quarter of traffic in one pass; ≤ ~60 MB

    [[nodiscard]] Result<RecordImportSummary> importUsage(RecordFileReader &reader, const AuditEntry &audit);
    [[nodiscard]] Result<RecordImportSummary> importFeedback(RecordFileReader &reader, const AuditEntry &audit);
    /// Records built in memory (demo data, gateway pages).
    /// An @p audit entry without an entity records no event (a sync records one event per run instead).
    [[nodiscard]] Result<RecordImportSummary> importUsage(const QList<UsageRecord> &records, const AuditEntry &audit);
    [[nodiscard]] Result<RecordImportSummary> importFeedback(const QList<FeedbackRecord> &records,
                                                             const AuditEntry &audit);

    /// The idempotency key of a feedback record (a hash of its fields).
    [[nodiscard]] static QByteArray feedbackKey(const FeedbackRecord &record);

private:
    /// Where a record is in its input: its number (a file's line, a list's position) and how that reads.
    struct Location {
        std::function<qint64()> number;
        QString (*describe)(qint64) = nullptr;
        QString operator()() const { return describe(number()); }
    };
    static QString lineLocation(qint64 line);
    static QString recordLocation(qint64 record);

    template <typename Record>
    Result<RecordImportSummary> importFrom(RecordFileReader &reader, const AuditEntry &audit);
    template <typename Record>
    Result<RecordImportSummary> importFrom(const QList<Record> &records, const AuditEntry &audit);
    /// @p rewind starts the input again from its first record; false when it cannot.
    template <typename Record, typename NextFn, typename WhereFn>
    Result<RecordImportSummary> run(NextFn next, WhereFn where, const std::function<bool()> &rewind,
                                    const AuditEntry &audit);
    /// Row by row through UsageStore (SQLite's fast path; also the exact path when totals come near 64 bits).
    template <typename Record, typename NextFn, typename WhereFn>
    Result<RecordImportSummary> insertRecords(NextFn next, WhereFn where);
    /// COPY straight into the records table (PostgreSQL, StagingCopy::Target::Records) with the rollups summed here;
    /// nothing (and nothing written) when some record turns out not to be new.
    template <typename Record, typename NextFn>
    Result<std::optional<RecordImportSummary>> copyAllNew(NextFn next);
    /// COPY into a staging table and one statement from there (PostgreSQL, StagingCopy).
    template <typename Record, typename NextFn, typename WhereFn>
    Result<RecordImportSummary> copyRecords(NextFn next, WhereFn where);

    Database &m_db;
    std::function<void(qint64)> m_progress;
    std::function<Status()> m_beforeCommit;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    qsizetype m_flushKeys = defaultRollupFlushKeys;
};

} // namespace greenlight::models
