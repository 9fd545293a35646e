// The record under real conditions: two `greenlight` processes writing one SQLite file, and a file this
// process may not write. Both need separate processes: SQLite's locks and the kernel's permissions are per
// process (and root ignores permission bits, so the read-only cases run the binary as "nobody" when root).
#include "../support/clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace greenlight;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

const QString kGreenlight = QStringLiteral(GREENLIGHT_BINARY);

struct ProcessRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun finish(QProcess &process, int timeoutMs = 180'000)
{
    ProcessRun run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

/// A usage CSV of @p rows records over 30 days, 50 tenants and 3 models.
void writeUsage(const QString &path, int rows)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray chunk = "request_id,time,source,provider,model,tenant,use_case,prompt_tokens,completion_tokens,"
                       "cost_usd\n";
    static const char *const models[] = {"gpt-4o-mini", "gpt-4o", "claude-3-5-haiku"};
    for (int i = 0; i < rows; ++i) {
        chunk += "req-" + QByteArray::number(i) + ",2026-10-" + QByteArray::number(10 + i % 20) +
                 "T10:" + QByteArray::number(10 + i % 50) + ":00Z,gw,openai," + models[i % 3] + ",tenant-" +
                 QByteArray::number(i % 50) + ",support-reply-draft," + QByteArray::number(100 + i % 900) + ",20," +
                 "0.00" + QByteArray::number(1 + i % 9) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

/// True while another connection holds the write lock of @p database (a BEGIN IMMEDIATE that does not wait
/// fails with SQLITE_BUSY).
bool writeLockHeld(const QString &database)
{
    bool held = false;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        conn.setDatabaseName(database);
        conn.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        if (conn.open()) {
            QSqlQuery q(conn);
            if (q.exec(u"BEGIN IMMEDIATE"_s))
                q.exec(u"ROLLBACK"_s);
            else
                held = q.lastError().nativeErrorCode().toInt() % 256 == 5; // SQLITE_BUSY
        }
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    return held;
}

QStringList lastEvents(const QString &database, int n)
{
    QStringList events;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"events"_s);
        conn.setDatabaseName(database);
        if (conn.open()) {
            QSqlQuery q(conn);
            q.exec(u"SELECT entity, action FROM audit_events ORDER BY seq DESC LIMIT %1"_s.arg(n));
            while (q.next())
                events.prepend(q.value(0).toString() + u' ' + q.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(u"events"_s);
    return events;
}

} // namespace

class TstStoreSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aShortWriteWaitsForALongImport_data();
    void aShortWriteWaitsForALongImport();
    void readOnlyDatabaseServesReadsAndRefusesWrites_data();
    void readOnlyDatabaseServesReadsAndRefusesWrites();

private:
    /// The command that runs greenlight as a user who does not own the test's files ("nobody" when root).
    static QStringList asOtherUser(const QStringList &arguments);
};

void TstStoreSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(kGreenlight).isExecutable(), qPrintable(kGreenlight));
}

void TstStoreSafety::aShortWriteWaitsForALongImport_data()
{
    QTest::addColumn<bool>("terminal");
    QTest::newRow("stderr is a pipe: no notice") << false;
    QTest::newRow("stderr is a terminal: waiting notice") << true;
}

void TstStoreSafety::aShortWriteWaitsForALongImport()
{
    QFETCH(bool, terminal);
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (terminal && script.isEmpty())
        QSKIP("needs script(1) to give the command a terminal");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(u"shared.sqlite"_s);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    // The writer below runs the binary as the real OS account: Sam is bound to it, so `--as sam` is his session.
    const QString bound = database + u".portfolio.json"_s;
    QVERIFY(boundPortfolio(QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO), bound, u"sam"_s,
                           models::OsAccount::current().account));
    QCOMPARE(runCli(database, {u"import"_s, u"portfolio"_s, bound}).exitCode, 0);
    // Large enough that the import holds the write lock for seconds, well past the one-second notice.
    constexpr int kRows = 1'000'000;
    const QString usage = dir.filePath(u"big.csv"_s);
    writeUsage(usage, kRows);

    QProcess import;
    import.start(kGreenlight, {u"--db"_s, database, u"import"_s, u"usage"_s, usage});
    QVERIFY(import.waitForStarted());
    // Start the short write only once the import holds the lock, so it has to wait for the import's commit.
    QElapsedTimer waited;
    waited.start();
    while (!writeLockHeld(database)) {
        QVERIFY2(import.state() == QProcess::Running, "the import ended before it was seen holding the write lock");
        QVERIFY(waited.elapsed() < 60'000);
        QThread::msleep(5);
    }
    const QStringList approve{u"--db"_s,     database,      u"approve"_s, u"support-reply-draft"_s,
                              u"customer"_s, u"--as"_s,     u"sam"_s,     u"--role"_s,
                              u"security"_s, u"--approve"_s};
    QProcess writer;
    if (terminal) {
        // script(1) runs the command on a pseudo-terminal and copies everything it prints to our stdout.
        QStringList quoted{kGreenlight};
        for (const QString &a : approve)
            quoted.append(u"'"_s + a + u"'"_s);
        writer.start(script, {u"-qefc"_s, quoted.join(u' '), u"/dev/null"_s});
    } else {
        writer.start(kGreenlight, approve);
    }
    QVERIFY(writer.waitForStarted());
    const ProcessRun approved = finish(writer);
    const ProcessRun imported = finish(import);

    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, u"Imported %1: %2 records, %2 new, 0 already stored.\n"_s.arg(usage).arg(kRows));
    QCOMPARE(approved.exitCode, 0);
    const QString line = u"sam approved customer for support-reply-draft as security; customer is now approved."_s;
    if (terminal) {
        // The notice, then the result (the terminal turns \n into \r\n).
        QVERIFY2(approved.out.startsWith(u"greenlight: waiting for another writer…\r\n"_s), qPrintable(approved.out));
        QVERIFY2(approved.out.contains(line), qPrintable(approved.out));
    } else {
        QCOMPARE(approved.err, QString());
        QCOMPARE(approved.out, line + u'\n');
    }
    // The approval committed after the import: it waited rather than failing or slipping in between.
    QCOMPARE(lastEvents(database, 2), (QStringList{u"usage import"_s, u"data_approval approve"_s}));
    QProcess verify;
    verify.start(kGreenlight, {u"--db"_s, database, u"audit"_s, u"verify"_s});
    const ProcessRun verified = finish(verify);
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.startsWith(u"Audit chain intact: 4 events, head hash "_s), qPrintable(verified.out));
}

QStringList TstStoreSafety::asOtherUser(const QStringList &arguments)
{
    if (geteuid() != 0)
        return QStringList{kGreenlight} + arguments;
    // Root may write any file whatever its mode; "nobody" may not, as the kernel decides.
    return QStringList{u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                       u"--"_s,      kGreenlight} +
           arguments;
}

void TstStoreSafety::readOnlyDatabaseServesReadsAndRefusesWrites_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outStart");
    const QString uc = u"support-reply-draft"_s;
    const QString out = u"OUT"_s; // replaced by a file in a folder the reader may write
    const struct {
        const char *name;
        QStringList arguments;
        int exitCode;
        QString outStart;
    } commands[] = {
        {"audit verify", {u"audit"_s, u"verify"_s}, 0, u"Audit chain intact: 3 events, head hash "_s},
        {"gate check", {u"gate"_s, u"check"_s, uc}, 0, u"support-reply-draft · customer-launch: GO"_s},
        {"costs", {u"costs"_s, u"--by"_s, u"tenant"_s, u"--json"_s}, 0, u"[\n  {\n    \"key\": \"acme\""_s},
        {"export portfolio", {u"export"_s, u"portfolio"_s, out}, 0, u"Exported "_s},
        {"export audit-log",
         {u"export"_s, u"audit-log"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, out},
         0,
         u"Exported 3 audit events to "_s},
        {"approve",
         {u"approve"_s, uc, u"customer"_s, u"--as"_s, u"sam"_s, u"--role"_s, u"security"_s, u"--approve"_s},
         2,
         {}},
        {"gate review start", {u"gate"_s, u"review"_s, u"start"_s, uc, u"--as"_s, u"ana"_s}, 2, {}},
        {"import usage", {u"import"_s, u"usage"_s, u"USAGE"_s}, 2, {}},
    };
    for (const bool folder : {false, true}) {
        for (const auto &c : commands)
            QTest::addRow("%s: %s", folder ? "read-only folder" : "read-only file", c.name)
                << folder << c.arguments << c.exitCode << c.outStart;
    }
}

void TstStoreSafety::readOnlyDatabaseServesReadsAndRefusesWrites()
{
    QFETCH(bool, folderReadOnly);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, outStart);
    if (geteuid() == 0 && QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
        QSKIP("running as root without setpriv(1): no way to be a user the file permissions apply to");
    QTemporaryDir dir;
    QTemporaryDir outDir; // where the reader may write its exports
    QVERIFY(dir.isValid() && outDir.isValid());
    QVERIFY(QFile::setPermissions(outDir.path(), QFileDevice::Permissions(0x7777)));
    const QString database = dir.filePath(u"record.sqlite"_s);
    QCOMPARE(runCli(database, {u"init"_s}).exitCode, 0);
    QCOMPARE(runCli(database, {u"import"_s, u"portfolio"_s, QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)}).exitCode, 0);
    const QString usage = outDir.filePath(u"usage.csv"_s);
    QFile csv(usage);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("request_id,time,source,tenant,prompt_tokens,completion_tokens,cost_usd\n"
              "a,2026-11-01T10:00:00Z,gw,acme,100,10,0.25\n");
    csv.close();
    QCOMPARE(runCli(database, {u"import"_s, u"usage"_s, usage}).exitCode, 0);
    // Every connection closed, so the write-ahead log was folded into the file and removed.
    QVERIFY(!QFileInfo::exists(database + u"-wal"_s));

    // Read-only file: r--r--r-- in a folder anyone may write. Read-only folder: a file anyone may write in a
    // folder only its owner (this test) may change. Either way the other user cannot write the record.
    using P = QFileDevice;
    const auto readAll = P::ReadOwner | P::ReadUser | P::ReadGroup | P::ReadOther;
    const auto enterAll = P::ExeOwner | P::ExeUser | P::ExeGroup | P::ExeOther;
    const auto writeAll = P::WriteOwner | P::WriteUser | P::WriteGroup | P::WriteOther;
    QVERIFY(QFile::setPermissions(database, folderReadOnly ? readAll | writeAll : readAll));
    QVERIFY(QFile::setPermissions(dir.path(), folderReadOnly ? readAll | enterAll : readAll | enterAll | writeAll));
    if (geteuid() != 0) { // the owner is the reader: take its own write permission away too
        QVERIFY(QFile::setPermissions(database, folderReadOnly ? readAll | P::WriteOwner | P::WriteUser : readAll));
    }
    const QByteArray before = fileHash(database);

    for (QString &a : arguments) {
        if (a == u"OUT"_s)
            a = outDir.filePath(u"export.out"_s);
        else if (a == u"USAGE"_s)
            a = usage;
    }
    QStringList command = asOtherUser(QStringList{u"--db"_s, database} + arguments);
    QProcess process;
    process.start(command.takeFirst(), command);
    const ProcessRun run = finish(process);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) {
        QCOMPARE(run.err, QString());
        QVERIFY2(run.out.startsWith(outStart), qPrintable(run.out));
    } else {
        const QString reason =
            folderReadOnly
                ? u"its folder %1 is not writable (Permission denied)"_s.arg(QFileInfo(dir.path()).absoluteFilePath())
                : u"the file is not writable (Permission denied)"_s;
        QCOMPARE(run.err, u"greenlight: the database %1 is read-only: %2\n"_s.arg(database, reason));
        QCOMPARE(run.out, QString());
    }
    QCOMPARE(fileHash(database), before);
    if (folderReadOnly) // nothing could be created next to it either
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"record.sqlite"_s});
    QVERIFY(QFile::setPermissions(dir.path(), readAll | enterAll | writeAll)); // so QTemporaryDir can clean up
}

QTEST_GUILESS_MAIN(TstStoreSafety)
#include "tst_storesafety.moc"
