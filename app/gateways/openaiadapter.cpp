#include "gateways/openaiadapter.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

// Two reports, read one after the other: costs (USD per project and line item, no model) and
// completions usage (tokens per project, model and key, no cost). A page token is "costs:TOKEN" or
// "usage:TOKEN"; each bucket row becomes one record with a stable id, so re-reading a day adds nothing.

OpenAiAdapter::OpenAiAdapter(const Connection &connection)
    : GatewayAdapter(connection, u"project_id"_s, u"api_key_id"_s)
{
}

HttpCall OpenAiAdapter::call(const SyncWindow &window, const QString &page) const
{
    const bool usage = isUsageReport(page);
    const QString token = page.section(u':', 1);
    QUrl url = endpoint(usage ? u"/organization/usage/completions"_s : u"/organization/costs"_s);
    QUrlQuery query;
    query.addQueryItem(u"start_time"_s, QString::number(window.from.toSecsSinceEpoch()));
    query.addQueryItem(u"end_time"_s, QString::number(window.to.toSecsSinceEpoch()));
    query.addQueryItem(u"bucket_width"_s, u"1d"_s);
    for (const QString &group : usage ? QStringList{u"project_id"_s, u"model"_s, u"api_key_id"_s}
                                      : QStringList{u"project_id"_s, u"line_item"_s, u"api_key_id"_s})
        query.addQueryItem(u"group_by"_s, group);
    query.addQueryItem(u"limit"_s, usage ? u"31"_s : u"180"_s);
    if (!token.isEmpty())
        query.addQueryItem(u"page"_s, token);
    url.setQuery(query);
    return HttpCall{"GET", url, {}, {}};
}

void OpenAiAdapter::authorize(HttpCall &call, const QString &apiKey) const
{
    call.headers.append({"Authorization", "Bearer " + apiKey.toUtf8()});
}

Result<GatewayPage> OpenAiAdapter::parse(const QByteArray &body, const QString &page)
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
        if (!bucket.value(u"start_time"_s).isDouble())
            return std::unexpected(malformed(tr("data[%1] has no start_time").arg(b)));
        const qint64 start = bucket.value(u"start_time"_s).toInteger();
        const QJsonArray rows = bucket.value(u"results"_s).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            UsageRecord r;
            r.source = source();
            r.occurredAtMs = start * 1000;
            r.provider = "openai";
            r.tenant = tenantOf(row);
            r.useCase = useCaseOf(row);
            r.status = "success";
            if (usage) {
                r.model = row.value(u"model"_s).toString().toUtf8();
                r.promptTokens = row.value(u"input_tokens"_s).toInteger();
                r.completionTokens = row.value(u"output_tokens"_s).toInteger();
            } else {
                const QJsonObject amount = row.value(u"amount"_s).toObject();
                const QString currency = amount.value(u"currency"_s).toString(u"usd"_s);
                if (currency.compare(u"usd"_s, Qt::CaseInsensitive) != 0)
                    return std::unexpected(malformed(
                        tr("data[%1].results[%2].amount.currency is \"%3\", not usd").arg(b).arg(i).arg(currency)));
                r.model = row.value(u"line_item"_s).toString().toUtf8();
                r.costNanos = nanos(amount.value(u"value"_s).toDouble());
            }
            r.requestId = bucketId({usage ? u"usage"_s : u"costs"_s, QString::number(start),
                                    row.value(u"project_id"_s).toString(), row.value(u"api_key_id"_s).toString(),
                                    QString::fromUtf8(r.model)});
            result.usage.append(r);
        }
    }
    GL_ASSIGN(result.next, nextReportPage(page, *root));
    return result;
}

} // namespace greenlight::app
