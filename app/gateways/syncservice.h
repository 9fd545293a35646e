#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "gateways/httpclient.h"
#include "gateways/secretstore.h"
#include "storage/connectionstore.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <optional>

namespace greenlight::models {
class Database;
}

namespace greenlight::app {

/// What one connection's sync did.
struct SyncResult {
    QString connection;
    qint64 pages = 0;
    qint64 read = 0;  ///< records the gateway returned
    qint64 added = 0; ///< of which new
    std::optional<models::Error> error;
};

/// Ceilings on one connection's sync, so that no gateway answer, however odd, keeps it running by itself.
struct SyncLimits {
    static constexpr qint64 defaultMaxPages = 10'000;
    static constexpr qint64 defaultMaxMs = 30 * 60 * 1000;
    qint64 maxPages = defaultMaxPages; ///< pages read before the sync stops (the next one resumes there)
    qint64 maxMs = defaultMaxMs;       ///< wall time, likewise
};

/**
 * Pulls usage (and feedback) from a connection's gateway into the database: incremental (a cursor
 * per connection), idempotent (records are keyed by source and request id), resumable (each page and
 * the cursor that points past it commit in one transaction, so a crash loses at most the page in
 * flight), and cancellable. The first sync reads the last 90 days; a later one starts where the last
 * ended (less the adapter's overlap for late rows); `since` starts over from a date.
 *
 * It stops by itself whatever the gateway answers (issue 21): a page token it has asked for already, an answer equal
 * to the one before that still claims more (a proxy that drops the paging parameters), and the adapters' own checks
 * (has_more without a next page, an empty page that claims more) end it with what was committed kept and the cursor
 * at the page that could not be trusted; so do the ceilings of SyncLimits.
 */
class SyncService final
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    using SecretReader = std::function<models::Result<BoundKey>(const QString &reference)>;
    /// (connection, pages done, records read so far)
    using Progress = std::function<void(const QString &, qint64, qint64)>;

    /// @p actor: who the sync events name (the session's person, or its OS account alone for a service account).
    SyncService(models::Database &db, std::function<QDateTime()> clock, models::Actor actor, RetryPolicy policy = {},
                SecretReader secrets = {});

    [[nodiscard]] SyncResult sync(const models::Connection &connection, std::optional<QDate> since,
                                  const Progress &progress = {}, const std::function<bool()> &cancelled = {});
    void setLimits(SyncLimits limits) { m_limits = limits; }

private:
    models::Database &m_db;
    std::function<QDateTime()> m_clock;
    models::Actor m_actor;
    RetryPolicy m_policy;
    SecretReader m_secrets;
    SyncLimits m_limits;
};

} // namespace greenlight::app
