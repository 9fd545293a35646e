#include "gateways/anthropicadapter.h"

#include "usage/apportion.h"
#include "usage/nanousd.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

// The cost report, then the messages usage report; a page token is "costs:TOKEN" or "usage:TOKEN". Records come
// with the last page of the usage report, when both are in hand.

namespace {

const QString kTokens = u"tokens"_s;

QString text(const QJsonObject &row, const QString &key)
{
    return row.value(key).toString(); // null (not grouped, or the default workspace) reads as ""
}

/// What a usage row and a cost row share: the day, workspace, model, service tier and context window.
QString priceKey(const QString &day, const QJsonObject &row)
{
    return QStringList{day, text(row, u"workspace_id"_s), text(row, u"model"_s), text(row, u"service_tier"_s),
                       text(row, u"context_window"_s)}
        .join(u'\x1f');
}

qint64 tokensOf(const QJsonObject &row, const QString &tokenType)
{
    if (tokenType.startsWith(u"cache_creation."_s))
        return row.value(u"cache_creation"_s).toObject().value(tokenType.section(u'.', 1)).toInteger();
    return row.value(tokenType).toInteger();
}

} // namespace

AnthropicAdapter::AnthropicAdapter(const Connection &connection)
    : GatewayAdapter(connection, u"workspace_id"_s, u"api_key_id"_s)
{
}

QStringList AnthropicAdapter::tokenTypes()
{
    return {u"uncached_input_tokens"_s, u"cache_read_input_tokens"_s, u"cache_creation.ephemeral_5m_input_tokens"_s,
            u"cache_creation.ephemeral_1h_input_tokens"_s, u"output_tokens"_s};
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
    // The cost report groups only by workspace and description (which gives model, tier and token type); the
    // usage report by everything a price depends on, and the API key.
    for (const QString &group :
         usage ? QStringList{u"api_key_id"_s, u"workspace_id"_s, u"model"_s, u"service_tier"_s, u"context_window"_s}
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

Status AnthropicAdapter::read(const QJsonArray &buckets, bool usage)
{
    for (qsizetype b = 0; b < buckets.size(); ++b) {
        const QJsonObject bucket = buckets[b].toObject();
        const QString startText = bucket.value(u"starting_at"_s).toString();
        const std::optional<qint64> start = timeMs(startText);
        if (!start)
            return std::unexpected(malformed(tr("data[%1] has no starting_at").arg(b)));
        const QJsonArray rows = bucket.value(u"results"_s).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            if (usage) {
                m_usage.append(UsageRow{*start, startText, row});
                continue;
            }
            const QString currency = row.value(u"currency"_s).toString(u"USD"_s);
            if (currency.compare(u"usd"_s, Qt::CaseInsensitive) != 0)
                return std::unexpected(
                    malformed(tr("data[%1].results[%2].currency is \"%3\", not USD").arg(b).arg(i).arg(currency)));
            // A decimal string of cents: shifted two places as text, so no binary fraction comes in between.
            const QByteArray centsText = row.value(u"amount"_s).toString().toLatin1() + QByteArrayView("e-2");
            const std::optional<NanoUsd::Parsed> usd = NanoUsd::parse(centsText);
            if (!usd)
                return std::unexpected(
                    malformed(tr("data[%1].results[%2].amount is not a decimal string of cents").arg(b).arg(i)));
            m_costs.append(CostRow{*start, startText, row, usd->nanos});
        }
    }
    return {};
}

UsageRecord AnthropicAdapter::record(qint64 startMs, const QJsonObject &row) const
{
    UsageRecord r;
    r.source = source();
    r.occurredAtMs = startMs;
    r.provider = "anthropic";
    r.model = text(row, u"model"_s).toUtf8();
    r.tenant = tenantOf(row);
    r.useCase = useCaseOf(row);
    r.status = "success"; // the reports carry no errors
    return r;
}

QList<UsageRecord> AnthropicAdapter::attribute() const
{
    QList<UsageRecord> records;
    QHash<QString, QList<qsizetype>> byPrice; // price key → records (usage rows), ordered by API key
    for (const UsageRow &u : m_usage) {
        UsageRecord r = record(u.startMs, u.row);
        for (const QString &type : tokenTypes()) {
            if (type == u"output_tokens"_s)
                r.completionTokens += tokensOf(u.row, type);
            else
                r.promptTokens += tokensOf(u.row, type);
        }
        r.requestId =
            bucketId({u"usage"_s, u.day, text(u.row, u"workspace_id"_s), text(u.row, u"api_key_id"_s),
                      QString::fromUtf8(r.model), text(u.row, u"service_tier"_s), text(u.row, u"context_window"_s)});
        byPrice[priceKey(u.day, u.row)].append(records.size());
        records.append(r);
    }
    for (auto it = byPrice.begin(); it != byPrice.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [&](qsizetype a, qsizetype b) {
            return text(m_usage[a].row, u"api_key_id"_s) < text(m_usage[b].row, u"api_key_id"_s);
        });
    }
    for (const CostRow &c : m_costs) {
        const QString tokenType = text(c.row, u"token_type"_s);
        if (text(c.row, u"cost_type"_s) == kTokens && tokenTypes().contains(tokenType)) {
            const QList<qsizetype> sharers = byPrice.value(priceKey(c.day, c.row));
            QList<qint64> weights;
            for (qsizetype i : sharers)
                weights.append(tokensOf(m_usage[i].row, tokenType));
            const QList<qint64> parts = apportion(c.nanos, weights);
            for (qsizetype k = 0; k < parts.size(); ++k)
                records[sharers[k]].costNanos += parts[k];
            if (!parts.isEmpty())
                continue;
        }
        // No tokens to share it by: kept with its workspace and description, without an API key.
        UsageRecord r = record(c.startMs, c.row);
        r.costNanos = c.nanos;
        r.requestId = bucketId({u"costs"_s, c.day, text(c.row, u"workspace_id"_s), text(c.row, u"description"_s),
                                text(c.row, u"service_tier"_s), text(c.row, u"context_window"_s), tokenType});
        records.append(r);
    }
    return records;
}

Result<GatewayPage> AnthropicAdapter::parse(const QByteArray &body, const QString &page)
{
    const bool usage = isUsageReport(page);
    const Result<QJsonObject> root = object(body);
    if (!root)
        return std::unexpected(root.error());
    if (!root->value(u"data"_s).isArray())
        return std::unexpected(malformed(tr("no \"data\" array of buckets")));
    if (page.isEmpty()) { // the window's first page: whatever an earlier, stopped read kept is stale
        m_costs.clear();
        m_usage.clear();
    }
    GL_TRY(read(root->value(u"data"_s).toArray(), usage));
    GatewayPage result;
    GL_ASSIGN(result.next, nextReportPage(page, *root));
    if (result.next.isEmpty()) {
        result.usage = attribute();
        m_costs.clear();
        m_usage.clear();
    }
    return result;
}

} // namespace greenlight::app
