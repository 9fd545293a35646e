#include "gateways/httpclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

/// Retry-After as seconds, from either form HTTP allows (delta-seconds or an HTTP date).
std::optional<qint64> retryAfterSeconds(const QByteArray &value)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (at.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at));
    return std::nullopt;
}

/// Waits @p ms while polling @p cancelled; false when cancelled.
bool pause(int ms, const std::function<bool()> &cancelled)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled && cancelled())
            loop.quit();
    });
    done.start(ms);
    poll.start(50);
    loop.exec();
    return !(cancelled && cancelled());
}

} // namespace

HttpClient::HttpClient(RetryPolicy policy) : m_policy(policy), m_network(std::make_unique<QNetworkAccessManager>()) {}

HttpClient::~HttpClient() = default;

Result<QByteArray> HttpClient::fetch(const HttpCall &call, const QString &where, const std::function<bool()> &cancelled)
{
    const QString endpoint = call.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    QString lastProblem;
    int backoffMs = m_policy.firstBackoffMs;
    for (int attempt = 1; attempt <= m_policy.maxAttempts; ++attempt) {
        QNetworkRequest request(call.url);
        request.setTransferTimeout(m_policy.timeoutMs);
        // A redirect is followed only to the same scheme, host and port: the key headers would go along with it.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
        for (const auto &[name, value] : call.headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network->sendCustomRequest(request, call.verb, call.body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancelled && cancelled())
                reply->abort();
        });
        poll.start(50);
        if (!reply->isFinished())
            loop.exec();
        const auto later = [](QNetworkReply *r) { r->deleteLater(); };
        const std::unique_ptr<QNetworkReply, decltype(later)> owner(reply, later);
        if (cancelled && cancelled())
            return fail(where, tr("cancelled"));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() != body.size())
                return fail(where, tr("the response from %1 was cut short (%2 of %3 bytes)")
                                       .arg(endpoint)
                                       .arg(body.size())
                                       .arg(length.toLongLong()));
            return body;
        }
        if (reply->error() == QNetworkReply::InsecureRedirectError || (status >= 300 && status < 400)) {
            const QUrl target = call.url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            return fail(where, tr("%1 redirected to %2, another address, so the request was not sent there with the "
                                  "API key; if the gateway moved, point the connection at its new address with "
                                  "'greenlight connection set-key NAME --url URL'")
                                   .arg(endpoint, target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        }
        if (status == 401 || status == 403)
            return fail(where, tr("%1 refused the API key (HTTP %2); store a valid key with 'greenlight connection "
                                  "add' after removing this one")
                                   .arg(endpoint)
                                   .arg(status));
        int waitMs = backoffMs;
        if (status == 429) {
            const std::optional<qint64> after = retryAfterSeconds(reply->rawHeader("Retry-After"));
            if (after && *after > m_policy.maxRetryAfterS)
                return fail(where, tr("%1 asked to wait %2 s before the next request (HTTP 429); sync again later")
                                       .arg(endpoint)
                                       .arg(*after));
            if (after)
                waitMs = int(*after * 1000);
            lastProblem = tr("HTTP 429 (rate limited)");
        } else if (status >= 500) {
            lastProblem = tr("HTTP %1").arg(status);
            backoffMs *= 2;
        } else if (reply->error() == QNetworkReply::OperationCanceledError ||
                   reply->error() == QNetworkReply::TimeoutError) {
            lastProblem = tr("no answer within %1 s").arg(m_policy.timeoutMs / 1000.0);
            backoffMs *= 2;
        } else if (status >= 400) {
            return fail(where,
                        tr("%1 answered HTTP %2: %3").arg(endpoint).arg(status).arg(QString::fromUtf8(body.left(200))));
        } else {
            lastProblem = reply->errorString();
            backoffMs *= 2;
        }
        if (attempt < m_policy.maxAttempts && !pause(waitMs, cancelled))
            return fail(where, tr("cancelled"));
    }
    return fail(where, tr("%1 failed %2 times; last: %3").arg(endpoint).arg(m_policy.maxAttempts).arg(lastProblem));
}

} // namespace greenlight::app
