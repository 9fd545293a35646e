// The same storage code against a real PostgreSQL server (started by the CTest fixture in tests/CMakeLists.txt).
#include "../support/badportfolios.h"
#include "../support/why.h"

#include "gate/dataapprovalservice.h"
#include "gate/gatereviewservice.h"
#include "portfolio/evalrunservice.h"
#include "portfolio/portfolioimporter.h"
#include "portfolio/portfoliowriter.h"
#include "portfolio/routeservice.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/portfoliorepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

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
    void tamperedFactRowsFailVerification_data();
    void tamperedFactRowsFailVerification();
    void refusesABadUrl();

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
                                        u"knows up to 6); it was left untouched"_s);
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

void TstPostgres::tamperedFactRowsFailVerification_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("problem");
    QTest::newRow("review decision") << u"UPDATE gate_reviews SET decision = 'no-go' WHERE id = 'review-2026-11-23'"_s
                                     << u"gate_reviews review-2026-11-23: decision is no-go in the table but go in "
                                        u"audit event 6"_s;
    QTest::newRow("approval outcome") << u"UPDATE data_approvals SET decision = 'rejected' WHERE sort_order = 1"_s
                                      << u"data_approvals support-reply-draft/1: decision is rejected in the table but "
                                         u"approved in audit event 2"_s;
    QTest::newRow("sign-off person")
        << u"UPDATE gate_signoffs SET person_id = 'ben' WHERE review_id = 'review-2026-11-23' AND sort_order = 1"_s
        << u"gate_signoffs review-2026-11-23/1: person is ben in the table but sam in audit event 5"_s;
    QTest::newRow("eval pass count")
        << u"UPDATE eval_results SET passed = 60 WHERE run_id = 'run-2026-11-20' AND category = 'normal'"_s
        << u"eval_results support-reply-draft/run-2026-11-20/normal: passed is 60 in the table but 58 in audit "
           u"event 7"_s;
    QTest::newRow("route version")
        << u"UPDATE routes SET version = 5 WHERE id = 'support-draft-fallback' AND version = 2"_s
        << u"routes support-draft-fallback/5: names audit event 8, which does not record this row"_s;
    QTest::newRow("row deleted") << u"DELETE FROM eval_runs WHERE id = 'run-2026-11-20'"_s
                                 << u"eval_runs support-reply-draft/run-2026-11-20: recorded by audit event 7 but "
                                    u"missing from the table"_s;
    QTest::newRow("row inserted")
        << u"INSERT INTO data_approvals (use_case_id, sort_order, data_class, role, person_id, decision, decided_on, "
           u"note) VALUES ('support-reply-draft', 2, 'customer', 'security', 'sam', 'approved', '2026-11-24', '')"_s
        << u"data_approvals support-reply-draft/2: no audit event recorded this row"_s;
}

void TstPostgres::tamperedFactRowsFailVerification()
{
    QFETCH(QString, tamper);
    QFETCH(QString, problem);
    {
        auto db = Database::open(m_url);
        QVERIFY(db.has_value());
        const auto clock = [this] { return m_now; };
        QVERIFY(PortfolioImporter(**db).import(readExample(), u"a.json"_s, u"t"_s, m_now).has_value()); // 1
        QVERIFY(DataApprovalService(**db, clock)
                    .decide(u"support-reply-draft"_s, DataClass::Customer, u"sam"_s, Role::Security,
                            ApprovalDecision::Approved, {})
                    .has_value()); // 2
        GateReviewService reviews(**db, clock);
        const QString id = reviews.start(u"support-reply-draft"_s, {}, u"ana"_s)->id;                  // 3
        QVERIFY(reviews.sign(id, u"ana"_s, Role::Pm, SignoffDecision::Approve, {}).has_value());       // 4
        QVERIFY(reviews.sign(id, u"sam"_s, Role::Security, SignoffDecision::Approve, {}).has_value()); // 5
        QVERIFY(reviews.decide(id, u"ana"_s, GateDecision::Go, {}).has_value());                       // 6
        EvalRun run;
        run.date = QDate(2026, 11, 20);
        run.route = u"support-draft"_s;
        run.routeVersion = 3;
        run.results.insert(EvalCategory::Normal, CategoryResult{60, 58});
        QVERIFY(EvalRunService(**db).record(u"support-reply-draft"_s, run, u"chen"_s, m_now).has_value()); // 7
        Route fallback;
        fallback.id = u"support-draft-fallback"_s;
        fallback.provider = u"anthropic"_s;
        fallback.model = u"claude-haiku"_s;
        QVERIFY(RouteService(**db).addVersion(fallback, u"chen"_s, m_now).has_value()); // 8
        const auto clean = AuditStore(**db).verify();
        QVERIFY2(clean->intact(), qPrintable(clean->stateProblem));
    }
    exec(tamper);
    auto db = Database::open(m_url);
    QVERIFY(db.has_value());
    const auto verification = AuditStore(**db).verify();
    QVERIFY(verification.has_value());
    QVERIFY(verification->chainIntact());
    QCOMPARE(verification->stateProblem, problem);
}

void TstPostgres::refusesABadUrl()
{
    const auto db = Database::open(u"postgresql://greenlight@127.0.0.1:1/"_s);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().toString(),
             u"postgresql://greenlight@127.0.0.1:1/: expected postgresql://user@host:port/database"_s);
}

QTEST_GUILESS_MAIN(TstPostgres)
#include "tst_postgres.moc"
