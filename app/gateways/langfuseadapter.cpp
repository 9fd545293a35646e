#include "gateways/langfuseadapter.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

// Generations (v2 observations, cursor paging) become usage; then categorical scores whose value is
// accepted, edited or rejected become feedback (v2 scores, page paging). Page tokens: "obs:CURSOR" and
// "scores:PAGE". The API key is "PUBLIC_KEY:SECRET_KEY" (HTTP Basic).

LangfuseAdapter::LangfuseAdapter(const Connection &connection)
    : GatewayAdapter(connection, u"userId"_s, u"metadata.use_case"_s)
{
}

HttpCall LangfuseAdapter::call(const SyncWindow &window, const QString &page) const
{
    const bool scores = page.startsWith(u"scores:"_s);
    const QString token = page.section(u':', 1);
    QUrl url = endpoint(scores ? u"/api/public/v2/scores"_s : u"/api/public/v2/observations"_s);
    QUrlQuery query;
    const QString from = window.from.toUTC().toString(Qt::ISODateWithMs);
    const QString to = window.to.toUTC().toString(Qt::ISODateWithMs);
    if (scores) {
        query.addQueryItem(u"fromTimestamp"_s, from);
        query.addQueryItem(u"toTimestamp"_s, to);
        query.addQueryItem(u"dataType"_s, u"CATEGORICAL"_s);
        query.addQueryItem(u"limit"_s, u"100"_s);
        query.addQueryItem(u"page"_s, token.isEmpty() ? u"1"_s : token);
    } else {
        query.addQueryItem(u"fromStartTime"_s, from);
        query.addQueryItem(u"toStartTime"_s, to);
        query.addQueryItem(u"type"_s, u"GENERATION"_s);
        query.addQueryItem(u"limit"_s, u"1000"_s);
        query.addQueryItem(u"fields"_s, u"basic,model,usage,metrics,metadata,trace_context"_s);
        if (!token.isEmpty())
            query.addQueryItem(u"cursor"_s, token);
    }
    url.setQuery(query);
    return HttpCall{"GET", url, {}, {}};
}

void LangfuseAdapter::authorize(HttpCall &call, const QString &apiKey) const
{
    call.headers.append({"Authorization", "Basic " + apiKey.toUtf8().toBase64()});
}

Result<GatewayPage> LangfuseAdapter::parse(const QByteArray &body, const QString &page)
{
    const bool scores = page.startsWith(u"scores:"_s);
    const Result<QJsonObject> root = object(body);
    if (!root)
        return std::unexpected(root.error());
    if (!root->value(u"data"_s).isArray())
        return std::unexpected(malformed(tr("no \"data\" array")));
    const QJsonArray rows = root->value(u"data"_s).toArray();
    const QJsonObject meta = root->value(u"meta"_s).toObject();
    GatewayPage result;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        if (scores) {
            const QString value = row.value(u"stringValue"_s).toString();
            FeedbackRecord f;
            if (value == u"accepted"_s)
                f.outcome = FeedbackOutcome::Accepted;
            else if (value == u"edited"_s)
                f.outcome = FeedbackOutcome::Edited;
            else if (value == u"rejected"_s)
                f.outcome = FeedbackOutcome::Rejected;
            else
                continue; // another categorical score: not feedback on an answer
            const std::optional<qint64> at = timeMs(row.value(u"timestamp"_s).toString());
            if (!at)
                return std::unexpected(malformed(tr("scores data[%1] has no timestamp").arg(i)));
            f.source = source();
            f.occurredAtMs = *at;
            f.tenant = tenantOf(row);
            f.useCase = useCaseOf(row);
            f.requestId = row.value(u"observationId"_s).toString().toUtf8();
            if (f.requestId.isEmpty())
                f.requestId = row.value(u"id"_s).toString().toUtf8();
            result.feedback.append(f);
            continue;
        }
        Result<UsageRecord> started = requestRecord(row, i, u"id"_s, u"startTime"_s);
        if (!started)
            return std::unexpected(started.error());
        UsageRecord &r = *started;
        r.model = row.value(u"providedModelName"_s).toString(row.value(u"model"_s).toString()).toUtf8();
        const QString provider = row.value(u"metadata"_s).toObject().value(u"provider"_s).toString();
        r.provider = provider.isEmpty() ? QByteArray("unknown") : provider.toUtf8();
        const QJsonObject usage = row.value(u"usageDetails"_s).toObject();
        r.promptTokens = usage.value(u"input"_s).toInteger();
        r.completionTokens = usage.value(u"output"_s).toInteger();
        r.costNanos =
            nanos(row.contains(u"totalCost"_s) ? row.value(u"totalCost"_s).toDouble()
                                               : row.value(u"costDetails"_s).toObject().value(u"total"_s).toDouble());
        if (row.value(u"latency"_s).isDouble())
            r.latencyMs = std::llround(row.value(u"latency"_s).toDouble() * 1000.0);
        else if (const auto end = timeMs(row.value(u"endTime"_s).toString()))
            r.latencyMs = *end - r.occurredAtMs;
        r.status = row.value(u"level"_s).toString() == u"ERROR"_s ? QByteArray("error") : QByteArray("success");
        result.usage.append(std::move(r));
    }
    if (scores) {
        const int current = page.section(u':', 1).isEmpty() ? 1 : page.section(u':', 1).toInt();
        if (current < meta.value(u"totalPages"_s).toInt()) {
            if (rows.isEmpty())
                return std::unexpected(emptyPageClaimsMore());
            result.next = u"scores:%1"_s.arg(current + 1);
        }
    } else if (meta.value(u"cursor"_s).isString() && !meta.value(u"cursor"_s).toString().isEmpty()) {
        if (rows.isEmpty())
            return std::unexpected(emptyPageClaimsMore());
        result.next = u"obs:"_s + meta.value(u"cursor"_s).toString();
    } else {
        result.next = u"scores:"_s; // generations done: the feedback scores next
    }
    return result;
}

} // namespace greenlight::app
