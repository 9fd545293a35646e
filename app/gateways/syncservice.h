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

/**
 * Pulls usage (and feedback) from a connection's gateway into the database: incremental (a cursor
 * per connection), idempotent (records are keyed by source and request id), resumable (each page and
 * the cursor that points past it commit in one transaction, so a crash loses at most the page in
 * flight), and cancellable. The first sync reads the last 90 days; a later one starts where the last
 * ended (less the adapter's overlap for late rows); `since` starts over from a date.
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

private:
    models::Database &m_db;
    std::function<QDateTime()> m_clock;
    models::Actor m_actor;
    RetryPolicy m_policy;
    SecretReader m_secrets;
};

} // namespace greenlight::app
