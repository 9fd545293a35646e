#include "storage/usagestore.h"

#include "storage/copyin.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/usagerollups.h"

#include <QHashFunctions>

#include <algorithm>
#include <vector>

namespace greenlight::models {

using namespace Qt::StringLiterals;

size_t qHash(const UsageRollupKey &key, size_t seed)
{
    return qHashMulti(seed, key.day, key.source, key.useCase, key.tenant, key.model);
}

size_t qHash(const FeedbackRollupKey &key, size_t seed)
{
    return qHashMulti(seed, key.day, key.useCase, key.tenant);
}

namespace {

/// The clause that adds a new row of the feedback rollup @p table (keyed by @p keys) to the stored one.
QString feedbackAddition(const QString &table, const QString &keys)
{
    return u"ON CONFLICT (%2) DO UPDATE SET accepted = %1.accepted + excluded.accepted, "
           u"edited = %1.edited + excluded.edited, rejected = %1.rejected + excluded.rejected"_s.arg(table, keys);
}

const auto kFeedbackDaily = u"feedback_daily"_s;
const auto kFeedbackDailyKeys = u"day, use_case, tenant"_s;
const auto kFeedbackUseCase = u"feedback_daily_use_case"_s;
const auto kFeedbackUseCaseKeys = u"day, use_case"_s;

} // namespace

QString UsageStore::feedbackAdditionsFrom(const QString &grouped)
{
    return u"rolled AS (INSERT INTO %1 (%2, accepted, edited, rejected) SELECT * FROM %3 ORDER BY %2 %4), "
           u"rolled_use_case AS (INSERT INTO %5 (%6, accepted, edited, rejected) SELECT %6, SUM(accepted), "
           u"SUM(edited), SUM(rejected) FROM %3 GROUP BY %6 ORDER BY %6 %7)"_s.arg(
               kFeedbackDaily, kFeedbackDailyKeys, grouped, feedbackAddition(kFeedbackDaily, kFeedbackDailyKeys),
               kFeedbackUseCase, kFeedbackUseCaseKeys, feedbackAddition(kFeedbackUseCase, kFeedbackUseCaseKeys));
}

UsageStore::UsageStore(Database &db)
    : m_db(db),
      m_insertUsage(db, u"INSERT INTO usage_records (source, request_id, occurred_at_ms, provider, model, tenant, "
                        u"use_case, prompt_tokens, completion_tokens, cost_nanos, latency_ms, status) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, request_id) DO NOTHING"_s),
      m_insertFeedback(db, u"INSERT INTO feedback_records (source, feedback_key, occurred_at_ms, use_case, tenant, "
                           u"request_id, outcome) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           u"ON CONFLICT (source, feedback_key) DO NOTHING"_s),
      m_upsertUsage(db, u"INSERT INTO usage_daily (day, source, use_case, tenant, model, requests, prompt_tokens, "
                        u"completion_tokens, cost_nanos, errors, latency_ms_sum, latency_count) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "_s +
                            UsageRollups::full().addition()),
      m_upsertFeedback(db, u"INSERT INTO feedback_daily (day, use_case, tenant, accepted, edited, rejected) "
                           u"VALUES (?, ?, ?, ?, ?, ?) "_s +
                               feedbackAddition(kFeedbackDaily, kFeedbackDailyKeys)),
      m_upsertFeedbackUseCase(db, u"INSERT INTO feedback_daily_use_case (day, use_case, accepted, edited, rejected) "
                                  u"VALUES (?, ?, ?, ?, ?) "_s +
                                      feedbackAddition(kFeedbackUseCase, kFeedbackUseCaseKeys)),
      m_copyDeltas(CopyIn::available(db))
{
    for (const UsageRollupTable &table : UsageRollups::smaller()) {
        const QStringList columns = table.columns();
        m_upsertSmaller.push_back(std::make_unique<FastStatement>(
            db, u"INSERT INTO %1 (%2) VALUES (?%3) %4"_s.arg(table.name, columns.join(u", "_s),
                                                             u", ?"_s.repeated(columns.size() - 1), table.addition())));
    }
}

Result<bool> UsageStore::insert(const UsageRecord &r)
{
    FastStatement &st = m_insertUsage;
    st.bind(1, r.source);
    st.bind(2, r.requestId);
    st.bind(3, r.occurredAtMs);
    st.bind(4, r.provider);
    st.bind(5, r.model);
    st.bind(6, r.tenant);
    st.bind(7, r.useCase);
    st.bind(8, r.promptTokens);
    st.bind(9, r.completionTokens);
    st.bind(10, r.costNanos);
    if (r.latencyMs)
        st.bind(11, *r.latencyMs);
    else
        st.bindNull(11);
    st.bind(12, r.status);
    const Result<int> changed = st.exec();
    if (!changed)
        return std::unexpected(changed.error());
    return *changed == 1;
}

Result<bool> UsageStore::insert(const FeedbackRecord &r, const QByteArray &feedbackKey)
{
    static const QByteArray outcomes[] = {"accepted", "edited", "rejected"};
    FastStatement &st = m_insertFeedback;
    st.bind(1, r.source);
    st.bind(2, feedbackKey);
    st.bind(3, r.occurredAtMs);
    st.bind(4, r.useCase);
    st.bind(5, r.tenant);
    st.bind(6, r.requestId);
    st.bind(7, outcomes[int(r.outcome)]);
    const Result<int> changed = st.exec();
    if (!changed)
        return std::unexpected(changed.error());
    return *changed == 1;
}

namespace {

using UsageDeltas = QHash<UsageRollupKey, UsageRollupValue>;

/// Upserts @p deltas through @p st, whose placeholders are the key columns of @p table, then the measures.
Status upsertDeltas(FastStatement &st, const UsageRollupTable &table, const UsageDeltas &deltas)
{
    // Grouped by day (the leading primary-key column) the upserts stay within a few B-tree pages at a time
    // instead of jumping around the whole rollup; a full key sort costs more in string compares than it saves.
    std::vector<UsageDeltas::const_iterator> ordered;
    ordered.reserve(size_t(deltas.size()));
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it)
        ordered.push_back(it);
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.key().day < b.key().day; });
    for (const auto &it : ordered) {
        const UsageRollupKey &k = it.key();
        const UsageRollupValue &v = it.value();
        int i = 0;
        st.bind(++i, k.day);
        if (table.bySource)
            st.bind(++i, k.source);
        if (table.byUseCase)
            st.bind(++i, k.useCase);
        if (table.byTenant)
            st.bind(++i, k.tenant);
        if (table.byModel)
            st.bind(++i, k.model);
        for (const qint64 measure :
             {v.requests, v.promptTokens, v.completionTokens, v.costNanos, v.errors, v.latencyMsSum, v.latencyCount})
            st.bind(++i, measure);
        GL_TRY(st.exec());
    }
    return {};
}

} // namespace

namespace {

/// PostgreSQL: @p rows (lines of COPY text with @p table's columns) into the session's temporary @p table, emptied
/// first, then @p statement, which reads it as the CTE "grouped". A round trip per table, not per row.
Status copyThrough(Database &db, const char *create, const char *table, QByteArray rows, const QString &statement)
{
    CopyIn copy(db);
    GL_TRY(copy.command(create));
    GL_TRY(copy.command(QByteArray(QByteArray("TRUNCATE pg_temp.") + table).constData()));
    // The smaller rollups' grouping stays in memory (SET LOCAL ends with the import's transaction).
    GL_TRY(copy.command("SET LOCAL work_mem = '256MB'"));
    GL_TRY(copy.start(QByteArray(QByteArray("COPY pg_temp.") + table + " FROM STDIN").constData()));
    copy.buffer() = std::move(rows);
    GL_TRY(copy.end());
    SqlStatement add(
        db, u"WITH grouped AS (SELECT * FROM pg_temp.%1), %2 SELECT 1"_s.arg(QLatin1StringView(table), statement));
    return add.exec();
}

} // namespace

Status UsageStore::addToRollups(const QHash<UsageRollupKey, UsageRollupValue> &deltas)
{
    if (deltas.isEmpty())
        return {};
    if (m_copyDeltas) {
        QByteArray rows;
        for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
            const UsageRollupKey &k = it.key();
            CopyIn::appendNumber(rows, k.day);
            for (const QByteArray *text : {&k.source, &k.useCase, &k.tenant, &k.model}) {
                rows += '\t';
                CopyIn::appendText(rows, *text);
            }
            for (const qint64 measure : {it->requests, it->promptTokens, it->completionTokens, it->costNanos,
                                         it->errors, it->latencyMsSum, it->latencyCount}) {
                rows += '\t';
                CopyIn::appendNumber(rows, measure);
            }
            rows += '\n';
        }
        return copyThrough(m_db,
                           "CREATE TEMPORARY TABLE IF NOT EXISTS greenlight_usage_deltas (day INTEGER NOT NULL, "
                           "source TEXT NOT NULL, use_case TEXT NOT NULL, tenant TEXT NOT NULL, model TEXT NOT NULL, "
                           "requests BIGINT NOT NULL, prompt_tokens BIGINT NOT NULL, completion_tokens BIGINT NOT "
                           "NULL, cost_nanos BIGINT NOT NULL, errors BIGINT NOT NULL, latency_ms_sum BIGINT NOT NULL, "
                           "latency_count BIGINT NOT NULL) ON COMMIT DELETE ROWS",
                           "greenlight_usage_deltas", std::move(rows), UsageRollups::additionsFrom(u"grouped"_s));
    }
    GL_TRY(upsertDeltas(m_upsertUsage, UsageRollups::full(), deltas));
    // The same deltas summed by each smaller rollup's key. Their grand totals bound every sum (the importer's
    // UsageLimit), so these additions stay exact.
    for (size_t t = 0; t < m_upsertSmaller.size(); ++t) {
        const UsageRollupTable &table = UsageRollups::smaller()[qsizetype(t)];
        UsageDeltas summed;
        for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
            UsageRollupValue &v = summed[table.keyOf(it.key())];
            v.requests += it->requests;
            v.promptTokens += it->promptTokens;
            v.completionTokens += it->completionTokens;
            v.costNanos += it->costNanos;
            v.errors += it->errors;
            v.latencyMsSum += it->latencyMsSum;
            v.latencyCount += it->latencyCount;
        }
        GL_TRY(upsertDeltas(*m_upsertSmaller[t], table, summed));
    }
    return {};
}

Status UsageStore::addToRollups(const QHash<FeedbackRollupKey, FeedbackRollupValue> &deltas)
{
    if (deltas.isEmpty())
        return {};
    if (m_copyDeltas) {
        QByteArray rows;
        for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
            CopyIn::appendNumber(rows, it.key().day);
            rows += '\t';
            CopyIn::appendText(rows, it.key().useCase);
            rows += '\t';
            CopyIn::appendText(rows, it.key().tenant);
            for (const qint64 count : {it->accepted, it->edited, it->rejected}) {
                rows += '\t';
                CopyIn::appendNumber(rows, count);
            }
            rows += '\n';
        }
        return copyThrough(m_db,
                           "CREATE TEMPORARY TABLE IF NOT EXISTS greenlight_feedback_deltas (day INTEGER NOT NULL, "
                           "use_case TEXT NOT NULL, tenant TEXT NOT NULL, accepted BIGINT NOT NULL, edited BIGINT NOT "
                           "NULL, rejected BIGINT NOT NULL) ON COMMIT DELETE ROWS",
                           "greenlight_feedback_deltas", std::move(rows), feedbackAdditionsFrom(u"grouped"_s));
    }
    FastStatement &st = m_upsertFeedback;
    // The same counts without the tenant; a count per record cannot overflow before the input ends.
    QHash<FeedbackRollupKey, FeedbackRollupValue> byUseCase;
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        st.bind(1, it.key().day);
        st.bind(2, it.key().useCase);
        st.bind(3, it.key().tenant);
        st.bind(4, it->accepted);
        st.bind(5, it->edited);
        st.bind(6, it->rejected);
        GL_TRY(st.exec());
        FeedbackRollupValue &v = byUseCase[FeedbackRollupKey{it.key().day, it.key().useCase, {}}];
        v.accepted += it->accepted;
        v.edited += it->edited;
        v.rejected += it->rejected;
    }
    FastStatement &perUseCase = m_upsertFeedbackUseCase;
    for (auto it = byUseCase.cbegin(); it != byUseCase.cend(); ++it) {
        perUseCase.bind(1, it.key().day);
        perUseCase.bind(2, it.key().useCase);
        perUseCase.bind(3, it->accepted);
        perUseCase.bind(4, it->edited);
        perUseCase.bind(5, it->rejected);
        GL_TRY(perUseCase.exec());
    }
    return {};
}

Result<UsageRollupValue> UsageStore::usageTotals()
{
    SqlStatement st(m_db, u"SELECT COALESCE(SUM(requests), 0), COALESCE(SUM(prompt_tokens), 0), "
                          u"COALESCE(SUM(completion_tokens), 0), COALESCE(SUM(cost_nanos), 0), "
                          u"COALESCE(SUM(errors), 0), COALESCE(SUM(latency_ms_sum), 0), "
                          u"COALESCE(SUM(latency_count), 0) FROM usage_daily"_s);
    GL_TRY(st.exec());
    if (!st.next())
        return std::unexpected(st.error());
    return UsageRollupValue{st.value(0).toLongLong(), st.value(1).toLongLong(), st.value(2).toLongLong(),
                            st.value(3).toLongLong(), st.value(4).toLongLong(), st.value(5).toLongLong(),
                            st.value(6).toLongLong()};
}

} // namespace greenlight::models
