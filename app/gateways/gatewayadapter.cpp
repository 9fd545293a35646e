#include "gateways/gatewayadapter.h"

#include "gateways/anthropicadapter.h"
#include "gateways/heliconeadapter.h"
#include "gateways/langfuseadapter.h"
#include "gateways/litellmadapter.h"
#include "gateways/openaiadapter.h"
#include "usage/nanousd.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QStringList GatewayAdapter::kinds()
{
    return {u"litellm"_s, u"openai"_s, u"anthropic"_s, u"helicone"_s, u"langfuse"_s};
}

Result<std::unique_ptr<GatewayAdapter>> GatewayAdapter::create(const Connection &c)
{
    if (c.kind == u"litellm"_s)
        return std::make_unique<LiteLlmAdapter>(c);
    if (c.kind == u"openai"_s)
        return std::make_unique<OpenAiAdapter>(c);
    if (c.kind == u"anthropic"_s)
        return std::make_unique<AnthropicAdapter>(c);
    if (c.kind == u"helicone"_s)
        return std::make_unique<HeliconeAdapter>(c);
    if (c.kind == u"langfuse"_s)
        return std::make_unique<LangfuseAdapter>(c);
    return fail(c.name, tr("unknown connection kind \"%1\" (expected one of: %2)").arg(c.kind, kinds().join(u", "_s)));
}

GatewayAdapter::GatewayAdapter(const Connection &c, const QString &defaultTenantField,
                               const QString &defaultUseCaseField)
    : m_url(c.url), m_source(c.name.toUtf8()), m_tenant(c.tenantField.isEmpty() ? defaultTenantField : c.tenantField),
      m_useCase(c.useCaseField.isEmpty() ? defaultUseCaseField : c.useCaseField)
{
}

QUrl GatewayAdapter::endpoint(const QString &path) const
{
    QString base = m_url;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + path);
}

QByteArray GatewayAdapter::tenantOf(const QJsonObject &record) const
{
    return m_tenant.valueIn(record).toUtf8();
}

QByteArray GatewayAdapter::useCaseOf(const QJsonObject &record) const
{
    return m_useCase.valueIn(record).toUtf8();
}

Error GatewayAdapter::malformed(const QString &what) const
{
    return Error{QString::fromUtf8(m_source), tr("malformed response from the gateway: %1").arg(what)};
}

Error GatewayAdapter::pagingBroken(const QString &what) const
{
    return Error{QString::fromUtf8(m_source), tr("%1; stopping").arg(what)};
}

Error GatewayAdapter::emptyPageClaimsMore() const
{
    return pagingBroken(tr("the gateway returned an empty page that claims more"));
}

Result<UsageRecord> GatewayAdapter::requestRecord(const QJsonObject &row, qsizetype index, const QString &idKey,
                                                  const QString &timeKey) const
{
    UsageRecord r;
    r.source = source();
    r.requestId = row.value(idKey).toString().toUtf8();
    const std::optional<qint64> at = timeMs(row.value(timeKey).toString());
    if (r.requestId.isEmpty() || !at)
        return std::unexpected(malformed(tr("data[%1] has no %2 or %3").arg(index).arg(idKey, timeKey)));
    r.occurredAtMs = *at;
    r.tenant = tenantOf(row);
    r.useCase = useCaseOf(row);
    return r;
}

Result<QJsonObject> GatewayAdapter::object(const QByteArray &body) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(malformed(tr("%1 at byte %2 of %3 (a truncated or non-JSON body)")
                                             .arg(error.errorString())
                                             .arg(error.offset)
                                             .arg(body.size())));
    if (!doc.isObject())
        return std::unexpected(malformed(tr("the body is not a JSON object")));
    return doc.object();
}

QByteArray GatewayAdapter::bucketId(const QStringList &parts)
{
    return QCryptographicHash::hash(parts.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex();
}

QString GatewayAdapter::urlProblem(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty() ||
        !url.userInfo().isEmpty())
        return tr("\"%1\" is not an http(s) URL without credentials").arg(text);
    const QHostAddress address(url.host());
    const bool loopback = url.host() == u"localhost"_s || (!address.isNull() && address.isLoopback());
    if (url.scheme() == u"http"_s && !loopback)
        return tr("\"%1\" is plain http to another machine: the API key would cross the network unencrypted; use "
                  "https (http is accepted only for this machine, e.g. http://127.0.0.1:4000)")
            .arg(text);
    return {};
}

Result<QString> GatewayAdapter::nextReportPage(const QString &page, const QJsonObject &root) const
{
    const bool usage = isUsageReport(page);
    if (root.value(u"has_more"_s).toBool()) {
        const QString next = root.value(u"next_page"_s).toString();
        if (next.isEmpty())
            return std::unexpected(pagingBroken(tr("the gateway said has_more but named no next_page")));
        if (root.value(u"data"_s).toArray().isEmpty())
            return std::unexpected(emptyPageClaimsMore());
        return (usage ? u"usage:"_s : u"costs:"_s) + next;
    }
    return usage ? QString() : u"usage:"_s; // costs done: the usage report next
}

qint64 GatewayAdapter::nanos(double usd)
{
    return NanoUsd::fromDouble(usd).value_or(0);
}

std::optional<qint64> GatewayAdapter::timeMs(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // gateways write UTC without a zone
    return t.toMSecsSinceEpoch();
}

} // namespace greenlight::app
