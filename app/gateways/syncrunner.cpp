#include "gateways/syncrunner.h"

#include "gateways/syncservice.h"
#include "storage/database.h"

namespace greenlight::app {

using namespace greenlight::models;

void SyncRunner::run()
{
    Database::Options options;
    options.createIfMissing = false; // the window opened it; a vanished file is an error, not a new one
    auto db = Database::open(m_location, options);
    if (!db) {
        Q_EMIT finished(db.error().toString(), 1);
        return;
    }
    const Result<QList<Connection>> connections = ConnectionStore(**db).list();
    if (!connections) {
        Q_EMIT finished(connections.error().toString(), 1);
        return;
    }
    if (connections->isEmpty()) {
        Q_EMIT finished(tr("No connections to sync. Add one with 'greenlight connection add'."), 0);
        return;
    }
    SyncService service(
        **db, [] { return QDateTime::currentDateTimeUtc(); }, m_actor, RetryPolicy{},
        [this](const QString &reference) -> Result<BoundKey> {
            return m_secrets.value(reference, fail(reference, tr("no API key was read for it")));
        });
    QStringList lines;
    int failures = 0;
    for (const Connection &c : *connections) {
        if (m_cancelled)
            break;
        const SyncResult result = service.sync(
            c, std::nullopt,
            [this](const QString &name, qint64 pages, qint64 records) { Q_EMIT progress(name, pages, records); },
            [this] { return m_cancelled.load(); });
        if (result.error) {
            ++failures;
            lines << tr("%1: stopped after %2 pages (%3 new records kept): %4")
                         .arg(c.name)
                         .arg(result.pages)
                         .arg(result.added)
                         .arg(result.error->message);
        } else {
            lines << tr("%1: %2 pages, %3 records, %4 new.")
                         .arg(c.name)
                         .arg(result.pages)
                         .arg(result.read)
                         .arg(result.added);
        }
    }
    Q_EMIT finished(lines.join(u'\n'), failures);
}

} // namespace greenlight::app
