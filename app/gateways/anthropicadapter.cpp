#include "gateways/anthropicadapter.h"

#include "usage/nanousd.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

// Like OpenAI: the cost report (amounts are decimal strings in cents) and the messages usage report,
// one after the other; a page token is "costs:TOKEN" or "usage:TOKEN".

AnthropicAdapter::AnthropicAdapter(const Connection &connection)
    : GatewayAdapter(connection, u"workspace_id"_s, u"api_key_id"_s)
{
}

HttpCall AnthropicAdapter::call(const SyncWindow &window, const QString &page) const
{
    const bool usage = isUsageReport(page);
    const QString token = page.section(u':', 1);
    QUrl url = endpoint(usage ? u"/v1/organizations/usage_report/messages"_s : u"/v1/organizations/cost_report"_s);
    QUrlQuery query;
    query.addQueryItem(u"starting_at"_s, window.from.toUTC().toString(Qt::ISODate));
    query.addQueryItem(u"ending_at"_s, window.to.toUTC().toString(Qt::ISODate));
    query.addQueryItem(u"bucket_width"_s, u"1d"_s);
    for (const QString &group : usage ? QStringList{u"model"_s, u"workspace_id"_s, u"api_key_id"_s}
                                      : QStringList{u"workspace_id"_s, u"description"_s})
        query.addQueryItem(u"group_by[]"_s, group);
    query.addQueryItem(u"limit"_s, u"31"_s);
    if (!token.isEmpty())
        query.addQueryItem(u"page"_s, token);
    url.setQuery(query);
    return HttpCall{"GET", url, {{"anthropic-version", "2023-06-01"}}, {}};
}

void AnthropicAdapter::authorize(HttpCall &call, const QString &apiKey) const
{
    call.headers.append({"x-api-key", apiKey.toUtf8()});
}

Result<GatewayPage> AnthropicAdapter::parse(const QByteArray &body, const QString &page) const
{
    const bool usage = isUsageReport(page);
    const Result<QJsonObject> root = object(body);
    if (!root)
        return std::unexpected(root.error());
    if (!root->value(u"data"_s).isArray())
        return std::unexpected(malformed(tr("no \"data\" array of buckets")));
    GatewayPage result;
    const QJsonArray buckets = root->value(u"data"_s).toArray();
    for (qsizetype b = 0; b < buckets.size(); ++b) {
        const QJsonObject bucket = buckets[b].toObject();
        const QString startText = bucket.value(u"starting_at"_s).toString();
        const std::optional<qint64> start = timeMs(startText);
        if (!start)
            return std::unexpected(malformed(tr("data[%1] has no starting_at").arg(b)));
        const QJsonArray rows = bucket.value(u"results"_s).toArray();
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            UsageRecord r;
            r.source = source();
            r.occurredAtMs = *start;
            r.provider = "anthropic";
            r.model = row.value(u"model"_s).toString().toUtf8();
            r.tenant = tenantOf(row);
            r.useCase = useCaseOf(row);
            r.status = "success";
            QString detail;
            if (usage) {
                const QJsonObject creation = row.value(u"cache_creation"_s).toObject();
                r.promptTokens = row.value(u"uncached_input_tokens"_s).toInteger() +
                                 row.value(u"cache_read_input_tokens"_s).toInteger() +
                                 creation.value(u"ephemeral_1h_input_tokens"_s).toInteger() +
                                 creation.value(u"ephemeral_5m_input_tokens"_s).toInteger();
                r.completionTokens = row.value(u"output_tokens"_s).toInteger();
            } else {
                const QString currency = row.value(u"currency"_s).toString(u"USD"_s);
                if (currency.compare(u"usd"_s, Qt::CaseInsensitive) != 0)
                    return std::unexpected(malformed(tr("a cost in %1, not USD").arg(currency)));
                // A decimal string of cents: shifted two places as text, so no binary fraction comes in between.
                const QByteArray centsText = row.value(u"amount"_s).toString().toLatin1() + QByteArrayView("e-2");
                const std::optional<NanoUsd::Parsed> usd = NanoUsd::parse(centsText);
                if (!usd)
                    return std::unexpected(malformed(tr("an amount that is not a decimal string")));
                r.costNanos = usd->nanos;
                detail = row.value(u"description"_s).toString();
            }
            r.requestId = bucketId({usage ? u"usage"_s : u"costs"_s, startText, row.value(u"workspace_id"_s).toString(),
                                    row.value(u"api_key_id"_s).toString(), QString::fromUtf8(r.model), detail});
            result.usage.append(r);
        }
    }
    result.next = nextReportPage(page, *root);
    return result;
}

} // namespace greenlight::app
