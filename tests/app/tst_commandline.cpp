#include "../support/clirunner.h"
#include "../support/dbsnapshot.h"
#include "../support/portfolioedits.h"
#include "../support/sshkeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

class TstCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsVersion();
    void alertsListTheDemoFlags();
    void portfolioFileOpensTheWindow_data();
    void portfolioFileOpensTheWindow();
    void helpAllPrintsHelpAndExits();
    void rejectsAnUnknownCommand();
    void initCreatesTheDatabaseWithDefaultTemplates();
    void initDemoRoundTripsThroughExport();
    void exampleImportExportIsByteIdentical();
    void rejectsBadPortfolios_data();
    void rejectsBadPortfolios();
    void failureInsideTheImportTransactionLeavesTheDatabaseAsItWas_data();
    void failureInsideTheImportTransactionLeavesTheDatabaseAsItWas();
    void reportsAnUnreadableFile();
    void auditVerifyReportsTheHead();
    void auditVerifyFailsOnATamperedEvent();
    void auditVerifyNamesTheFirstTamperedRow_data();
    void auditVerifyNamesTheFirstTamperedRow();
    void exportsTheAuditLog_data();
    void exportsTheAuditLog();
    void refusesANewerDatabase();
    void gateCheckPrintsATableWithFailuresFirst();
    void gateCheckAtADayReproducesItsResult();
    void dueListsWhatStopsCountingByOwner();
    void waiverLetsAFailingRulePassUntilItExpires();
    void waiverIsRefusedWithTheReason_data();
    void waiverIsRefusedWithTheReason();
    void gateCheckPrintsTheDocumentedJson();
    void gateCheckExitCodes_data();
    void gateCheckExitCodes();
    void gateCheckAllCoversTheDemo();
    void gateReviewCanBeScripted();
    void gateReviewDecidedLaterIsJudgedOnThatDay_data();
    void gateReviewDecidedLaterIsJudgedOnThatDay();
    void gateReviewCanBeAbandoned();
    void signOffIsSignedWithTheKeyGiven();
    void approveChecksTheRole();
    void approveSaysWhenTheClassRestsOnAnExpiredApproval();
    void eachActorPathRecordsPersonAccountAndHost_data();
    void eachActorPathRecordsPersonAccountAndHost();
    void asMustBeTheBoundPerson_data();
    void asMustBeTheBoundPerson();
    void trainingDatabaseRecordsTheNamedPersonAsUnverified();
    void portfolioRankOrdersByScore();
    void importsUsageAndReportsCosts();
    void rejectsABadUsageFileNamingTheLine();
    void importsAnEvalRunFromCiResults();
    void rejectsBadEvalImports_data();
    void rejectsBadEvalImports();
    void onlyInitCreatesADatabase_data();
    void onlyInitCreatesADatabase();
    void refusesUsageWhoseTotalsWouldOverflow_data();
    void refusesUsageWhoseTotalsWouldOverflow();
    void reportsStoredTotalsTooLargeToAdd_data();
    void reportsStoredTotalsTooLargeToAdd();

private:
    QString db(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString demoDb(const QString &name) const;
    static QByteArray read(const QString &path);
    static void write(const QString &path, const QByteArray &data);
    static void sql(const QString &database, const QString &statement);
    static DatabaseSnapshot snapshotOf(const QString &database);
    static qint64 count(const QString &database, const QString &table);
    QTemporaryDir m_dir;
    QString m_demo; ///< init --demo's database, made once: tests that start from the demo get a copy
};

void TstCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // 90 days of generated traffic take seconds to write (minutes under AddressSanitizer): written once, copied
    // for each test that starts from the demo. initDemoRoundTripsThroughExport runs init --demo itself.
    m_demo = db(u"demo-template"_s);
    QCOMPARE(runCli(m_demo, {u"init"_s, u"--demo"_s}).exitCode, 0);
}

/// A copy of the demo database named @p name; empty when it cannot be written.
QString TstCommandLine::demoDb(const QString &name) const
{
    const QString path = db(name);
    QFile::remove(path);
    return QFile::copy(m_demo, path) ? path : QString();
}

QByteArray TstCommandLine::read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TstCommandLine::write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TstCommandLine::sql(const QString &database, const QString &statement)
{
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        conn.setDatabaseName(database);
        QVERIFY(conn.open());
        QSqlQuery q(conn);
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

DatabaseSnapshot TstCommandLine::snapshotOf(const QString &database)
{
    DatabaseSnapshot s;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"snapshot"_s);
        conn.setDatabaseName(database);
        if (conn.open())
            s = snapshot(conn);
        else
            s.error = database + u": cannot open"_s;
    }
    QSqlDatabase::removeDatabase(u"snapshot"_s);
    return s;
}

qint64 TstCommandLine::count(const QString &database, const QString &table)
{
    qint64 n = -1;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        conn.setDatabaseName(database);
        if (conn.open()) {
            QSqlQuery q(conn);
            if (q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return n;
}

void TstCommandLine::printsVersion()
{
    const CliRun run = runCli(db(u"version"_s), {u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"greenlight " GREENLIGHT_VERSION "\n"_s);
}

void TstCommandLine::portfolioFileOpensTheWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("gui");
    QTest::addColumn<QString>("file");
    QTest::newRow("nothing") << QStringList{} << true << QString();
    QTest::newRow("a portfolio") << QStringList{u"team.json"_s} << true << u"team.json"_s;
    QTest::newRow("with --db") << QStringList{u"--db"_s, u"x.sqlite"_s, u"/tmp/Team.JSON"_s} << true
                               << u"/tmp/Team.JSON"_s;
    QTest::newRow("an import command") << QStringList{u"import"_s, u"portfolio"_s, u"team.json"_s} << false
                                       << QString();
    QTest::newRow("not json") << QStringList{u"team.yaml"_s} << false << QString();
    QTest::newRow("help") << QStringList{u"--help"_s} << false << QString();
    QTest::newRow("help-all") << QStringList{u"--help-all"_s} << false << QString();
    // Qt's window options go to QApplication: the window opens, and a command runs as if they were not there.
    QTest::newRow("qt options") << QStringList{u"-platform"_s, u"xcb"_s, u"-style"_s, u"Fusion"_s, u"-reverse"_s}
                                << true << QString();
    QTest::newRow("qt options with =") << QStringList{u"--style=Fusion"_s, u"-qwindowtitle"_s, u"Audit"_s,
                                                      u"team.json"_s}
                                       << true << u"team.json"_s;
    QTest::newRow("qt options before a command")
        << QStringList{u"-platform"_s, u"offscreen"_s, u"costs"_s, u"--by"_s, u"tenant"_s} << false << QString();
}

void TstCommandLine::portfolioFileOpensTheWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, gui);
    QFETCH(QString, file);
    const QStringList full = app::CommandLine::withoutQtOptions(QStringList{u"greenlight"_s} + arguments);
    QCOMPARE(app::CommandLine::wantsGui(full), gui);
    QCOMPARE(app::CommandLine::portfolioFileArgument(full), file);
}

void TstCommandLine::helpAllPrintsHelpAndExits()
{
    const CliRun run = runCli(db(u"help-all"_s), {u"--help-all"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Run 'greenlight COMMAND --help' for a command's options."_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"The window also takes Qt's own options: -platform NAME, -style NAME,"_s),
             qPrintable(run.out));
    QVERIFY(!QFile::exists(db(u"help-all"_s)));
    QCOMPARE(app::CommandLine::withoutQtOptions({u"greenlight"_s, u"-platform"_s, u"offscreen"_s, u"-style=Fusion"_s,
                                                 u"--reverse"_s, u"gate"_s, u"check"_s, u"--all"_s}),
             (QStringList{u"greenlight"_s, u"gate"_s, u"check"_s, u"--all"_s}));
    // After the command everything is the command's, a value that looks like a Qt option included; so is --db's
    // value.
    const QStringList decide{u"greenlight"_s, u"--db"_s, u"-team.sqlite"_s, u"gate"_s,    u"review"_s,
                             u"decide"_s,     u"r1"_s,   u"--rationale"_s,  u"-reverse"_s};
    QCOMPARE(app::CommandLine::withoutQtOptions(decide), decide);
}

void TstCommandLine::rejectsAnUnknownCommand()
{
    const CliRun run = runCli(db(u"unknown"_s), {u"launch"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(u"greenlight: unknown command \"launch\"\n"_s));
}

void TstCommandLine::initCreatesTheDatabaseWithDefaultTemplates()
{
    const QString database = db(u"init"_s);
    const CliRun run = runCli(database, {u"init"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Database ready: %1 (schema 20).\n"_s.arg(database));
    const CliRun exported = runCli(database, {u"export"_s, u"portfolio"_s, file(u"defaults.json"_s)});
    QCOMPARE(exported.exitCode, 0);
    const QByteArray json = read(file(u"defaults.json"_s));
    QVERIFY(json.contains("\"id\": \"high-risk-launch\""));
    QVERIFY(json.contains("\"eval_threshold_standard_pct\": 95.0"));
    // A second init changes nothing and records nothing.
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    QCOMPARE(runCli(database, {u"audit"_s, u"verify"_s}).out.left(30), u"Audit chain intact: 1 events, "_s);
}

void TstCommandLine::initDemoRoundTripsThroughExport()
{
    const QString database = db(u"demo"_s);
    const CliRun init = runCli(database, {u"init"_s, u"--demo"_s});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.out.startsWith(u"Loaded the demo portfolio: "_s), qPrintable(init.out));
    QCOMPARE(runCli(database, {u"export"_s, u"portfolio"_s, file(u"demo1.json"_s)}).exitCode, 0);
    QCOMPARE(read(file(u"demo1.json"_s)), read(QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/demo/portfolio.json")));
    const QString second = db(u"demo-second"_s);
    QCOMPARE(runCli(second, {u"init"_s}).exitCode, 0);
    QCOMPARE(runCli(second, {u"import"_s, u"portfolio"_s, file(u"demo1.json"_s)}).exitCode, 0);
    QCOMPARE(runCli(second, {u"export"_s, u"portfolio"_s, file(u"demo2.json"_s)}).exitCode, 0);
    QCOMPARE(read(file(u"demo2.json"_s)), read(file(u"demo1.json"_s)));
    // The demo goes into a database of its own: loaded again it would move its dates and change its history.
    const DatabaseSnapshot before = snapshotOf(database);
    const CliRun again = runCli(database, {u"init"_s, u"--demo"_s});
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(again.err, u"greenlight: %1 already holds a portfolio; load the demo into a new database (greenlight "
                        u"--db demo.sqlite init --demo)\n"_s.arg(database));
    QCOMPARE(snapshotOf(database), before);
}

void TstCommandLine::exampleImportExportIsByteIdentical()
{
    const QString database = db(u"example"_s);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    const CliRun run = runCli(database, {u"import"_s, u"portfolio"_s, QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"1 use cases, 8 people, 2 tenants, 3 routes"_s));
    QCOMPARE(runCli(database, {u"export"_s, u"portfolio"_s, file(u"example-out.json"_s)}).exitCode, 0);
    QCOMPARE(read(file(u"example-out.json"_s)), readExample());
}

void TstCommandLine::rejectsBadPortfolios_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    for (const BadPortfolio &bad : badPortfolios())
        QTest::newRow(bad.name) << bad.json << bad.expectedError;
}

void TstCommandLine::rejectsBadPortfolios()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString database = db(u"bad"_s);
    QFile::remove(database);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    QCOMPARE(runCli(database, {u"import"_s, u"portfolio"_s, QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)}).exitCode, 0);
    QCOMPARE(runCli(database, {u"export"_s, u"portfolio"_s, file(u"before.json"_s)}).exitCode, 0);

    const QString badFile = file(u"bad.json"_s);
    write(badFile, json);
    const CliRun run = runCli(database, {u"import"_s, u"portfolio"_s, badFile});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"greenlight: %1: %2\n"_s.arg(badFile, expected));
    QCOMPARE(run.out, QString());

    QCOMPARE(runCli(database, {u"export"_s, u"portfolio"_s, file(u"after.json"_s)}).exitCode, 0);
    QCOMPARE(read(file(u"after.json"_s)), read(file(u"before.json"_s)));
    // init recorded the default policy, the example import one more event; the bad file none.
    QVERIFY(runCli(database, {u"audit"_s, u"verify"_s}).out.startsWith(u"Audit chain intact: 2 events"_s));
}

void TstCommandLine::failureInsideTheImportTransactionLeavesTheDatabaseAsItWas_data()
{
    // Files the readers accept, refused by the database part-way through the import's transaction.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("portfolio: unique index the reader cannot see")
        << u"portfolio"_s << u"CREATE UNIQUE INDEX test_template_names ON gate_templates (name)"_s
        << jsonWith(readDemo(), "gate_templates/2/name", u"Internal pilot"_s)
        << u"UNIQUE constraint failed: gate_templates.name Unable to fetch row"_s;
    QTest::newRow("portfolio: failure after four of nine use cases")
        << u"portfolio"_s
        << u"CREATE TRIGGER test_fail_halfway BEFORE INSERT ON use_cases WHEN (SELECT COUNT(*) FROM use_cases) >= 4 "
           u"BEGIN SELECT RAISE(ABORT, 'injected failure after 4 use cases'); END"_s
        << jsonWith(readDemo(), "use_cases/0/name", u"Support reply drafts, renamed"_s)
        << u"injected failure after 4 use cases Unable to fetch row"_s;
    // 1,000 new records: the 501st is refused after 500 were inserted (and rollups flushed for none of them yet).
    QByteArray usage =
        "request_id,time,source,provider,model,tenant,use_case,prompt_tokens,completion_tokens,cost_usd\n";
    for (int i = 0; i < 1000; ++i)
        usage += "half-" + QByteArray::number(i) +
                 ",2026-11-01T10:00:00Z,halfway,openai,gpt-4o-mini,acme,"
                 "support-reply-draft,10,5,0.25\n";
    QTest::newRow("usage: failure after 500 of 1,000 records")
        << u"usage"_s
        << u"CREATE TRIGGER test_fail_halfway BEFORE INSERT ON usage_records "
           u"WHEN (SELECT COUNT(*) FROM usage_records WHERE source = 'halfway') >= 500 "
           u"BEGIN SELECT RAISE(ABORT, 'injected failure after 500 records'); END"_s
        << usage << u"injected failure after 500 records"_s;
}

void TstCommandLine::failureInsideTheImportTransactionLeavesTheDatabaseAsItWas()
{
    QFETCH(QString, kind);
    QFETCH(QString, setup);
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const QString database =
        demoDb(QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s));
    QVERIFY(!database.isEmpty());
    sql(database, setup);
    const DatabaseSnapshot before = snapshotOf(database);
    QCOMPARE(before.error, QString());
    QCOMPARE(before.rowCounts.value(u"use_cases"_s), 9);
    QCOMPARE(before.rowCounts.value(u"audit_events"_s), 3); // the demo's portfolio, usage and feedback imports

    const QString input = file(u"inside.data"_s);
    write(input, data);
    const CliRun run = runCli(database, {u"import"_s, kind, input});
    QCOMPARE(run.exitCode, 2);
    const QString suffix = kind == u"usage"_s ? u"; nothing was imported"_s : QString();
    QCOMPARE(run.err, u"greenlight: %1: %2: %3%4\n"_s.arg(input, database, error, suffix));
    QCOMPARE(run.out, QString());
    QCOMPARE(snapshotOf(database), before);
    QVERIFY(runCli(database, {u"audit"_s, u"verify"_s}).out.startsWith(u"Audit chain intact: 3 events"_s));
}

void TstCommandLine::reportsAnUnreadableFile()
{
    const QString missing = file(u"missing.json"_s);
    const CliRun run = runCli(db(u"missing"_s), {u"import"_s, u"portfolio"_s, missing});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"greenlight: %1: cannot read the file (No such file or directory)\n"_s.arg(missing));
}

void TstCommandLine::alertsListTheDemoFlags()
{
    const QString database = demoDb(u"alerts"_s);
    QVERIFY(!database.isEmpty());
    // The demo's revenue makes globex and hooli cost more than 3× their share (seed 002's margin problem).
    const CliRun json = runCli(database, {u"alerts"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray alerts = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY(alerts.size() >= 2);
    QCOMPARE(alerts[0].toObject().keys(),
             (QStringList{u"date"_s, u"kind"_s, u"message"_s, u"tenant"_s, u"threshold"_s, u"use_case"_s, u"value"_s}));
    QCOMPARE(alerts[0].toObject().value(u"kind"_s).toString(), u"spend_share"_s);
    QCOMPARE(alerts[0].toObject().value(u"tenant"_s).toString(), u"globex"_s);
    QVERIFY(alerts[0].toObject().value(u"use_case"_s).isNull());
    QCOMPARE(alerts[0].toObject().value(u"date"_s).toString(), u"2026-11-23"_s); // the clock's day
    const CliRun text = runCli(database, {u"alerts"_s});
    QVERIFY(text.out.startsWith(u"%1 alert(s) from 2026-08-26 to 2026-11-23.\n"_s.arg(alerts.size())));
    QVERIFY(text.out.contains(u"  spend_share     globex takes "_s));
    const CliRun bad = runCli(database, {u"alerts"_s, u"--from"_s, u"yesterday"_s});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err, u"greenlight: --from: \"yesterday\" is not a date (YYYY-MM-DD)\n"_s);
}

void TstCommandLine::auditVerifyReportsTheHead()
{
    const QString database = db(u"verify"_s);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    QCOMPARE(runCli(database, {u"import"_s, u"portfolio"_s, QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)}).exitCode, 0);
    const CliRun run = runCli(database, {u"audit"_s, u"verify"_s});
    QCOMPARE(run.exitCode, 0);
    // Events: init's policy and the example import, whose 10 fact rows (1 approval, 2 eval runs, 1 review and
    // its decision, 2 sign-offs, 3 route versions) it covers.
    QVERIFY2(QRegularExpression(u"^Audit chain intact: 2 events, head hash [0-9a-f]{64}\n"
                                u"Rows checked against their audit events: 10\n"
                                u"Signed events verified with OpenSSH: 0\n$"_s)
                 .match(run.out)
                 .hasMatch(),
             qPrintable(run.out));
}

void TstCommandLine::auditVerifyFailsOnATamperedEvent()
{
    const QString database = db(u"tampered"_s);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    QCOMPARE(runCli(database, {u"import"_s, u"portfolio"_s, QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)}).exitCode, 0);
    sql(database, u"UPDATE audit_events SET actor = 'mallory' WHERE seq = 1"_s);
    const CliRun run = runCli(database, {u"audit"_s, u"verify"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out,
             u"Audit chain BROKEN at event 1 of 2: event 1 was altered: its hash does not match its contents\n"_s);
}

void TstCommandLine::auditVerifyNamesTheFirstTamperedRow_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::newRow("decision changed")
        << u"UPDATE gate_reviews SET decision = 'no-go' WHERE id = 'review-2026-10-21'"_s << 1
        << u"Audit chain intact: 4 events, but the tables differ from it: gate_reviews review-2026-10-21: decision "
           u"is no-go in the table but go in audit event 4\n"_s;
    QTest::newRow("row inserted")
        << u"INSERT INTO routes (id, version, provider, model, endpoint, sort_order) "
           u"VALUES ('support-draft', 9, 'openai', 'gpt-4o', 'live', 9)"_s
        << 1
        << u"Audit chain intact: 4 events, but the tables differ from it: routes support-draft/9: no audit event "
           u"recorded this row\n"_s;
    QTest::newRow("row from before schema 6")
        << u"INSERT INTO routes (id, version, provider, model, endpoint, sort_order, audit_seq, audit_hash) "
           u"VALUES ('support-draft', 9, 'openai', 'gpt-4o', 'live', 9, 0, '')"_s
        << 0
        << u"Rows checked against their audit events: 10\n"
           u"Rows written before schema 6, which no event covers (not checked): routes 1\n"
           u"Signed events verified with OpenSSH: 0\n"_s;
}

void TstCommandLine::auditVerifyNamesTheFirstTamperedRow()
{
    QFETCH(QString, tamper);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    const QString database = db(u"rows-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    // Three other events come first (the default policy, a usage and a feedback import), so the example's rows are
    // named by audit event 4. (The example cannot replace init --demo's portfolio: that would drop recorded history.)
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    const QString usage = file(u"rows-usage.csv"_s);
    write(usage,
          "request_id,time,source,prompt_tokens,completion_tokens,cost_usd\na,2026-11-01T10:00:00Z,gw,1,1,0.1\n");
    const QString feedback = file(u"rows-feedback.csv"_s);
    write(feedback, "time,use_case,outcome\n2026-11-01T10:00:00Z,support-reply-draft,accepted\n");
    QCOMPARE(runCli(database, {u"import"_s, u"usage"_s, usage}).exitCode, 0);
    QCOMPARE(runCli(database, {u"import"_s, u"feedback"_s, feedback, u"--source"_s, u"gw"_s}).exitCode, 0);
    QCOMPARE(runCli(database, {u"import"_s, u"portfolio"_s, QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)}).exitCode, 0);
    sql(database, tamper);
    const CliRun run = runCli(database, {u"audit"_s, u"verify"_s});
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) // after the head hash, which differs from run to run
        QVERIFY2(run.out.endsWith(out), qPrintable(run.out));
    else
        QCOMPARE(run.out, out);
}

void TstCommandLine::exportsTheAuditLog_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("firstLineStart");
    QTest::addColumn<int>("lines");
    // init --demo records three imports: the portfolio, its usage and its feedback, by the unbound account alone.
    QTest::newRow("jsonl") << u"jsonl"_s
                           << QByteArray("{\"account\":\"tester\",\"action\":\"import\",\"actor\":null,"
                                         "\"entity\":\"portfolio\",\"entity_id\":\"*\",\"hash\":")
                           << 3;
    QTest::newRow("csv") << u"csv"_s
                         << QByteArray("seq,time,actor,account,host,identity,entity,entity_id,action,payload,prev_hash,"
                                       "hash\n1,2026-11-23T08:00:00.000Z,,tester,test-host,account,portfolio,*,import,")
                         << 4;
}

void TstCommandLine::exportsTheAuditLog()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, firstLineStart);
    QFETCH(int, lines);
    const QString database = demoDb(u"auditlog-"_s + format);
    QVERIFY(!database.isEmpty());
    const QString out = file(u"audit."_s + format);
    const CliRun run = runCli(database, {u"export"_s, u"audit-log"_s, u"--format"_s, format, u"--out"_s, out});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Exported 3 audit events to %1.\n"_s.arg(out));
    const QByteArray text = read(out);
    QVERIFY2(text.startsWith(firstLineStart), text.constData());
    QCOMPARE(text.count('\n'), lines);

    const CliRun bad = runCli(database, {u"export"_s, u"audit-log"_s, u"--format"_s, u"xml"_s, u"--out"_s, out});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err, u"greenlight: unknown audit log format \"xml\" (expected: jsonl, csv)\n"_s);
}

void TstCommandLine::refusesANewerDatabase()
{
    const QString database = db(u"future"_s);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    sql(database, u"PRAGMA user_version = 21"_s);
    const CliRun run = runCli(database, {u"audit"_s, u"verify"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"greenlight: %1: the database was created by a newer Greenlight (schema 21; this version knows "
                      u"up to 20); it was left untouched\n"_s.arg(database));
}

namespace {

/// A database holding the example with each person bound to the OS account named like them (runCliAs()).
QString exampleDb(const QString &path)
{
    QFile::remove(path);
    if (runCli(path, {u"init"_s}).exitCode != 0)
        return {};
    const QString bound = path + u".portfolio.json"_s;
    if (!boundPortfolio(QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO), bound))
        return {};
    const CliRun run = runCli(path, {u"import"_s, u"portfolio"_s, bound});
    return run.exitCode == 0 ? path : QString();
}

/// The last audit event as `export audit-log --format jsonl` writes it.
QJsonObject lastExportedEvent(const QString &database, const QString &out)
{
    if (runCli(database, {u"export"_s, u"audit-log"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, out}).exitCode != 0)
        return {};
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

void TstCommandLine::gateCheckPrintsATableWithFailuresFirst()
{
    const QString database = exampleDb(db(u"gate-table"_s));
    const CliRun run =
        runCli(database, {u"gate"_s, u"check"_s, u"support-reply-draft"_s, u"--gate"_s, u"high-risk-launch"_s});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 22);
    QCOMPARE(lines[0], u"support-reply-draft · high-risk-launch: NO-GO (blockers failed: 2, warnings failed: 0)"_s);
    QCOMPARE(lines[1],
             u"  FAIL     blocker  eval.threshold      latest eval 97.5 % (route support-draft v3, 2026-10-10) "
             u"< threshold 98 %"_s);
    QCOMPARE(lines[2], u"  FAIL     blocker  logging.policy      debug logs kept 7 d < 184 d (six months, EU AI Act "
                       u"Art. 19(1) and 26(6))"_s);
    QCOMPARE(lines[3], u"  pass     blocker  owner.product       product owner: Ana Ruiz (pm)"_s);
}

void TstCommandLine::gateCheckAtADayReproducesItsResult()
{
    const QString database = exampleDb(db(u"gate-at"_s));
    const CliRun stale =
        runCli(database, {u"gate"_s, u"check"_s, u"support-reply-draft"_s, u"--at"_s, u"2027-01-19"_s});
    QCOMPARE(stale.exitCode, 1);
    const QStringList lines = stale.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines[0], u"support-reply-draft · customer-launch: NO-GO (blockers failed: 3, warnings failed: 0)"_s);
    QCOMPARE(lines[1], u"  FAIL     blocker  eval.threshold      the latest eval (route support-draft v3, 2026-10-10) "
                       u"is 101 days old; at most 90"_s);
    QCOMPARE(lines[2],
             u"  FAIL     blocker  rollback.path       rollback path last tested 91 days ago (2026-10-20); at "
             u"most 90"_s);
    QCOMPARE(lines[3],
             u"  FAIL     blocker  ops.kill_switch     kill switch ff.support_reply_draft last tested 91 days "
             u"ago (2026-10-20); at most 90"_s);
    // Before the eval run of 2026-10-10 the one of 2026-09-15 was the latest.
    const CliRun past =
        runCli(database, {u"gate"_s, u"check"_s, u"support-reply-draft"_s, u"--at"_s, u"2026-10-09"_s, u"--json"_s});
    const QJsonArray rules = QJsonDocument::fromJson(past.out.toUtf8()).object().value(u"rules"_s).toArray();
    QCOMPARE(rules[6].toObject().value(u"explanation"_s).toString(),
             u"latest eval 98.3 % (route support-draft v2, 2026-09-15) ≥ threshold 95 %"_s);
}

void TstCommandLine::dueListsWhatStopsCountingByOwner()
{
    // The example as of 2026-11-23: the eval run of 2026-10-10 counts until 2027-01-08, the kill-switch and rollback
    // tests of 2026-10-20 until 2027-01-18, Sam's approval of 2026-10-02 until 2027-10-02.
    const QString database = exampleDb(db(u"due"_s));
    const CliRun quiet = runCli(database, {u"due"_s});
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.out, u"Nothing stops counting within 30 days of 2026-11-23.\n"_s);
    const CliRun soon = runCli(database, {u"due"_s, u"--within"_s, u"56"_s});
    QCOMPARE(soon.exitCode, 0);
    QCOMPARE(
        soon.out,
        u"Evidence that stops counting within 56 days of 2026-11-23, by owner:\n"
        u"Ana Ruiz (ana)\n"
        u"  support-reply-draft    eval.threshold   eval_run run-2026-10-10 of 2026-10-10, until 2027-01-08: counts "
        u"46 more days\n"
        u"Chen Wei (chen)\n"
        u"  support-reply-draft    ops.kill_switch  kill_switch_test ff.support_reply_draft of 2026-10-20, until "
        u"2027-01-18: counts 56 more days\n"
        u"  support-reply-draft    rollback.path    rollback_test of 2026-10-20, until 2027-01-18: counts 56 more "
        u"days\n"_s);
    // Later, the eval run has stopped counting: exit 1, as for a pipeline that must act.
    const CliRun late = runCli(database, {u"due"_s, u"--at"_s, u"2027-01-10"_s, u"--json"_s});
    QCOMPARE(late.exitCode, 1);
    const QJsonArray items = QJsonDocument::fromJson(late.out.toUtf8()).array();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0].toObject(), (QJsonObject{{u"owner"_s, u"ana"_s},
                                               {u"use_case"_s, u"support-reply-draft"_s},
                                               {u"rule"_s, u"eval.threshold"_s},
                                               {u"evidence"_s, u"eval_run"_s},
                                               {u"subject"_s, u"run-2026-10-10"_s},
                                               {u"dated"_s, u"2026-10-10"_s},
                                               {u"counts_until"_s, u"2027-01-08"_s},
                                               {u"days_left"_s, -2}}));
    QCOMPARE(items[1].toObject()[u"days_left"_s].toInt(), 8);
    // A year on, the approval is due too, and is the approver's to renew.
    const CliRun year = runCli(database, {u"due"_s, u"--at"_s, u"2027-09-30"_s, u"--json"_s});
    const QJsonArray yearItems = QJsonDocument::fromJson(year.out.toUtf8()).array();
    QCOMPARE(yearItems.size(), 4);
    QCOMPARE(yearItems[3].toObject()[u"owner"_s].toString(), u"sam"_s);
    QCOMPARE(yearItems[3].toObject()[u"subject"_s].toString(), u"customer by security"_s);
    QCOMPARE(yearItems[3].toObject()[u"days_left"_s].toInt(), 2);
    // A retired use case's evidence is nobody's to renew.
    const QString retiredFile = file(u"retired.json"_s);
    write(retiredFile, exampleWith("use_cases/0/status", u"retired"_s));
    const QString retired = db(u"due-retired"_s);
    QCOMPARE(runCli(retired, {u"init"_s}).exitCode, 0);
    QCOMPARE(runCli(retired, {u"import"_s, u"portfolio"_s, retiredFile}).exitCode, 0);
    const CliRun nobody = runCli(retired, {u"due"_s, u"--at"_s, u"2027-12-01"_s});
    QCOMPARE(nobody.exitCode, 0);
    QCOMPARE(nobody.out, u"Nothing stops counting within 30 days of 2027-12-01.\n"_s);
    const CliRun bad = runCli(database, {u"due"_s, u"--within"_s, u"soon"_s});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err, u"greenlight: usage: greenlight due [--within DAYS] [--at DATE] [--json] (DAYS: 0 or more)\n"_s);
}

namespace {

/// A database at @p path holding portfolio @p json (written into @p folder first), everyone bound (runCliAs()).
QString boundDbOf(const QByteArray &json, const QString &path, const QString &folder)
{
    const QString source = folder + u'/' + QFileInfo(path).completeBaseName() + u".json"_s;
    QFile out(source);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) < 0)
        return {};
    out.close();
    const QString bound = source + u".bound.json"_s;
    if (runCli(path, {u"init"_s}).exitCode != 0 || !boundPortfolio(source, bound))
        return {};
    return runCli(path, {u"import"_s, u"portfolio"_s, bound}).exitCode == 0 ? path : QString();
}

/// A database with the example less its daily cost cap (so ops.cost_cap fails), everyone bound (runCliAs()).
QString noCostCapDb(const QString &path, const QString &folder)
{
    return boundDbOf(exampleWith("use_cases/0/operations/daily_cost_cap_usd", QJsonValue::Null), path, folder);
}

QJsonObject ruleOf(const QString &checkJson, const QString &rule)
{
    for (const QJsonValue &r : QJsonDocument::fromJson(checkJson.toUtf8()).object().value(u"rules"_s).toArray()) {
        if (r.toObject().value(u"id"_s).toString() == rule)
            return r.toObject();
    }
    return {};
}

} // namespace

void TstCommandLine::waiverLetsAFailingRulePassUntilItExpires()
{
    const QString database = noCostCapDb(db(u"waiver"_s), m_dir.path());
    QVERIFY(!database.isEmpty());
    const QStringList check{u"gate"_s, u"check"_s, u"support-reply-draft"_s};
    QCOMPARE(runCli(database, check).exitCode, 1);

    const CliRun added =
        runCliAs(u"max"_s, database,
                 {u"waiver"_s, u"add"_s, u"support-reply-draft"_s, u"ops.cost_cap"_s, u"--reason"_s,
                  u"two-week pilot with three tenants"_s, u"--control"_s, u"spend alert at 40 USD a day"_s,
                  u"--expires"_s, u"2026-12-07"_s, u"--as"_s, u"max"_s, u"--role"_s, u"cto"_s});
    QCOMPARE(added.err, QString());
    QCOMPARE(added.exitCode, 0);
    // The id comes last, alone on its line, for a script to read.
    QCOMPARE(added.out, u"Waived ops.cost_cap of support-reply-draft at customer-launch until 2026-12-07, granted by "
                        u"max as cto.\nwaiver-2026-11-23\n"_s);

    const CliRun table = runCli(database, check);
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(u"\n  waived   blocker  ops.cost_cap        waived by Max Adler (cto) until 2026-12-07 "
                                u"(waiver-2026-11-23): no daily cost cap\n"_s),
             qPrintable(table.out));
    const CliRun json = runCli(database, check + QStringList{u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(ruleOf(json.out, u"ops.cost_cap"_s),
             (QJsonObject{{u"id"_s, u"ops.cost_cap"_s},
                          {u"severity"_s, u"blocker"_s},
                          {u"result"_s, u"waived"_s},
                          {u"explanation"_s, u"waived by Max Adler (cto) until 2026-12-07 (waiver-2026-11-23): no "
                                             u"daily cost cap"_s},
                          {u"waiver"_s, QJsonObject{{u"id"_s, u"waiver-2026-11-23"_s},
                                                    {u"granted_by"_s, u"max"_s},
                                                    {u"role"_s, u"cto"_s},
                                                    {u"granted_on"_s, u"2026-11-23"_s},
                                                    {u"expires"_s, u"2026-12-07"_s},
                                                    {u"reason"_s, u"two-week pilot with three tenants"_s},
                                                    {u"control"_s, u"spend alert at 40 USD a day"_s}}}}));
    // Its members in the order command-line.md documents, byte for byte.
    QVERIFY2(json.out.contains(u"      \"waiver\": {\n"
                               u"        \"id\": \"waiver-2026-11-23\",\n"
                               u"        \"granted_by\": \"max\",\n"
                               u"        \"role\": \"cto\",\n"
                               u"        \"granted_on\": \"2026-11-23\",\n"
                               u"        \"expires\": \"2026-12-07\",\n"
                               u"        \"reason\": \"two-week pilot with three tenants\",\n"
                               u"        \"control\": \"spend alert at 40 USD a day\"\n"
                               u"      }\n"_s),
             qPrintable(json.out));
    // It counts on its expiry day and not the day after.
    QCOMPARE(runCli(database, check + QStringList{u"--at"_s, u"2026-12-07"_s}).exitCode, 0);
    const CliRun after = runCli(database, check + QStringList{u"--at"_s, u"2026-12-08"_s, u"--json"_s});
    QCOMPARE(after.exitCode, 1);
    QCOMPARE(ruleOf(after.out, u"ops.cost_cap"_s).value(u"result"_s).toString(), u"missing"_s);
    QVERIFY(!ruleOf(after.out, u"ops.cost_cap"_s).contains(u"waiver"_s));

    // Its end is due, and is the grantor's to renew.
    const CliRun due = runCli(database, {u"due"_s, u"--within"_s, u"14"_s});
    QCOMPARE(due.exitCode, 0);
    QCOMPARE(due.out, u"Evidence that stops counting within 14 days of 2026-11-23, by owner:\n"
                      u"Max Adler (max)\n"
                      u"  support-reply-draft    ops.cost_cap     waiver waiver-2026-11-23 of 2026-11-23, until "
                      u"2026-12-07: counts 14 more days\n"_s);

    const CliRun listed = runCli(database, {u"waiver"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out, u"waiver-2026-11-23  support-reply-draft ops.cost_cap at customer-launch: active until "
                         u"2026-12-07\n"
                         u"    granted by max (cto) on 2026-11-23. Reason: two-week pilot with three tenants. Control: "
                         u"spend alert at 40 USD a day.\n"_s);

    const CliRun revoked = runCliAs(u"max"_s, database,
                                    {u"waiver"_s, u"revoke"_s, u"waiver-2026-11-23"_s, u"--as"_s, u"max"_s, u"--role"_s,
                                     u"cto"_s, u"--reason"_s, u"the pilot found a runaway loop"_s});
    QCOMPARE(revoked.err, QString());
    QCOMPARE(revoked.exitCode, 0);
    QCOMPARE(revoked.out, u"Revoked waiver-2026-11-23 (ops.cost_cap at customer-launch) from 2026-11-23: the rule "
                          u"counts as failing again.\n"_s);
    QCOMPARE(runCli(database, check).exitCode, 1);
    const CliRun listedJson = runCli(database, {u"waiver"_s, u"list"_s, u"support-reply-draft"_s, u"--json"_s});
    QCOMPARE(listedJson.out, u"[\n"
                             u"  {\n"
                             u"    \"id\": \"waiver-2026-11-23\",\n"
                             u"    \"use_case\": \"support-reply-draft\",\n"
                             u"    \"gate\": \"customer-launch\",\n"
                             u"    \"rule\": \"ops.cost_cap\",\n"
                             u"    \"state\": \"revoked\",\n"
                             u"    \"reason\": \"two-week pilot with three tenants\",\n"
                             u"    \"control\": \"spend alert at 40 USD a day\",\n"
                             u"    \"granted_by\": \"max\",\n"
                             u"    \"role\": \"cto\",\n"
                             u"    \"granted_on\": \"2026-11-23\",\n"
                             u"    \"expires\": \"2026-12-07\",\n"
                             u"    \"revoked\": {\n"
                             u"      \"person\": \"max\",\n"
                             u"      \"role\": \"cto\",\n"
                             u"      \"date\": \"2026-11-23\",\n"
                             u"      \"reason\": \"the pilot found a runaway loop\"\n"
                             u"    }\n"
                             u"  }\n"
                             u"]\n"_s);
    const QJsonObject entry = QJsonDocument::fromJson(listedJson.out.toUtf8()).array().first().toObject();
    QCOMPARE(entry.value(u"state"_s).toString(), u"revoked"_s);
    QCOMPARE(entry.value(u"revoked"_s).toObject(), (QJsonObject{{u"person"_s, u"max"_s},
                                                                {u"role"_s, u"cto"_s},
                                                                {u"date"_s, u"2026-11-23"_s},
                                                                {u"reason"_s, u"the pilot found a runaway loop"_s}}));
    // Both facts are in the chain and match their rows.
    const CliRun verified = runCli(database, {u"audit"_s, u"verify"_s});
    QCOMPARE(verified.exitCode, 0);
}

void TstCommandLine::waiverIsRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const auto add = [](const QString &rule, const QString &person, const QString &role,
                        const QString &expires = u"2026-12-07"_s) {
        return QStringList{u"waiver"_s,    u"add"_s,   u"support-reply-draft"_s, rule,    u"--reason"_s, u"pilot"_s,
                           u"--control"_s, u"alert"_s, u"--expires"_s,           expires, u"--as"_s,     person,
                           u"--role"_s,    role};
    };
    QTest::newRow("never waived") << u"max"_s << add(u"eval.no_secrets"_s, u"max"_s, u"cto"_s)
                                  << u"greenlight: eval.no_secrets: eval.no_secrets can never be waived\n"_s;
    QTest::newRow("a data rule is not the cto's")
        << u"max"_s << add(u"data.approved"_s, u"max"_s, u"cto"_s)
        << u"greenlight: data.approved: a waiver of data.approved is granted or revoked by security, legal, "
           u"compliance, not cto\n"_s;
    QTest::newRow("past 90 days") << u"max"_s << add(u"ops.cost_cap"_s, u"max"_s, u"cto"_s, u"2027-03-01"_s)
                                  << u"greenlight: 2027-03-01: the expiry date 2027-03-01 is 98 days after the day the "
                                     u"waiver is granted (2026-11-23); a waiver runs at most 90 days\n"_s;
    QTest::newRow("as someone else") << u"ana"_s << add(u"ops.cost_cap"_s, u"max"_s, u"cto"_s)
                                     << u"greenlight: --as max: you are signed in to this computer as ana@test-host, "
                                        u"which is bound to ana; nobody may act for someone else\n"_s;
    QTest::newRow("not a date") << u"max"_s << add(u"ops.cost_cap"_s, u"max"_s, u"cto"_s, u"next week"_s)
                                << u"greenlight: --expires: \"next week\" is not a date (YYYY-MM-DD)\n"_s;
    QTest::newRow("missing control") << u"max"_s
                                     << QStringList{u"waiver"_s,       u"add"_s,        u"support-reply-draft"_s,
                                                    u"ops.cost_cap"_s, u"--reason"_s,   u"pilot"_s,
                                                    u"--expires"_s,    u"2026-12-07"_s, u"--as"_s,
                                                    u"max"_s,          u"--role"_s,     u"cto"_s}
                                     << u"greenlight: usage: greenlight waiver add USE_CASE RULE [--gate GATE] "
                                        u"--reason TEXT --control TEXT --expires DATE --as PERSON --role ROLE\n"_s;
    QTest::newRow("revoke an unknown waiver")
        << u"max"_s << QStringList{u"waiver"_s, u"revoke"_s, u"waiver-1"_s, u"--as"_s, u"max"_s,
                                   u"--role"_s, u"cto"_s,    u"--reason"_s, u"x"_s}
        << u"greenlight: waiver-1: unknown waiver\n"_s;
}

void TstCommandLine::waiverIsRefusedWithTheReason()
{
    QFETCH(QString, person);
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const QString database = noCostCapDb(db(u"waiver-refused"_s), m_dir.path());
    QVERIFY(!database.isEmpty());
    const CliRun run = runCliAs(person, database, arguments);
    QCOMPARE(run.err, error);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(runCli(database, {u"waiver"_s, u"list"_s}).out, u"No waivers.\n"_s);
}

void TstCommandLine::gateCheckPrintsTheDocumentedJson()
{
    const QString database = exampleDb(db(u"gate-json"_s));
    const CliRun run = runCli(database, {u"gate"_s, u"check"_s, u"support-reply-draft"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"{\n  \"use_case\": \"support-reply-draft\",\n  \"gate\": \"customer-launch\",\n  "
                               u"\"eligible\": true,\n  \"blockers_failed\": 0,\n  \"warnings_failed\": 0,\n"_s));
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray rules = object.value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 21);
    QCOMPARE(rules[6].toObject(), (QJsonObject{{u"id"_s, u"eval.threshold"_s},
                                               {u"severity"_s, u"blocker"_s},
                                               {u"result"_s, u"pass"_s},
                                               {u"explanation"_s, u"latest eval 97.5 % (route support-draft v3, "
                                                                  u"2026-10-10) ≥ threshold 95 %"_s}}));
}

void TstCommandLine::gateCheckExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err");
    QTest::newRow("go") << QStringList{u"support-reply-draft"_s} << 0 << QString();
    QTest::newRow("internal pilot go") << QStringList{u"support-reply-draft"_s, u"--gate"_s, u"internal-pilot"_s} << 0
                                       << QString();
    QTest::newRow("no-go") << QStringList{u"support-reply-draft"_s, u"--gate"_s, u"high-risk-launch"_s} << 1
                           << QString();
    QTest::newRow("unknown use case") << QStringList{u"nope"_s} << 2 << u"greenlight: unknown use case \"nope\"\n"_s;
    QTest::newRow("unknown gate") << QStringList{u"support-reply-draft"_s, u"--gate"_s, u"moon"_s} << 2
                                  << u"greenlight: unknown gate template \"moon\"\n"_s;
    QTest::newRow("no use case")
        << QStringList{} << 2
        << u"greenlight: usage: greenlight gate check USE_CASE|--all [--gate ID] [--at DATE] [--json]\n"_s;
    // As of another day: the example's latest eval run (2026-10-10) counts until 2027-01-08.
    QTest::newRow("at the last day the eval run counts")
        << QStringList{u"support-reply-draft"_s, u"--at"_s, u"2027-01-08"_s} << 0 << QString();
    QTest::newRow("at the day after") << QStringList{u"support-reply-draft"_s, u"--at"_s, u"2027-01-09"_s} << 1
                                      << QString();
    QTest::newRow("at a day with a time")
        << QStringList{u"support-reply-draft"_s, u"--at"_s, u"2026-11-23T23:00"_s} << 2
        << u"greenlight: --at: \"2026-11-23T23:00\" is not a date (YYYY-MM-DD)\n"_s;
    QTest::newRow("at a day that is no date") << QStringList{u"support-reply-draft"_s, u"--at"_s, u"2027-02-30"_s} << 2
                                              << u"greenlight: --at: \"2027-02-30\" is not a date (YYYY-MM-DD)\n"_s;
    QTest::newRow("both")
        << QStringList{u"support-reply-draft"_s, u"--all"_s} << 2
        << u"greenlight: usage: greenlight gate check USE_CASE|--all [--gate ID] [--at DATE] [--json]\n"_s;
}

void TstCommandLine::gateCheckExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    const QString database = exampleDb(db(u"gate-exit"_s));
    const CliRun run = runCli(database, QStringList{u"gate"_s, u"check"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err, err);
}

void TstCommandLine::gateCheckAllCoversTheDemo()
{
    const QString database = demoDb(u"gate-all"_s);
    QVERIFY(!database.isEmpty());
    const CliRun run = runCli(database, {u"gate"_s, u"check"_s, u"--all"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(all.size(), 9);
    QStringList eligible;
    for (const QJsonValue &v : all) {
        if (v.toObject().value(u"eligible"_s).toBool())
            eligible.append(v.toObject().value(u"use_case"_s).toString());
    }
    QCOMPARE(eligible, (QStringList{u"support-reply-draft"_s, u"ticket-classifier"_s, u"meeting-summary"_s,
                                    u"docs-search-assistant"_s}));
}

void TstCommandLine::signOffIsSignedWithTheKeyGiven()
{
    // Sam's key, made here by the real ssh-keygen, and listed for him in the portfolio.
    const QString key = file(u"id_sam"_s);
    const QString publicKey = makeSshKey(key, u"ed25519"_s, u"sam"_s);
    QVERIFY(!publicKey.isEmpty());
    const QString database = db(u"signed"_s);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    const QString bound = file(u"signed-portfolio.json"_s);
    QVERIFY(boundPortfolio(QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO), bound));
    QFile in(bound);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    write(bound, QJsonDocument(withSigningKey(root, u"sam"_s, publicKey, u"2026-01-01"_s)).toJson());
    QCOMPARE(runCli(database, {u"import"_s, u"portfolio"_s, bound}).exitCode, 0);
    QCOMPARE(runCliAs(u"ana"_s, database,
                      {u"gate"_s, u"review"_s, u"start"_s, u"support-reply-draft"_s, u"--as"_s, u"ana"_s})
                 .exitCode,
             0);
    const QString id = u"review-2026-11-23"_s;
    const QStringList sign{u"gate"_s,   u"review"_s,   u"sign"_s,      id,        u"--as"_s, u"sam"_s,
                           u"--role"_s, u"security"_s, u"--approve"_s, u"--key"_s};
    const CliRun missing = runCliAs(u"sam"_s, database, sign + QStringList{key + u".nowhere"_s});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err, u"greenlight: %1.nowhere: no such key file\n"_s.arg(key));
    const CliRun signedOff = runCliAs(u"sam"_s, database, sign + QStringList{key});
    QVERIFY2(signedOff.exitCode == 0, qPrintable(signedOff.err));
    const CliRun verify = runCli(database, {u"audit"_s, u"verify"_s});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(verify.out.endsWith(u"Signed events verified with OpenSSH: 1 (signed by sam)\n"_s),
             qPrintable(verify.out));

    // The same as JSON (events: init's policy, the import, the start, Sam's signed sign-off).
    const CliRun json = runCli(database, {u"audit"_s, u"verify"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.keys(), (QStringList{u"events"_s, u"first_failure"_s, u"head_hash"_s, u"intact"_s,
                                         u"rows_checked"_s, u"signed_events"_s, u"signers"_s}));
    QCOMPARE(report[u"intact"_s], QJsonValue(true));
    QCOMPARE(report[u"events"_s].toInteger(), 4);
    QCOMPARE(report[u"signed_events"_s].toInteger(), 1);
    QCOMPARE(report[u"signers"_s].toArray(), QJsonArray{u"sam"_s});
    QCOMPARE(report[u"head_hash"_s].toString().size(), 64);
    QVERIFY(report[u"first_failure"_s].isNull());

    // The evidence an outsider checks with OpenSSH alone: every line of VERIFY.md, run as it is, says "Good".
    const QString evidence = file(u"evidence"_s);
    const CliRun exported = runCli(database, {u"export"_s, u"evidence"_s, evidence});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out, u"Wrote 1 signed event(s) to %1 with allowed_signers and VERIFY.md: each verifies with "
                           u"ssh-keygen -Y verify.\n"_s.arg(evidence));
    QFile guide(evidence + u"/VERIFY.md"_s);
    QVERIFY(guide.open(QIODevice::ReadOnly));
    QStringList commands;
    for (const QByteArray &line : guide.readAll().split('\n')) {
        if (line.trimmed().startsWith("ssh-keygen -Y verify"))
            commands.append(QString::fromUtf8(line.trimmed()));
    }
    QCOMPARE(commands.size(), 1);
    QVERIFY2(commands[0].startsWith(u"ssh-keygen -Y verify -f allowed_signers -I sam -n greenlight -s 4.sig "
                                    u"-Overify-time="_s),
             qPrintable(commands[0]));
    QProcess shell;
    shell.setWorkingDirectory(evidence);
    shell.start(u"/bin/sh"_s, {u"-c"_s, commands[0]});
    QVERIFY(shell.waitForFinished());
    QCOMPARE(shell.exitCode(), 0);
    QVERIFY(shell.readAllStandardOutput().startsWith("Good \"greenlight\" signature for sam"));

    // An anchor of the head, signed by Sam, then a usage import: the anchored head is still there.
    const QString usage = file(u"signed-usage.csv"_s);
    write(usage,
          "request_id,time,source,prompt_tokens,completion_tokens,cost_usd\na,2026-11-01T10:00:00Z,gw,1,1,0.1\n");
    QCOMPARE(runCli(database, {u"import"_s, u"usage"_s, usage}).exitCode, 0);
    const QString anchorFile = file(u"head.anchor.json"_s);
    const CliRun anchored =
        runCliAs(u"sam"_s, database, {u"audit"_s, u"anchor"_s, u"--out"_s, anchorFile, u"--key"_s, key});
    QCOMPARE(anchored.exitCode, 0);
    QVERIFY2(anchored.out.startsWith(u"Anchored event 5 (hash "_s) &&
                 anchored.out.contains(u", signed by sam with SHA256:"_s),
             qPrintable(anchored.out));
    QCOMPARE(runCli(database, {u"audit"_s, u"verify"_s, u"--anchor"_s, anchorFile}).exitCode, 0);
    // The tail after the newest signature dropped: signatures and hashes still hold, the anchor does not.
    sql(database, u"DELETE FROM audit_events WHERE seq = 5"_s);
    const CliRun truncated = runCli(database, {u"audit"_s, u"verify"_s, u"--anchor"_s, anchorFile});
    QCOMPARE(truncated.exitCode, 1);
    QVERIFY2(truncated.out.startsWith(u"Audit chain intact: 4 events, but it lost an anchored head: %1: the database "
                                      u"no longer holds the anchored head (event 5 with hash "_s.arg(anchorFile)),
             qPrintable(truncated.out));
    QVERIFY(truncated.out.endsWith(u" by sam): events were removed or rewritten after it\n"_s));
    QCOMPARE(runCli(database, {u"audit"_s, u"verify"_s}).exitCode, 0); // without the anchor nothing shows
    // A tampered anchor file does not count.
    QFile anchorIn(anchorFile);
    QVERIFY(anchorIn.open(QIODevice::ReadOnly));
    QByteArray forged = anchorIn.readAll();
    anchorIn.close();
    forged.replace("\"head_seq\": 5", "\"head_seq\": 4");
    const QString forgedFile = file(u"forged.anchor.json"_s);
    write(forgedFile, forged);
    const CliRun forgedRun = runCli(database, {u"audit"_s, u"verify"_s, u"--anchor"_s, forgedFile, u"--json"_s});
    QCOMPARE(forgedRun.exitCode, 1);
    const QJsonObject forgedReport = QJsonDocument::fromJson(forgedRun.out.toUtf8()).object();
    QCOMPARE(forgedReport[u"intact"_s], QJsonValue(false));
    QVERIFY2(forgedReport[u"first_failure"_s][u"reason"_s].toString().startsWith(
                 forgedFile + u": the anchor's signature by sam does not verify"_s),
             qPrintable(forgedRun.out));
}

void TstCommandLine::gateReviewCanBeScripted()
{
    const QString database = exampleDb(db(u"review"_s));
    const CliRun start = runCliAs(u"ana"_s, database,
                                  {u"gate"_s, u"review"_s, u"start"_s, u"support-reply-draft"_s, u"--gate"_s,
                                   u"customer-launch"_s, u"--as"_s, u"ana"_s});
    QCOMPARE(start.exitCode, 0);
    QCOMPARE(start.out,
             u"Started review-2026-11-23 (customer-launch) with 21 rule results frozen; blockers failing: 0.\n"
             u"review-2026-11-23\n"_s);
    const QString id = u"review-2026-11-23"_s;
    const CliRun early =
        runCliAs(u"ana"_s, database, {u"gate"_s, u"review"_s, u"decide"_s, id, u"--as"_s, u"ana"_s, u"--go"_s});
    QCOMPARE(early.exitCode, 1);
    QCOMPARE(early.out, id + u": go refused: waiting for sign-off from pm, security\n"_s);
    const CliRun wrongRole = runCliAs(
        u"ana"_s, database,
        {u"gate"_s, u"review"_s, u"sign"_s, id, u"--as"_s, u"ana"_s, u"--role"_s, u"security"_s, u"--approve"_s});
    QCOMPARE(wrongRole.exitCode, 2);
    QCOMPARE(wrongRole.err,
             u"greenlight: ana: Ana Ruiz does not hold the security role, so cannot sign off as security\n"_s);
    QCOMPARE(
        runCliAs(u"ana"_s, database,
                 {u"gate"_s, u"review"_s, u"sign"_s, id, u"--as"_s, u"ana"_s, u"--role"_s, u"pm"_s, u"--approve"_s})
            .exitCode,
        0);
    QCOMPARE(runCliAs(u"sam"_s, database,
                      {u"gate"_s, u"review"_s, u"sign"_s, id, u"--as"_s, u"sam"_s, u"--role"_s, u"security"_s,
                       u"--approve"_s, u"--note"_s, u"Ticket bodies only."_s})
                 .exitCode,
             0);
    const CliRun go =
        runCliAs(u"ana"_s, database, {u"gate"_s, u"review"_s, u"decide"_s, id, u"--as"_s, u"ana"_s, u"--go"_s});
    QCOMPARE(go.exitCode, 0);
    QCOMPARE(go.out, id + u": GO — no blocker fails and every required role signed off\n"_s);
    QVERIFY(runCli(database, {u"audit"_s, u"verify"_s}).out.startsWith(u"Audit chain intact: 6 events"_s));
}

void TstCommandLine::gateReviewDecidedLaterIsJudgedOnThatDay_data()
{
    // The example's latest eval run (2026-10-10) counts until 2027-01-08. The review starts and is signed on
    // 2026-11-23, when every blocker passes, and stays open until the day it is decided.
    QTest::addColumn<QDate>("decided");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::newRow("while the eval run counts")
        << QDate(2027, 1, 8) << 0 << u"review-2026-11-23: GO — no blocker fails and every required role signed off\n"_s;
    QTest::newRow("after it stopped counting")
        << QDate(2027, 1, 9) << 1
        << u"review-2026-11-23: go refused: blockers that passed when the review started fail on 2027-01-09: "
           u"eval.threshold (the latest eval (route support-draft v3, 2026-10-10) is 91 days old; at most 90)\n"_s;
}

void TstCommandLine::gateReviewDecidedLaterIsJudgedOnThatDay()
{
    QFETCH(QDate, decided);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    const QString database = exampleDb(db(u"review-later-"_s + decided.toString(Qt::ISODate)));
    const QString id = u"review-2026-11-23"_s;
    QCOMPARE(runCliAs(u"ana"_s, database,
                      {u"gate"_s, u"review"_s, u"start"_s, u"support-reply-draft"_s, u"--as"_s, u"ana"_s})
                 .exitCode,
             0);
    QCOMPARE(
        runCliAs(u"ana"_s, database,
                 {u"gate"_s, u"review"_s, u"sign"_s, id, u"--as"_s, u"ana"_s, u"--role"_s, u"pm"_s, u"--approve"_s})
            .exitCode,
        0);
    QCOMPARE(runCliAs(u"sam"_s, database,
                      {u"gate"_s, u"review"_s, u"sign"_s, id, u"--as"_s, u"sam"_s, u"--role"_s, u"security"_s,
                       u"--approve"_s})
                 .exitCode,
             0);
    const CliRun go = runCliAsOn(decided, u"ana"_s, database,
                                 {u"gate"_s, u"review"_s, u"decide"_s, id, u"--as"_s, u"ana"_s, u"--go"_s});
    QCOMPARE(go.out, out);
    QCOMPARE(go.exitCode, exitCode);
    if (exitCode == 0)
        return;
    // No-go stays possible; the refusal recorded nothing.
    const CliRun noGo = runCliAsOn(decided, u"ana"_s, database,
                                   {u"gate"_s, u"review"_s, u"decide"_s, id, u"--as"_s, u"ana"_s, u"--no-go"_s,
                                    u"--rationale"_s, u"Eval run overdue."_s});
    QCOMPARE(noGo.out, id + u": NO-GO — Eval run overdue.\n"_s);
    QCOMPARE(noGo.exitCode, 1);
    QVERIFY(runCli(database, {u"audit"_s, u"verify"_s}).out.startsWith(u"Audit chain intact: 6 events"_s));
}

void TstCommandLine::gateReviewCanBeAbandoned()
{
    const QString database = exampleDb(db(u"abandon"_s));
    const QString id = u"review-2026-11-23"_s;
    QCOMPARE(runCliAs(u"ana"_s, database,
                      {u"gate"_s, u"review"_s, u"start"_s, u"support-reply-draft"_s, u"--as"_s, u"ana"_s})
                 .exitCode,
             0);
    const CliRun noReason =
        runCliAs(u"ana"_s, database, {u"gate"_s, u"review"_s, u"abandon"_s, id, u"--as"_s, u"ana"_s});
    QCOMPARE(noReason.exitCode, 2);
    QCOMPARE(noReason.err, u"greenlight: usage: greenlight gate review abandon REVIEW --as PERSON --reason TEXT\n"_s);
    const CliRun notTheirs =
        runCliAs(u"sam"_s, database,
                 {u"gate"_s, u"review"_s, u"abandon"_s, id, u"--as"_s, u"sam"_s, u"--reason"_s, u"Stale."_s});
    QCOMPARE(notTheirs.exitCode, 2);
    QCOMPARE(notTheirs.err,
             u"greenlight: sam: Sam Patel is neither the requester nor a pm, so cannot abandon this review\n"_s);
    const CliRun abandoned = runCliAs(
        u"ana"_s, database,
        {u"gate"_s, u"review"_s, u"abandon"_s, id, u"--as"_s, u"ana"_s, u"--reason"_s, u"Pilot postponed to Q1."_s});
    QCOMPARE(abandoned.exitCode, 0);
    QCOMPARE(abandoned.out, id + u" abandoned: Pilot postponed to Q1.\n"_s);
    const CliRun decide =
        runCliAs(u"ana"_s, database, {u"gate"_s, u"review"_s, u"decide"_s, id, u"--as"_s, u"ana"_s, u"--no-go"_s});
    QCOMPARE(decide.exitCode, 2);
    QCOMPARE(decide.err, u"greenlight: "_s + id + u": the review was abandoned\n"_s);
    // The file keeps it as abandoned, with the reason.
    const QString out = file(u"abandoned.json"_s);
    QCOMPARE(runCli(database, {u"export"_s, u"portfolio"_s, out}).exitCode, 0);
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonObject review =
        QJsonDocument::fromJson(exported.readAll())[u"use_cases"_s][0][u"gate_reviews"_s][1].toObject();
    QCOMPARE(review[u"id"_s].toString(), id);
    QCOMPARE(review[u"decision"_s].toString(), u"abandoned"_s);
    QCOMPARE(review[u"rationale"_s].toString(), u"Pilot postponed to Q1."_s);
    QVERIFY(runCli(database, {u"audit"_s, u"verify"_s}).out.startsWith(u"Audit chain intact: 4 events"_s));
}

void TstCommandLine::approveChecksTheRole()
{
    const QString database = exampleDb(db(u"approve"_s));
    const CliRun denied = runCliAs(u"ana"_s, database,
                                   {u"approve"_s, u"support-reply-draft"_s, u"customer"_s, u"--as"_s, u"ana"_s,
                                    u"--role"_s, u"security"_s, u"--approve"_s});
    QCOMPARE(denied.exitCode, 2);
    QCOMPARE(denied.err, u"greenlight: ana: Ana Ruiz does not hold the security role\n"_s);
    const CliRun silent = runCliAs(u"sam"_s, database,
                                   {u"approve"_s, u"support-reply-draft"_s, u"customer"_s, u"--as"_s, u"sam"_s,
                                    u"--role"_s, u"security"_s, u"--reject"_s});
    QCOMPARE(silent.exitCode, 2);
    QCOMPARE(silent.err, u"greenlight: support-reply-draft: a rejection of customer needs a note saying why: the team "
                         u"needs to know what to change\n"_s);
    const CliRun rejected = runCliAs(u"sam"_s, database,
                                     {u"approve"_s, u"support-reply-draft"_s, u"customer"_s, u"--as"_s, u"sam"_s,
                                      u"--role"_s, u"security"_s, u"--reject"_s, u"--note"_s, u"PII in tickets"_s});
    QCOMPARE(rejected.exitCode, 0);
    QCOMPARE(rejected.out, u"sam rejected customer for support-reply-draft as security; customer is now rejected.\n"_s);
    const CliRun check = runCli(database, {u"gate"_s, u"check"_s, u"support-reply-draft"_s});
    QCOMPARE(check.exitCode, 1);
    QVERIFY(check.out.contains(u"FAIL     blocker  data.approved       customer was rejected by security (Sam Patel, "
                               u"2026-11-23)"_s));
}

void TstCommandLine::approveSaysWhenTheClassRestsOnAnExpiredApproval()
{
    // regulated has legal's approval of 2025-10-01 (more than the policy's 365 days before the clock's 2026-11-23) and
    // security's; compliance approving completes it on record, but data.approved still fails on legal's.
    const QString database = boundDbOf(regulatedWithAnOldApproval(), db(u"approve-expired"_s), m_dir.path());
    QVERIFY(!database.isEmpty());
    const CliRun run = runCliAs(u"lea"_s, database,
                                {u"approve"_s, u"support-reply-draft"_s, u"regulated"_s, u"--as"_s, u"lea"_s,
                                 u"--role"_s, u"compliance"_s, u"--approve"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"lea approved regulated for support-reply-draft as compliance; regulated is now expired "
                      u"(renewal by legal).\n"_s);
    // Legal renewing it makes it approved.
    const CliRun renewed = runCliAs(u"lea"_s, database,
                                    {u"approve"_s, u"support-reply-draft"_s, u"regulated"_s, u"--as"_s, u"lea"_s,
                                     u"--role"_s, u"legal"_s, u"--approve"_s});
    QVERIFY2(renewed.exitCode == 0, qPrintable(renewed.err));
    QCOMPARE(renewed.out, u"lea approved regulated for support-reply-draft as legal; regulated is now approved.\n"_s);
}

void TstCommandLine::eachActorPathRecordsPersonAccountAndHost_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QJsonValue>("actor");
    QTest::addColumn<QString>("identity");
    const QString uc = u"support-reply-draft"_s;
    QTest::newRow("approve") << u"sam"_s << QStringList{u"approve"_s, uc,          u"customer"_s, u"--as"_s,
                                                        u"sam"_s,     u"--role"_s, u"security"_s, u"--approve"_s}
                             << u"data_approval"_s << QJsonValue(u"sam"_s) << u"bound"_s;
    QTest::newRow("gate review start") << u"ana"_s
                                       << QStringList{u"gate"_s, u"review"_s, u"start"_s, uc, u"--as"_s, u"ana"_s}
                                       << u"gate_review"_s << QJsonValue(u"ana"_s) << u"bound"_s;
    QTest::newRow("import usage by a bound person") << u"chen"_s << QStringList{u"import"_s, u"usage"_s, u"USAGE"_s}
                                                    << u"usage"_s << QJsonValue(u"chen"_s) << u"bound"_s;
    QTest::newRow("import usage by a service account")
        << u"ci-bot"_s << QStringList{u"import"_s, u"usage"_s, u"USAGE"_s} << u"usage"_s << QJsonValue()
        << u"account"_s;
    QTest::newRow("import portfolio by a service account")
        << u"ci-bot"_s << QStringList{u"import"_s, u"portfolio"_s, u"PORTFOLIO"_s} << u"portfolio"_s << QJsonValue()
        << u"account"_s;
}

void TstCommandLine::eachActorPathRecordsPersonAccountAndHost()
{
    QFETCH(QString, account);
    QFETCH(QStringList, arguments);
    QFETCH(QString, entity);
    QFETCH(QJsonValue, actor);
    QFETCH(QString, identity);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString database = exampleDb(db(u"actor-"_s + tag));
    QVERIFY(!database.isEmpty());
    const QString usage = file(u"actor-usage.csv"_s);
    write(usage, "request_id,time,source,provider,model,tenant,use_case,prompt_tokens,completion_tokens,cost_usd,"
                 "latency_ms,status\nr1,2026-11-01T10:00:00Z,gw,openai,gpt-4o,acme,support-reply-draft,10,5,0.01,"
                 "120,ok\n");
    arguments.replaceInStrings(u"USAGE"_s, usage);
    arguments.replaceInStrings(u"PORTFOLIO"_s, database + u".portfolio.json"_s);
    const CliRun run = runCliAs(account, database, arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject event = lastExportedEvent(database, file(u"actor-"_s + tag + u".jsonl"_s));
    QCOMPARE(event.value(u"entity"_s).toString(), entity);
    QCOMPARE(event.value(u"actor"_s), actor);
    QCOMPARE(event.value(u"account"_s).toString(), account);
    QCOMPARE(event.value(u"host"_s).toString(), u"test-host"_s);
    QCOMPARE(event.value(u"identity"_s).toString(), identity);
    QVERIFY(runCli(database, {u"audit"_s, u"verify"_s}).out.startsWith(u"Audit chain intact"_s));
}

void TstCommandLine::asMustBeTheBoundPerson_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const QString uc = u"support-reply-draft"_s;
    const QStringList approve{u"approve"_s, uc,          u"customer"_s, u"--as"_s,
                              u"sam"_s,     u"--role"_s, u"security"_s, u"--approve"_s};
    const QString unbound = u"greenlight: --as sam: you are signed in to this computer as tester@test-host, which no "
                            u"person in the portfolio is bound to; add tester@test-host to your entry's accounts in "
                            u"the portfolio file and import it\n"_s;
    const QString someoneElse = u"greenlight: --as sam: you are signed in to this computer as ana@test-host, which is "
                                u"bound to ana; nobody may act for someone else\n"_s;
    QTest::newRow("approve, unbound account") << u"tester"_s << approve << unbound;
    QTest::newRow("approve, bound to someone else") << u"ana"_s << approve << someoneElse;
    QTest::newRow("gate review start, bound to someone else")
        << u"ben"_s << QStringList{u"gate"_s, u"review"_s, u"start"_s, uc, u"--as"_s, u"ana"_s}
        << u"greenlight: --as ana: you are signed in to this computer as ben@test-host, which is bound to ben; "
           u"nobody may act for someone else\n"_s;
    QTest::newRow("gate review sign, unbound account")
        << u"tester"_s << QStringList{u"gate"_s, u"review"_s, u"sign"_s,     u"review-2026-11-23"_s, u"--as"_s,
                                      u"sam"_s,  u"--role"_s, u"security"_s, u"--approve"_s}
        << unbound;
    QTest::newRow("gate review decide, bound to someone else")
        << u"ana"_s << QStringList{u"gate"_s, u"review"_s, u"decide"_s, u"review-2026-11-23"_s, u"--as"_s, u"sam"_s}
        << someoneElse;
}

void TstCommandLine::asMustBeTheBoundPerson()
{
    QFETCH(QString, account);
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const QString database = exampleDb(db(u"as-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QVERIFY(!database.isEmpty());
    QCOMPARE(runCliAs(u"ana"_s, database,
                      {u"gate"_s, u"review"_s, u"start"_s, u"support-reply-draft"_s, u"--as"_s, u"ana"_s})
                 .exitCode,
             0);
    const DatabaseSnapshot before = snapshotOf(database);
    const CliRun run = runCliAs(account, database, arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, error);
    QCOMPARE(run.out, QString());
    QCOMPARE(snapshotOf(database), before); // nothing written
}

void TstCommandLine::trainingDatabaseRecordsTheNamedPersonAsUnverified()
{
    // The demo is marked as a training database (policy.training): the README's demo flow names people with --as
    // from any account, and the log says nobody checked who they were.
    const QString database = demoDb(u"training"_s);
    QVERIFY(!database.isEmpty());
    const CliRun run = runCli(database, {u"approve"_s, u"support-reply-draft"_s, u"customer"_s, u"--as"_s, u"sam"_s,
                                         u"--role"_s, u"security"_s, u"--approve"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject event = lastExportedEvent(database, file(u"training.jsonl"_s));
    QCOMPARE(event.value(u"entity"_s).toString(), u"data_approval"_s);
    QCOMPARE(event.value(u"actor"_s).toString(), u"sam"_s);
    QCOMPARE(event.value(u"account"_s).toString(), u"tester"_s);
    QCOMPARE(event.value(u"host"_s).toString(), u"test-host"_s);
    QCOMPARE(event.value(u"identity"_s).toString(), u"unverified"_s);
    // An example database is no training database: the same command is refused there.
    const QString example = exampleDb(db(u"not-training"_s));
    QCOMPARE(runCli(example, {u"approve"_s, u"support-reply-draft"_s, u"customer"_s, u"--as"_s, u"sam"_s, u"--role"_s,
                              u"security"_s, u"--approve"_s})
                 .exitCode,
             2);
}

void TstCommandLine::portfolioRankOrdersByScore()
{
    const QString database = demoDb(u"rank"_s);
    QVERIFY(!database.isEmpty());
    const CliRun run = runCli(database, {u"portfolio"_s, u"rank"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray ranked = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(ranked.size(), 9);
    QCOMPARE(ranked[0].toObject().value(u"use_case"_s).toString(), u"ticket-classifier"_s);
    QCOMPARE(ranked[0].toObject().value(u"score"_s).toDouble(), 5.0);
    QCOMPARE(ranked[0].toObject().value(u"roi_per_year_usd"_s).toDouble(), 25.0 * 60.0 * 8 * 52);
}

void TstCommandLine::importsUsageAndReportsCosts()
{
    const QString database = db(u"costs"_s);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    const QString usage = file(u"usage.csv"_s);
    write(usage, "request_id,time,provider,model,tenant,use_case,prompt_tokens,completion_tokens,cost_usd\n"
                 "a,2026-11-01T10:00:00Z,openai,gpt-4o-mini,acme,support,1000,100,1.25\n"
                 "b,2026-11-01T12:00:00Z,openai,gpt-4o-mini,globex,support,2000,200,2.50\n"
                 "c,2026-11-02T09:00:00Z,anthropic,claude-3-5-haiku,acme,support,500,50,0.75\n"
                 "d,2026-11-02T09:30:00Z,openai,text-embedding-3-small,acme,support,10,0,0.0000002\n");
    CliRun run = runCli(database, {u"import"_s, u"usage"_s, usage, u"--source"_s, u"litellm"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Imported %1: 4 records, 4 new, 0 already stored.\n"_s.arg(usage));
    QCOMPARE(runCli(database, {u"import"_s, u"usage"_s, usage, u"--source"_s, u"litellm"_s}).out,
             u"Imported %1: 4 records, 0 new, 4 already stored.\n"_s.arg(usage));

    run = runCli(database, {u"costs"_s, u"--by"_s, u"tenant"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             u"[\n  {\n    \"key\": \"globex\",\n    \"cost_usd\": 2.5,\n    \"cost_usd_exact\": \"2.500000000\",\n    "
             u"\"requests\": 1,\n    \"prompt_tokens\": 2000,\n    \"completion_tokens\": 200\n  },\n  {\n    "
             u"\"key\": \"acme\",\n    \"cost_usd\": 2.0000002,\n    \"cost_usd_exact\": \"2.000000200\",\n    "
             u"\"requests\": 3,\n    \"prompt_tokens\": 1510,\n    \"completion_tokens\": 150\n  }\n]\n"_s);
    run = runCli(database, {u"costs"_s, u"--by"_s, u"day"_s, u"--from"_s, u"2026-11-02"_s, u"--json"_s});
    const QJsonArray days = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(days.size(), 1);
    QCOMPARE(days[0].toObject().value(u"key"_s).toString(), u"2026-11-02"_s);
    QCOMPARE(days[0].toObject().value(u"cost_usd_exact"_s).toString(), u"0.750000200"_s);
    run = runCli(database, {u"costs"_s, u"--by"_s, u"model"_s});
    QCOMPARE(run.out.split(u'\n')[1],
             u"gpt-4o-mini                       3.75            2           3000                300"_s);
    run = runCli(database, {u"costs"_s, u"--by"_s, u"region"_s});
    QCOMPARE(run.exitCode, 2);
    run = runCli(database, {u"costs"_s, u"--by"_s, u"day"_s, u"--from"_s, u"2026-02-30"_s});
    QCOMPARE(run.err, u"greenlight: --from: \"2026-02-30\" is not a date (YYYY-MM-DD)\n"_s);
}

void TstCommandLine::rejectsABadUsageFileNamingTheLine()
{
    const QString database = db(u"bad-usage"_s);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    const QString usage = file(u"bad-usage.jsonl"_s);
    write(usage, "{\"request_id\":\"a\",\"time\":\"2026-11-01T10:00:00Z\",\"source\":\"gw\",\"prompt_tokens\":1,"
                 "\"completion_tokens\":1,\"cost_usd\":0.1}\n"
                 "{\"request_id\":\"b\",\"time\":\"2026-11-01T10:00:00Z\",\"source\":\"gw\",\"prompt_tokens\":-1,"
                 "\"completion_tokens\":1,\"cost_usd\":0.1}\n");
    const CliRun run = runCli(database, {u"import"_s, u"usage"_s, usage});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"greenlight: %1: line 2: prompt_tokens: -1 is out of range (0 to 10^15); nothing was "
                      u"imported\n"_s.arg(usage));
    QCOMPARE(runCli(database, {u"costs"_s, u"--by"_s, u"tenant"_s, u"--json"_s}).out, u"[]\n"_s);
}

void TstCommandLine::importsAnEvalRunFromCiResults()
{
    // What a CI job does after `pytest --junitxml`: record the run, then let the gate decide.
    const QString database = exampleDb(db(u"eval-import"_s));
    QVERIFY(!database.isEmpty());
    const QString junit = QStringLiteral(GREENLIGHT_SOURCE_DIR "/tests/data/evalimport/pytest-junit.xml");
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(read(junit), QCryptographicHash::Sha256).toHex());
    const CliRun run = runCli(database, {u"import"_s, u"eval"_s, junit, u"--use-case"_s, u"support-reply-draft"_s,
                                         u"--route"_s, u"support-draft@3"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Recorded eval run run-2026-11-23 of support-reply-draft (route support-draft v3, 2026-11-23) "
                      u"from %1 (junit, sha256 %2):\n"
                      u"  normal             2 of 2 passed\n"
                      u"  edge               1 of 1 passed\n"
                      u"  refusal            0 of 1 passed\n"
                      u"  prompt_injection   1 of 2 passed\n"
                      u"  source_grounded    1 of 1 passed\n"
                      u"  escalation         1 of 1 passed\n"
                      u"Total: 6 of 8 passed (75.0 %); cases with live secrets: 1; skipped, not counted: 1.\n"_s.arg(
                          junit, sha256));

    // The audit event names the file and its digest; the chain and the rows still agree.
    const QJsonObject event = lastExportedEvent(database, file(u"eval-import.jsonl"_s));
    QCOMPARE(event.value(u"action"_s).toString(), u"import"_s);
    QCOMPARE(event.value(u"entity_id"_s).toString(), u"support-reply-draft/run-2026-11-23"_s);
    QCOMPARE(
        event.value(u"payload"_s).toObject().value(u"source"_s).toObject(),
        (QJsonObject{
            {u"file"_s, u"pytest-junit.xml"_s}, {u"format"_s, u"junit"_s}, {u"sha256"_s, sha256}, {u"skipped"_s, 1}}));
    QVERIFY(runCli(database, {u"audit"_s, u"verify"_s}).out.startsWith(u"Audit chain intact: 3 events"_s));

    // It is now the latest eval of the route: the gate blocks on it.
    const CliRun gate = runCli(database, {u"gate"_s, u"check"_s, u"support-reply-draft"_s, u"--json"_s});
    QCOMPARE(gate.exitCode, 1);
    const QJsonArray rules = QJsonDocument::fromJson(gate.out.toUtf8()).object().value(u"rules"_s).toArray();
    QCOMPARE(rules[6].toObject().value(u"explanation"_s).toString(),
             u"latest eval 75.0 % (route support-draft v3, 2026-11-23) < threshold 95 %"_s);

    // --date and --category-from: the CSV names its category column "suite".
    const QString csv = file(u"suite.csv"_s);
    write(csv, "case,suite,passed,secrets_found\nrefund,normal,true,\nhandover,escalation,true,false\n");
    const CliRun dated =
        runCli(database, {u"import"_s, u"eval"_s, csv, u"--use-case"_s, u"support-reply-draft"_s, u"--route"_s,
                          u"support-draft@3"_s, u"--category-from"_s, u"suite"_s, u"--date"_s, u"2026-11-23"_s});
    QCOMPARE(dated.exitCode, 0);
    QVERIFY2(dated.out.startsWith(u"Recorded eval run run-2026-11-23-2 of support-reply-draft (route support-draft v3, "
                                  u"2026-11-23) from %1 (csv, sha256 "_s.arg(csv)),
             qPrintable(dated.out));
    QVERIFY(dated.out.endsWith(
        u"Total: 2 of 2 passed (100.0 %); cases with live secrets: 0; skipped, not counted: 0.\n"_s));
}

void TstCommandLine::rejectsBadEvalImports_data()
{
    const QString good = file(u"good-eval.csv"_s);
    write(good, "case,category,passed\na,normal,true\n");
    const QString bad = file(u"bad-eval.csv"_s);
    write(bad, "case,category,passed\na,normal,true\nb,refunds,false\n");
    const QString noWrite = QStringLiteral(GREENLIGHT_SOURCE_DIR "/tests/data/evalimport/promptfoo-no-write.json");
    const QStringList target{u"--use-case"_s, u"support-reply-draft"_s, u"--route"_s, u"support-draft@3"_s};

    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("err");
    QTest::newRow("bad category, with its line")
        << QStringList{u"import"_s, u"eval"_s, bad} + target
        << u"greenlight: %1: line 3: category: case \"b\": unknown category \"refunds\" (expected: normal, edge, "
           u"refusal, unsafe_tool, prompt_injection, source_grounded, escalation); nothing was recorded\n"_s.arg(bad);
    QTest::newRow("promptfoo run with --no-write")
        << QStringList{u"import"_s, u"eval"_s, noWrite} + target
        << u"greenlight: %1: $.results.results: no test results (promptfoo leaves them out of the file when it runs "
           u"with --no-write); nothing was recorded\n"_s.arg(noWrite);
    QTest::newRow("no --route") << QStringList{u"import"_s, u"eval"_s, good, u"--use-case"_s, u"support-reply-draft"_s}
                                << u"greenlight: import eval needs --use-case ID and --route ID@VERSION\n"_s;
    QTest::newRow("route without a version")
        << QStringList{u"import"_s,  u"eval"_s,         good, u"--use-case"_s, u"support-reply-draft"_s,
                       u"--route"_s, u"support-draft"_s}
        << u"greenlight: --route: \"support-draft\" is not ID@VERSION (support-draft@3, say)\n"_s;
    QTest::newRow("route version 0")
        << QStringList{u"import"_s,  u"eval"_s,           good, u"--use-case"_s, u"support-reply-draft"_s,
                       u"--route"_s, u"support-draft@0"_s}
        << u"greenlight: --route: \"support-draft@0\" is not ID@VERSION (support-draft@3, say)\n"_s;
    QTest::newRow("unknown route version")
        << QStringList{u"import"_s,  u"eval"_s,           good, u"--use-case"_s, u"support-reply-draft"_s,
                       u"--route"_s, u"support-draft@7"_s}
        << u"greenlight: support-reply-draft: unknown route version \"support-draft\" v7; nothing was recorded\n"_s;
    QTest::newRow("unknown use case") << QStringList{u"import"_s,         u"eval"_s, good,
                                                     u"--use-case"_s,     u"nope"_s, u"--route"_s,
                                                     u"support-draft@3"_s}
                                      << u"greenlight: nope: unknown use case; nothing was recorded\n"_s;
    QTest::newRow("bad date") << QStringList{u"import"_s, u"eval"_s, good, u"--date"_s, u"23.11.2026"_s} + target
                              << u"greenlight: --date: \"23.11.2026\" is not a date (YYYY-MM-DD)\n"_s;
    QTest::newRow("--source") << QStringList{u"import"_s, u"eval"_s, good, u"--source"_s, u"gw"_s} + target
                              << u"greenlight: import eval takes --use-case, --route, --category-from and --date\n"_s;
    QTest::newRow("--route on usage") << QStringList{u"import"_s, u"usage"_s, good, u"--route"_s, u"x@1"_s}
                                      << u"greenlight: --route applies to import eval only\n"_s;
    QTest::newRow("missing file") << QStringList{u"import"_s, u"eval"_s, file(u"nowhere.xml"_s)} + target
                                  << u"greenlight: %1: cannot read the file (No such file or directory)\n"_s.arg(
                                         file(u"nowhere.xml"_s));
}

void TstCommandLine::rejectsBadEvalImports()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, err);
    const QString database = exampleDb(db(u"eval-bad"_s));
    QVERIFY(!database.isEmpty());
    const DatabaseSnapshot before = snapshotOf(database);
    const CliRun run = runCli(database, arguments);
    QCOMPARE(run.err, err);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(snapshotOf(database), before);
}

void TstCommandLine::onlyInitCreatesADatabase_data()
{
    const QString usage = file(u"typo-usage.csv"_s);
    write(usage,
          "request_id,time,source,prompt_tokens,completion_tokens,cost_usd\na,2026-11-01T10:00:00Z,gw,1,1,0.1\n");
    const QString feedback = file(u"typo-feedback.csv"_s);
    write(feedback, "time,use_case,outcome\n2026-11-01T10:00:00Z,support-reply-draft,accepted\n");
    const QString out = file(u"typo-out"_s);
    QTest::addColumn<QStringList>("arguments");
    // Every command but init, with arguments that would otherwise be accepted.
    const QString uc = u"support-reply-draft"_s;
    QTest::newRow("import portfolio") << QStringList{u"import"_s, u"portfolio"_s,
                                                     QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)};
    QTest::newRow("import usage") << QStringList{u"import"_s, u"usage"_s, usage};
    QTest::newRow("import feedback") << QStringList{u"import"_s, u"feedback"_s, feedback, u"--source"_s, u"gw"_s};
    QTest::newRow("import eval") << QStringList{
        u"import"_s,         u"eval"_s, QStringLiteral(GREENLIGHT_SOURCE_DIR "/tests/data/evalimport/eval.csv"),
        u"--use-case"_s,     uc,        u"--route"_s,
        u"support-draft@3"_s};
    QTest::newRow("export portfolio") << QStringList{u"export"_s, u"portfolio"_s, out};
    QTest::newRow("export audit-log") << QStringList{u"export"_s, u"audit-log"_s, u"--format"_s,
                                                     u"jsonl"_s,  u"--out"_s,     out};
    QTest::newRow("export packet") << QStringList{u"export"_s, u"packet"_s, uc, u"--out"_s, out + u".pdf"_s};
    QTest::newRow("gate check") << QStringList{u"gate"_s, u"check"_s, uc};
    QTest::newRow("gate check --all") << QStringList{u"gate"_s, u"check"_s, u"--all"_s};
    QTest::newRow("gate review start") << QStringList{u"gate"_s, u"review"_s, u"start"_s, uc, u"--as"_s, u"ana"_s};
    QTest::newRow("gate review sign") << QStringList{u"gate"_s,     u"review"_s, u"sign"_s,   u"review-2026-11-23"_s,
                                                     u"--as"_s,     u"ana"_s,    u"--role"_s, u"pm"_s,
                                                     u"--approve"_s};
    QTest::newRow("gate review decide") << QStringList{u"gate"_s, u"review"_s, u"decide"_s, u"review-2026-11-23"_s,
                                                       u"--as"_s, u"ana"_s,    u"--go"_s};
    QTest::newRow("gate review abandon") << QStringList{u"gate"_s, u"review"_s, u"abandon"_s,  u"review-2026-11-23"_s,
                                                        u"--as"_s, u"ana"_s,    u"--reason"_s, u"Postponed."_s};
    QTest::newRow("approve") << QStringList{u"approve"_s, uc,          u"customer"_s, u"--as"_s,
                                            u"sam"_s,     u"--role"_s, u"security"_s, u"--approve"_s};
    QTest::newRow("portfolio rank") << QStringList{u"portfolio"_s, u"rank"_s};
    QTest::newRow("costs") << QStringList{u"costs"_s, u"--by"_s, u"tenant"_s};
    QTest::newRow("alerts") << QStringList{u"alerts"_s};
    QTest::newRow("audit verify") << QStringList{u"audit"_s, u"verify"_s};
    QTest::newRow("connection add") << QStringList{
        u"connection"_s, u"add"_s, u"gw"_s, u"--kind"_s, u"litellm"_s, u"--url"_s, u"http://127.0.0.1:4000"_s};
    QTest::newRow("connection list") << QStringList{u"connection"_s, u"list"_s};
    QTest::newRow("connection remove") << QStringList{u"connection"_s, u"remove"_s, u"gw"_s};
    QTest::newRow("sync") << QStringList{u"sync"_s};
}

void TstCommandLine::onlyInitCreatesADatabase()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A mistyped file in an existing folder, and one in a folder that does not exist either.
    for (const QString &typo : {dir.filePath(u"typo.sqlite"_s), dir.filePath(u"no-such-folder/typo.sqlite"_s)}) {
        const CliRun run = runCli(typo, arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 u"greenlight: no Greenlight database at %1 (create one with `greenlight init`)\n"_s.arg(typo));
        QCOMPARE(run.out, QString());
        // Nothing was made: no file, no -wal/-shm/-journal, no folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }
    // The same path works once init has made it.
    const QString made = dir.filePath(u"made.sqlite"_s);
    QCOMPARE(runCli(made, {u"init"_s}).exitCode, 0);
    QCOMPARE(runCli(made, {u"audit"_s, u"verify"_s}).exitCode, 0);
}

namespace {

/// A usage CSV of @p rows records named PREFIX-0… with the given value in one column and 0 in the others.
QByteArray usageRows(const QString &prefix, int rows, const QByteArray &column, const QByteArray &value)
{
    QByteArray csv = "request_id,time,source,tenant,prompt_tokens,completion_tokens,cost_usd,latency_ms\n";
    for (int i = 0; i < rows; ++i) {
        csv += prefix.toUtf8() + '-' + QByteArray::number(i) + ",2026-11-0" + QByteArray::number(1 + i % 2) +
               "T10:00:00Z,gw,acme,";
        csv += (column == "prompt_tokens" ? value : "0") + ',' + (column == "completion_tokens" ? value : "0") + ',' +
               (column == "cost_usd" ? value : "0") + ',' + (column == "latency_ms" ? value : "0") + '\n';
    }
    return csv;
}

} // namespace

void TstCommandLine::refusesUsageWhoseTotalsWouldOverflow_data()
{
    QTest::addColumn<QByteArray>("column");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("storedRows");
    QTest::addColumn<int>("fileRows");
    QTest::addColumn<int>("badLine");
    // 9223 × 10^15 = 9223000000000000000 fits below 2^63 − 1 = 9223372036854775807; the 9224th does not (a cost
    // of 1000000 USD is 10^15 nano-dollars).
    // Line 1 is the header, so record n is on line n + 1.
    QTest::newRow("prompt tokens in one file")
        << QByteArray("prompt_tokens") << QByteArray("1000000000000000") << 0 << 9300 << 9225;
    QTest::newRow("completion tokens in one file")
        << QByteArray("completion_tokens") << QByteArray("1000000000000000") << 0 << 9300 << 9225;
    QTest::newRow("cost in one file") << QByteArray("cost_usd") << QByteArray("1000000") << 0 << 9300 << 9225;
    QTest::newRow("latency in one file") << QByteArray("latency_ms") << QByteArray("1000000000000000") << 0 << 9300
                                         << 9225;
    // 5000 stored + 4224 new is the 9224th: line 4225 of the second file.
    QTest::newRow("stored plus new prompt tokens")
        << QByteArray("prompt_tokens") << QByteArray("1000000000000000") << 5000 << 5000 << 4225;
    QTest::newRow("stored plus new cost") << QByteArray("cost_usd") << QByteArray("1000000") << 5000 << 5000 << 4225;
}

void TstCommandLine::refusesUsageWhoseTotalsWouldOverflow()
{
    QFETCH(QByteArray, column);
    QFETCH(QByteArray, value);
    QFETCH(int, storedRows);
    QFETCH(int, fileRows);
    QFETCH(int, badLine);
    const QString database = db(u"overflow"_s);
    QFile::remove(database);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    if (storedRows > 0) {
        const QString first = file(u"overflow-first.csv"_s);
        write(first, usageRows(u"first"_s, storedRows, column, value));
        QCOMPARE(runCli(database, {u"import"_s, u"usage"_s, first}).exitCode, 0);
    }
    const QString before = runCli(database, {u"costs"_s, u"--by"_s, u"tenant"_s, u"--json"_s}).out;
    const qint64 eventsBefore = count(database, u"audit_events"_s);

    const QString usage = file(u"overflow.csv"_s);
    write(usage, usageRows(u"second"_s, fileRows, column, value));
    const CliRun run = runCli(database, {u"import"_s, u"usage"_s, usage});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"greenlight: %1: line %2: %3: the total of all usage would pass 9223372036854775807, the "
                      u"largest total that stays exact; nothing was imported\n"_s.arg(usage)
                          .arg(badLine)
                          .arg(QString::fromLatin1(column)));
    QCOMPARE(run.out, QString());
    // Nothing of the file was kept: records, rollups and the audit chain are as they were.
    QCOMPARE(count(database, u"usage_records"_s), qint64(storedRows));
    QCOMPARE(count(database, u"audit_events"_s), eventsBefore);
    const CliRun after = runCli(database, {u"costs"_s, u"--by"_s, u"tenant"_s, u"--json"_s});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, before);
    QVERIFY(!after.out.contains(u'-')); // no wrapped, negative total
}

void TstCommandLine::reportsStoredTotalsTooLargeToAdd_data()
{
    QTest::addColumn<QString>("secondTenant");
    // Written behind Greenlight's back (an import never stores totals like these).
    QTest::newRow("one tenant's SUM overflows") << u"acme"_s;
    QTest::newRow("two tenants' SUMs fit, their total does not") << u"globex"_s;
}

void TstCommandLine::reportsStoredTotalsTooLargeToAdd()
{
    QFETCH(QString, secondTenant);
    const QString database = db(u"sum-overflow"_s);
    QFile::remove(database);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    sql(database, u"INSERT INTO usage_daily (day, source, use_case, tenant, model, requests, prompt_tokens, "
                  u"completion_tokens, cost_nanos, errors, latency_ms_sum, latency_count) VALUES "
                  u"(20393, 'gw', 'uc', 'acme', 'm', 1, 0, 0, 5000000000000000000, 0, 0, 0), "
                  u"(20394, 'gw', 'uc', '%1', 'm', 1, 0, 0, 5000000000000000000, 0, 0, 0)"_s.arg(secondTenant));
    // …and into the per-tenant rollup that `costs --by tenant` reads (schema 19), as every write keeps it.
    sql(database, u"INSERT INTO usage_daily_tenant (day, tenant, requests, prompt_tokens, completion_tokens, "
                  u"cost_nanos, errors, latency_ms_sum, latency_count) VALUES "
                  u"(20393, 'acme', 1, 0, 0, 5000000000000000000, 0, 0, 0), "
                  u"(20394, '%1', 1, 0, 0, 5000000000000000000, 0, 0, 0)"_s.arg(secondTenant));
    const CliRun run = runCli(database, {u"costs"_s, u"--by"_s, u"tenant"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"greenlight: the usage totals in %1 are too large to add up exactly (a sum would pass "
                      u"9223372036854775807)\n"_s.arg(database));
    QCOMPARE(run.out, QString());
}

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
