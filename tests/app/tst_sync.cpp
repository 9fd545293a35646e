// Gateway sync against a loopback stand-in for the five gateways (tests/support/gateway_server.py),
// with API keys in a real Secret Service (run under tests/support/with-keychain.sh). Registered for both backends
// (tests/support/testdatabase.h): tst_sync_postgres syncs into the real server of tests/support/with-postgres.sh.
#include "../support/clirunner.h"
#include "../support/testdatabase.h"
#include "../support/why.h"

#include "gateways/secretstore.h"
#include "gateways/syncrunner.h"
#include "gateways/syncservice.h"
#include "services/gatewaysync.h"
#include "storage/auditstore.h"
#include "storage/changewatcher.h"
#include "storage/connectionstore.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "usage/nanousd.h"
#include "workspace.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

#include <csignal>
#include <sys/types.h>

using namespace greenlight;
using namespace greenlight::app;
using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"sk-test-4f2a9c61e0b7d3"_s;
const QString kGreenlight = QStringLiteral(GREENLIGHT_BINARY);

struct Totals {
    qint64 records = 0;
    qint64 costNanos = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 feedback = 0;
    qint64 rollupCostNanos = 0;
    friend bool operator==(const Totals &, const Totals &) = default;
};

char *toString(const Totals &t)
{
    return qstrdup(QByteArray("records=" + QByteArray::number(t.records) + " cost=" + QByteArray::number(t.costNanos) +
                              " prompt=" + QByteArray::number(t.promptTokens) + " completion=" +
                              QByteArray::number(t.completionTokens) + " feedback=" + QByteArray::number(t.feedback) +
                              " rollup_cost=" + QByteArray::number(t.rollupCostNanos))
                       .constData());
}

Totals stored(const QString &database, const QString &source)
{
    auto db = Database::open(database);
    Totals t;
    if (!db)
        return t;
    QSqlQuery q((*db)->connection());
    q.prepare(u"SELECT COUNT(*), COALESCE(SUM(cost_nanos), 0), COALESCE(SUM(prompt_tokens), 0), "
              u"COALESCE(SUM(completion_tokens), 0) FROM usage_records WHERE source = ?"_s);
    q.addBindValue(source);
    if (q.exec() && q.next())
        t = Totals{
            q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(), 0, 0};
    q.prepare(u"SELECT COUNT(*) FROM feedback_records WHERE source = ?"_s);
    q.addBindValue(source);
    if (q.exec() && q.next())
        t.feedback = q.value(0).toLongLong();
    q.prepare(u"SELECT COALESCE(SUM(cost_nanos), 0) FROM usage_daily WHERE source = ?"_s);
    q.addBindValue(source);
    if (q.exec() && q.next())
        t.rollupCostNanos = q.value(0).toLongLong();
    return t;
}

QString storedCursor(const QString &database, const QString &name)
{
    auto db = Database::open(database);
    if (!db)
        return {};
    const auto c = ConnectionStore(**db).find(name);
    return c ? c->cursor : QString();
}

/// Whom a sync's event names (docs/team-database.md, "Who is who"): on a SQLite file the OS account and host the
/// commands run under; on a team database the server's login, from the address the server saw.
OsAccount syncer(const QString &database)
{
    if (onPostgres())
        return OsAccount{QUrl(database).userName(), u"127.0.0.1"_s};
    return OsAccount{u"tester"_s, u"test-host"_s};
}

/// A second, empty database: a file in @p dir, or on PostgreSQL another database of the same server.
QString secondDatabase(const QTemporaryDir &dir)
{
    if (!onPostgres())
        return dir.filePath(u"second-database.sqlite"_s);
    QUrl url(qEnvironmentVariable("GREENLIGHT_TEST_PG"));
    const QString error = execOnServer(
        url.toString(), {u"DROP DATABASE IF EXISTS greenlight_second"_s, u"CREATE DATABASE greenlight_second"_s});
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    url.setPath(u"/greenlight_second"_s);
    return url.toString();
}

/// The files @p database is stored in: a SQLite file with its write-ahead log and shared memory, or every file of
/// the PostgreSQL server's data directory (tables and write-ahead log), after a checkpoint has flushed the server's
/// buffers into the tables' files.
QStringList databaseFiles(const QString &database)
{
    QStringList files;
    if (!onPostgres()) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(database + suffix))
                files.append(database + suffix);
        }
        return files;
    }
    auto db = Database::open(database);
    if (!db)
        return files;
    QSqlQuery q((*db)->connection());
    if (!q.exec(u"CHECKPOINT"_s) || !q.exec(u"SHOW data_directory"_s) || !q.next())
        return files;
    QDirIterator all(q.value(0).toString(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (all.hasNext())
        files.append(all.next());
    return files;
}

} // namespace

class TstSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void everyKindSyncsExactlyOnce_data();
    void everyKindSyncsExactlyOnce();
    void faultsAreRetriedOrStopTheConnection_data();
    void faultsAreRetriedOrStopTheConnection();
    void oneFailingConnectionDoesNotStopTheOthers();
    void brokenPagingStopsTheSync_data();
    void brokenPagingStopsTheSync();
    void ceilingsMustBeSensible_data();
    void ceilingsMustBeSensible();
    void killedSyncResumesWithExactTotals();
    void apiKeyNeverLeavesTheKeychain();
    void connectionsAreCheckedWhenAdded_data();
    void connectionsAreCheckedWhenAdded();
    void missingKeychainIsAClearErrorWithoutFallback();
    void workspaceSyncsOffTheGuiThreadAndCancels();
    void aRedirectElsewhereNeverCarriesTheKey();
    void twoDatabasesKeepTwoKeys();
    void aChangedUrlNeedsTheKeyAgain();
    void identifierMapsAttributeAndNothingIsDropped();
    void requestServersRejectWhatTheApisReject_data();
    void requestServersRejectWhatTheApisReject();
    void aggregateServersRejectWhatTheApisReject_data();
    void aggregateServersRejectWhatTheApisReject();
    /// Last: the keychain stays locked after it.
    void aLockedKeychainSaysSoRatherThanNoKey();

private:
    QByteArray control(const QString &path, const QByteArray &body = {});
    /// A second server on another port with another key: where a leaked key would arrive.
    void startCaptureServer();
    [[nodiscard]] QJsonObject captureStats();
    Totals expected(const QString &kind);
    /// Who the last sync event of @p connection names.
    static models::Actor lastSyncActor(Database &db, const QString &connection);
    CliRun cli(const QStringList &arguments, const QString &secret = kKey);
    QString url(const QString &kind) const { return u"http://127.0.0.1:%1/%2"_s.arg(m_port).arg(kind); }

    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
    QProcess m_capture;
    int m_capturePort = 0;
    QString m_db;
    QStringList m_outputs; ///< everything the commands printed, searched for the key at the end
    const QDateTime m_now = QDateTime::currentDateTimeUtc();
};

void TstSync::initTestCase()
{
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(u"python3"_s, {QStringLiteral(GREENLIGHT_SOURCE_DIR "/tests/support/gateway_server.py"), u"--key"_s,
                                  kKey, u"--page-cap"_s, u"100"_s});
    QVERIFY(m_server.waitForStarted());
    QVERIFY(m_server.waitForReadyRead(10'000));
    m_port = m_server.readLine().trimmed().toInt();
    QVERIFY(m_port > 0);
    // The keychain must be there: these tests use the real one.
    QVERIFY2(SecretStore::write(u"connection/probe"_s, u"probe"_s).has_value(),
             "no Secret Service: run under tests/support/with-keychain.sh");
    QVERIFY(SecretStore::remove(u"connection/probe"_s).has_value());
}

void TstSync::cleanupTestCase()
{
    m_server.kill();
    m_server.waitForFinished();
    m_capture.kill();
    m_capture.waitForFinished();
}

void TstSync::startCaptureServer()
{
    if (m_capturePort > 0)
        return;
    m_capture.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_capture.start(u"python3"_s, {QStringLiteral(GREENLIGHT_SOURCE_DIR "/tests/support/gateway_server.py"), u"--key"_s,
                                   u"capture-key"_s});
    QVERIFY(m_capture.waitForStarted());
    QVERIFY(m_capture.waitForReadyRead(10'000));
    m_capturePort = m_capture.readLine().trimmed().toInt();
    QVERIFY(m_capturePort > 0);
}

QJsonObject TstSync::captureStats()
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/_stats"_s.arg(m_capturePort))));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TstSync::aRedirectElsewhereNeverCarriesTheKey()
{
    startCaptureServer();
    const QString elsewhere = u"http://127.0.0.1:%1/litellm/spend/logs/v2"_s.arg(m_capturePort);
    QCOMPARE(cli({u"connection"_s, u"add"_s, u"litellm"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, url(u"litellm"_s)})
                 .exitCode,
             0);
    control(u"/_faults"_s, QJsonDocument(QJsonArray{QJsonObject{{u"redirect"_s, elsewhere}}}).toJson());
    const CliRun run = cli({u"sync"_s, u"litellm"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"%1/spend/logs/v2 redirected to %2, another address, so the request was not sent "
                              u"there with the API key"_s.arg(url(u"litellm"_s), elsewhere)),
             qPrintable(run.err));
    const QJsonObject stats = captureStats();
    QCOMPARE(stats.value(u"requests"_s).toInt(), 0);
    QCOMPARE(stats.value(u"with_credentials"_s).toInt(), 0);
}

void TstSync::twoDatabasesKeepTwoKeys()
{
    const QString first = m_db;
    const QString second = secondDatabase(m_dir);
    QVERIFY2(!second.isEmpty(), "no second database (the reason is in the log above)");
    const auto add = [&](const QString &database, const QString &key) {
        m_db = database;
        return cli({u"connection"_s, u"add"_s, u"prod"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, url(u"litellm"_s)},
                   key);
    };
    QCOMPARE(add(first, u"key-of-the-first"_s).exitCode, 0);
    m_db = second;
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    QCOMPARE(add(second, u"key-of-the-second"_s).exitCode, 0);
    QStringList references;
    for (const QString &database : {first, second}) {
        auto db = Database::open(database);
        QVERIFY2(db.has_value(), why(db).constData());
        references.append(ConnectionStore(**db).find(u"prod"_s)->secretRef);
    }
    QVERIFY(references[0] != references[1]);
    QVERIFY2(references[0].startsWith(u"greenlight/"_s) && references[0].endsWith(u"/prod"_s),
             qPrintable(references[0]));
    QCOMPARE(SecretStore::readKey(references[0])->key, u"key-of-the-first"_s);
    QCOMPARE(SecretStore::readKey(references[1])->key, u"key-of-the-second"_s);
    QCOMPARE(SecretStore::readKey(references[1])->url, url(u"litellm"_s));
    // Removing one connection removes its key alone.
    QCOMPARE(cli({u"connection"_s, u"remove"_s, u"prod"_s}).exitCode, 0);
    QVERIFY(!SecretStore::readKey(references[1]).has_value());
    QCOMPARE(SecretStore::readKey(references[0])->key, u"key-of-the-first"_s);
    m_db = first;
    QCOMPARE(cli({u"connection"_s, u"remove"_s, u"prod"_s}).exitCode, 0);
}

void TstSync::aChangedUrlNeedsTheKeyAgain()
{
    startCaptureServer();
    QCOMPARE(cli({u"connection"_s, u"add"_s, u"litellm"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, url(u"litellm"_s)})
                 .exitCode,
             0);
    // Someone with write access to the database points the connection elsewhere, behind Greenlight's back.
    const QString elsewhere = u"http://127.0.0.1:%1/litellm"_s.arg(m_capturePort);
    {
        auto db = Database::open(m_db);
        QVERIFY2(db.has_value(), why(db).constData());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"UPDATE connections SET url = '%1' WHERE name = 'litellm'"_s.arg(elsewhere)));
    }
    const qint64 before = captureStats().value(u"requests"_s).toInteger();
    const CliRun refused = cli({u"sync"_s, u"litellm"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"litellm: the connection now points at %1, but its API key was entered for %2, so "
                                  u"it is not sent there"_s.arg(elsewhere, url(u"litellm"_s))),
             qPrintable(refused.err));
    QCOMPARE(captureStats().value(u"requests"_s).toInteger(), before);

    // Entering the key again for the new address is the way, and the audit log says who moved it where.
    const CliRun moved = cli({u"connection"_s, u"set-key"_s, u"litellm"_s, u"--url"_s, url(u"litellm"_s)});
    QCOMPARE(moved.exitCode, 0);
    QCOMPARE(moved.out, u"litellm now points at %1 (was %2), with the API key just entered.\n"_s.arg(url(u"litellm"_s),
                                                                                                     elsewhere));
    auto db = Database::open(m_db);
    QVERIFY2(db.has_value(), why(db).constData());
    QList<models::AuditEvent> events;
    QVERIFY(models::AuditStore(**db).forEach([&](const models::AuditEvent &e) { events.append(e); }, u"connection"_s,
                                             u"litellm"_s));
    QCOMPARE(events.constLast().entry.action, u"set_key"_s);
    const QJsonObject change = QJsonDocument::fromJson(events.constLast().entry.payload).object();
    QCOMPARE(change.value(u"url"_s).toObject().value(u"before"_s).toString(), elsewhere);
    QCOMPARE(change.value(u"url"_s).toObject().value(u"after"_s).toString(), url(u"litellm"_s));
    const CliRun synced = cli({u"sync"_s, u"litellm"_s});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
}

models::Actor TstSync::lastSyncActor(Database &db, const QString &connection)
{
    models::Actor actor;
    int syncs = 0;
    const auto read = models::AuditStore(db).forEach(
        [&](const models::AuditEvent &e) {
            if (e.entry.action == u"sync"_s) {
                actor = e.entry.actor;
                ++syncs;
            }
        },
        u"connection"_s, connection);
    if (!read || syncs == 0)
        qFatal("no sync event of %s", qPrintable(connection));
    return actor;
}

void TstSync::identifierMapsAttributeAndNothingIsDropped()
{
    const CliRun imported = cli({u"import"_s, u"portfolio"_s, QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(
        cli({u"connection"_s, u"add"_s, u"gw"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, url(u"litellm"_s)}).exitCode,
        0);
    const CliRun wrong = cli({u"connection"_s, u"map"_s, u"gw"_s, u"--use-case"_s, u"nope=ticket-classifier"_s});
    QCOMPARE(wrong.exitCode, 2);
    QCOMPARE(wrong.err, u"greenlight: --use-case: nope is not a use case of the portfolio\n"_s);
    // Synced before any map, the gateway's values are kept as read. Then only one of its two use case values is
    // mapped: the other, stored and new alike, is kept as unmapped.
    QVERIFY2(cli({u"sync"_s, u"gw"_s}).exitCode == 0, "sync");
    const CliRun mapped =
        cli({u"connection"_s, u"map"_s, u"gw"_s, u"--use-case"_s, u"support-reply-draft=support-reply-draft"_s});
    QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
    const auto scalar = [this](const QString &sql) {
        auto db = Database::open(m_db);
        QSqlQuery q((*db)->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 total = expected(u"litellm"_s).costNanos;
    QCOMPARE(scalar(u"SELECT SUM(cost_nanos) FROM usage_records WHERE source = 'gw'"_s), total);
    const qint64 unmapped =
        scalar(u"SELECT SUM(cost_nanos) FROM usage_records WHERE use_case = 'unmapped:ticket-classifier'"_s);
    QVERIFY(unmapped > 0);
    QCOMPARE(scalar(u"SELECT SUM(cost_nanos) FROM usage_records WHERE use_case = 'support-reply-draft'"_s),
             total - unmapped);
    QCOMPARE(scalar(u"SELECT SUM(cost_nanos) FROM usage_daily WHERE use_case = 'unmapped:ticket-classifier'"_s),
             unmapped);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_records WHERE use_case = 'ticket-classifier'"_s), 0);
    const CliRun status = cli({u"connection"_s, u"status"_s, u"gw"_s});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(u"  support-reply-draft → use case support-reply-draft\n"_s), qPrintable(status.out));
    QVERIFY2(
        status.out.contains(u"  use case ticket-classifier: %1 USD in "_s.arg(models::NanoUsd::toDecimal(unmapped))),
        qPrintable(status.out));

    // Mapping it later moves what was stored: records and rollups alike, nothing lost, and it is audited.
    QCOMPARE(
        cli({u"connection"_s, u"map"_s, u"gw"_s, u"--use-case"_s, u"support-reply-draft=ticket-classifier"_s}).exitCode,
        0);
    QCOMPARE(scalar(u"SELECT SUM(cost_nanos) FROM usage_records WHERE use_case = 'support-reply-draft'"_s), total);
    QCOMPARE(scalar(u"SELECT SUM(cost_nanos) FROM usage_daily WHERE source = 'gw' AND use_case = "
                    u"'support-reply-draft'"_s),
             total);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_daily WHERE use_case LIKE 'unmapped:%'"_s), 0);
    QVERIFY(cli({u"connection"_s, u"status"_s, u"gw"_s}).out.endsWith(u"Nothing unmapped.\n"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'connection' AND action = 'map'"_s), 2);
    // A new sync stores the mapped ids straight away, and adds nothing twice.
    QCOMPARE(cli({u"sync"_s, u"gw"_s, u"--since"_s, m_now.date().addDays(-30).toString(Qt::ISODate)}).exitCode, 0);
    QCOMPARE(scalar(u"SELECT SUM(cost_nanos) FROM usage_daily WHERE source = 'gw'"_s), total);
}

void TstSync::aggregateServersRejectWhatTheApisReject_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // empty: answered with data
    const QString cost = u"/anthropic/v1/organizations/cost_report?starting_at=2026-11-01T00:00:00Z&"_s;
    const QString usage = u"/anthropic/v1/organizations/usage_report/messages?starting_at=2026-11-01T00:00:00Z&"_s;
    // The request the adapter used to send: the cost report cannot group by API key.
    QTest::newRow("cost report by api_key_id") << cost + u"group_by[]=workspace_id&group_by[]=api_key_id"_s << 400
                                               << u"group_by[]: Input should be 'description', 'workspace_id'"_s;
    QTest::newRow("cost report by description")
        << cost + u"group_by[]=workspace_id&group_by[]=description"_s << 200 << QString();
    QTest::newRow("unknown parameter") << cost + u"group_by=workspace_id"_s << 400
                                       << u"group_by: Extra inputs are not permitted"_s;
    QTest::newRow("cost report by the hour")
        << cost + u"bucket_width=1h"_s << 400 << u"bucket_width: Input should be '1d'"_s;
    QTest::newRow("32 days a page") << cost + u"limit=32"_s << 400
                                    << u"limit: must be between 1 and 31 for bucket_width 1d"_s;
    QTest::newRow("usage by api key") << usage + u"group_by[]=api_key_id&limit=31"_s << 200 << QString();
    QTest::newRow("no starting_at") << u"/anthropic/v1/organizations/usage_report/messages?limit=7"_s << 400
                                    << u"starting_at: Field required"_s;
    // OpenAI's organization endpoints (the repeated-key form of arrays, as its OpenAPI spec defaults to).
    const QString costs = u"/openai/organization/costs?start_time=1793491200&"_s;
    QTest::newRow("openai costs by model")
        << costs + u"group_by=model"_s << 400 << u"Invalid value for 'group_by': 'model'"_s;
    QTest::newRow("openai costs by project and key")
        << costs + u"group_by=project_id&group_by=api_key_id"_s << 200 << QString();
    QTest::newRow("openai bracketed arrays")
        << costs + u"group_by[]=project_id"_s << 400 << u"Unrecognized request argument supplied: group_by[]"_s;
    QTest::newRow("openai 181 days a page")
        << costs + u"limit=181"_s << 400 << u"Invalid value for 'limit': must be between 1 and 180"_s;
    QTest::newRow("openai usage by model") << u"/openai/organization/usage/completions?start_time=1793491200&"
                                              u"group_by=model&bucket_width=1h&limit=168"_s
                                           << 200 << QString();
    QTest::newRow("openai without start_time")
        << u"/openai/organization/costs?limit=7"_s << 400 << u"Missing required parameter: 'start_time'."_s;
}

void TstSync::aggregateServersRejectWhatTheApisReject()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, message);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(query)));
    if (query.startsWith(u"/anthropic/"_s)) {
        request.setRawHeader("x-api-key", kKey.toUtf8());
        request.setRawHeader("anthropic-version", "2023-06-01");
    } else {
        request.setRawHeader("Authorization", "Bearer " + kKey.toUtf8());
    }
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    reply->deleteLater();
    if (message.isEmpty()) {
        QVERIFY(answer.value(u"data"_s).isArray());
        // Anthropic's cost rows say nothing about API keys, however they are grouped.
        for (const QJsonValue &bucket : answer.value(u"data"_s).toArray()) {
            for (const QJsonValue &row : bucket.toObject().value(u"results"_s).toArray())
                QVERIFY(!row.toObject().contains(u"api_key_id"_s) || !query.contains(u"cost_report"_s));
        }
        return;
    }
    if (query.startsWith(u"/anthropic/"_s))
        QCOMPARE(answer.value(u"type"_s).toString(), u"error"_s);
    QCOMPARE(answer.value(u"error"_s).toObject().value(u"type"_s).toString(), u"invalid_request_error"_s);
    QCOMPARE(answer.value(u"error"_s).toObject().value(u"message"_s).toString(), message);
}

void TstSync::requestServersRejectWhatTheApisReject_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body"); // a POST when set
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer"); // part of what the server answers
    const QString logs = u"/litellm/spend/logs/v2?start_date=2026-11-01%2000:00:00&end_date=2026-11-02%2000:00:00"_s;
    QTest::newRow("litellm page") << logs + u"&page_size=100"_s << QByteArray() << 200 << QByteArray("\"total_pages\"");
    QTest::newRow("litellm unknown parameters are ignored, as FastAPI does")
        << logs + u"&colour=green"_s << QByteArray() << 200 << QByteArray("\"total_pages\"");
    QTest::newRow("litellm 1001 a page") << logs + u"&page_size=1001"_s << QByteArray() << 422
                                         << QByteArray("\"loc\": [\"query\", \"page_size\"]");
    QTest::newRow("litellm ISO dates") << u"/litellm/spend/logs/v2?start_date=2026-11-01T00:00:00Z&end_date="
                                          u"2026-11-02T00:00:00Z"_s
                                       << QByteArray() << 422 << QByteArray("expected YYYY-MM-DD HH:MM:SS");
    QTest::newRow("litellm without dates")
        << u"/litellm/spend/logs/v2"_s << QByteArray() << 422 << QByteArray("field required");
    const QByteArray filter = R"("filter": {"left": {"request_response_rmt": {"request_created_at": )"
                              R"({"gte": "2026-11-01T00:00:00Z"}}}, "operator": "and", "right": )"
                              R"({"request_response_rmt": {"request_created_at": {"lt": "2026-11-02T00:00:00Z"}}}})";
    QTest::newRow("helicone page") << u"/helicone/v1/request/query-clickhouse"_s
                                   << "{" + filter + R"(, "offset": 0, "limit": 1000})" << 200
                                   << QByteArray("\"error\": null");
    QTest::newRow("helicone 1001 a page")
        << u"/helicone/v1/request/query-clickhouse"_s << "{" + filter + R"(, "limit": 1001})" << 500
        << QByteArray("limit must be 1000 or less");
    QTest::newRow("helicone unknown body key")
        << u"/helicone/v1/request/query-clickhouse"_s << "{" + filter + R"(, "page": 2})" << 500
        << QByteArray("Unknown field in the request body: page");
    QTest::newRow("langfuse 1001 observations") << u"/langfuse/api/public/v2/observations?limit=1001"_s << QByteArray()
                                                << 400 << QByteArray("less than or equal to 1000");
    QTest::newRow("langfuse 101 scores") << u"/langfuse/api/public/v2/scores?limit=101"_s << QByteArray() << 400
                                         << QByteArray("less than or equal to 100");
}

void TstSync::requestServersRejectWhatTheApisReject()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, answer);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
    const QByteArray authorization = path.startsWith(u"/langfuse/"_s) ? QByteArray("Basic " + kKey.toUtf8().toBase64())
                                                                      : QByteArray("Bearer " + kKey.toUtf8());
    request.setRawHeader("Authorization", authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = body.isNull() ? network.get(request) : network.post(request, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray got = reply->readAll();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    reply->deleteLater();
    QVERIFY2(got.contains(answer), got.left(300).constData());
}

void TstSync::aLockedKeychainSaysSoRatherThanNoKey()
{
    QCOMPARE(cli({u"connection"_s, u"add"_s, u"litellm"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, url(u"litellm"_s)})
                 .exitCode,
             0);
    // Lock the login keyring through the Secret Service API, as the desktop does when the screen locks.
    QDBusMessage lock = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                                       u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    lock << QVariant::fromValue(
        QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/collection/login"_s)});
    const QDBusMessage locked = QDBusConnection::sessionBus().call(lock);
    QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));
    const CliRun run = cli({u"sync"_s, u"litellm"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"the keychain is locked, so the API key for greenlight/"_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"no API key in the OS keychain"_s));
}

void TstSync::init()
{
    m_db = freshTestDatabase(m_dir);
    QVERIFY2(!m_db.isEmpty(), "no test database (the reason is in the log above)");
    control(u"/_config"_s, R"({"delay_ms": 0})");
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
}

QByteArray TstSync::control(const QString &path, const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = body.isNull() ? network.get(request) : network.post(request, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

Totals TstSync::expected(const QString &kind)
{
    const QJsonObject e = QJsonDocument::fromJson(control(u"/_expected?kind="_s + kind)).object();
    const qint64 cost = e.value(u"cost_nanos"_s).toInteger();
    return Totals{e.value(u"records"_s).toInteger(),       cost,
                  e.value(u"prompt_tokens"_s).toInteger(), e.value(u"completion_tokens"_s).toInteger(),
                  e.value(u"feedback"_s).toInteger(),      cost};
}

CliRun TstSync::cli(const QStringList &arguments, const QString &secret)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CommandContext context{out, err, m_db, models::OsAccount{u"tester"_s, u"test-host"_s}};
    context.readSecret = [secret] { return secret; };
    CommandLine commandLine;
    qputenv("GREENLIGHT_HTTP_BACKOFF_MS", "50");
    qputenv("GREENLIGHT_HTTP_TIMEOUT_MS", "1500");
    run.exitCode = commandLine.run(QStringList{u"greenlight"_s} + arguments, context);
    out.flush();
    err.flush();
    m_outputs << run.out << run.err;
    return run;
}

void TstSync::everyKindSyncsExactlyOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("pages"); // with the server's page cap of 100 and 2,500 requests
    QTest::newRow("litellm") << u"litellm"_s << qint64(25);
    QTest::newRow("openai") << u"openai"_s << qint64(4);       // costs: 90 days on one page; usage: 31 a page
    QTest::newRow("anthropic") << u"anthropic"_s << qint64(6); // 90 daily buckets, 31 a page, in two reports
    QTest::newRow("helicone") << u"helicone"_s << qint64(3);
    QTest::newRow("langfuse") << u"langfuse"_s << qint64(34);
}

void TstSync::everyKindSyncsExactlyOnce()
{
    QFETCH(QString, kind);
    QFETCH(qint64, pages);
    QCOMPARE(cli({u"connection"_s, u"add"_s, kind, u"--kind"_s, kind, u"--url"_s, url(kind)}).exitCode, 0);
    const CliRun first = cli({u"sync"_s, kind});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.startsWith(u"%1: %2 pages, "_s.arg(kind).arg(pages)), qPrintable(first.out));
    QCOMPARE(stored(m_db, kind), expected(kind));
    // Tenant and use case came through the default fields.
    auto db = Database::open(m_db);
    QVERIFY2(db.has_value(), why(db).constData());
    // The sync decides nothing for a person: its event names the OS account and host it ran under (on a team
    // database, the login and its address), alone.
    const models::Actor syncedBy = lastSyncActor(**db, kind);
    QCOMPARE(syncedBy.person, QString());
    QCOMPARE(syncedBy.account, syncer(m_db).account);
    QCOMPARE(syncedBy.host, syncer(m_db).host);
    QCOMPARE(syncedBy.kind, models::Actor::Kind::Account);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM usage_records WHERE source = '%1' AND tenant IN ('acme','globex','initech') "
                   u"AND use_case IN ('support-reply-draft','ticket-classifier')"_s.arg(kind)));
    QVERIFY(q.next());
    const QJsonObject e = QJsonDocument::fromJson(control(u"/_expected?kind="_s + kind)).object();
    QCOMPARE(q.value(0).toLongLong(), e.value(u"attributed"_s).toInteger());
    // Costs reach the use case they were spent on, to the nano-dollar (Anthropic apportions by token share).
    const QJsonObject byUseCase = e.value(u"cost_by_use_case"_s).toObject();
    for (auto it = byUseCase.begin(); it != byUseCase.end(); ++it) {
        QVERIFY(q.exec(u"SELECT SUM(cost_nanos) FROM usage_records WHERE source = '%1' AND use_case = '%2'"_s.arg(
            kind, it.key())));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), it.value().toInteger());
    }
    // Incremental and idempotent: the next sync starts at the cursor and adds nothing.
    QVERIFY(storedCursor(m_db, kind).startsWith(u"{\"since\":"_s));
    const CliRun second = cli({u"sync"_s});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.endsWith(u" 0 new.\n"_s), qPrintable(second.out));
    QCOMPARE(stored(m_db, kind), expected(kind));
    // A re-read from a date stores nothing twice either.
    QCOMPARE(cli({u"sync"_s, kind, u"--since"_s, m_now.date().addDays(-30).toString(Qt::ISODate)}).exitCode, 0);
    QCOMPARE(stored(m_db, kind), expected(kind));
}

void TstSync::faultsAreRetriedOrStopTheConnection_data()
{
    QTest::addColumn<QByteArray>("faults");
    QTest::addColumn<bool>("completes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("minimumMs");
    QTest::newRow("429 honours Retry-After")
        << QByteArray(R"([{"skip":2},{"status":429,"retry_after":1}])") << true << QString() << 1000;
    QTest::newRow("500s back off and retry")
        << QByteArray(R"([{"skip":1},{"status":500},{"status":502},{"status":503}])") << true << QString() << 350;
    QTest::newRow("stalled answer times out and retries")
        << QByteArray(R"([{"skip":3},{"stall":3}])") << true << QString() << 1500;
    QTest::newRow("5xx until the tries run out")
        << QByteArray(R"([{"skip":3},{"status":500},{"status":500},{"status":500},{"status":500},{"status":500}])")
        << false << u"litellm: http://127.0.0.1:PORT/litellm/spend/logs/v2 failed 5 times; last: HTTP 500"_s << 0;
    QTest::newRow("401 says the key was refused")
        << QByteArray(R"([{"skip":3},{"status":401}])") << false
        << u"litellm: http://127.0.0.1:PORT/litellm/spend/logs/v2 refused the API key (HTTP 401); store a valid key "
           u"with 'greenlight connection add' after removing this one"_s
        << 0;
    QTest::newRow("truncated body stops with what was committed")
        << QByteArray(R"([{"skip":3},{"truncate":true}])") << false
        << u"litellm: malformed response from the gateway: * (a truncated or non-JSON body)"_s << 0;
}

void TstSync::faultsAreRetriedOrStopTheConnection()
{
    QFETCH(QByteArray, faults);
    QFETCH(bool, completes);
    QFETCH(QString, error);
    QFETCH(int, minimumMs);
    QCOMPARE(cli({u"connection"_s, u"add"_s, u"litellm"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, url(u"litellm"_s)})
                 .exitCode,
             0);
    control(u"/_faults"_s, faults);
    QElapsedTimer timer;
    timer.start();
    const CliRun run = cli({u"sync"_s});
    if (completes) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(timer.elapsed() >= minimumMs);
        QCOMPARE(stored(m_db, u"litellm"_s), expected(u"litellm"_s));
        return;
    }
    QCOMPARE(run.exitCode, 2);
    const QString firstLine = run.err.section(u'\n', -2, -2).section(u'\r', -1);
    // Offsets inside JSON errors vary with the page; compare the sentence without them.
    // A JSON parser's wording and offsets vary with where the body was cut: "*" stands for them.
    const QString wanted = u"greenlight: "_s + QString(error).replace(u"PORT"_s, QString::number(m_port));
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(wanted).replace(u"\\*"_s, u".+"_s) + u"$"_s);
    QVERIFY2(pattern.match(firstLine).hasMatch(), qPrintable(firstLine));
    // The three pages before the fault are kept, and the cursor points past them.
    QCOMPARE(stored(m_db, u"litellm"_s).records, 300);
    QVERIFY2(storedCursor(m_db, u"litellm"_s).contains(u"\"page\":\"4\""_s),
             qPrintable(storedCursor(m_db, u"litellm"_s)));
    // The next sync picks up there and ends with exact totals.
    QCOMPARE(cli({u"sync"_s}).exitCode, 0);
    QCOMPARE(stored(m_db, u"litellm"_s), expected(u"litellm"_s));
}

void TstSync::brokenPagingStopsTheSync_data()
{
    // What a broken proxy, cache or gateway does to paging (gateway_server.py misbehave()); "*" stands for a page
    // token or a figure that depends on the data.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("paging");
    QTest::addColumn<QStringList>("limits");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("pagesKept");
    const QString twice = u"the gateway returned page * twice; stopping"_s;
    const QString same = u"the gateway answered page %1 exactly as the page before it and claims more (are the "
                         u"paging parameters dropped on the way?); stopping"_s;
    const QString empty = u"the gateway returned an empty page that claims more; stopping"_s;
    const QString noNext = u"the gateway said has_more but named no next_page; stopping"_s;
    QTest::newRow("litellm drops page") << u"litellm"_s << QByteArray("ignore") << QStringList() << same.arg(2) << 1;
    QTest::newRow("helicone drops offset")
        << u"helicone"_s << QByteArray("ignore") << QStringList() << same.arg(1000) << 1;
    QTest::newRow("langfuse drops cursor") << u"langfuse"_s << QByteArray("ignore") << QStringList() << twice << 1;
    // OpenAI: the cost report fits one page; the usage report's second page repeats its first.
    QTest::newRow("openai drops page") << u"openai"_s << QByteArray("ignore") << QStringList() << twice << 2;
    QTest::newRow("anthropic drops page") << u"anthropic"_s << QByteArray("ignore") << QStringList() << twice << 1;
    QTest::newRow("openai has_more without next_page")
        << u"openai"_s << QByteArray("more_without_next") << QStringList() << noNext << 0;
    QTest::newRow("anthropic has_more without next_page")
        << u"anthropic"_s << QByteArray("more_without_next") << QStringList() << noNext << 0;
    QTest::newRow("openai empty page claims more")
        << u"openai"_s << QByteArray("empty_claims_more") << QStringList() << empty << 0;
    QTest::newRow("litellm empty page claims more")
        << u"litellm"_s << QByteArray("empty_claims_more") << QStringList() << empty << 0;
    QTest::newRow("langfuse empty page claims more")
        << u"langfuse"_s << QByteArray("empty_claims_more") << QStringList() << empty << 0;
    QTest::newRow("endless pages meet the page ceiling")
        << u"openai"_s << QByteArray("endless") << QStringList{u"--max-pages"_s, u"5"_s}
        << u"reached the ceiling of 5 pages (--max-pages) after 5 pages and * s (* records read, * new); stopping, and "
           u"the next "
           u"sync resumes at the next page"_s
        << 5;
    QTest::newRow("endless pages meet the time ceiling")
        << u"openai"_s << QByteArray("endless") << QStringList{u"--max-minutes"_s, u"0.02"_s}
        << u"reached the ceiling of 0.02 minutes (--max-minutes) after * pages and * s (* records read, * new); "
           u"stopping, and the next "
           u"sync resumes at the next page"_s
        << -1;
}

void TstSync::brokenPagingStopsTheSync()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, paging);
    QFETCH(QStringList, limits);
    QFETCH(QString, error);
    QFETCH(int, pagesKept);
    QCOMPARE(cli({u"connection"_s, u"add"_s, kind, u"--kind"_s, kind, u"--url"_s, url(kind)}).exitCode, 0);
    // The time ceiling: pages that take a while each, so that it comes before the page ceiling.
    control(u"/_config"_s, R"({"paging": ")" + paging + R"(", "delay_ms": )" +
                               (limits.contains(u"--max-minutes"_s) ? "200" : "0") + "}");
    const int before = QJsonDocument::fromJson(control(u"/_stats"_s)).object().value(u"requests"_s).toInt();
    const CliRun run = cli(QStringList{u"sync"_s, kind} + limits);
    const int requests = QJsonDocument::fromJson(control(u"/_stats"_s)).object().value(u"requests"_s).toInt() - before;
    control(u"/_config"_s, R"({"delay_ms": 0})");
    QCOMPARE(run.exitCode, 2);
    const QString firstLine = run.err.section(u'\n', -2, -2).section(u'\r', -1);
    const QString wanted = u"greenlight: "_s + kind + u": "_s + error;
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(wanted).replace(u"\\*"_s, u".+"_s) + u"$"_s);
    QVERIFY2(pattern.match(firstLine).hasMatch(), qPrintable(firstLine));
    // It stopped by itself after a few requests, keeping the pages before the broken one (their records are
    // committed with the cursor that points at the broken page).
    if (pagesKept >= 0) {
        QCOMPARE(requests, pagesKept + 1 - (limits.isEmpty() ? 0 : 1));
        QVERIFY2(run.out.contains(u"%1: stopped after %2 pages;"_s.arg(kind).arg(pagesKept)), qPrintable(run.out));
    } else {
        QVERIFY2(requests >= 2 && requests <= 12, qPrintable(QString::number(requests)));
    }
    // Once the gateway pages properly again, the next sync ends with the exact totals. After endless pages the cursor
    // holds a token the gateway made up, which the real one refuses: that sync starts over from a date.
    QStringList again{u"sync"_s, kind};
    if (paging == "endless") {
        const CliRun refused = cli(again);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"HTTP 400"_s), qPrintable(refused.err));
        again << u"--since"_s << m_now.date().addDays(-90).toString(Qt::ISODate);
    }
    const CliRun recovered = cli(again);
    QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.err));
    QCOMPARE(stored(m_db, kind), expected(kind));
}

void TstSync::ceilingsMustBeSensible_data()
{
    QTest::addColumn<QStringList>("limits");
    QTest::addColumn<QString>("error");
    const QString pages = u"greenlight: --max-pages: \"%1\" is not a whole number of pages of at least 1\n"_s;
    const QString minutes =
        u"greenlight: --max-minutes: \"%1\" is not a number of minutes above 0 (at most a week)\n"_s;
    QTest::newRow("no pages") << QStringList{u"--max-pages"_s, u"0"_s} << pages.arg(u"0"_s);
    QTest::newRow("pages in words") << QStringList{u"--max-pages"_s, u"many"_s} << pages.arg(u"many"_s);
    QTest::newRow("half a page") << QStringList{u"--max-pages"_s, u"1.5"_s} << pages.arg(u"1.5"_s);
    QTest::newRow("no time") << QStringList{u"--max-minutes"_s, u"0"_s} << minutes.arg(u"0"_s);
    QTest::newRow("negative time") << QStringList{u"--max-minutes"_s, u"-5"_s} << minutes.arg(u"-5"_s);
    QTest::newRow("not a number") << QStringList{u"--max-minutes"_s, u"nan"_s} << minutes.arg(u"nan"_s);
    QTest::newRow("beyond a week") << QStringList{u"--max-minutes"_s, u"10081"_s} << minutes.arg(u"10081"_s);
}

void TstSync::ceilingsMustBeSensible()
{
    QFETCH(QStringList, limits);
    QFETCH(QString, error);
    const CliRun run = cli(QStringList{u"sync"_s} + limits);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, error);
}

void TstSync::oneFailingConnectionDoesNotStopTheOthers()
{
    QCOMPARE(
        cli({u"connection"_s, u"add"_s, u"a-wrong-key"_s, u"--kind"_s, u"helicone"_s, u"--url"_s, url(u"helicone"_s)},
            u"sk-not-the-key"_s)
            .exitCode,
        0);
    QCOMPARE(cli({u"connection"_s, u"add"_s, u"b-good"_s, u"--kind"_s, u"helicone"_s, u"--url"_s, url(u"helicone"_s)})
                 .exitCode,
             0);
    const CliRun run = cli({u"sync"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"refused the API key (HTTP 401)"_s));
    QVERIFY(run.out.contains(u"a-wrong-key: stopped after 0 pages; 0 new records were kept."_s));
    QVERIFY(run.out.contains(u"b-good: 3 pages, 2500 records, 2500 new."_s));
    QCOMPARE(stored(m_db, u"a-wrong-key"_s).records, 0);
    QCOMPARE(stored(m_db, u"b-good"_s), expected(u"helicone"_s));
}

void TstSync::killedSyncResumesWithExactTotals()
{
    QCOMPARE(cli({u"connection"_s, u"add"_s, u"litellm"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, url(u"litellm"_s)})
                 .exitCode,
             0);
    control(u"/_config"_s, R"({"delay_ms": 120})");
    QProcess sync;
    sync.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sync.start(kGreenlight, {u"--db"_s, m_db, u"sync"_s});
    QVERIFY(sync.waitForStarted());
    // Wait until a few pages have committed, then kill it without warning.
    QElapsedTimer timer;
    timer.start();
    while (stored(m_db, u"litellm"_s).records < 500 && timer.elapsed() < 20'000)
        QTest::qWait(30);
    ::kill(pid_t(sync.processId()), SIGKILL);
    QVERIFY(sync.waitForFinished());
    QCOMPARE(sync.exitStatus(), QProcess::CrashExit);
    const Totals partial = stored(m_db, u"litellm"_s);
    // toString() hands over a qstrdup'ed string (QTest's convention for QCOMPARE); QVERIFY2 does not free it.
    const std::unique_ptr<char[]> described(toString(partial));
    QVERIFY2(partial.records >= 500 && partial.records < 2500, described.get());
    QCOMPARE(partial.records % 100, 0);                   // whole pages only
    QCOMPARE(partial.rollupCostNanos, partial.costNanos); // rollups committed with their records
    control(u"/_config"_s, R"({"delay_ms": 0})");
    const CliRun resumed = cli({u"sync"_s});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QCOMPARE(stored(m_db, u"litellm"_s), expected(u"litellm"_s));
}

void TstSync::apiKeyNeverLeavesTheKeychain()
{
    for (const QString &kind : {u"litellm"_s, u"langfuse"_s}) {
        QCOMPARE(cli({u"connection"_s, u"add"_s, kind, u"--kind"_s, kind, u"--url"_s, url(kind)}).exitCode, 0);
    }
    QCOMPARE(cli({u"sync"_s}).exitCode, 0);
    control(u"/_faults"_s, R"([{"status":401}])");
    QCOMPARE(cli({u"sync"_s, u"litellm"_s}).exitCode, 2); // an error message, too
    const CliRun list = cli({u"connection"_s, u"list"_s});
    QVERIFY(list.out.contains(u"litellm          litellm    "_s + url(u"litellm"_s)));
    QCOMPARE(cli({u"export"_s, u"audit-log"_s, u"--out"_s, m_dir.filePath(u"audit.jsonl"_s)}).exitCode, 0);
    QCOMPARE(cli({u"export"_s, u"portfolio"_s, m_dir.filePath(u"portfolio.json"_s)}).exitCode, 0);
    // The key is in the keychain, bound to the URL it was entered for...
    QString reference;
    {
        auto db = Database::open(m_db);
        QVERIFY2(db.has_value(), why(db).constData());
        reference = ConnectionStore(**db).find(u"litellm"_s)->secretRef;
    }
    const auto secret = SecretStore::readKey(reference);
    QVERIFY2(secret.has_value(), why(secret).constData());
    QCOMPARE(secret->key, kKey);
    QCOMPARE(secret->url, url(u"litellm"_s));
    // ...and nowhere else: not in any file the tests wrote (databases, WAL, exports) or the server stores the
    // database in, nor in any output.
    const QByteArray key = kKey.toUtf8();
    const QByteArray basic = QByteArray(key).toBase64(); // how Langfuse sends it
    QStringList paths;
    QDirIterator files(m_dir.path(), QDir::Files);
    while (files.hasNext())
        paths.append(files.next());
    for (const QString &path : databaseFiles(m_db)) {
        if (!paths.contains(path))
            paths.append(path);
    }
    int filesSearched = 0;
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(key) && !bytes.contains(basic), qPrintable(file.fileName()));
        ++filesSearched;
    }
    QVERIFY(filesSearched >= 4);
    for (const QString &output : std::as_const(m_outputs))
        QVERIFY2(!output.contains(kKey), qPrintable(output));
    // Removing the connection removes its key.
    QCOMPARE(cli({u"connection"_s, u"remove"_s, u"litellm"_s}).exitCode, 0);
    const auto removed = SecretStore::read(reference);
    QVERIFY2(!removed.has_value(), "the key is still in the keychain");
    QCOMPARE(removed.error().message,
             u"no API key in the OS keychain for %1; remove and add the connection again"_s.arg(reference));
}

void TstSync::connectionsAreCheckedWhenAdded_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("error");
    QTest::newRow("kind") << QStringList{u"x"_s, u"--kind"_s, u"bedrock"_s, u"--url"_s, u"https://gw.example"_s} << kKey
                          << u"--kind: unknown kind \"bedrock\" (expected one of: litellm, openai, anthropic, "
                             u"helicone, langfuse)"_s;
    QTest::newRow("url") << QStringList{u"x"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, u"ftp://gw"_s} << kKey
                         << u"--url: \"ftp://gw\" is not an http(s) URL without credentials"_s;
    QTest::newRow("key in url")
        << QStringList{u"x"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, u"https://user:secret@gw.example"_s} << kKey
        << u"--url: \"https://user:secret@gw.example\" is not an http(s) URL without credentials"_s;
    QTest::newRow("name") << QStringList{u"Prod GW"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, u"https://gw"_s} << kKey
                          << u"Prod GW: a connection name is lower-case letters, digits, dots, dashes or "
                             u"underscores"_s;
    QTest::newRow("field") << QStringList{u"x"_s,          u"--kind"_s,         u"litellm"_s,       u"--url"_s,
                                          u"https://gw"_s, u"--tenant-field"_s, u"metadata..team"_s}
                           << kKey
                           << u"--tenant-field: \"metadata..team\" is not a dotted field path (e.g. "
                              u"metadata.use_case or tags[feature:])"_s;
    QTest::newRow("plain http to another machine")
        << QStringList{u"x"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, u"http://gw.example:4000"_s} << kKey
        << u"--url: \"http://gw.example:4000\" is plain http to another machine: the API key would cross the "
           u"network unencrypted; use https (http is accepted only for this machine, e.g. http://127.0.0.1:4000)"_s;
    QTest::newRow("no key") << QStringList{u"x"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, u"https://gw"_s} << QString()
                            << u"no API key on standard input (pipe it in: the key is never taken as an argument)"_s;
}

void TstSync::connectionsAreCheckedWhenAdded()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, secret);
    QFETCH(QString, error);
    const CliRun run = cli(QStringList{u"connection"_s, u"add"_s} + arguments, secret);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"greenlight: "_s + error + u'\n');
    QCOMPARE(cli({u"connection"_s, u"list"_s}).out,
             u"No connections. Add one with 'greenlight connection add NAME --kind KIND --url URL'.\n"_s);
}

void TstSync::missingKeychainIsAClearErrorWithoutFallback()
{
    // The real binary, with no Secret Service on its session bus.
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/greenlight-test-bus"_s);
    add.setProcessEnvironment(env);
    add.start(kGreenlight, {u"--db"_s, m_db, u"connection"_s, u"add"_s, u"gw"_s, u"--kind"_s, u"litellm"_s, u"--url"_s,
                            url(u"litellm"_s)});
    QVERIFY(add.waitForStarted());
    add.write(kKey.toUtf8() + '\n');
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished());
    QCOMPARE(add.exitCode(), 2);
    const QString err = QString::fromUtf8(add.readAllStandardError());
    static const QRegularExpression refusal(
        u"^greenlight: (greenlight/[0-9a-f-]{36}/gw): the OS keychain could not be used for \\1 \\("_s);
    QVERIFY2(refusal.match(err).hasMatch(), qPrintable(err));
    QVERIFY(err.contains(u"Greenlight keeps API keys only there"_s));
    QVERIFY(!err.contains(kKey));
    QVERIFY(cli({u"connection"_s, u"list"_s}).out.startsWith(u"No connections."_s)); // nothing half-written
    // Nor did it pass through the database: a row written and rolled back would stay in its files.
    const QStringList files = databaseFiles(m_db);
    QVERIFY(!files.isEmpty());
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY2(!file.readAll().contains(kKey.toUtf8()), qPrintable(path));
    }
}

void TstSync::workspaceSyncsOffTheGuiThreadAndCancels()
{
    for (const QString &kind : {u"litellm"_s, u"helicone"_s})
        QCOMPARE(cli({u"connection"_s, u"add"_s, kind, u"--kind"_s, kind, u"--url"_s, url(kind)}).exitCode, 0);
    Workspace workspace(models::OsAccount{u"tester"_s, u"test-host"_s});
    QVERIFY(workspace.open(m_db).has_value());
    // Cancelled while the first connection is under way: what was committed stays, nothing half-done.
    control(u"/_config"_s, R"({"delay_ms": 100})");
    SyncRunner *runner = workspace.sync().start();
    QSignalSpy progress(runner, &SyncRunner::progress);
    QSignalSpy finished(runner, &SyncRunner::finished);
    QVERIFY(progress.wait(10'000)); // the GUI thread's event loop kept running meanwhile
    runner->cancel();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(1).toInt(), 1);
    // Connections run in name order: helicone was under way, litellm never started.
    const QString summary = finished.first().at(0).toString();
    const QRegularExpression stopped(
        u"^helicone: stopped after (\\d+) pages \\((\\d+) new records kept\\): cancelled$"_s);
    const QRegularExpressionMatch match = stopped.match(summary);
    QVERIFY2(match.hasMatch(), qPrintable(summary));
    // The first page (1,000 of helicone's 2,500 records) had committed when the runner said so; the cancel came
    // from this thread after that, so one or two whole pages are kept — exactly those the runner reports.
    QCOMPARE(progress.first().at(0).toString(), u"helicone"_s);
    QCOMPARE(progress.first().at(1).toLongLong(), 1);
    QCOMPARE(progress.first().at(2).toLongLong(), 1000);
    const qint64 pages = match.captured(1).toLongLong();
    const qint64 kept = match.captured(2).toLongLong();
    QVERIFY2(pages == 1 || pages == 2, qPrintable(summary));
    QCOMPARE(kept, pages * 1000);
    QCOMPARE(progress.last().at(2).toLongLong(), kept);
    const Totals partial = stored(m_db, u"helicone"_s);
    QCOMPARE(partial.records, kept);
    QCOMPARE(partial.rollupCostNanos, partial.costNanos);
    QCOMPARE(stored(m_db, u"litellm"_s).records, 0);
    // Run again to the end: both connections complete, and the window is told.
    control(u"/_config"_s, R"({"delay_ms": 0})");
    QSignalSpy usage(&workspace, &Workspace::usageChanged);
    SyncRunner *again = workspace.sync().start();
    QSignalSpy done(again, &SyncRunner::finished);
    QVERIFY(done.wait(20'000));
    QCOMPARE(done.first().at(1).toInt(), 0);
    QTRY_COMPARE(usage.size(), 1);
    // Once: the change watcher does not report the sync's own commits again, on its next poll or notification.
    QTest::qWait(2 * ChangeWatcher::pollIntervalMs);
    QCOMPARE(usage.size(), 1);
    // What another connection commits later is still shown.
    QCOMPARE(cli({u"sync"_s}).exitCode, 0);
    QTRY_COMPARE(usage.size(), 2);
    QCOMPARE(stored(m_db, u"litellm"_s), expected(u"litellm"_s));
    QCOMPARE(stored(m_db, u"helicone"_s), expected(u"helicone"_s));
    // The window's sync is recorded as the window's user: here an account (or login) bound to nobody.
    auto db = Database::open(m_db);
    QVERIFY2(db.has_value(), why(db).constData());
    const models::Actor syncedBy = lastSyncActor(**db, u"litellm"_s);
    QCOMPARE(syncedBy.account, syncer(m_db).account);
    QCOMPARE(syncedBy.host, syncer(m_db).host);
    QCOMPARE(syncedBy.kind, models::Actor::Kind::Account);
}

QTEST_GUILESS_MAIN(TstSync)
#include "tst_sync.moc"
