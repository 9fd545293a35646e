#include "usage/recordimporter.h"

#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/stagingcopy.h"
#include "storage/transaction.h"
#include "storage/usagestore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <type_traits>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kProgressEvery = 50'000;
/// How often a COPY straight into the records table asks whether the server has refused it already.
constexpr qint64 kRefusalCheckEvery = 4096;

/// The grand totals an import may add to: its running sums start from what is stored, and the first record that
/// would take one past 64 bits is refused with its own location. Every per-key rollup and every SUM a report runs
/// is at most the grand total, so checking here keeps them all exact.
struct UsageLimit {
    UsageRollupValue totals;

    /// The field whose total @p r would overflow, or empty when it fits (then the totals include @p r).
    QString add(const UsageRecord &r)
    {
        UsageRollupValue next = totals;
        if (__builtin_add_overflow(next.promptTokens, r.promptTokens, &next.promptTokens))
            return u"prompt_tokens"_s;
        if (__builtin_add_overflow(next.completionTokens, r.completionTokens, &next.completionTokens))
            return u"completion_tokens"_s;
        if (__builtin_add_overflow(next.costNanos, r.costNanos, &next.costNanos))
            return u"cost_usd"_s;
        if (r.latencyMs && __builtin_add_overflow(next.latencyMsSum, *r.latencyMs, &next.latencyMsSum))
            return u"latency_ms"_s;
        if (__builtin_add_overflow(next.requests, 1, &next.requests))
            return u"request_id"_s;
        totals = next;
        return {};
    }
};

/// Feedback only counts records: one per record cannot overflow before the input ends.
struct FeedbackLimit {
    QString add(const FeedbackRecord &) { return {}; }
};

template <typename Record>
struct LimitOf;
template <>
struct LimitOf<UsageRecord> {
    using Type = UsageLimit;
    static Result<Type> load(UsageStore &store)
    {
        Type limit;
        GL_ASSIGN(limit.totals, store.usageTotals());
        return limit;
    }
};
template <>
struct LimitOf<FeedbackRecord> {
    using Type = FeedbackLimit;
    static Result<Type> load(UsageStore &) { return Type{}; }
};

// The grand totals (UsageLimit) bound every sum here, so these additions cannot overflow.
void addToRollup(QHash<UsageRollupKey, UsageRollupValue> &rollup, const UsageRecord &r)
{
    UsageRollupValue &v = rollup[UsageRollupKey{epochDay(r.occurredAtMs), r.source, r.useCase, r.tenant, r.model}];
    ++v.requests;
    v.promptTokens += r.promptTokens;
    v.completionTokens += r.completionTokens;
    v.costNanos += r.costNanos;
    if (!r.status.isEmpty() && r.status != "success")
        ++v.errors;
    if (r.latencyMs) {
        v.latencyMsSum += *r.latencyMs;
        ++v.latencyCount;
    }
}

void addToRollup(QHash<FeedbackRollupKey, FeedbackRollupValue> &rollup, const FeedbackRecord &r)
{
    FeedbackRollupValue &v = rollup[FeedbackRollupKey{epochDay(r.occurredAtMs), r.useCase, r.tenant}];
    switch (r.outcome) {
    case FeedbackOutcome::Accepted: ++v.accepted; break;
    case FeedbackOutcome::Edited: ++v.edited; break;
    case FeedbackOutcome::Rejected: ++v.rejected; break;
    }
}

Status stage(StagingCopy &copy, qint64 number, const UsageRecord &r)
{
    return copy.add(number, r);
}

Status stage(StagingCopy &copy, qint64 number, const FeedbackRecord &r)
{
    return copy.add(number, r, RecordImporter::feedbackKey(r));
}

Result<bool> insert(UsageStore &store, const UsageRecord &r)
{
    return store.insert(r);
}

Result<bool> insert(UsageStore &store, const FeedbackRecord &r)
{
    return store.insert(r, RecordImporter::feedbackKey(r));
}

template <typename Record>
struct RollupOf;
template <>
struct RollupOf<UsageRecord> {
    using Type = QHash<UsageRollupKey, UsageRollupValue>;
};
template <>
struct RollupOf<FeedbackRecord> {
    using Type = QHash<FeedbackRollupKey, FeedbackRollupValue>;
};

} // namespace

QString RecordImporter::lineLocation(qint64 line)
{
    return tr("line %1").arg(line);
}

QString RecordImporter::recordLocation(qint64 record)
{
    return tr("record %1").arg(record);
}

QByteArray RecordImporter::feedbackKey(const FeedbackRecord &r)
{
    const QByteArray text = QByteArray::number(r.occurredAtMs) + '\n' + r.useCase + '\n' + r.tenant + '\n' +
                            r.requestId + '\n' + QByteArray::number(int(r.outcome));
    return QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex();
}

template <typename Record, typename NextFn, typename WhereFn>
Result<RecordImportSummary> RecordImporter::run(NextFn next, WhereFn where, const std::function<bool()> &rewind,
                                                const AuditEntry &audit)
{
    Transaction tx(m_db);
    GL_TRY(tx.started());
    RecordImportSummary summary;
    std::optional<RecordImportSummary> allNew;
    // PostgreSQL: first straight into the records table, which takes an input of new records at COPY's full speed;
    // the input is read again through the staging table when some record is not new. Only for an input that can be
    // read twice (a file, not a pipe).
    if (StagingCopy::available(m_db) && rewind()) {
        GL_ASSIGN(allNew, copyAllNew<Record>(next));
        if (!allNew && !rewind())
            return fail(m_db.displayName(), tr("the input cannot be read a second time"));
    }
    if (allNew)
        summary = *allNew;
    else if (StagingCopy::available(m_db))
        GL_ASSIGN(summary, copyRecords<Record>(next, where));
    else
        GL_ASSIGN(summary, insertRecords<Record>(next, where));

    if (!audit.entity.isEmpty()) {
        AuditEntry entry = audit;
        QJsonObject payload = QJsonDocument::fromJson(audit.payload).object();
        payload.insert(u"records"_s, summary.read);
        payload.insert(u"added"_s, summary.added);
        entry.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        GL_TRY(AuditStore(m_db).append(entry, m_clock()));
    }
    if (m_beforeCommit)
        GL_TRY(m_beforeCommit());
    GL_TRY(tx.commit());
    if (m_progress)
        m_progress(summary.read);
    return summary;
}

template <typename Record, typename NextFn, typename WhereFn>
Result<RecordImportSummary> RecordImporter::insertRecords(NextFn next, WhereFn where)
{
    UsageStore store(m_db);
    typename LimitOf<Record>::Type limit;
    GL_ASSIGN(limit, LimitOf<Record>::load(store));
    typename RollupOf<Record>::Type rollup;
    RecordImportSummary summary;
    Record record;
    std::optional<Error> readError;
    while (next(record, readError)) {
        ++summary.read;
        const Result<bool> added = insert(store, record);
        if (!added)
            return std::unexpected(added.error());
        if (*added) {
            if (const QString field = limit.add(record); !field.isEmpty())
                return fail(where(), tr("%1: the total of all usage would pass %2, the largest total that stays "
                                        "exact")
                                         .arg(field)
                                         .arg(std::numeric_limits<qint64>::max()));
            ++summary.added;
            addToRollup(rollup, record);
            if (rollup.size() >= m_flushKeys) {
                GL_TRY(store.addToRollups(rollup));
                rollup.clear();
            }
        }
        if (m_progress && summary.read % kProgressEvery == 0)
            m_progress(summary.read);
    }
    if (readError)
        return std::unexpected(*readError);
    GL_TRY(store.addToRollups(rollup));
    return summary;
}

template <typename Record, typename NextFn>
Result<std::optional<RecordImportSummary>> RecordImporter::copyAllNew(NextFn next)
{
    UsageStore store(m_db);
    typename LimitOf<Record>::Type limit;
    GL_ASSIGN(limit, LimitOf<Record>::load(store));
    StagingCopy copy(m_db, std::is_same_v<Record, UsageRecord> ? StagingCopy::Kind::Usage : StagingCopy::Kind::Feedback,
                     StagingCopy::Target::Records);
    GL_TRY(copy.begin());
    typename RollupOf<Record>::Type rollup;
    RecordImportSummary summary;
    Record record;
    std::optional<Error> readError;
    // Every record is new if this path finishes, so their sums are the rollups' deltas, summed here as they go out.
    // It gives up (and the staging path takes over) when a total would pass 64 bits (that path names the record),
    // when the deltas outgrow one flush (they cannot be written while the COPY runs), or when the server has
    // refused a record.
    while (next(record, readError)) {
        ++summary.read;
        if (!limit.add(record).isEmpty() || rollup.size() >= m_flushKeys ||
            (summary.read % kRefusalCheckEvery == 0 && copy.refused())) {
            GL_TRY(copy.cancel(u"not every record is new"_s));
            return std::nullopt;
        }
        addToRollup(rollup, record);
        GL_TRY(stage(copy, 0, record));
        if (m_progress && summary.read % kProgressEvery == 0)
            m_progress(summary.read);
    }
    if (readError) {
        GL_TRY(copy.cancel(u"the input has an error"_s));
        return std::unexpected(*readError);
    }
    bool stored = false;
    GL_ASSIGN(stored, copy.finish());
    if (!stored)
        return std::nullopt;
    GL_TRY(store.addToRollups(rollup));
    summary.added = summary.read;
    return summary;
}

template <typename Record, typename NextFn, typename WhereFn>
Result<RecordImportSummary> RecordImporter::copyRecords(NextFn next, WhereFn where)
{
    UsageStore store(m_db);
    typename LimitOf<Record>::Type limit;
    GL_ASSIGN(limit, LimitOf<Record>::load(store));
    StagingCopy copy(m_db,
                     std::is_same_v<Record, UsageRecord> ? StagingCopy::Kind::Usage : StagingCopy::Kind::Feedback);
    GL_TRY(copy.begin());
    RecordImportSummary summary;
    // Whether the stored totals plus every record read stay exact; only then may the server add them up unchecked.
    bool fits = true;
    Record record;
    std::optional<Error> readError;
    while (next(record, readError)) {
        ++summary.read;
        if (fits && !limit.add(record).isEmpty())
            fits = false;
        GL_TRY(stage(copy, where.number(), record));
        if (m_progress && summary.read % kProgressEvery == 0)
            m_progress(summary.read);
    }
    if (readError)
        return std::unexpected(*readError);
    GL_TRY(copy.finish());
    if (fits) {
        GL_ASSIGN(summary.added, copy.moveNew());
        return summary;
    }
    // Some total would pass 64 bits if every record were new: decide record by record which are, as the row-by-row
    // path does, so the error names the first record that does not fit.
    if constexpr (std::is_same_v<Record, UsageRecord>) {
        QList<std::pair<qint64, UsageRecord>> staged;
        GL_ASSIGN(staged, copy.stagedUsage());
        qsizetype i = 0;
        qint64 number = 0;
        return insertRecords<UsageRecord>(
            [&](UsageRecord &r, std::optional<Error> &) {
                if (i >= staged.size())
                    return false;
                number = staged[i].first;
                r = staged[i++].second;
                return true;
            },
            Location{[&] { return number; }, where.describe});
    }
    return summary;
}

template <typename Record>
Result<RecordImportSummary> RecordImporter::importFrom(RecordFileReader &reader, const AuditEntry &audit)
{
    return run<Record>(
        [&](Record &r, std::optional<Error> &error) {
            if (reader.next(r))
                return true;
            error = reader.error();
            return false;
        },
        Location{[&] { return reader.line(); }, &lineLocation}, [&] { return reader.rewind(); }, audit);
}

template <typename Record>
Result<RecordImportSummary> RecordImporter::importFrom(const QList<Record> &records, const AuditEntry &audit)
{
    qsizetype i = 0;
    return run<Record>(
        [&](Record &r, std::optional<Error> &) {
            if (i >= records.size())
                return false;
            r = records[i++];
            return true;
        },
        Location{[&] { return qint64(i); }, &recordLocation},
        [&] {
            i = 0;
            return true;
        },
        audit);
}

Result<RecordImportSummary> RecordImporter::importUsage(RecordFileReader &reader, const AuditEntry &audit)
{
    return importFrom<UsageRecord>(reader, audit);
}

Result<RecordImportSummary> RecordImporter::importFeedback(RecordFileReader &reader, const AuditEntry &audit)
{
    return importFrom<FeedbackRecord>(reader, audit);
}

Result<RecordImportSummary> RecordImporter::importUsage(const QList<UsageRecord> &records, const AuditEntry &audit)
{
    return importFrom(records, audit);
}

Result<RecordImportSummary> RecordImporter::importFeedback(const QList<FeedbackRecord> &records,
                                                           const AuditEntry &audit)
{
    return importFrom(records, audit);
}

} // namespace greenlight::models
