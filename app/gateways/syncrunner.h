#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "gateways/secretstore.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>

namespace greenlight::app {

/**
 * Runs a sync of every connection off the GUI thread: it opens its own database connection in the
 * worker thread (Qt SQL connections belong to one thread) and reports progress and the outcome
 * through queued signals. cancel() may be called from any thread; the page in flight is dropped and
 * everything committed before it stays. The API keys are read from the keychain beforehand, on the
 * thread that creates the runner (QtKeychain's jobs belong to the main thread).
 */
class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    /// @p secrets: each connection's secret reference → its API key, or why it could not be read.
    /// @p actor: who the sync events name.
    SyncRunner(QString databaseLocation, QHash<QString, models::Result<BoundKey>> secrets, models::Actor actor,
               QObject *parent = nullptr)
        : QObject(parent), m_location(std::move(databaseLocation)), m_secrets(std::move(secrets)),
          m_actor(std::move(actor))
    {
    }
    void cancel() { m_cancelled = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(const QString &connection, qint64 pages, qint64 records);
    /// One line per connection; @p failures counts the connections that stopped with an error.
    void finished(const QString &summary, int failures);

private:
    QString m_location;
    QHash<QString, models::Result<BoundKey>> m_secrets;
    models::Actor m_actor;
    std::atomic<bool> m_cancelled{false};
};

} // namespace greenlight::app
