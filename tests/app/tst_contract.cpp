// Contract tests (issue 21): each connector that has a published API description runs against Stoplight Prism
// serving that description (tests/contract/specs, vendored with source, commit and license), not against a server
// written here. Request validation is on (--errors): Prism answers a request the description does not allow with a
// 422 and logs the violation, so a connector that sent one would fail here. Static mode answers the description's
// own example for every page, with the same next page every time: the repeated-page guard must end the sync within
// a few requests. Dynamic mode answers random schema-valid data, for several seeds: every sync must end by itself,
// with records or with an error saying what was wrong, never a crash or a hang.
#include "gateways/secretstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kSource = QStringLiteral(GREENLIGHT_SOURCE_DIR);
const QString kGreenlight = QStringLiteral(GREENLIGHT_BINARY);
const QString kPrism = kSource + u"/tests/contract/prism/node_modules/.bin/prism"_s;
constexpr int kSyncTimeoutMs = 120'000;

/// A connector and the part of its vendor's description it uses.
struct Contract {
    QString kind;
    QString spec; ///< under tests/contract/specs
    QStringList paths;
    QString key; ///< an API key of the shape the connector sends (Langfuse: public:secret for Basic auth)
};

const QList<Contract> &contracts()
{
    static const QList<Contract> all{
        {u"openai"_s,
         u"openai.openapi.yaml"_s,
         {u"/organization/costs"_s, u"/organization/usage/completions"_s},
         u"sk-admin-contract"_s},
        {u"helicone"_s, u"helicone.swagger.json"_s, {u"/v1/request/query-clickhouse"_s}, u"sk-helicone-contract"_s},
        {u"litellm"_s, u"litellm.openapi.json"_s, {u"/spend/logs/v2"_s}, u"sk-litellm-contract"_s},
        {u"langfuse"_s,
         u"langfuse.openapi.yml"_s,
         {u"/api/public/v2/observations"_s, u"/api/public/v2/scores"_s},
         u"pk-lf-contract:sk-lf-contract"_s},
    };
    return all;
}

struct Run {
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

} // namespace

class TstContract final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void staticAnswersPassValidationAndStop_data();
    void staticAnswersPassValidationAndStop();
    void dynamicAnswersAlwaysEnd_data();
    void dynamicAnswersAlwaysEnd();

private:
    /// Starts Prism on @p kind's trimmed description with @p flags; returns its port, or 0 (and fails the test).
    int startPrism(const QString &kind, const QStringList &flags);
    Run greenlight(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 30'000);
    /// Adds @p kind's connection on @p port and syncs it once.
    Run syncAgainst(const QString &kind, int port);
    [[nodiscard]] QString prismLog() const;
    [[nodiscard]] int requestsSeen() const { return int(prismLog().count(u"Request received"_s)); }
    [[nodiscard]] QStringList violations() const;
    /// The last error line of a sync ("greenlight: KIND: …"), after its progress lines.
    static QString errorLine(const Run &run);

    QTemporaryDir m_dir;
    QProcess m_prism;
    QString m_log;
    QString m_db;
};

void TstContract::initTestCase()
{
    QVERIFY2(QFile::exists(kPrism),
             qPrintable(u"Prism is not installed at %1: run scripts/install-deps.sh"_s.arg(kPrism)));
    // The keychain must be there: the connections keep their keys in the real one.
    QVERIFY2(greenlight::app::SecretStore::write(u"connection/probe"_s, u"probe"_s).has_value(),
             "no Secret Service: run under tests/support/with-keychain.sh");
    QVERIFY(greenlight::app::SecretStore::remove(u"connection/probe"_s).has_value());
    for (const Contract &c : contracts()) {
        QProcess trim;
        trim.setProcessChannelMode(QProcess::MergedChannels);
        trim.start(u"python3"_s,
                   {kSource + u"/tests/contract/trim_spec.py"_s, kSource + u"/tests/contract/specs/"_s + c.spec,
                    m_dir.filePath(c.kind + u".json"_s), c.paths.join(u',')});
        QVERIFY(trim.waitForFinished(60'000));
        QVERIFY2(trim.exitCode() == 0, trim.readAll().constData());
    }
}

void TstContract::cleanup()
{
    if (m_prism.state() != QProcess::NotRunning) {
        m_prism.kill();
        m_prism.waitForFinished();
    }
}

int TstContract::startPrism(const QString &kind, const QStringList &flags)
{
    QTcpServer probe; // a free loopback port for Prism (it is released just before Prism binds it)
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    m_log = m_dir.filePath(
        u"prism-%1-%2.log"_s.arg(kind, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    // Prism's log goes to a file: a pipe nobody reads while a sync runs would fill up and stop Prism.
    m_prism.setStandardOutputFile(m_log);
    m_prism.setStandardErrorFile(m_log, QIODevice::Append);
    m_prism.start(kPrism, QStringList{u"mock"_s, m_dir.filePath(kind + u".json"_s), u"--host"_s, u"127.0.0.1"_s,
                                      u"--port"_s, QString::number(port), u"--errors"_s} +
                              flags);
    if (!m_prism.waitForStarted())
        return 0;
    QElapsedTimer waited;
    waited.start();
    while (!prismLog().contains(u"Prism is listening"_s)) {
        if (m_prism.state() == QProcess::NotRunning || waited.elapsed() > 60'000) {
            qWarning("Prism did not start:\n%s", qPrintable(prismLog()));
            return 0;
        }
        QTest::qWait(50);
    }
    return port;
}

QString TstContract::prismLog() const
{
    QFile file(m_log);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList TstContract::violations() const
{
    QStringList found;
    const QStringList lines = prismLog().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(u"did not pass the validation rules"_s))
            found.append(lines[i] + u" / "_s + lines.value(i + 1).trimmed());
    }
    return found;
}

Run TstContract::greenlight(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(kGreenlight, QStringList{u"--db"_s, m_db} + arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run TstContract::syncAgainst(const QString &kind, int port)
{
    m_db = m_dir.filePath(u"%1-%2.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const Run init = greenlight({u"init"_s});
    if (init.exitCode != 0)
        return init;
    QString key;
    for (const Contract &c : contracts()) {
        if (c.kind == kind)
            key = c.key;
    }
    const Run added =
        greenlight({u"connection"_s, u"add"_s, kind, u"--kind"_s, kind, u"--url"_s, u"http://127.0.0.1:%1"_s.arg(port)},
                   key.toUtf8());
    if (added.exitCode != 0)
        return added;
    return greenlight({u"sync"_s, kind}, {}, kSyncTimeoutMs);
}

QString TstContract::errorLine(const Run &run)
{
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().section(u'\r', -1);
}

void TstContract::staticAnswersPassValidationAndStop_data()
{
    QTest::addColumn<QString>("kind");
    // What ends it ("*" stands for the description's example token), or empty: the example is a short page, which
    // ends an offset-paged read.
    QTest::addColumn<QString>("stopped");
    QTest::addColumn<int>("requests"); // how many requests Prism saw: a few, never more
    const QString twice = u"the gateway returned page * twice; stopping"_s;
    // The example's next page is asked for, and comes back naming itself again.
    QTest::newRow("openai") << u"openai"_s << twice << 2;
    QTest::newRow("helicone") << u"helicone"_s << QString() << 1;
    // LiteLLM describes the answer of /spend/logs/v2 only as a free-form object: its example has no "data".
    QTest::newRow("litellm") << u"litellm"_s << u"malformed response from the gateway: no \"data\" array"_s << 1;
    QTest::newRow("langfuse") << u"langfuse"_s << twice << 2;
}

void TstContract::staticAnswersPassValidationAndStop()
{
    QFETCH(QString, kind);
    QFETCH(QString, stopped);
    QFETCH(int, requests);
    const int port = startPrism(kind, {});
    QVERIFY(port > 0);
    const Run run = syncAgainst(kind, port);
    QVERIFY2(run.finished, "the sync did not end by itself");
    QVERIFY2(violations().isEmpty(), qPrintable(violations().join(u'\n')));
    QCOMPARE(requestsSeen(), requests);
    if (stopped.isEmpty()) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"%1: 1 pages, "_s.arg(kind)), qPrintable(run.out));
        return;
    }
    QCOMPARE(run.exitCode, 2);
    const QString wanted = u"greenlight: "_s + kind + u": "_s + stopped;
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(wanted).replace(u"\\*"_s, u".+"_s) + u"$"_s);
    QVERIFY2(pattern.match(errorLine(run)).hasMatch(), qPrintable(run.err));
}

void TstContract::dynamicAnswersAlwaysEnd_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("seed");
    for (const Contract &c : contracts()) {
        for (const char *seed : {"1", "2", "3"})
            QTest::newRow(qPrintable(c.kind + u" seed "_s + QLatin1StringView(seed)))
                << c.kind << QString::fromLatin1(seed);
    }
}

void TstContract::dynamicAnswersAlwaysEnd()
{
    QFETCH(QString, kind);
    QFETCH(QString, seed);
    const int port = startPrism(kind, {u"--dynamic"_s, u"--seed"_s, seed});
    QVERIFY(port > 0);
    const Run run = syncAgainst(kind, port);
    QVERIFY2(run.finished, "the sync did not end by itself");
    QVERIFY2(run.exitCode == 0 || run.exitCode == 2, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QVERIFY2(violations().isEmpty(), qPrintable(violations().join(u'\n')));
    if (run.exitCode == 0) {
        QVERIFY2(run.out.contains(u" records, "_s), qPrintable(run.out));
        return;
    }
    // An answer it could not use is named: malformed (with what), or paging that could not end.
    const QRegularExpression reasons(
        u"^greenlight: %1: (malformed response from the gateway: .+|the gateway returned page .+ twice; stopping|"
        u"the gateway answered page .+ exactly as the page before it .+|the gateway returned an empty page that "
        u"claims more; stopping|the gateway said has_more but named no next_page; stopping)$"_s.arg(kind));
    QVERIFY2(reasons.match(errorLine(run)).hasMatch(), qPrintable(run.err));
    qInfo("%s", qPrintable(errorLine(run)));
}

QTEST_GUILESS_MAIN(TstContract)
#include "tst_contract.moc"
