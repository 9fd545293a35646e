#include "gateways/heliconeadapter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {
constexpr int kHeliconePageSize = 1000;
QJsonObject createdAt(const QString &op, const QDateTime &t)
{
    return QJsonObject{
        {u"request_response_rmt"_s,
         QJsonObject{{u"request_created_at"_s, QJsonObject{{op, t.toUTC().toString(Qt::ISODateWithMs)}}}}}};
}
} // namespace

HeliconeAdapter::HeliconeAdapter(const Connection &connection)
    : GatewayAdapter(connection, u"request_user_id"_s, u"request_properties.Feature"_s)
{
}

HttpCall HeliconeAdapter::call(const SyncWindow &window, const QString &page) const
{
    const QJsonObject filter{{u"left"_s, createdAt(u"gte"_s, window.from)},
                             {u"operator"_s, u"and"_s},
                             {u"right"_s, createdAt(u"lt"_s, window.to)}};
    const QJsonObject body{{u"filter"_s, filter},
                           {u"offset"_s, page.isEmpty() ? 0 : page.toInt()},
                           {u"limit"_s, kHeliconePageSize},
                           {u"sort"_s, QJsonObject{{u"created_at"_s, u"asc"_s}}}};
    return HttpCall{"POST",
                    endpoint(u"/v1/request/query-clickhouse"_s),
                    {{"Content-Type", "application/json"}},
                    QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

void HeliconeAdapter::authorize(HttpCall &call, const QString &apiKey) const
{
    call.headers.append({"authorization", "Bearer " + apiKey.toUtf8()});
}

Result<GatewayPage> HeliconeAdapter::parse(const QByteArray &body, const QString &page)
{
    const Result<QJsonObject> root = object(body);
    if (!root)
        return std::unexpected(root.error());
    if (root->value(u"error"_s).isString())
        return std::unexpected(malformed(tr("the gateway reported: %1").arg(root->value(u"error"_s).toString())));
    const QJsonArray rows = root->value(u"data"_s).toArray();
    GatewayPage result;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        Result<UsageRecord> started = requestRecord(row, i, u"request_id"_s, u"request_created_at"_s);
        if (!started)
            return std::unexpected(started.error());
        UsageRecord &r = *started;
        r.provider = row.value(u"provider"_s).toString().toLower().toUtf8();
        r.model = row.value(u"request_model"_s).toString().toUtf8();
        if (r.model.isEmpty())
            r.model = row.value(u"response_model"_s).toString().toUtf8();
        r.promptTokens = row.value(u"prompt_tokens"_s).toInteger();
        r.completionTokens = row.value(u"completion_tokens"_s).toInteger();
        r.costNanos =
            nanos(row.contains(u"cost"_s) ? row.value(u"cost"_s).toDouble() : row.value(u"costUSD"_s).toDouble());
        if (row.value(u"delay_ms"_s).isDouble())
            r.latencyMs = row.value(u"delay_ms"_s).toInteger();
        const int status = row.value(u"response_status"_s).toInt();
        r.status = status >= 200 && status < 300 ? QByteArray("success") : "http_" + QByteArray::number(status);
        result.usage.append(std::move(r));
    }
    if (rows.size() == kHeliconePageSize) // offset paging: no total; a short page is the last
        result.next = QString::number((page.isEmpty() ? 0 : page.toInt()) + kHeliconePageSize);
    return result;
}

} // namespace greenlight::app
