// The same storage code against a real PostgreSQL server (started by the CTest fixture in tests/CMakeLists.txt).
#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/dbsnapshot.h"
#include "../support/postgresadmin.h"
#include "../support/why.h"

#include "gate/dataapprovalservice.h"
#include "gate/gatereviewservice.h"
#include "portfolio/evalrunservice.h"
#include "portfolio/portfolioimporter.h"
#include "portfolio/portfolioreader.h"
#include "portfolio/portfoliowriter.h"
#include "portfolio/routeservice.h"
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
    void failureInsideTheImportTransactionLeavesTheDatabaseAsItWas_data();
    void failureInsideTheImportTransactionLeavesTheDatabaseAsItWas();
    void refusesANewerSchema();
    void reviewsAndAuditChain();
    void tamperedFactRowsFailVerification_data();
    void tamperedFactRowsFailVerification();
    void refusesABadUrl();
    void concurrentWritersAllAppendToOneChain();

private:
    void exec(const QString &sql) { exec(sql.split(u';', Qt::SkipEmptyParts)); }
    void exec(const QStringList &statements);
    QString m_url;
    QDateTime m_now{QDate(2026, 11, 23), QTime(9, 0), Qt::UTC};
};

void TstPostgres::initTestCase()
{
    m_url = qEnvironmentVariable("GREENLIGHT_TEST_PG");
    if (m_url.isEmpty())
        QFAIL("GREENLIGHT_TEST_PG is not set: run through ctest (tests/support/with-postgres.sh starts the server)");
}

void TstPostgres::exec(const QStringList &statements)
{
    const QString error = execOnServer(m_url, statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstPostgres::init()
{
    const QString error = resetServer(m_url);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstPostgres::migratesAnEmptyDatabase()
{
    auto db = Database::open(m_url);
    QVERIFY2(db.has_value(), why(db).constData());
    QVERIFY((*db)->isPostgres());
    QCOMPARE((*db)->schemaVersion().value_or(-1), latestSchemaVersion());
    QCOMPARE((*db)->displayName(), m_url);
}

void TstPostgres::roundTripsTheExample()
{
    auto db = Database::open(m_url);
    QVERIFY2(db.has_value(), why(db).constData());
    const auto summary = PortfolioImporter(**db).import(readExample(), u"example.json"_s, as(u"tester"_s), m_now);
    QVERIFY2(summary.has_value(), why(summary).constData());
    const auto loaded = PortfolioRepository(**db).load();
    QVERIFY2(loaded.has_value(), why(loaded).constData());
    QCOMPARE(PortfolioWriter::write(*loaded), readExample());
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
    QVERIFY2(db.has_value(), why(db).constData());
    const auto example = PortfolioImporter(**db).import(readExample(), u"a.json"_s, as(u"t"_s), m_now);
    QVERIFY2(example.has_value(), why(example).constData());
    const DatabaseSnapshot before = snapshot((*db)->connection());
    QVERIFY(!PortfolioImporter(**db).import(json, u"bad.json"_s, as(u"t"_s), m_now).has_value());
    QCOMPARE(snapshot((*db)->connection()), before);
    const auto loaded = PortfolioRepository(**db).load();
    QVERIFY2(loaded.has_value(), why(loaded).constData());
    QCOMPARE(PortfolioWriter::write(*loaded), readExample());
    const auto verification = AuditStore(**db).verify();
    QVERIFY2(verification.has_value(), why(verification).constData());
    QCOMPARE(verification->count, 1);
}

void TstPostgres::failureInsideTheImportTransactionLeavesTheDatabaseAsItWas_data()
{
    // The cases of tst_database, in PostgreSQL's dialect: each file passes the reader and is refused by the
    // server part-way through PortfolioRepository::replace().
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unique index the reader cannot see")
        << QStringList{u"CREATE UNIQUE INDEX test_template_names ON gate_templates (name)"_s}
        << jsonWith(readDemo(), "gate_templates/2/name", u"Internal pilot"_s)
        << u"duplicate key value violates unique constraint \"test_template_names\""_s;
    // The stored demo with one tenant renamed: it keeps every recorded fact, so the history guard lets it through;
    // the tenants are state, replaced as a whole, and a row outside the portfolio's tables still references one.
    QTest::newRow("foreign key from a row the import does not own")
        << QStringList{u"CREATE TABLE test_pins (tenant_id TEXT NOT NULL REFERENCES tenants(id))"_s,
                       u"INSERT INTO test_pins VALUES ('acme')"_s}
        << jsonWith(readDemo(), "tenants/0/name", u"Acme Corporation"_s)
        << u"update or delete on table \"tenants\" violates foreign key constraint \"test_pins_tenant_id_fkey\" on "
           u"table \"test_pins\""_s;
    QTest::newRow("failure after four of nine use cases")
        << QStringList{u"CREATE FUNCTION test_fail_halfway() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       u"IF (SELECT COUNT(*) FROM use_cases) >= 4 THEN "
                       u"RAISE EXCEPTION 'injected failure after 4 use cases'; END IF; RETURN NEW; END $$"_s,
                       u"CREATE TRIGGER test_fail_halfway BEFORE INSERT ON use_cases "
                       u"FOR EACH ROW EXECUTE FUNCTION test_fail_halfway()"_s}
        << jsonWith(readDemo(), "use_cases/0/name", u"Support reply drafts, renamed"_s)
        << u"injected failure after 4 use cases"_s;
}

void TstPostgres::failureInsideTheImportTransactionLeavesTheDatabaseAsItWas()
{
    QFETCH(QStringList, setup);
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    auto db = Database::open(m_url);
    QVERIFY2(db.has_value(), why(db).constData());
    const auto demo = PortfolioImporter(**db).import(readDemo(), u"demo.json"_s, as(u"t"_s), m_now);
    QVERIFY2(demo.has_value(), why(demo).constData());
    QVERIFY(PortfolioReader::read(json).has_value()); // the reader sees nothing wrong
    exec(setup);
    const DatabaseSnapshot before = snapshot((*db)->connection());
    QCOMPARE(before.error, QString());
    QCOMPARE(before.rowCounts.value(u"use_cases"_s), 9);
    QCOMPARE(before.rowCounts.value(u"people"_s), 13);
    QCOMPARE(before.rowCounts.value(u"audit_events"_s), 1);

    const auto imported = PortfolioImporter(**db).import(json, u"bad.json"_s, as(u"t"_s), m_now);
    QVERIFY2(!imported.has_value(), "the import succeeded, but the server should have refused it");
    // The driver words the rest of the message (and its detail line) itself; the server's sentence is exact.
    QVERIFY2(imported.error().toString().startsWith(m_url + u": ERROR:  "_s + error),
             qPrintable(imported.error().toString()));
    QCOMPARE(snapshot((*db)->connection()), before);
    db->reset();
    auto reopened = Database::open(m_url);
    QVERIFY2(reopened.has_value(), why(reopened).constData());
    QCOMPARE(snapshot((*reopened)->connection()), before);
}

void TstPostgres::refusesANewerSchema()
{
    const auto created = Database::open(m_url);
    QVERIFY2(created.has_value(), why(created).constData());
    exec(u"UPDATE greenlight_schema SET version = 99"_s);
    auto db = Database::open(m_url);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().toString(), m_url +
                                        u": the database was created by a newer Greenlight (schema 99; this version "
                                        u"knows up to 20); it was left untouched"_s);
}

void TstPostgres::reviewsAndAuditChain()
{
    auto db = Database::open(m_url);
    QVERIFY2(db.has_value(), why(db).constData());
    const auto example = PortfolioImporter(**db).import(readExample(), u"a.json"_s, as(u"t"_s), m_now);
    QVERIFY2(example.has_value(), why(example).constData());
    GateReviewService reviews(**db, [this] { return m_now; });
    const auto started = reviews.start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(started.has_value(), why(started).constData());
    const QString id = started->id;
    QVERIFY(reviews.sign(id, as(u"ana"_s), Role::Pm, SignoffDecision::Approve, {}).has_value());
    QVERIFY(reviews.sign(id, as(u"sam"_s), Role::Security, SignoffDecision::Approve, {}).has_value());
    const auto decided = reviews.decide(id, as(u"ana"_s), GateDecision::Go, {});
    QVERIFY2(decided.has_value(), why(decided).constData());
    QCOMPARE(decided->decision, std::optional<GateDecision>(GateDecision::Go));
    auto verification = AuditStore(**db).verify();
    QVERIFY2(verification.has_value(), why(verification).constData());
    QVERIFY(verification->intact());
    QCOMPARE(verification->count, 5);
    exec(u"UPDATE audit_events SET actor = 'mallory' WHERE seq = 3"_s);
    verification = AuditStore(**db).verify();
    QVERIFY2(verification.has_value(), why(verification).constData());
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
        QVERIFY(PortfolioImporter(**db).import(readExample(), u"a.json"_s, as(u"t"_s), m_now).has_value()); // 1
        QVERIFY(DataApprovalService(**db, clock)
                    .decide(u"support-reply-draft"_s, DataClass::Customer, as(u"sam"_s), Role::Security,
                            ApprovalDecision::Approved, {})
                    .has_value()); // 2
        GateReviewService reviews(**db, clock);
        const QString id = reviews.start(u"support-reply-draft"_s, {}, as(u"ana"_s))->id;                  // 3
        QVERIFY(reviews.sign(id, as(u"ana"_s), Role::Pm, SignoffDecision::Approve, {}).has_value());       // 4
        QVERIFY(reviews.sign(id, as(u"sam"_s), Role::Security, SignoffDecision::Approve, {}).has_value()); // 5
        QVERIFY(reviews.decide(id, as(u"ana"_s), GateDecision::Go, {}).has_value());                       // 6
        EvalRun run;
        run.date = QDate(2026, 11, 20);
        run.route = u"support-draft"_s;
        run.routeVersion = 3;
        run.results.insert(EvalCategory::Normal, CategoryResult{60, 58});
        QVERIFY(EvalRunService(**db).record(u"support-reply-draft"_s, run, as(u"chen"_s), m_now).has_value()); // 7
        Route fallback;
        fallback.id = u"support-draft-fallback"_s;
        fallback.provider = u"anthropic"_s;
        fallback.model = u"claude-haiku"_s;
        QVERIFY(RouteService(**db).addVersion(fallback, as(u"chen"_s), m_now).has_value()); // 8
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
    const auto db = Database::open(u"postgresql://greenlight:secret@127.0.0.1:port/greenlight"_s);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().toString(),
             u"postgresql://greenlight@127.0.0.1:port/greenlight: expected postgresql://user@host:port/database"_s);
    // What a URL leaves out is libpq's to fill in (here the database: the login's name), as for psql.
    const auto unnamed = Database::open(u"postgresql://greenlight@127.0.0.1:1/"_s);
    QVERIFY(!unnamed.has_value());
    QVERIFY2(unnamed.error().toString().contains(u"connection to server at \"127.0.0.1\", port 1 failed"_s),
             qPrintable(unnamed.error().toString()));
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
                                    ? AuditStore(**db).append(AuditEntry{as(u"writer-%1"_s.arg(w)), u"test"_s,
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
