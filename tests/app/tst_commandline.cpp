#include "../support/badportfolios.h"
#include "../support/clirunner.h"

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
    void rejectsAnUnknownCommand();
    void initCreatesTheDatabaseWithDefaultTemplates();
    void initDemoRoundTripsThroughExport();
    void exampleImportExportIsByteIdentical();
    void rejectsBadPortfolios_data();
    void rejectsBadPortfolios();
    void reportsAnUnreadableFile();
    void auditVerifyReportsTheHead();
    void auditVerifyFailsOnATamperedEvent();
    void exportsTheAuditLog_data();
    void exportsTheAuditLog();
    void refusesANewerDatabase();

private:
    QString db(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray read(const QString &path);
    static void write(const QString &path, const QByteArray &data);
    static void sql(const QString &database, const QString &statement);
    QTemporaryDir m_dir;
};

void TstCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
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

void TstCommandLine::printsVersion()
{
    const CliRun run = runCli(db(u"version"_s), {u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"greenlight " GREENLIGHT_VERSION "\n"_s);
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
    QCOMPARE(run.out, u"Database ready: %1 (schema 2).\n"_s.arg(database));
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
    QCOMPARE(runCli(second, {u"import"_s, u"portfolio"_s, file(u"demo1.json"_s)}).exitCode, 0);
    QCOMPARE(runCli(second, {u"export"_s, u"portfolio"_s, file(u"demo2.json"_s)}).exitCode, 0);
    QCOMPARE(read(file(u"demo2.json"_s)), read(file(u"demo1.json"_s)));
}

void TstCommandLine::exampleImportExportIsByteIdentical()
{
    const QString database = db(u"example"_s);
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
    QVERIFY(runCli(database, {u"audit"_s, u"verify"_s}).out.startsWith(u"Audit chain intact: 1 events"_s));
}

void TstCommandLine::reportsAnUnreadableFile()
{
    const QString missing = file(u"missing.json"_s);
    const CliRun run = runCli(db(u"missing"_s), {u"import"_s, u"portfolio"_s, missing});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"greenlight: %1: cannot read the file (No such file or directory)\n"_s.arg(missing));
}

void TstCommandLine::auditVerifyReportsTheHead()
{
    const QString database = db(u"verify"_s);
    QCOMPARE(runCli(database, {u"init"_s, u"--demo"_s}).exitCode, 0);
    QCOMPARE(runCli(database, {u"import"_s, u"portfolio"_s, QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)}).exitCode, 0);
    const CliRun run = runCli(database, {u"audit"_s, u"verify"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^Audit chain intact: 2 events, head hash [0-9a-f]{64}\n$"_s).match(run.out).hasMatch(),
             qPrintable(run.out));
}

void TstCommandLine::auditVerifyFailsOnATamperedEvent()
{
    const QString database = db(u"tampered"_s);
    QCOMPARE(runCli(database, {u"init"_s, u"--demo"_s}).exitCode, 0);
    QCOMPARE(runCli(database, {u"import"_s, u"portfolio"_s, QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)}).exitCode, 0);
    sql(database, u"UPDATE audit_events SET actor = 'mallory' WHERE seq = 1"_s);
    const CliRun run = runCli(database, {u"audit"_s, u"verify"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, u"Audit chain BROKEN at event 1 of 2: event 1 was altered: its hash does not match its contents\n"_s);
}

void TstCommandLine::exportsTheAuditLog_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("firstLineStart");
    QTest::addColumn<int>("lines");
    QTest::newRow("jsonl") << u"jsonl"_s << QByteArray("{\"action\":\"import\",\"actor\":\"tester\"") << 1;
    QTest::newRow("csv") << u"csv"_s << QByteArray("seq,time,actor,entity,entity_id,action,payload,prev_hash,hash") << 2;
}

void TstCommandLine::exportsTheAuditLog()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, firstLineStart);
    QFETCH(int, lines);
    const QString database = db(u"auditlog-"_s + format);
    QCOMPARE(runCli(database, {u"init"_s, u"--demo"_s}).exitCode, 0);
    const QString out = file(u"audit."_s + format);
    const CliRun run = runCli(database, {u"export"_s, u"audit-log"_s, u"--format"_s, format, u"--out"_s, out});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Exported 1 audit events to %1.\n"_s.arg(out));
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
    sql(database, u"PRAGMA user_version = 7"_s);
    const CliRun run = runCli(database, {u"audit"_s, u"verify"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"greenlight: %1: the database was created by a newer Greenlight (schema 7; this version knows "
                      u"up to 2); it was left untouched\n"_s.arg(database));
}

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
