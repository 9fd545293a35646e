#include "storage/usagestore.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"

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
    return u"ON CONFLICT (day, source, use_case, tenant, model) DO UPDATE SET "
           u"requests = usage_daily.requests + excluded.requests, "
           u"prompt_tokens = usage_daily.prompt_tokens + excluded.prompt_tokens, "
           u"completion_tokens = usage_daily.completion_tokens + excluded.completion_tokens, "
           u"cost_nanos = usage_daily.cost_nanos + excluded.cost_nanos, "
           u"errors = usage_daily.errors + excluded.errors, "
           u"latency_ms_sum = usage_daily.latency_ms_sum + excluded.latency_ms_sum, "
           u"latency_count = usage_daily.latency_count + excluded.latency_count"_s;
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

Status UsageStore::addToRollups(const QHash<UsageRollupKey, UsageRollupValue> &deltas)
{
    // Grouped by day (the leading primary-key column) the upserts stay within a few B-tree pages at a time
    // instead of jumping around the whole rollup; a full key sort costs more in string compares than it saves.
    std::vector<QHash<UsageRollupKey, UsageRollupValue>::const_iterator> ordered;
    ordered.reserve(size_t(deltas.size()));
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it)
        ordered.push_back(it);
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.key().day < b.key().day; });
    FastStatement &st = m_upsertUsage;
    for (const auto &it : ordered) {
        const UsageRollupKey &k = it.key();
        const UsageRollupValue &v = it.value();
        st.bind(1, k.day);
        st.bind(2, k.source);
        st.bind(3, k.useCase);
        st.bind(4, k.tenant);
        st.bind(5, k.model);
        st.bind(6, v.requests);
        st.bind(7, v.promptTokens);
        st.bind(8, v.completionTokens);
        st.bind(9, v.costNanos);
        st.bind(10, v.errors);
        st.bind(11, v.latencyMsSum);
        st.bind(12, v.latencyCount);
        GL_TRY(st.exec());
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
