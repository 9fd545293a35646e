#include "storage/usagestore.h"

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

QString UsageStore::usageRollupAddition()
{
    return UsageRollups::full().addition();
}

QString UsageStore::feedbackRollupAddition()
{
    return u"ON CONFLICT (day, use_case, tenant) DO UPDATE SET "
           u"accepted = feedback_daily.accepted + excluded.accepted, "
           u"edited = feedback_daily.edited + excluded.edited, "
           u"rejected = feedback_daily.rejected + excluded.rejected"_s;
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
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        u" "_s +
                            usageRollupAddition()),
      m_upsertFeedback(db, u"INSERT INTO feedback_daily (day, use_case, tenant, accepted, edited, rejected) "
                           u"VALUES (?, ?, ?, ?, ?, ?) "_s +
                               feedbackRollupAddition())
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

Status UsageStore::addToRollups(const QHash<UsageRollupKey, UsageRollupValue> &deltas)
{
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
    FastStatement &st = m_upsertFeedback;
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        st.bind(1, it.key().day);
        st.bind(2, it.key().useCase);
        st.bind(3, it.key().tenant);
        st.bind(4, it->accepted);
        st.bind(5, it->edited);
        st.bind(6, it->rejected);
        GL_TRY(st.exec());
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
