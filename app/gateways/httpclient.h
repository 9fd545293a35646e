#pragma once

#include "domain/error.h"
#include "gateways/gatewayadapter.h"

#include <QCoreApplication>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QNetworkAccessManager)

namespace greenlight::app {

/// How hard to try: 429 waits as long as Retry-After says; 5xx and timeouts back off exponentially.
struct RetryPolicy {
    int maxAttempts = 5;
    int firstBackoffMs = 1000; ///< doubled after each failed try
    int timeoutMs = 30'000;    ///< a stalled transfer counts as a failed try
    int maxRetryAfterS = 300;  ///< a longer Retry-After is not waited for: the sync stops with the reason
};

/**
 * Sends one HttpCall and waits for its answer (an event loop runs meanwhile), retrying as the policy
 * says. Returns the body of a 2xx answer, or an error naming the endpoint and what went wrong; the
 * API key (a header) never appears in an error.
 */
class HttpClient final
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)

public:
    explicit HttpClient(RetryPolicy policy = {});
    ~HttpClient();
    Q_DISABLE_COPY_MOVE(HttpClient)

    /// @p cancelled is polled while waiting; when it returns true the call ends with a "cancelled" error.
    [[nodiscard]] models::Result<QByteArray> fetch(const HttpCall &call, const QString &where,
                                                   const std::function<bool()> &cancelled = {});

private:
    RetryPolicy m_policy;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace greenlight::app
