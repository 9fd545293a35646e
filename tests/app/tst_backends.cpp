// Every command on both backends (DESIGN §5, issue 17): one script of greenlight commands runs against a fresh SQLite
// file and against the real PostgreSQL server of tests/support/with-postgres.sh (API keys in the real Secret Service
// of with-keychain.sh, sync against the loopback gateway of tests/support/gateway_server.py). What each command
// prints, its exit code and every file it writes must be the same byte for byte, once the only values that name the
// run are replaced: the database's display name and the folder the run writes its files to.
#include "../support/clirunner.h"
#include "../support/postgresadmin.h"

#include "gateways/secretstore.h"
#include "storage/database.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"sk-test-backends-7c1e"_s;
const QString kIdentity = u"00000000-0000-4000-8000-0000000b4c35"_s;

/// One command of the script: its arguments (OUT stands for the run's own folder), the files it writes there that
/// must match, and the API key it reads from standard input. Every step runs as the same account (m_account).
struct Step {
    QString name;
    QStringList arguments;
    QStringList files;
    QString secret;
    int exitCode = 0; ///< what the script means the command to end with; -1 where either is right (gate check)
};

/// What one command did on one backend, with the run's own values replaced.
struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
    QStringList files; ///< each file's text (a PDF's text as pdftotext reads it)
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// The text of a PDF as poppler extracts it (DESIGN §7: packets are checked by reading them back).
QByteArray pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return "(pdftotext failed: " + p.readAllStandardError() + ')';
    return p.readAllStandardOutput();
}

} // namespace

class TstBackends final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyCommandIsTheSameOnBothBackends_data();
    void everyCommandIsTheSameOnBothBackends();

private:
    QList<Step> script() const;
    QList<Outcome> run(const QString &database, const QString &folder);
    static void pinIdentity(const QString &database);
    QString input(const QString &name) const { return m_dir.filePath(u"input/"_s + name); }

    QTemporaryDir m_dir;
    QProcess m_gateway;
    int m_gatewayPort = 0;
    QList<Step> m_script;
    QList<Outcome> m_sqlite;
    QList<Outcome> m_postgres;
    models::OsAccount m_account;
};

void TstBackends::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString server = qEnvironmentVariable("GREENLIGHT_TEST_PG");
    if (server.isEmpty())
        QFAIL("GREENLIGHT_TEST_PG is not set: run through ctest (tests/support/with-postgres.sh starts the server)");
    QVERIFY2(app::SecretStore::write(u"connection/probe"_s, u"probe"_s).has_value(),
             "no Secret Service: run under tests/support/with-keychain.sh");
    QVERIFY(app::SecretStore::remove(u"connection/probe"_s).has_value());

    m_gateway.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_gateway.start(u"python3"_s,
                    {QStringLiteral(GREENLIGHT_SOURCE_DIR "/tests/support/gateway_server.py"), u"--key"_s, kKey});
    QVERIFY(m_gateway.waitForStarted());
    QVERIFY(m_gateway.waitForReadyRead(10'000));
    m_gatewayPort = m_gateway.readLine().trimmed().toInt();
    QVERIFY(m_gatewayPort > 0);

    // Inputs that make the backends disagree where they can: equal costs (ties in every ordering), a missing
    // latency and status (NULL or empty), sub-cent costs, non-ASCII text, a second source, days at the edges.
    QVERIFY(QDir(m_dir.path()).mkpath(u"input"_s));
    QVERIFY(
        writeFile(input(u"usage.csv"_s),
                  "request_id,time,provider,model,tenant,use_case,prompt_tokens,completion_tokens,cost_usd,"
                  "latency_ms,status\n"
                  "p-1,2026-11-01T00:00:00Z,openai,gpt-4o-mini,acme,support-reply-draft,1000,100,1.25,420,success\n"
                  "p-2,2026-11-01T23:59:59.999Z,openai,gpt-4o-mini,globex,support-reply-draft,2000,200,1.25,,\n"
                  "p-3,2026-11-02T09:00:00+02:00,anthropic,claude-3-5-haiku,acme,ticket-classifier,500,50,0.75,"
                  "99,error\n"
                  "p-4,2026-11-02T09:30:00Z,openai,text-embedding-3-small,zürich-bank,meeting-summary,10,0,"
                  "0.0000002,1,success\n"
                  "p-5,2026-11-20T12:00:00Z,anthropic,claude-3-5-haiku,initech,support-reply-draft,0,0,0,,timeout\n"));
    QVERIFY(writeFile(input(u"usage.jsonl"_s),
                      "{\"request_id\":\"j-1\",\"time\":\"2026-11-03T10:00:00Z\",\"source\":\"helicone\",\"provider\":"
                      "\"openai\",\"model\":\"gpt-4o\",\"tenant\":\"acme\",\"use_case\":\"support-reply-draft\","
                      "\"prompt_tokens\":1200,\"completion_tokens\":300,\"cost_usd\":0.0123456789,\"latency_ms\":812}\n"
                      "{\"request_id\":\"j-2\",\"time\":\"2026-11-03T11:00:00Z\",\"source\":\"helicone\",\"provider\":"
                      "\"openai\",\"model\":\"gpt-4o\",\"tenant\":\"\",\"use_case\":\"\",\"prompt_tokens\":1,"
                      "\"completion_tokens\":1,\"cost_usd\":1.25}\n"));
    QVERIFY(writeFile(input(u"bad-usage.csv"_s),
                      "request_id,time,provider,model,tenant,use_case,prompt_tokens,completion_tokens,cost_usd\n"
                      "b-1,2026-11-04T10:00:00Z,openai,gpt-4o-mini,acme,support-reply-draft,1,1,0.1\n"
                      "b-2,2026-11-04T10:00:00Z,openai,gpt-4o-mini,acme,support-reply-draft,1,1,-0.1\n"));
    QVERIFY(writeFile(input(u"feedback.csv"_s), "time,use_case,tenant,request_id,outcome\n"
                                                "2026-11-01T10:00:00Z,support-reply-draft,acme,p-1,accepted\n"
                                                "2026-11-01T11:00:00Z,support-reply-draft,acme,,edited\n"
                                                "2026-11-02T11:00:00Z,ticket-classifier,zürich-bank,,rejected\n"));
    QVERIFY(
        writeFile(input(u"bad-feedback.jsonl"_s),
                  "{\"time\":\"2026-11-01T10:00:00Z\",\"use_case\":\"support-reply-draft\",\"outcome\":\"edited\"}\n"
                  "{\"time\":\"2026-11-01T10:00:00Z\",\"use_case\":\"support-reply-draft\",\"outcome\":\"liked\"}\n"));

    // Who acts must be the same on both backends, or every hash differs. On the server the session is its login (the
    // owner, bound to no person), seen from 127.0.0.1; on SQLite it is the OS account: give SQLite that same account.
    // The demo is a training database, so both record `--as PERSON` as that person, unverified, from this account.
    // (Logins of their own, on the server only, are tst_teamdatabase's part.)
    m_account = models::OsAccount{QUrl(server).userName(), u"127.0.0.1"_s};
    m_script = script();
    QVERIFY(QDir(m_dir.path()).mkpath(u"sqlite"_s));
    m_sqlite = run(m_dir.filePath(u"sqlite/greenlight.sqlite"_s), m_dir.filePath(u"sqlite"_s));
    const QString reset = resetServer(server);
    QVERIFY2(reset.isEmpty(), qPrintable(reset));
    QVERIFY(QDir(m_dir.path()).mkpath(u"postgres"_s));
    m_postgres = run(server, m_dir.filePath(u"postgres"_s));
}

void TstBackends::cleanupTestCase()
{
    m_gateway.kill();
    m_gateway.waitForFinished();
}

QList<Step> TstBackends::script() const
{
    const QString gateway = u"http://127.0.0.1:%1/"_s.arg(m_gatewayPort);
    QList<Step> steps;
    const auto add = [&](const QString &name, const QStringList &arguments, const QStringList &files = {},
                         const QString &secret = {}) {
        steps.append(Step{name, arguments, files, secret});
    };
    const auto fails = [&](int exitCode) { steps.last().exitCode = exitCode; };
    add(u"init demo"_s, {u"init"_s, u"--demo"_s});
    add(u"init again"_s, {u"init"_s});

    // Records: both formats, both kinds, twice (idempotent), and a bad row that rejects its file.
    add(u"import usage csv"_s, {u"import"_s, u"usage"_s, input(u"usage.csv"_s), u"--source"_s, u"litellm-eu"_s});
    add(u"import usage csv again"_s, {u"import"_s, u"usage"_s, input(u"usage.csv"_s), u"--source"_s, u"litellm-eu"_s});
    add(u"import usage jsonl"_s, {u"import"_s, u"usage"_s, input(u"usage.jsonl"_s)});
    add(u"import usage bad row"_s, {u"import"_s, u"usage"_s, input(u"bad-usage.csv"_s)});
    fails(2);
    add(u"import feedback csv"_s, {u"import"_s, u"feedback"_s, input(u"feedback.csv"_s)});
    add(u"import feedback csv again"_s, {u"import"_s, u"feedback"_s, input(u"feedback.csv"_s)});
    add(u"import feedback bad row"_s, {u"import"_s, u"feedback"_s, input(u"bad-feedback.jsonl"_s)});
    fails(2);
    add(u"import eval junit"_s,
        {u"import"_s, u"eval"_s, QStringLiteral(GREENLIGHT_SOURCE_DIR "/tests/data/evalimport/pytest-junit.xml"),
         u"--use-case"_s, u"support-reply-draft"_s, u"--route"_s, u"support-draft@3"_s});

    // Every read command.
    for (const QString &by : {u"tenant"_s, u"model"_s, u"use-case"_s, u"day"_s}) {
        const QStringList costs{u"costs"_s, u"--by"_s, by};
        const QStringList range{u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-03"_s};
        add(u"costs by %1"_s.arg(by), costs);
        add(u"costs by %1 json"_s.arg(by), costs + QStringList{u"--json"_s});
        add(u"costs by %1 range"_s.arg(by), costs + range);
        add(u"costs by %1 range json"_s.arg(by), costs + range + QStringList{u"--json"_s});
    }
    add(u"alerts"_s, {u"alerts"_s});
    add(u"alerts json"_s, {u"alerts"_s, u"--json"_s});
    add(u"alerts range json"_s, {u"alerts"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-20"_s, u"--json"_s});
    for (const QString &useCase : {u"support-reply-draft"_s, u"ticket-classifier"_s, u"meeting-summary"_s,
                                   u"docs-search-assistant"_s, u"lead-enrichment"_s, u"code-review-assistant"_s,
                                   u"contract-review"_s, u"churn-outreach-email"_s, u"incident-triage-bot"_s}) {
        add(u"gate check "_s + useCase, {u"gate"_s, u"check"_s, useCase});
        fails(-1);
        add(u"gate check json "_s + useCase, {u"gate"_s, u"check"_s, useCase, u"--json"_s});
        fails(-1);
    }
    add(u"due"_s, {u"due"_s});
    add(u"due json"_s, {u"due"_s, u"--json"_s, u"--within"_s, u"365"_s});
    add(u"portfolio rank"_s, {u"portfolio"_s, u"rank"_s});
    add(u"portfolio rank json"_s, {u"portfolio"_s, u"rank"_s, u"--json"_s});
    add(u"audit verify"_s, {u"audit"_s, u"verify"_s});
    add(u"audit verify json"_s, {u"audit"_s, u"verify"_s, u"--json"_s});

    // Writes: an approval, a review from start to decision, a waiver granted and revoked.
    add(u"approve"_s,
        {u"approve"_s, u"meeting-summary"_s, u"internal"_s, u"--as"_s, u"sam"_s, u"--role"_s, u"security"_s,
         u"--approve"_s, u"--note"_s, u"Summaries stay inside."_s},
        {});
    add(u"approve refused"_s,
        {u"approve"_s, u"meeting-summary"_s, u"internal"_s, u"--as"_s, u"ana"_s, u"--role"_s, u"security"_s,
         u"--approve"_s},
        {});
    fails(2);
    add(u"review start"_s, {u"gate"_s, u"review"_s, u"start"_s, u"ticket-classifier"_s, u"--as"_s, u"ana"_s}, {},
        u"ana"_s);
    add(u"review sign pm"_s,
        {u"gate"_s, u"review"_s, u"sign"_s, u"review-2026-11-23"_s, u"--as"_s, u"ana"_s, u"--role"_s, u"pm"_s,
         u"--approve"_s},
        {});
    add(u"review sign security"_s,
        {u"gate"_s, u"review"_s, u"sign"_s, u"review-2026-11-23"_s, u"--as"_s, u"sam"_s, u"--role"_s, u"security"_s,
         u"--approve"_s, u"--note"_s, u"Labels only."_s},
        {});
    add(u"review decide"_s,
        {u"gate"_s, u"review"_s, u"decide"_s, u"review-2026-11-23"_s, u"--as"_s, u"ana"_s, u"--go"_s}, {});
    add(u"waiver add"_s,
        {u"waiver"_s, u"add"_s, u"churn-outreach-email"_s, u"eval.coverage"_s, u"--reason"_s, u"two-week pilot"_s,
         u"--control"_s, u"every email read before it is sent"_s, u"--expires"_s, u"2026-12-07"_s, u"--as"_s, u"max"_s,
         u"--role"_s, u"cto"_s},
        {});
    add(u"waiver list"_s, {u"waiver"_s, u"list"_s});
    add(u"waiver list json"_s, {u"waiver"_s, u"list"_s, u"--json"_s});
    add(u"waiver revoke"_s,
        {u"waiver"_s, u"revoke"_s, u"waiver-2026-11-23"_s, u"--as"_s, u"max"_s, u"--role"_s, u"cto"_s, u"--reason"_s,
         u"pilot over"_s},
        {});

    // Connections and a sync with its cursor: a first sync, then an incremental one that adds nothing.
    add(u"connection add"_s,
        {u"connection"_s, u"add"_s, u"gw"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, gateway + u"litellm"_s}, {}, kKey);
    add(u"connection add langfuse"_s,
        {u"connection"_s, u"add"_s, u"lf"_s, u"--kind"_s, u"langfuse"_s, u"--url"_s, gateway + u"langfuse"_s}, {},
        kKey);
    add(u"connection list"_s, {u"connection"_s, u"list"_s});
    add(u"sync"_s, {u"sync"_s});
    add(u"sync again"_s, {u"sync"_s});
    add(u"connection status"_s, {u"connection"_s, u"status"_s, u"gw"_s});
    add(u"costs after sync json"_s, {u"costs"_s, u"--by"_s, u"use-case"_s, u"--json"_s});
    add(u"alerts after sync"_s, {u"alerts"_s});
    add(u"connection remove"_s, {u"connection"_s, u"remove"_s, u"lf"_s});
    add(u"connection list after remove"_s, {u"connection"_s, u"list"_s});

    // Exports, and a portfolio round trip.
    add(u"export portfolio"_s, {u"export"_s, u"portfolio"_s, u"OUT/portfolio.json"_s}, {u"portfolio.json"_s});
    add(u"import portfolio"_s, {u"import"_s, u"portfolio"_s, u"OUT/portfolio.json"_s});
    add(u"export portfolio again"_s, {u"export"_s, u"portfolio"_s, u"OUT/portfolio-2.json"_s}, {u"portfolio-2.json"_s});
    add(u"export audit-log jsonl"_s,
        {u"export"_s, u"audit-log"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, u"OUT/audit.jsonl"_s}, {u"audit.jsonl"_s});
    add(u"export audit-log csv"_s,
        {u"export"_s, u"audit-log"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"OUT/audit.csv"_s}, {u"audit.csv"_s});
    add(u"audit verify at the end"_s, {u"audit"_s, u"verify"_s});
    add(u"export audit-log at the end"_s,
        {u"export"_s, u"audit-log"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, u"OUT/audit-end.jsonl"_s},
        {u"audit-end.jsonl"_s});
    // Last: the packet names the database it was exported from, so the PDF's bytes, the digest its audit event
    // records and every hash after that differ by design; its text is compared with the name replaced.
    add(u"export packet"_s, {u"export"_s, u"packet"_s, u"support-reply-draft"_s, u"--out"_s, u"OUT/packet.pdf"_s},
        {u"packet.pdf"_s});
    return steps;
}

/// Gives the database the identity every run of this test shares. An identity is random per database and names its
/// keychain entries, so it is printed and hashed into the audit chain; pinned, both runs must hash the same.
void TstBackends::pinIdentity(const QString &database)
{
    auto db = models::Database::open(database);
    QVERIFY(db.has_value());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"DELETE FROM database_identity"_s));
    QVERIFY(q.exec(u"INSERT INTO database_identity (singleton, id) VALUES (1, '%1')"_s.arg(kIdentity)));
}

QList<Outcome> TstBackends::run(const QString &database, const QString &folder)
{
    QList<Outcome> outcomes;
    // The run's own values, each replaced by a name: the database as commands print it, then the folder.
    const QList<std::pair<QString, QString>> own{{database, u"<database>"_s}, {folder, u"<folder>"_s}};
    const auto neutral = [&](QString text) {
        for (const auto &[value, name] : own)
            text.replace(value, name);
        return text;
    };
    for (const Step &step : std::as_const(m_script)) {
        QStringList arguments = step.arguments;
        for (QString &argument : arguments)
            argument.replace(u"OUT/"_s, folder + u'/');
        const CliRun result = runCli(database, arguments, m_account, testNow(), step.secret);
        Outcome outcome{result.exitCode, neutral(result.out), neutral(result.err), {}};
        for (const QString &name : step.files) {
            const QString path = folder + u'/' + name;
            const QByteArray bytes = name.endsWith(u".pdf"_s) ? pdfText(path) : readFile(path);
            outcome.files.append(neutral(QString::fromUtf8(bytes)));
        }
        outcomes.append(outcome);
        if (arguments.first() == u"init"_s)
            pinIdentity(database);
    }
    return outcomes;
}

void TstBackends::everyCommandIsTheSameOnBothBackends_data()
{
    QTest::addColumn<qsizetype>("index");
    for (qsizetype i = 0; i < m_script.size(); ++i)
        QTest::newRow(qPrintable(m_script[i].name)) << i;
}

void TstBackends::everyCommandIsTheSameOnBothBackends()
{
    QFETCH(qsizetype, index);
    QCOMPARE(m_postgres.size(), m_sqlite.size());
    const Step &step = m_script[index];
    const Outcome &sqlite = m_sqlite[index];
    const Outcome &postgres = m_postgres[index];
    QCOMPARE(postgres.err, sqlite.err);
    QCOMPARE(postgres.out, sqlite.out);
    QCOMPARE(postgres.exitCode, sqlite.exitCode);
    if (step.exitCode >= 0)
        QVERIFY2(sqlite.exitCode == step.exitCode,
                 qPrintable(u"exit code %1, not %2: %3"_s.arg(sqlite.exitCode).arg(step.exitCode).arg(sqlite.err)));
    for (qsizetype f = 0; f < step.files.size(); ++f) {
        const QStringList a = sqlite.files[f].split(u'\n');
        const QStringList b = postgres.files[f].split(u'\n');
        // Line by line, so a difference is shown where it is rather than as two long strings.
        for (qsizetype line = 0; line < std::min(a.size(), b.size()); ++line) {
            if (a[line] != b[line])
                QFAIL(qPrintable(u"%1, line %2:\n  sqlite:   %3\n  postgres: %4"_s.arg(step.files[f])
                                     .arg(line + 1)
                                     .arg(a[line], b[line])));
        }
        QCOMPARE(b.size(), a.size());
    }
}

QTEST_MAIN(TstBackends) // the packet lays out text: a QGuiApplication on the offscreen platform
#include "tst_backends.moc"
