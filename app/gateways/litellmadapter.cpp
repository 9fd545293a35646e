#include "gateways/litellmadapter.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {
constexpr int kLiteLlmPageSize = 1000;
QString liteLlmTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}
} // namespace

LiteLlmAdapter::LiteLlmAdapter(const Connection &connection)
    : GatewayAdapter(connection, u"team_id"_s, u"metadata.spend_logs_metadata.use_case"_s)
{
}

HttpCall LiteLlmAdapter::call(const SyncWindow &window, const QString &page) const
{
    QUrl url = endpoint(u"/spend/logs/v2"_s);
    QUrlQuery query;
    query.addQueryItem(u"start_date"_s, liteLlmTime(window.from));
    query.addQueryItem(u"end_date"_s, liteLlmTime(window.to));
    query.addQueryItem(u"page"_s, page.isEmpty() ? u"1"_s : page);
    query.addQueryItem(u"page_size"_s, QString::number(kLiteLlmPageSize));
    query.addQueryItem(u"sort_by"_s, u"startTime"_s);
    query.addQueryItem(u"sort_order"_s, u"asc"_s);
    url.setQuery(query);
    return HttpCall{"GET", url, {}, {}};
}

void LiteLlmAdapter::authorize(HttpCall &call, const QString &apiKey) const
{
    // Both headers the proxy reads: its published description names x-litellm-api-key, older proxies know only
    // Authorization. The key goes to the connection's own origin only (SameOriginRedirectPolicy).
    call.headers.append({"Authorization", "Bearer " + apiKey.toUtf8()});
    call.headers.append({"x-litellm-api-key", apiKey.toUtf8()});
}

Result<GatewayPage> LiteLlmAdapter::parse(const QByteArray &body, const QString &page)
{
    const Result<QJsonObject> root = object(body);
    if (!root)
        return std::unexpected(root.error());
    if (!root->value(u"data"_s).isArray())
        return std::unexpected(malformed(tr("no \"data\" array")));
    const QJsonArray rows = root->value(u"data"_s).toArray();
    GatewayPage result;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        Result<UsageRecord> started = requestRecord(row, i, u"request_id"_s, u"startTime"_s);
        if (!started)
            return std::unexpected(started.error());
        UsageRecord &r = *started;
        r.model = row.value(u"model"_s).toString().toUtf8();
        r.provider = row.value(u"custom_llm_provider"_s).toString().toUtf8();
        if (r.provider.isEmpty() && r.model.contains('/'))
            r.provider = r.model.left(r.model.indexOf('/'));
        r.promptTokens = row.value(u"prompt_tokens"_s).toInteger();
        r.completionTokens = row.value(u"completion_tokens"_s).toInteger();
        r.costNanos = nanos(row.value(u"spend"_s).toDouble());
        if (row.value(u"request_duration_ms"_s).isDouble()) {
            r.latencyMs = row.value(u"request_duration_ms"_s).toInteger();
        } else if (const auto end = timeMs(row.value(u"endTime"_s).toString())) {
            r.latencyMs = *end - r.occurredAtMs;
        }
        const QString status = row.value(u"status"_s).toString();
        r.status = status.isEmpty() ? QByteArray("success") : status.toUtf8();
        result.usage.append(std::move(r));
    }
    // Follow total_pages; without it, a full page means there may be more.
    const int current = page.isEmpty() ? 1 : page.toInt();
    const bool more = root->value(u"total_pages"_s).isDouble() ? current < root->value(u"total_pages"_s).toInt()
                                                               : rows.size() == kLiteLlmPageSize;
    if (more && rows.isEmpty())
        return std::unexpected(emptyPageClaimsMore());
    if (more)
        result.next = QString::number(current + 1);
    return result;
}

} // namespace greenlight::app
