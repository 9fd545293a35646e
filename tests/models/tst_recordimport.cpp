#include "../support/actor.h"
#include "../support/dbsnapshot.h"
#include "../support/testdatabase.h"
#include "../support/why.h"

#include "portfolio/portfolioreader.h"
#include "storage/database.h"
#include "storage/rollupqueries.h"
#include "usage/demousagegenerator.h"
#include "usage/recordfilereader.h"
#include "usage/recordimporter.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

Q_DECLARE_METATYPE(greenlight::models::RecordFileReader::Format)

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader = "request_id,time,source,provider,model,tenant,use_case,prompt_tokens,completion_tokens,cost_"
                           "usd,latency_ms,status\n";

AuditEntry audit()
{
    return AuditEntry{as(u"tester"_s), u"usage"_s, u"*"_s, u"import"_s, "{}"};
}

} // namespace

class TstRecordImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void parsesTimes_data();
    void parsesTimes();
    void parsesCosts_data();
    void parsesCosts();
    void readsQuotedCsv();
    void textIsStoredAsRead_data();
    void textIsStoredAsRead();
    void duplicatesWithinAFileKeepTheFirst();
    void newRecordsGoStraightInAndTheRestThroughStaging();
    void totalsNearTheLimitAreDecidedRecordByRecord();
    void rejectsBadRows_data();
    void rejectsBadRows();
    void badRowLeavesNothingBehind();
    void failureJustBeforeCommitLeavesTheDatabaseAsItWas();
    void importIsIdempotent();
    void rollupsEqualRawRecordsToTheCent();
    void aMillionFineCostsSumToTheNanoDollar();
    void readsJsonLines();
    void aSlowPipeIsReadToItsEnd_data();
    void aSlowPipeIsReadToItsEnd();
    void readsFeedbackAndItsRollup();
    void demoTrafficIsDeterministic();

private:
    Result<RecordImportSummary> importCsv(const QByteArray &csv, const QString &source = {},
                                          qsizetype flushKeys = RecordImporter::defaultRollupFlushKeys);
    qint64 scalar(const QString &sql);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TstRecordImport::init()
{
    m_db.reset(); // the server's schema is emptied below: no connection may hold it
    const QString location = freshTestDatabase(m_dir);
    QVERIFY(!location.isEmpty());
    auto db = Database::open(location);
    QVERIFY2(db.has_value(), why(db).constData());
    m_db = std::move(*db);
}

Result<RecordImportSummary> TstRecordImport::importCsv(const QByteArray &csv, const QString &source,
                                                       qsizetype flushKeys)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    RecordFileReader reader(buffer, RecordFileReader::Format::Csv, RecordFileReader::Kind::Usage, source);
    RecordImporter importer(*m_db);
    importer.setRollupFlushKeys(flushKeys);
    return importer.importUsage(reader, audit());
}

qint64 TstRecordImport::scalar(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TstRecordImport::parsesTimes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("utc") << QByteArray("2026-11-01T10:00:00Z") << qint64(1793527200000);
    QTest::newRow("millis") << QByteArray("2026-11-01T10:00:00.250Z") << qint64(1793527200250);
    QTest::newRow("micros truncated") << QByteArray("2026-11-01T10:00:00.123456Z") << qint64(1793527200123);
    QTest::newRow("offset") << QByteArray("2026-11-01T11:30:00+01:30") << qint64(1793527200000);
    QTest::newRow("negative offset") << QByteArray("2026-11-01T05:00:00-0500") << qint64(1793527200000);
    QTest::newRow("space, no zone is UTC") << QByteArray("2026-11-01 10:00:00") << qint64(1793527200000);
    QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << qint64(1709164800000);
    QTest::newRow("bad month") << QByteArray("2026-13-01T10:00:00Z") << qint64(-1);
    QTest::newRow("bad day") << QByteArray("2026-02-30T10:00:00Z") << qint64(-1);
    QTest::newRow("bad hour") << QByteArray("2026-11-01T24:00:00Z") << qint64(-1);
    QTest::newRow("date only") << QByteArray("2026-11-01") << qint64(-1);
    QTest::newRow("trailing text") << QByteArray("2026-11-01T10:00:00Zx") << qint64(-1);
    QTest::newRow("words") << QByteArray("yesterday") << qint64(-1);
}

void TstRecordImport::parsesTimes()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ms);
    QCOMPARE(RecordFileReader::parseTimeMs(text).value_or(-1), ms);
}

void TstRecordImport::parsesCosts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("nanos");
    QTest::newRow("tiny") << QByteArray("0.00042") << qint64(420'000);
    QTest::newRow("a 10-token embedding call") << QByteArray("0.0000002") << qint64(200);
    QTest::newRow("cents") << QByteArray("12.43") << qint64(12'430'000'000);
    QTest::newRow("exponent") << QByteArray("4.2e-4") << qint64(420'000);
    QTest::newRow("ten decimals, half to even") << QByteArray("0.0000000025") << qint64(2);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("text") << QByteArray("abc") << qint64(-1);
    QTest::newRow("huge") << QByteArray("1e300") << qint64(-1);
}

void TstRecordImport::parsesCosts()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, nanos);
    QCOMPARE(RecordFileReader::parseCost(text).value_or(-1), nanos);
}

void TstRecordImport::readsQuotedCsv()
{
    const auto summary = importCsv(kHeader + "\"r,1\",2026-11-01T10:00:00Z,gw,openai,gpt-4o-mini,\"Acme \"\"EU\"\"\","
                                             "\"multi\nline\",1,2,0.5,,\r\n");
    QVERIFY2(summary.has_value(), why(summary).constData());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT request_id, tenant, use_case, latency_ms FROM usage_records"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"r,1"_s);
    QCOMPARE(q.value(1).toString(), u"Acme \"EU\""_s);
    QCOMPARE(q.value(2).toString(), u"multi\nline"_s);
    QVERIFY(q.value(3).isNull());
}

void TstRecordImport::textIsStoredAsRead_data()
{
    // What COPY's text format escapes (PostgreSQL's bulk path), and what SQLite takes as it is.
    QTest::addColumn<QByteArray>("field"); // as written in the CSV
    QTest::addColumn<QString>("stored");
    QTest::newRow("tab") << QByteArray("\"a\tb\"") << u"a\tb"_s;
    QTest::newRow("backslash") << QByteArray("a\\b\\") << u"a\\b\\"_s;
    QTest::newRow("backslash n") << QByteArray("\\N") << u"\\N"_s;
    QTest::newRow("newline") << QByteArray("\"a\nb\"") << u"a\nb"_s;
    QTest::newRow("carriage return") << QByteArray("\"a\rb\"") << u"a\rb"_s;
    QTest::newRow("non-ASCII") << QByteArray("z\xc3\xbcrich-\xe2\x82\xac") << u"zürich-€"_s;
    QTest::newRow("empty") << QByteArray("") << QString();
}

void TstRecordImport::textIsStoredAsRead()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, stored);
    const auto summary = importCsv(kHeader + "r1,2026-11-01T10:00:00Z,gw,openai,m," + field + ",u,1,2,0.5,,\n");
    QVERIFY2(summary.has_value(), why(summary).constData());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT tenant FROM usage_records"_s) && q.next());
    QCOMPARE(q.value(0).toString(), stored);
    QVERIFY(!q.value(0).isNull());
    QVERIFY(q.exec(u"SELECT tenant FROM usage_daily"_s) && q.next());
    QCOMPARE(q.value(0).toString(), stored);
}

void TstRecordImport::duplicatesWithinAFileKeepTheFirst()
{
    const auto summary = importCsv(kHeader + "r1,2026-11-01T10:00:00Z,gw,o,m,first,u,1,1,0.01,,\n"
                                             "r1,2026-11-02T10:00:00Z,gw,o,m,second,u,1,1,0.02,,\n"
                                             "r2,2026-11-02T10:00:00Z,gw,o,m,second,u,1,1,0.03,,\n");
    QVERIFY2(summary.has_value(), why(summary).constData());
    QCOMPARE(summary->read, 3);
    QCOMPARE(summary->added, 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_records WHERE tenant = 'first'"_s), 1);
    QCOMPARE(scalar(u"SELECT SUM(cost_nanos) FROM usage_daily"_s), 40'000'000);
    QCOMPARE(scalar(u"SELECT SUM(requests) FROM usage_daily WHERE tenant = 'second'"_s), 1);
}

namespace {

/// @p count usage records "PREFIXn" on 2026-11-01, tenant t, one nano-dollar each.
QByteArray usageRows(const QByteArray &prefix, int from, int count)
{
    QByteArray csv;
    for (int i = from; i < from + count; ++i)
        csv += prefix + QByteArray::number(i) + ",2026-11-01T10:00:00Z,gw,o,m,t,u,1,1,0.000000001,,\n";
    return csv;
}

} // namespace

void TstRecordImport::newRecordsGoStraightInAndTheRestThroughStaging()
{
    // On PostgreSQL an input of new records is copied straight into usage_records; one that holds a stored record
    // is read again through the staging table (which this session then has). Both give the same counts and
    // rollups, as on SQLite.
    const auto stagingExists = [this] {
        return scalar(u"SELECT COUNT(*) FROM pg_tables WHERE tablename = 'greenlight_usage_staging'"_s) == 1;
    };
    const auto fresh = importCsv(kHeader + usageRows("a", 0, 5000));
    QVERIFY2(fresh.has_value(), why(fresh).constData());
    QCOMPARE(fresh->read, 5000);
    QCOMPARE(fresh->added, 5000);
    if (onPostgres())
        QVERIFY2(!stagingExists(), "new records went through the staging table");
    // The first record is stored already: the server refuses the COPY at once, and the staging path keeps the new.
    const auto overlapping = importCsv(kHeader + usageRows("a", 4999, 6000));
    QVERIFY2(overlapping.has_value(), why(overlapping).constData());
    QCOMPARE(overlapping->read, 6000);
    QCOMPARE(overlapping->added, 5999);
    if (onPostgres())
        QVERIFY(stagingExists());
    // An input that cannot be read twice goes through the staging table from the start.
    const QByteArray piped = kHeader + usageRows("b", 0, 300) + usageRows("a", 0, 2);
    int ends[2] = {-1, -1};
    QCOMPARE(::pipe(ends), 0);
    QCOMPARE(::write(ends[1], piped.constData(), size_t(piped.size())), ssize_t(piped.size())); // < 64 KB
    ::close(ends[1]);
    QFile pipe;
    QVERIFY(pipe.open(ends[0], QIODevice::ReadOnly, QFileDevice::AutoCloseHandle));
    QVERIFY(pipe.isSequential());
    RecordFileReader reader(pipe, RecordFileReader::Format::Csv, RecordFileReader::Kind::Usage, {});
    const auto fromPipe = RecordImporter(*m_db).importUsage(reader, audit());
    QVERIFY2(fromPipe.has_value(), why(fromPipe).constData());
    QCOMPARE(fromPipe->read, 302);
    QCOMPARE(fromPipe->added, 300);
    // Records and every rollup agree: 11,299 records of one nano-dollar.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_records"_s), 11'299);
    for (const QString &rollup :
         {u"usage_daily"_s, u"usage_daily_model"_s, u"usage_daily_tenant"_s, u"usage_daily_use_case_tenant"_s}) {
        QCOMPARE(scalar(u"SELECT SUM(cost_nanos) FROM %1"_s.arg(rollup)), 11'299);
        QCOMPARE(scalar(u"SELECT SUM(requests) FROM %1"_s.arg(rollup)), 11'299);
    }
}

void TstRecordImport::totalsNearTheLimitAreDecidedRecordByRecord()
{
    // 9000 records of 10^15 tokens (the most one may hold) are stored. A file that holds them all again and one new
    // record fits: only the new one counts, though all of them together would pass 2^63 − 1 (PostgreSQL's bulk path
    // must not refuse it on that sum). 9223 × 10^15 fits and the 9224th does not: it is named by its line.
    const auto records = [](int from, int to) {
        QByteArray csv;
        for (int i = from; i < to; ++i)
            csv += "r" + QByteArray::number(i) + ",2026-11-01T10:00:00Z,gw,o,m,t,u,1000000000000000,0,0,,\n";
        return csv;
    };
    const auto first = importCsv(kHeader + records(0, 9000));
    QVERIFY2(first.has_value(), why(first).constData());
    const auto again = importCsv(kHeader + records(0, 9001));
    QVERIFY2(again.has_value(), why(again).constData());
    QCOMPARE(again->added, 1);
    QCOMPARE(scalar(u"SELECT SUM(prompt_tokens) FROM usage_daily"_s), 9'001'000'000'000'000'000);
    const auto over = importCsv(kHeader + records(0, 9224));
    QVERIFY2(!over.has_value(), "the import succeeded, but the total would pass 64 bits");
    QCOMPARE(over.error().toString(), u"line 9225: prompt_tokens: the total of all usage would pass "
                                      u"9223372036854775807, the largest total that stays exact"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_records"_s), 9001);
}

void TstRecordImport::rejectsBadRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    const QByteArray good = "r1,2026-11-01T10:00:00Z,gw,openai,gpt-4o-mini,acme,uc,10,5,0.01,100,success\n";
    QTest::newRow("bad time") << kHeader + good + "r2,2026-11-31T10:00:00Z,gw,o,m,t,u,1,1,0.1,1,success\n"
                              << u"line 3: time: \"2026-11-31T10:00:00Z\" is not an ISO 8601 time"_s;
    QTest::newRow("negative tokens") << kHeader + good + good + "r3,2026-11-01T10:00:00Z,gw,o,m,t,u,-5,1,0.1,1,\n"
                                     << u"line 4: prompt_tokens: -5 is out of range (0 to 10^15)"_s;
    QTest::newRow("fractional tokens") << kHeader + "r1,2026-11-01T10:00:00Z,gw,o,m,t,u,1.5,1,0.1,1,\n"
                                       << u"line 2: prompt_tokens: \"1.5\" is not a whole number"_s;
    QTest::newRow("cost is text") << kHeader + "r1,2026-11-01T10:00:00Z,gw,o,m,t,u,1,1,cheap,1,\n"
                                  << u"line 2: cost_usd: \"cheap\" is not an amount in USD (0 or more)"_s;
    QTest::newRow("missing request id") << kHeader + ",2026-11-01T10:00:00Z,gw,o,m,t,u,1,1,0.1,1,\n"
                                        << u"line 2: request_id: is required"_s;
    QTest::newRow("missing cost") << kHeader + "r1,2026-11-01T10:00:00Z,gw,o,m,t,u,1,1,,1,\n"
                                  << u"line 2: cost_usd: is required"_s;
    QTest::newRow("too few fields") << kHeader + "r1,2026-11-01T10:00:00Z,gw\n"
                                    << u"line 2: 3 fields, but the header has 12"_s;
    QTest::newRow("unknown column")
        << QByteArray("request_id,when\n")
        << u"line 1: unknown column \"when\" (expected: request_id, time, source, provider, "
           u"model, tenant, use_case, prompt_tokens, completion_tokens, cost_usd, "
           u"latency_ms, status)"_s;
    QTest::newRow("unterminated quote") << kHeader + good + "\"r2,2026\n" << u"line 3: unterminated quoted field"_s;
    QTest::newRow("no source") << QByteArray("request_id,time,prompt_tokens,completion_tokens,cost_usd\n"
                                             "r1,2026-11-01T10:00:00Z,1,1,0.1\n")
                               << u"line 2: source: is required (or give --source)"_s;
}

void TstRecordImport::rejectsBadRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    const auto summary = importCsv(csv);
    QVERIFY2(!summary.has_value(), "the import succeeded, but an error was expected");
    QCOMPARE(summary.error().toString(), error);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_records"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_daily"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_events"_s), 0);
}

void TstRecordImport::badRowLeavesNothingBehind()
{
    // The rollup is flushed to the database every 1,000 keys, several times before the bad row comes.
    QByteArray csv = "request_id,time,tenant,prompt_tokens,completion_tokens,cost_usd\n";
    for (int i = 0; i < 5'000; ++i)
        csv += "r" + QByteArray::number(i) + ",2026-11-01T10:00:00Z,t" + QByteArray::number(i) + ",1,1,0.01\n";
    csv += "bad,2026-11-01T10:00:00Z,t,1,1,-1\n";
    const auto summary = importCsv(csv, u"gw"_s, 1'000);
    QVERIFY2(!summary.has_value(), "the import succeeded, but an error was expected");
    QCOMPARE(summary.error().toString(), u"line 5002: cost_usd: \"-1\" is not an amount in USD (0 or more)"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_records"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_daily"_s), 0);
}

void TstRecordImport::failureJustBeforeCommitLeavesTheDatabaseAsItWas()
{
    // Something is stored already: the rollback must keep it, not only leave the new rows out.
    const auto first = importCsv(kHeader + "r1,2026-11-01T10:00:00Z,gw,o,m,acme,u,10,5,0.01,100,success\n");
    QVERIFY2(first.has_value(), why(first).constData());
    const DatabaseSnapshot before = snapshot(m_db->connection());
    QCOMPARE(before.rowCounts.value(u"usage_records"_s), 1);
    QCOMPARE(before.rowCounts.value(u"usage_daily"_s), 1);
    QCOMPARE(before.rowCounts.value(u"audit_events"_s), 1);

    // 1,000 new records over ten days, rollups flushed every 3 keys; the sync's before-commit hook then fails.
    QByteArray csv = kHeader;
    for (int i = 0; i < 1000; ++i)
        csv += "n" + QByteArray::number(i) + ",2026-11-" + QByteArray::number(10 + i % 10) +
               "T10:00:00Z,gw,o,m,acme,u,10,5,0.01,100,success\n";
    QBuffer buffer;
    buffer.setData(csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    RecordFileReader reader(buffer, RecordFileReader::Format::Csv, RecordFileReader::Kind::Usage, {});
    RecordImporter importer(*m_db);
    importer.setRollupFlushKeys(3);
    qint64 recordsInside = -1;
    qint64 rollupsInside = -1;
    qint64 eventsInside = -1;
    importer.setBeforeCommit([&]() -> Status {
        // Everything was written inside the transaction by now...
        recordsInside = scalar(u"SELECT COUNT(*) FROM usage_records"_s);
        rollupsInside = scalar(u"SELECT COUNT(*) FROM usage_daily"_s);
        eventsInside = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
        return fail(u"test"_s, u"injected failure before commit"_s);
    });
    const auto summary = importer.importUsage(reader, audit());
    QVERIFY2(!summary.has_value(), "the import succeeded, but the hook failed it");
    QCOMPARE(summary.error().toString(), u"test: injected failure before commit"_s);
    QCOMPARE(recordsInside, 1001);
    QCOMPARE(rollupsInside, 11);
    QCOMPARE(eventsInside, 2);
    // ...and nothing of it is left.
    QCOMPARE(snapshot(m_db->connection()), before);
}

void TstRecordImport::importIsIdempotent()
{
    const QByteArray csv = kHeader + "r1,2026-11-01T10:00:00Z,gw,o,m,acme,u,10,5,0.01,100,success\n"
                                     "r2,2026-11-01T11:00:00Z,gw,o,m,acme,u,10,5,0.02,100,failure\n";
    auto first = importCsv(csv, {}, 1); // flush after every key: rollups add up across flushes
    QVERIFY2(first.has_value(), why(first).constData());
    QCOMPARE(first->read, 2);
    QCOMPARE(first->added, 2);
    auto second = importCsv(csv + "r3,2026-11-02T11:00:00Z,gw,o,m,acme,u,1,1,0.03,,\n");
    QVERIFY2(second.has_value(), why(second).constData());
    QCOMPARE(second->read, 3);
    QCOMPARE(second->added, 1);
    QCOMPARE(scalar(u"SELECT SUM(requests) FROM usage_daily"_s), 3);
    QCOMPARE(scalar(u"SELECT SUM(cost_nanos) FROM usage_daily"_s), 60'000'000);
    QCOMPARE(scalar(u"SELECT SUM(errors) FROM usage_daily"_s), 1);
    QCOMPARE(scalar(u"SELECT SUM(latency_count) FROM usage_daily"_s), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'usage'"_s), 2);
}

void TstRecordImport::rollupsEqualRawRecordsToTheCent()
{
    QFile file(QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/demo/portfolio.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const auto portfolio = PortfolioReader::read(file.readAll());
    QVERIFY2(portfolio.has_value(), why(portfolio).constData());
    const DemoUsage demo = DemoUsageGenerator::generate(*portfolio, QDate(2026, 11, 23), 30);
    const auto imported = RecordImporter(*m_db).importUsage(demo.usage, audit());
    QVERIFY2(imported.has_value(), why(imported).constData());
    // Sums computed independently from the generated records.
    QHash<QByteArray, qint64> byTenant;
    qint64 total = 0;
    for (const UsageRecord &r : demo.usage) {
        byTenant[r.tenant] += r.costNanos;
        total += r.costNanos;
    }
    const auto rows = RollupQueries(*m_db).costs(CostDimension::Tenant, {}, {});
    QVERIFY2(rows.has_value(), why(rows).constData());
    QCOMPARE(rows->size(), byTenant.size());
    for (const CostRow &row : *rows)
        QCOMPARE(row.costNanos, byTenant.value(row.key.toUtf8()));
    QCOMPARE(scalar(u"SELECT SUM(cost_nanos) FROM usage_records"_s), total);
    QCOMPARE(scalar(u"SELECT SUM(cost_nanos) FROM usage_daily"_s), total);
    // Cost descending, ties by key.
    for (qsizetype i = 1; i < rows->size(); ++i)
        QVERIFY((*rows)[i - 1].costNanos >= (*rows)[i].costNanos);
    const auto oneDay = RollupQueries(*m_db).costs(CostDimension::Day, QDate(2026, 11, 20), QDate(2026, 11, 20));
    QVERIFY2(oneDay.has_value(), why(oneDay).constData());
    QCOMPARE(oneDay->size(), 1);
    QCOMPARE(oneDay->first().key, u"2026-11-20"_s);
    const auto empty = RollupQueries(*m_db).costs(CostDimension::Model, QDate(2020, 1, 1), QDate(2020, 1, 31));
    QVERIFY2(empty.has_value(), why(empty).constData());
    QCOMPARE(empty->size(), 0);
}

void TstRecordImport::aMillionFineCostsSumToTheNanoDollar()
{
    // A million records, half with 8 decimals and half with 9, over seven tenants. The expected totals are summed
    // here from the decimal digits as integers, never through a binary fraction.
    constexpr int kRows = 1'000'000;
    QByteArray csv = "request_id,time,tenant,prompt_tokens,completion_tokens,cost_usd\n";
    csv.reserve(kRows * 48);
    QHash<QByteArray, qint64> expected;
    char cost[32];
    for (int i = 0; i < kRows; ++i) {
        const QByteArray tenant = "t" + QByteArray::number(i % 7);
        qint64 nanos = 0;
        if (i % 2 == 0) {
            const qint64 digits = (qint64(i) * 7919) % 100'000'000; // 8 decimals: 0.0xxxxxxx
            std::snprintf(cost, sizeof cost, "0.%08lld", static_cast<long long>(digits));
            nanos = digits * 10;
        } else {
            const qint64 digits = (qint64(i) * 104'729) % 1'000'000'000; // 9 decimals
            std::snprintf(cost, sizeof cost, "0.%09lld", static_cast<long long>(digits));
            nanos = digits;
        }
        expected[tenant] += nanos;
        csv += "r" + QByteArray::number(i) + ",2026-11-01T10:00:00Z," + tenant + ",1,1," + QByteArray(cost) + "\n";
    }
    const auto summary = importCsv(csv, u"gw"_s);
    QVERIFY2(summary.has_value(), why(summary).constData());
    QCOMPARE(summary->added, kRows);
    const auto rows = RollupQueries(*m_db).costs(CostDimension::Tenant, {}, {});
    QVERIFY2(rows.has_value(), why(rows).constData());
    QCOMPARE(rows->size(), 7);
    for (const CostRow &row : *rows)
        QCOMPARE(row.costNanos, expected.value(row.key.toUtf8()));
}

void TstRecordImport::readsJsonLines()
{
    QBuffer buffer;
    buffer.setData(
        "{\"request_id\":\"a\",\"time\":\"2026-11-01T10:00:00Z\",\"source\":\"gw\",\"prompt_tokens\":800,"
        "\"completion_tokens\":96,\"cost_usd\":0.00042,\"latency_ms\":1290,\"status\":null}\n\n"
        "{\"request_id\":\"b\",\"time\":\"2026-11-01T10:00:00Z\",\"source\":\"gw\",\"prompt_tokens\":\"x\"}\n");
    buffer.open(QIODevice::ReadOnly);
    QCOMPARE(RecordFileReader::detectFormat(u"usage.jsonl"_s, buffer), RecordFileReader::Format::JsonLines);
    RecordFileReader reader(buffer, RecordFileReader::Format::JsonLines, RecordFileReader::Kind::Usage, {});
    UsageRecord r;
    QVERIFY(reader.next(r));
    QCOMPARE(r.costNanos, 420'000);
    QCOMPARE(r.promptTokens, 800);
    QCOMPARE(r.latencyMs, std::optional<qint64>(1290));
    QVERIFY(!reader.next(r));
    QVERIFY(reader.error().has_value());
    QCOMPARE(reader.error()->toString(), u"line 3: prompt_tokens: \"x\" is not a whole number"_s);
}

void TstRecordImport::aSlowPipeIsReadToItsEnd_data()
{
    QTest::addColumn<RecordFileReader::Format>("format");
    QTest::newRow("CSV") << RecordFileReader::Format::Csv;
    QTest::newRow("JSON Lines") << RecordFileReader::Format::JsonLines;
}

void TstRecordImport::aSlowPipeIsReadToItsEnd()
{
    // `zcat usage.csv.gz | greenlight import usage /dev/stdin`: the producer pauses mid-file. The reader used to
    // take the moment nothing was buffered for the end and import the first few hundred records as if that were all.
    QFETCH(RecordFileReader::Format, format);
    const bool csv = format == RecordFileReader::Format::Csv;
    QByteArray data = csv ? kHeader : QByteArray();
    for (int i = 0; i < 3000; ++i)
        data += csv ? QByteArray("r" + QByteArray::number(i) + ",2026-11-01T10:00:00Z,gw,o,m,t,u,1,1,0.01,,\n")
                    : QByteArray("{\"request_id\":\"r" + QByteArray::number(i) +
                                 "\",\"time\":\"2026-11-01T10:00:00Z\",\"source\":\"gw\",\"prompt_tokens\":1,"
                                 "\"completion_tokens\":1,\"cost_usd\":0.01}\n");
    int ends[2] = {-1, -1};
    QCOMPARE(::pipe(ends), 0);
    // Half, a pause, the rest: more than a pipe holds, so the writer runs beside the import.
    std::thread producer([&data, writeEnd = ends[1]] {
        const qsizetype half = data.size() / 2;
        (void)!::write(writeEnd, data.constData(), size_t(half));
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        (void)!::write(writeEnd, data.constData() + half, size_t(data.size() - half));
        ::close(writeEnd);
    });
    QFile pipe;
    QVERIFY(pipe.open(ends[0], QIODevice::ReadOnly, QFileDevice::AutoCloseHandle));
    RecordFileReader reader(pipe, format, RecordFileReader::Kind::Usage, {});
    const auto summary = RecordImporter(*m_db).importUsage(reader, audit());
    // A reader that stopped early must not leave the writer blocked on a full pipe: closing our end fails its write
    // (EPIPE, with SIGPIPE ignored) and the test reports the shortfall instead of hanging.
    const auto previous = std::signal(SIGPIPE, SIG_IGN);
    pipe.close();
    producer.join();
    std::signal(SIGPIPE, previous);
    QVERIFY2(summary.has_value(), why(summary).constData());
    QCOMPARE(summary->read, 3000);
    QCOMPARE(scalar(u"SELECT SUM(requests) FROM usage_daily"_s), 3000);
}

void TstRecordImport::readsFeedbackAndItsRollup()
{
    QBuffer buffer;
    buffer.setData("time,use_case,tenant,request_id,outcome\n"
                   "2026-11-01T10:00:00Z,support,acme,r1,edited\n"
                   "2026-11-01T11:00:00Z,support,acme,r2,accepted\n"
                   "2026-11-01T12:00:00Z,support,,,rejected\n"
                   "2026-11-02T12:00:00Z,support,acme,r3,edited\n");
    buffer.open(QIODevice::ReadOnly);
    RecordFileReader reader(buffer, RecordFileReader::Format::Csv, RecordFileReader::Kind::Feedback, {});
    const auto summary = RecordImporter(*m_db).importFeedback(reader, audit());
    QVERIFY2(summary.has_value(), why(summary).constData());
    QCOMPARE(summary->added, 4);
    QCOMPARE(scalar(u"SELECT edited FROM feedback_daily WHERE tenant = 'acme' AND day = 20758"_s), 1); // 2026-11-01
    QCOMPARE(scalar(u"SELECT SUM(edited) FROM feedback_daily"_s), 2);
    QCOMPARE(scalar(u"SELECT SUM(rejected) FROM feedback_daily"_s), 1);

    QBuffer bad;
    bad.setData("time,use_case,tenant,request_id,outcome\n2026-11-01T10:00:00Z,support,acme,r1,loved\n");
    bad.open(QIODevice::ReadOnly);
    RecordFileReader badReader(bad, RecordFileReader::Format::Csv, RecordFileReader::Kind::Feedback, {});
    const auto rejected = RecordImporter(*m_db).importFeedback(badReader, audit());
    QVERIFY(!rejected.has_value());
    QCOMPARE(rejected.error().toString(),
             u"line 2: outcome: unknown outcome \"loved\" (expected: accepted, edited, rejected)"_s);
}

void TstRecordImport::demoTrafficIsDeterministic()
{
    Portfolio portfolio;
    UseCase u;
    u.id = u"support-reply-draft"_s;
    u.audience = Audience::Customer;
    u.status = LifecycleStatus::Pilot;
    u.route = u"r"_s;
    portfolio.useCases = {u};
    portfolio.routes = {Route{u"r"_s, 1, u"openai"_s, u"gpt-4o-mini"_s, Endpoint::Live, {}, {}, {}, {}}};
    const DemoUsage a = DemoUsageGenerator::generate(portfolio, QDate(2026, 11, 23), 14);
    const DemoUsage b = DemoUsageGenerator::generate(portfolio, QDate(2026, 11, 23), 14);
    QCOMPARE(a.usage.size(), b.usage.size());
    QVERIFY(a.usage.size() > 14 * 100);
    QCOMPARE(a.usage.last().requestId, b.usage.last().requestId);
    QCOMPARE(a.usage.last().costNanos, b.usage.last().costNanos);
    QCOMPARE(a.feedback.size(), b.feedback.size());
    QCOMPARE(epochDay(a.usage.first().occurredAtMs),
             QDate(2026, 11, 10).toJulianDay() - QDate(1970, 1, 1).toJulianDay());
}

QTEST_GUILESS_MAIN(TstRecordImport)
#include "tst_recordimport.moc"
