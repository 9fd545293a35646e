#include "gateways/syncservice.h"

#include "gateways/gatewayadapter.h"
#include "gateways/secretstore.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/identifiermaps.h"
#include "storage/transaction.h"
#include "usage/recordimporter.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QString cursorText(const QJsonObject &cursor)
{
    return QString::fromUtf8(QJsonDocument(cursor).toJson(QJsonDocument::Compact));
}

} // namespace

SyncService::SyncService(Database &db, std::function<QDateTime()> clock, Actor actor, RetryPolicy policy,
                         SecretReader secrets)
    : m_db(db), m_clock(std::move(clock)), m_actor(std::move(actor)), m_policy(policy),
      m_secrets(secrets ? std::move(secrets) : SecretReader(&SecretStore::readKey))
{
}

SyncResult SyncService::sync(const Connection &connection, std::optional<QDate> since, const Progress &progress,
                             const std::function<bool()> &cancelled)
{
    SyncResult result{connection.name, 0, 0, 0, std::nullopt};
    const auto stop = [&](const Error &error) {
        result.error = error;
        return result;
    };
    auto adapter = GatewayAdapter::create(connection);
    if (!adapter)
        return stop(adapter.error());
    const Result<BoundKey> key = m_secrets(connection.secretRef);
    if (!key)
        return stop(key.error());
    // The key goes only to the URL it was entered for: a URL changed since (by SQL, or a copied database)
    // stops the sync before any request.
    if (key->url.isEmpty())
        return stop(Error{connection.name, tr("its API key was stored before keys were bound to their URL; enter it "
                                              "again with 'greenlight connection set-key %1' (the key on standard "
                                              "input)")
                                               .arg(connection.name)});
    if (key->url != connection.url)
        return stop(Error{connection.name,
                          tr("the connection now points at %1, but its API key was entered for %2, so it is not sent "
                             "there; if the change is yours, enter the key again with 'greenlight connection set-key "
                             "%3 --url %1'")
                              .arg(connection.url, key->url, connection.name)});

    // Where to start: a window left half done, or after the last sync, or 90 days back.
    const QDateTime now = m_clock().toUTC();
    const QJsonObject stored = QJsonDocument::fromJson(connection.cursor.toUtf8()).object();
    SyncWindow window;
    QString page;
    if (!since && stored.contains(u"from"_s)) {
        window = SyncWindow{fromIso(stored.value(u"from"_s).toString()), fromIso(stored.value(u"to"_s).toString())};
        page = stored.value(u"page"_s).toString();
    } else {
        window.to = (*adapter)->wholeDaysOnly() ? QDateTime(now.date(), QTime(0, 0), Qt::UTC) : now;
        if (since)
            window.from = QDateTime(*since, QTime(0, 0), Qt::UTC);
        else if (stored.contains(u"since"_s))
            window.from = fromIso(stored.value(u"since"_s).toString()).addSecs(-(*adapter)->overlapSeconds());
        else
            window.from = QDateTime(now.date().addDays(-90), QTime(0, 0), Qt::UTC);
    }
    if (!window.from.isValid() || !window.to.isValid())
        return stop(Error{connection.name, tr("the stored sync cursor is unreadable; sync with --since DATE")});

    // What the gateway's identifiers mean here; a mapped dimension stores unknown values as "unmapped:VALUE".
    const Result<IdentifierMap> map = IdentifierMapStore(m_db).load(connection.name);
    if (!map)
        return stop(map.error());

    HttpClient http(m_policy);
    QElapsedTimer elapsed;
    elapsed.start();
    QSet<QString> asked{page}; // every page token this sync has asked for
    QByteArray previousAnswer; // the digest of the last answer that claimed more
    while (window.from < window.to) {
        if (result.pages >= m_limits.maxPages || elapsed.elapsed() >= m_limits.maxMs) {
            const bool pages = result.pages >= m_limits.maxPages;
            const QString ceiling =
                pages ? tr("%1 pages (--max-pages)").arg(m_limits.maxPages)
                      : tr("%1 minutes (--max-minutes)").arg(QLocale::c().toString(double(m_limits.maxMs) / 60'000.0));
            // A connector that reads a whole window before storing it (Anthropic) keeps nothing of a window cut
            // short: say so, and what to do, rather than promise a resume that would meet the same ceiling.
            const QString then = (*adapter)->buffersWindow()
                                     ? tr("this connection stores a window only once it is read whole, so sync again "
                                          "with a higher ceiling or a later --since")
                                     : tr("the next sync resumes at the next page");
            return stop(Error{connection.name, tr("reached the ceiling of %1 after %2 pages and %3 s (%4 records read, "
                                                  "%5 new); stopping, and %6")
                                                   .arg(ceiling)
                                                   .arg(result.pages)
                                                   .arg(elapsed.elapsed() / 1000)
                                                   .arg(result.read)
                                                   .arg(result.added)
                                                   .arg(then)});
        }
        HttpCall call = (*adapter)->call(window, page);
        (*adapter)->authorize(call, key->key);
        const Result<QByteArray> body = http.fetch(call, connection.name, cancelled);
        if (!body)
            return stop(body.error());
        Result<GatewayPage> parsed = (*adapter)->parse(*body, page);
        if (!parsed)
            return stop(parsed.error());
        // Paging that cannot end stops here, before this page commits: the cursor stays at it.
        if (!parsed->next.isEmpty()) {
            if (asked.contains(parsed->next))
                return stop(
                    Error{connection.name, tr("the gateway returned page %1 twice; stopping").arg(parsed->next)});
            const QByteArray answer = QCryptographicHash::hash(*body, QCryptographicHash::Sha256);
            if (answer == previousAnswer)
                return stop(Error{connection.name, tr("the gateway answered page %1 exactly as the page before it "
                                                      "and claims more (are the paging parameters dropped on the "
                                                      "way?); stopping")
                                                       .arg(page)});
            previousAnswer = answer;
            asked.insert(parsed->next);
        }
        for (UsageRecord &r : parsed->usage) {
            r.useCase = IdentifierMap::apply(map->useCases, r.useCase);
            r.tenant = IdentifierMap::apply(map->tenants, r.tenant);
        }
        for (FeedbackRecord &f : parsed->feedback) {
            f.useCase = IdentifierMap::apply(map->useCases, f.useCase);
            f.tenant = IdentifierMap::apply(map->tenants, f.tenant);
        }

        // The page and the cursor that points past it commit together.
        // An adapter that buffers the window starts it again from its first page after a stop.
        const QString resumeAt = (*adapter)->buffersWindow() ? QString() : parsed->next;
        const QJsonObject next =
            parsed->next.isEmpty()
                ? QJsonObject{{u"since"_s, iso(window.to)}}
                : QJsonObject{{u"from"_s, iso(window.from)}, {u"to"_s, iso(window.to)}, {u"page"_s, resumeAt}};
        RecordImporter importer(m_db);
        importer.setBeforeCommit(
            [&] { return ConnectionStore(m_db).setCursor(connection.name, cursorText(next), now); });
        const Result<RecordImportSummary> imported = parsed->feedback.isEmpty()
                                                         ? importer.importUsage(parsed->usage, AuditEntry{})
                                                         : importer.importFeedback(parsed->feedback, AuditEntry{});
        if (!imported)
            return stop(imported.error());
        ++result.pages;
        result.read += imported->read;
        result.added += imported->added;
        if (progress)
            progress(connection.name, result.pages, result.read);
        if (parsed->next.isEmpty())
            break;
        page = parsed->next;
    }

    const QJsonObject payload{{u"pages"_s, result.pages},
                              {u"records"_s, result.read},
                              {u"added"_s, result.added},
                              {u"from"_s, iso(window.from)},
                              {u"to"_s, iso(window.to)}};
    Transaction tx(m_db);
    if (!tx.started())
        return stop(tx.started().error());
    if (auto event = AuditStore(m_db).append(AuditEntry{m_actor, u"connection"_s, connection.name, u"sync"_s,
                                                        QJsonDocument(payload).toJson(QJsonDocument::Compact)},
                                             now);
        !event)
        return stop(event.error());
    if (Status s = ConnectionStore(m_db).setCursor(connection.name, cursorText({{u"since"_s, iso(window.to)}}), now);
        !s)
        return stop(s.error());
    if (Status s = tx.commit(); !s)
        return stop(s.error());
    return result;
}

} // namespace greenlight::app
