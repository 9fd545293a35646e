#include "storage/usagestore.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QHashFunctions>

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

UsageStore::UsageStore(Database &db)
    : m_db(db),
      m_insertUsage(db, u"INSERT INTO usage_records (source, request_id, occurred_at_ms, provider, model, tenant, "
                        u"use_case, prompt_tokens, completion_tokens, cost_micros, latency_ms, status) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, request_id) DO NOTHING"_s),
      m_insertFeedback(db, u"INSERT INTO feedback_records (source, feedback_key, occurred_at_ms, use_case, tenant, "
                           u"request_id, outcome) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           u"ON CONFLICT (source, feedback_key) DO NOTHING"_s),
      m_upsertUsage(db, u"INSERT INTO usage_daily (day, source, use_case, tenant, model, requests, prompt_tokens, "
                        u"completion_tokens, cost_micros, errors, latency_ms_sum, latency_count) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        u"ON CONFLICT (day, source, use_case, tenant, model) DO UPDATE SET "
                        u"requests = usage_daily.requests + excluded.requests, "
                        u"prompt_tokens = usage_daily.prompt_tokens + excluded.prompt_tokens, "
                        u"completion_tokens = usage_daily.completion_tokens + excluded.completion_tokens, "
                        u"cost_micros = usage_daily.cost_micros + excluded.cost_micros, "
                        u"errors = usage_daily.errors + excluded.errors, "
                        u"latency_ms_sum = usage_daily.latency_ms_sum + excluded.latency_ms_sum, "
                        u"latency_count = usage_daily.latency_count + excluded.latency_count"_s),
      m_upsertFeedback(db, u"INSERT INTO feedback_daily (day, use_case, tenant, accepted, edited, rejected) "
                           u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (day, use_case, tenant) DO UPDATE SET "
                           u"accepted = feedback_daily.accepted + excluded.accepted, "
                           u"edited = feedback_daily.edited + excluded.edited, "
                           u"rejected = feedback_daily.rejected + excluded.rejected"_s)
{
}

Result<bool> UsageStore::insert(const UsageRecord &r)
{
    GL_TRY(m_insertUsage.exec({r.source, r.requestId, r.occurredAtMs, sql::requiredText(r.provider),
                               sql::requiredText(r.model), sql::requiredText(r.tenant), sql::requiredText(r.useCase),
                               r.promptTokens, r.completionTokens, r.costMicros,
                               r.latencyMs ? QVariant(*r.latencyMs) : QVariant(QMetaType::fromType<qint64>()),
                               sql::requiredText(r.status)}));
    return m_insertUsage.query().numRowsAffected() == 1;
}

Result<bool> UsageStore::insert(const FeedbackRecord &r, const QString &feedbackKey)
{
    static const QString outcomes[] = {u"accepted"_s, u"edited"_s, u"rejected"_s};
    GL_TRY(m_insertFeedback.exec({r.source, feedbackKey, r.occurredAtMs, r.useCase, sql::requiredText(r.tenant),
                                  sql::requiredText(r.requestId), outcomes[int(r.outcome)]}));
    return m_insertFeedback.query().numRowsAffected() == 1;
}

Status UsageStore::addToRollups(const QHash<UsageRollupKey, UsageRollupValue> &deltas)
{
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const UsageRollupKey &k = it.key();
        const UsageRollupValue &v = it.value();
        GL_TRY(m_upsertUsage.exec({k.day, k.source, sql::requiredText(k.useCase), sql::requiredText(k.tenant),
                                   sql::requiredText(k.model), v.requests, v.promptTokens,
                                   v.completionTokens, v.costMicros, v.errors, v.latencyMsSum, v.latencyCount}));
    }
    return {};
}

Status UsageStore::addToRollups(const QHash<FeedbackRollupKey, FeedbackRollupValue> &deltas)
{
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it)
        GL_TRY(m_upsertFeedback.exec({it.key().day, it.key().useCase, sql::requiredText(it.key().tenant), it->accepted,
                                      it->edited,
                                      it->rejected}));
    return {};
}

} // namespace greenlight::models
