// The same storage code against a real PostgreSQL server (started by the CTest fixture in tests/CMakeLists.txt).
#include "../support/badportfolios.h"
#include "../support/why.h"

#include "gate/gatereviewservice.h"
#include "portfolio/portfolioimporter.h"
#include "portfolio/portfoliowriter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/portfoliorepository.h"
#include "storage/transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

class TstPostgres final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void migratesAnEmptyDatabase();
    void roundTripsTheExample();
    void failedImportLeavesTheDatabaseAsItWas_data();
    void failedImportLeavesTheDatabaseAsItWas();
    void refusesANewerSchema();
    void reviewsAndAuditChain();
    void refusesABadUrl();
    void concurrentWritersAllAppendToOneChain();

private:
    void exec(const QString &sql);
    QString m_url;
    QDateTime m_now{QDate(2026, 11, 23), QTime(9, 0), Qt::UTC};
};

void TstPostgres::initTestCase()
{
    m_url = qEnvironmentVariable("GREENLIGHT_TEST_PG");
    if (m_url.isEmpty())
        QSKIP("GREENLIGHT_TEST_PG is not set (run through ctest, which starts the server)");
}

void TstPostgres::exec(const QString &sql)
{
    const QUrl url(m_url);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        for (const QString &statement : sql.split(u';', Qt::SkipEmptyParts)) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
}

void TstPostgres::init()
{
    exec(u"DROP SCHEMA public CASCADE; CREATE SCHEMA public"_s);
}

void TstPostgres::migratesAnEmptyDatabase()
{
    auto db = Database::open(m_url);
    QVERIFY2(db.has_value(), why(db).constData());
    QVERIFY((*db)->isPostgres());
    QCOMPARE((*db)->schemaVersion().value(), latestSchemaVersion());
    QCOMPARE((*db)->displayName(), m_url);
}

void TstPostgres::roundTripsTheExample()
{
    auto db = Database::open(m_url);
    QVERIFY(db.has_value());
    const auto summary = PortfolioImporter(**db).import(readExample(), u"example.json"_s, u"tester"_s, m_now);
    QVERIFY2(summary.has_value(), why(summary).constData());
    QCOMPARE(PortfolioWriter::write(PortfolioRepository(**db).load().value()), readExample());
}

void TstPostgres::failedImportLeavesTheDatabaseAsItWas_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const BadPortfolio &bad : badPortfolios())
        QTest::newRow(bad.name) << bad.json;
}

void TstPostgres::failedImportLeavesTheDatabaseAsItWas()
{
    QFETCH(QByteArray, json);
    auto db = Database::open(m_url);
    QVERIFY(db.has_value());
    QVERIFY(PortfolioImporter(**db).import(readExample(), u"a.json"_s, u"t"_s, m_now).has_value());
    QVERIFY(!PortfolioImporter(**db).import(json, u"bad.json"_s, u"t"_s, m_now).has_value());
    QCOMPARE(PortfolioWriter::write(PortfolioRepository(**db).load().value()), readExample());
    QCOMPARE(AuditStore(**db).verify()->count, 1);
}

void TstPostgres::refusesANewerSchema()
{
    QVERIFY(Database::open(m_url).has_value());
    exec(u"UPDATE greenlight_schema SET version = 99"_s);
    auto db = Database::open(m_url);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().toString(), m_url +
                                        u": the database was created by a newer Greenlight (schema 99; this version "
                                        u"knows up to 5); it was left untouched"_s);
}

void TstPostgres::reviewsAndAuditChain()
{
    auto db = Database::open(m_url);
    QVERIFY(db.has_value());
    QVERIFY(PortfolioImporter(**db).import(readExample(), u"a.json"_s, u"t"_s, m_now).has_value());
    GateReviewService reviews(**db, [this] { return m_now; });
    const QString id = reviews.start(u"support-reply-draft"_s, {}, u"ana"_s)->id;
    QVERIFY(reviews.sign(id, u"ana"_s, Role::Pm, SignoffDecision::Approve, {}).has_value());
    QVERIFY(reviews.sign(id, u"sam"_s, Role::Security, SignoffDecision::Approve, {}).has_value());
    QCOMPARE(reviews.decide(id, u"ana"_s, GateDecision::Go, {})->decision,
             std::optional<GateDecision>(GateDecision::Go));
    auto verification = AuditStore(**db).verify();
    QVERIFY(verification->intact());
    QCOMPARE(verification->count, 5);
    exec(u"UPDATE audit_events SET actor = 'mallory' WHERE seq = 3"_s);
    verification = AuditStore(**db).verify();
    QCOMPARE(verification->firstBadSeq, std::optional<qint64>(3));
}

void TstPostgres::refusesABadUrl()
{
    const auto db = Database::open(u"postgresql://greenlight@127.0.0.1:1/"_s);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().toString(),
             u"postgresql://greenlight@127.0.0.1:1/: expected postgresql://user@host:port/database"_s);
}

void TstPostgres::concurrentWritersAllAppendToOneChain()
{
    QVERIFY(Database::open(m_url).has_value()); // migrate once, before the writers race
    constexpr int kWriters = 8;
    constexpr int kAppends = 25;
    std::atomic<int> ready = 0;
    std::vector<QString> failures(kWriters);
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            auto db = Database::open(m_url); // one connection per thread, used only there
            ++ready;
            while (ready < kWriters) // start together, so the appends really interleave
                std::this_thread::yield();
            if (!db) {
                failures[w] = db.error().toString();
                return;
            }
            for (int i = 0; i < kAppends && failures[w].isEmpty(); ++i) {
                Transaction tx(**db);
                auto appended = tx.started()
                                    ? AuditStore(**db).append(AuditEntry{u"writer-%1"_s.arg(w), u"test"_s,
                                                                         u"%1/%2"_s.arg(w).arg(i), u"append"_s, "{}"},
                                                              QDateTime::currentDateTimeUtc())
                                    : Result<AuditEvent>(std::unexpected(tx.started().error()));
                const Status committed = appended ? tx.commit() : Status(std::unexpected(appended.error()));
                if (!committed)
                    failures[w] = committed.error().toString();
            }
        });
    }
    for (std::thread &t : writers)
        t.join();
    for (int w = 0; w < kWriters; ++w)
        QVERIFY2(failures[w].isEmpty(), qPrintable(u"writer %1: %2"_s.arg(w).arg(failures[w])));
    auto db = Database::open(m_url);
    QVERIFY(db.has_value());
    const auto verification = AuditStore(**db).verify();
    QVERIFY(verification.has_value());
    QVERIFY(verification->intact());
    QCOMPARE(verification->count, qint64(kWriters * kAppends));
}

QTEST_GUILESS_MAIN(TstPostgres)
#include "tst_postgres.moc"
