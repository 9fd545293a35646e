#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/testdatabase.h"
#include "../support/why.h"

#include "audit/auditchain.h"
#include "gate/dataapprovalservice.h"
#include "gate/gatereviewservice.h"
#include "portfolio/evalrunservice.h"
#include "portfolio/portfolioimporter.h"
#include "portfolio/portfoliowriter.h"
#include "portfolio/routeservice.h"
#include "storage/auditstore.h"
#include "storage/dataapprovalstore.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/portfoliorepository.h"
#include "storage/recording.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

/// DESIGN §8 "the chain covers state": a fact row changed, removed or added behind the application's back
/// fails `audit verify` with its table, row and field.
class TstAuditCoverage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void everyFactRowMatchesItsEvent();
    void detectsATamperedRow_data();
    void detectsATamperedRow();
    void detectsAStepRecordedForSomeoneElse();
    void countsRowsFromBeforeCoverage();
    void upgradesASchema5DatabaseWithoutRehashing();
    void importRecordsEveryFactOfTheFile();
    void reimportKeepsEveryFactRowWithTheEventThatRecordedIt_data();
    void reimportKeepsEveryFactRowWithTheEventThatRecordedIt();
    void reimportLinksOnlyTheNewFactToTheImport();

private:
    void exec(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now{QDate(2026, 11, 23), QTime(9, 0), Qt::UTC};
};

void TstAuditCoverage::init()
{
    m_db.reset();
    auto db = Database::open(freshTestDatabase(m_dir));
    QVERIFY(db.has_value());
    m_db = std::move(*db);
    const auto clock = [this] { return m_now; };
    // Event 1: the example portfolio (one approval, two eval runs, a decided review with two sign-offs, three
    // route versions). Then one fact of each kind through the services, events 2–9.
    QVERIFY(PortfolioImporter(*m_db).import(readExample(), u"example.json"_s, as(u"tester"_s), m_now).has_value());
    QVERIFY(DataApprovalService(*m_db, clock)
                .decide(u"support-reply-draft"_s, DataClass::Customer, as(u"sam"_s), Role::Security,
                        ApprovalDecision::Approved, u"renewed"_s)
                .has_value()); // 2
    GateReviewService reviews(*m_db, clock);
    const auto review = reviews.start(u"support-reply-draft"_s, {}, as(u"ana"_s)); // 3
    QVERIFY2(review.has_value(), why(review).constData());
    QVERIFY(reviews.sign(review->id, as(u"ana"_s), Role::Pm, SignoffDecision::Approve, {}).has_value());       // 4
    QVERIFY(reviews.sign(review->id, as(u"sam"_s), Role::Security, SignoffDecision::Approve, {}).has_value()); // 5
    const auto decided = reviews.decide(review->id, as(u"ana"_s), GateDecision::Go, u"Ready."_s);              // 6
    QVERIFY2(decided.has_value() && decided->decision == GateDecision::Go, why(decided).constData());
    EvalRun run;
    run.date = QDate(2026, 11, 20);
    run.route = u"support-draft"_s;
    run.routeVersion = 3;
    run.results.insert(EvalCategory::Normal, CategoryResult{60, 58});
    run.results.insert(EvalCategory::PromptInjection, CategoryResult{12, 12});
    QVERIFY(EvalRunService(*m_db).record(u"support-reply-draft"_s, run, as(u"chen"_s), m_now).has_value()); // 7
    Route fallback;
    fallback.id = u"support-draft-fallback"_s;
    fallback.provider = u"anthropic"_s;
    fallback.model = u"claude-haiku"_s;
    QVERIFY(RouteService(*m_db).addVersion(fallback, as(u"chen"_s), m_now).has_value()); // 8, version 2
    QVERIFY(reviews.start(u"support-reply-draft"_s, {}, as(u"ben"_s)).has_value());      // 9, left open
}

void TstAuditCoverage::exec(const QString &sql)
{
    for (const QString &statement : sql.split(u';', Qt::SkipEmptyParts)) {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(statement), qPrintable(statement + u": "_s + q.lastError().text()));
    }
}

void TstAuditCoverage::everyFactRowMatchesItsEvent()
{
    const auto result = AuditStore(*m_db).verify();
    QVERIFY(result.has_value());
    QVERIFY2(result->intact(), qPrintable(result->problem + result->stateProblem));
    QCOMPARE(result->count, 9);
    // 2 approvals, 4 sign-offs, 3 reviews started and 2 decided, 3 eval runs, 4 route versions.
    QCOMPARE(result->rowsChecked, 18);
    QVERIFY(result->preCoverage.isEmpty());
}

void TstAuditCoverage::detectsATamperedRow_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("problem");
    const auto row = [](const char *name, const QString &tamper, const QString &problem) {
        QTest::newRow(name) << tamper << problem;
    };
    // Changed fields.
    row("review decision", u"UPDATE gate_reviews SET decision = 'no-go' WHERE id = 'review-2026-11-23'"_s,
        u"gate_reviews review-2026-11-23: decision is no-go in the table but go in audit event 6"_s);
    row("imported review decision", u"UPDATE gate_reviews SET decision = 'no-go' WHERE id = 'review-2026-10-21'"_s,
        u"gate_reviews review-2026-10-21: decision is no-go in the table but go in audit event 1"_s);
    row("open review given a decision", u"UPDATE gate_reviews SET decision = 'go' WHERE id = 'review-2026-11-23-2'"_s,
        u"gate_reviews review-2026-11-23-2: decision is go in the table but no audit event recorded a decision"_s);
    row("review rationale", u"UPDATE gate_reviews SET rationale = 'All fine.' WHERE id = 'review-2026-11-23'"_s,
        u"gate_reviews review-2026-11-23: rationale is All fine. in the table but Ready. in audit event 6"_s);
    row("review requester", u"UPDATE gate_reviews SET requested_by = 'max' WHERE id = 'review-2026-11-23'"_s,
        u"gate_reviews review-2026-11-23: requested_by is max in the table but ana in audit event 3"_s);
    row("approval outcome",
        u"UPDATE data_approvals SET decision = 'rejected' WHERE use_case_id = 'support-reply-draft' AND sort_order = 1"_s,
        u"data_approvals support-reply-draft/1: decision is rejected in the table but approved in audit event 2"_s);
    row("imported approval outcome",
        u"UPDATE data_approvals SET decision = 'rejected' WHERE use_case_id = 'support-reply-draft' AND sort_order = 0"_s,
        u"data_approvals support-reply-draft/0: decision is rejected in the table but approved in audit event 1"_s);
    row("approval reordered",
        u"UPDATE data_approvals SET sort_order = 5 WHERE use_case_id = 'support-reply-draft' AND sort_order = 1"_s,
        u"data_approvals support-reply-draft/5: names audit event 2, which does not record this row"_s);
    row("sign-off person",
        u"UPDATE gate_signoffs SET person_id = 'ben' WHERE review_id = 'review-2026-11-23' AND sort_order = 1"_s,
        u"gate_signoffs review-2026-11-23/1: person is ben in the table but sam in audit event 5"_s);
    row("imported sign-off decision",
        u"UPDATE gate_signoffs SET decision = 'reject' WHERE review_id = 'review-2026-10-21' AND sort_order = 0"_s,
        u"gate_signoffs review-2026-10-21/0: decision is reject in the table but approve in audit event 1"_s);
    row("frozen rule result",
        u"UPDATE gate_rule_results SET result = 'missing' WHERE review_id = 'review-2026-11-23' AND sort_order = 6"_s,
        u"gate_rule_results review-2026-11-23/6: result is missing in the table but pass in audit event 3"_s);
    row("eval pass count",
        u"UPDATE eval_results SET passed = 60 WHERE run_id = 'run-2026-11-20' AND category = 'normal'"_s,
        u"eval_results support-reply-draft/run-2026-11-20/normal: passed is 60 in the table but 58 in audit event 7"_s);
    row("imported eval pass count",
        u"UPDATE eval_results SET passed = 12 WHERE run_id = 'run-2026-10-10' AND category = 'prompt_injection'"_s,
        u"eval_results support-reply-draft/run-2026-10-10/prompt_injection: passed is 12 in the table but 11 in "
        u"audit event 1"_s);
    row("eval baseline flag", u"UPDATE eval_runs SET baseline = 1 WHERE id = 'run-2026-11-20'"_s,
        u"eval_runs support-reply-draft/run-2026-11-20: baseline is true in the table but false in audit event 7"_s);
    row("route version", u"UPDATE routes SET version = 5 WHERE id = 'support-draft-fallback' AND version = 2"_s,
        u"routes support-draft-fallback/5: names audit event 8, which does not record this row"_s);
    row("route model", u"UPDATE routes SET model = 'gpt-4o' WHERE id = 'support-draft-fallback' AND version = 2"_s,
        u"routes support-draft-fallback/2: model is gpt-4o in the table but claude-haiku in audit event 8"_s);
    // Deleted rows.
    row("sign-off deleted", u"DELETE FROM gate_signoffs WHERE review_id = 'review-2026-11-23' AND sort_order = 0"_s,
        u"gate_signoffs review-2026-11-23/0: recorded by audit event 4 but missing from the table"_s);
    row("imported approval deleted",
        u"DELETE FROM data_approvals WHERE use_case_id = 'support-reply-draft' AND sort_order = 0"_s,
        u"data_approvals support-reply-draft/0: recorded by audit event 1 but missing from the table"_s);
    row("review deleted", u"DELETE FROM gate_reviews WHERE id = 'review-2026-11-23-2'"_s,
        u"gate_reviews review-2026-11-23-2: recorded by audit event 9 but missing from the table"_s);
    row("decision removed",
        u"UPDATE gate_reviews SET decision = NULL, decision_audit_seq = NULL, decision_audit_hash = NULL "
        u"WHERE id = 'review-2026-11-23'"_s,
        u"gate_reviews review-2026-11-23: the decision recorded by audit event 6 is missing from the table"_s);
    row("eval run deleted", u"DELETE FROM eval_runs WHERE id = 'run-2026-11-20'"_s,
        u"eval_runs support-reply-draft/run-2026-11-20: recorded by audit event 7 but missing from the table"_s);
    row("eval result deleted",
        u"DELETE FROM eval_results WHERE run_id = 'run-2026-11-20' AND category = 'prompt_injection'"_s,
        u"eval_results support-reply-draft/run-2026-11-20/prompt_injection: recorded by audit event 7 but missing "
        u"from the table"_s);
    row("route version deleted", u"DELETE FROM routes WHERE id = 'support-draft-fallback' AND version = 2"_s,
        u"routes support-draft-fallback/2: recorded by audit event 8 but missing from the table"_s);
    // Rows added without an event.
    row("approval inserted",
        u"INSERT INTO data_approvals (use_case_id, sort_order, data_class, role, person_id, decision, decided_on, "
        u"note) VALUES ('support-reply-draft', 2, 'customer', 'security', 'sam', 'approved', '2026-11-24', '')"_s,
        u"data_approvals support-reply-draft/2: no audit event recorded this row"_s);
    row("sign-off inserted",
        u"INSERT INTO gate_signoffs (review_id, sort_order, role, person_id, decision, signed_at, note) "
        u"VALUES ('review-2026-11-23-2', 0, 'security', 'sam', 'approve', '2026-11-24T10:00:00Z', '')"_s,
        u"gate_signoffs review-2026-11-23-2/0: no audit event recorded this row"_s);
    row("review inserted",
        u"INSERT INTO gate_reviews (id, use_case_id, gate, requested_by, requested_at, decision, rationale, "
        u"sort_order) VALUES ('review-x', 'support-reply-draft', 'customer-launch', 'ana', '2026-11-24T10:00:00Z', "
        u"'go', 'Fine.', 9)"_s,
        u"gate_reviews review-x: no audit event recorded this row"_s);
    row("eval run inserted",
        u"INSERT INTO eval_runs (use_case_id, id, run_date, route_id, route_version, baseline, secrets_found, "
        u"sort_order) VALUES ('support-reply-draft', 'run-x', '2026-11-24', 'support-draft', 3, 1, 0, 9)"_s,
        u"eval_runs support-reply-draft/run-x: no audit event recorded this row"_s);
    row("eval result inserted",
        u"INSERT INTO eval_results (use_case_id, run_id, category, total, passed) "
        u"VALUES ('support-reply-draft', 'run-2026-11-20', 'edge', 20, 20)"_s,
        u"eval_results support-reply-draft/run-2026-11-20/edge: not recorded by audit event 7"_s);
    row("route version inserted",
        u"INSERT INTO routes (id, version, provider, model, endpoint, sort_order) "
        u"VALUES ('support-draft', 4, 'openai', 'gpt-4o', 'live', 9)"_s,
        u"routes support-draft/4: no audit event recorded this row"_s);
    row("row marked as before coverage",
        u"INSERT INTO routes (id, version, provider, model, endpoint, sort_order, audit_seq, audit_hash) "
        u"VALUES ('support-draft', 4, 'openai', 'gpt-4o', 'live', 9, 7, 'x')"_s,
        u"routes support-draft/4: names audit event 7, which does not record this row"_s);
    row("hash of another event",
        u"UPDATE routes SET audit_hash = (SELECT hash FROM audit_events WHERE seq = 7) "
        u"WHERE id = 'support-draft-fallback' AND version = 2"_s,
        u"routes support-draft-fallback/2: its audit hash differs from the hash of audit event 8"_s);
}

void TstAuditCoverage::detectsATamperedRow()
{
    QFETCH(QString, tamper);
    QFETCH(QString, problem);
    exec(tamper);
    const auto result = AuditStore(*m_db).verify();
    QVERIFY(result.has_value());
    QVERIFY2(result->chainIntact(), qPrintable(result->problem));
    QVERIFY(!result->intact());
    QCOMPARE(result->stateProblem, problem);
}

void TstAuditCoverage::detectsAStepRecordedForSomeoneElse()
{
    // Written through the store, past the service that would refuse it: Ana records an approval as Sam's. The row
    // matches its event field by field; the event's actor gives it away.
    DataApproval approval{DataClass::Internal,        Role::Security, u"sam"_s,
                          ApprovalDecision::Approved, m_now.date(),   u"Notes only."_s};
    QVERIFY(DataApprovalStore(*m_db)
                .append(u"support-reply-draft"_s, approval, Recording{as(u"ana"_s), u"approve"_s, m_now})
                .has_value()); // 10
    const auto result = AuditStore(*m_db).verify();
    QVERIFY(result.has_value());
    QVERIFY2(result->chainIntact(), qPrintable(result->problem));
    QCOMPARE(result->stateProblem,
             u"audit event 10 records data_approvals support-reply-draft/2 by sam, but ana took the step"_s);
}

void TstAuditCoverage::countsRowsFromBeforeCoverage()
{
    // Rows as schema 5 left them (no audit columns set), then the UPDATEs of migration 6.
    exec(u"DELETE FROM gate_reviews; DELETE FROM eval_runs; DELETE FROM data_approvals; DELETE FROM routes; "
         u"DELETE FROM audit_events"_s);
    exec(u"INSERT INTO routes (id, version, provider, model, endpoint, sort_order) "
         u"VALUES ('old', 1, 'openai', 'gpt-4', 'live', 0); "
         u"INSERT INTO routes (id, version, provider, model, endpoint, sort_order) "
         u"VALUES ('old', 2, 'openai', 'gpt-4o', 'live', 1); "
         u"INSERT INTO data_approvals (use_case_id, sort_order, data_class, role, person_id, decision, decided_on, "
         u"note) VALUES ('support-reply-draft', 0, 'customer', 'security', 'sam', 'approved', '2026-01-02', '')"_s);
    const Migration &six = migrations().at(5);
    QCOMPARE(six.version, 6);
    for (const QString &statement : six.statements) {
        if (statement.startsWith(u"UPDATE"_s))
            exec(statement);
    }
    const auto result = AuditStore(*m_db).verify();
    QVERIFY(result.has_value());
    QVERIFY2(result->intact(), qPrintable(result->stateProblem));
    QCOMPARE(result->rowsChecked, 0);
    const QMap<QString, qint64> expected{{u"data_approvals"_s, 1}, {u"routes"_s, 2}};
    QCOMPARE(result->preCoverage, expected);
}

void TstAuditCoverage::upgradesASchema5DatabaseWithoutRehashing()
{
    if (onPostgres())
        QSKIP("a schema-5 database is a SQLite file: Greenlight 5 had no team database");
    // A database as Greenlight 5 left it: two events in the old hash form, a route and an approval.
    const QString path = m_dir.filePath(u"schema5.sqlite"_s);
    QList<AuditEvent> old;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema5"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const Migration &m : migrations()) {
            if (m.version > 5)
                break;
            for (const QString &statement : m.statements)
                QVERIFY2(q.exec(statement), qPrintable(statement + u": "_s + q.lastError().text()));
        }
        QVERIFY(q.exec(u"PRAGMA user_version = 5"_s)); // where the SQLite dialect keeps the schema version
        QVERIFY(q.exec(u"INSERT INTO routes (id, version, provider, model, endpoint, sort_order) "
                       u"VALUES ('old', 1, 'openai', 'gpt-4', 'live', 0)"_s));
        QVERIFY(q.exec(u"INSERT INTO data_approvals (use_case_id, sort_order, data_class, role, person_id, decision, "
                       u"decided_on, note) VALUES ('uc', 0, 'customer', 'security', 'sam', 'approved', '2026-01-02', "
                       u"'')"_s));
        QString prev = AuditChain::genesisHash();
        for (qint64 seq = 1; seq <= 2; ++seq) {
            AuditEvent e;
            e.seq = seq;
            e.format = AuditFormat::QtCompactArray;
            e.at = QDateTime(QDate(2026, 1, 2), QTime(10, 0, int(seq)), Qt::UTC);
            e.entry = AuditEntry{Actor(u"sam"_s, {}, {}, Actor::Kind::Bound), u"data_approval"_s, u"uc/customer"_s,
                                 u"approve"_s, R"({"role":"security","decision":"approved","note":""})"};
            e.prevHash = prev;
            e.hash = AuditChain::computeHash(e);
            q.prepare(u"INSERT INTO audit_events (seq, occurred_at, actor, entity, entity_id, action, payload, "
                      u"prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &v :
                 QVariantList{seq, AuditChain::timeText(e.at), e.entry.actor.person, e.entry.entity, e.entry.entityId,
                              e.entry.action, QString::fromUtf8(e.entry.payload), e.prevHash, e.hash})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            prev = e.hash;
            old.append(e);
        }
    }
    QSqlDatabase::removeDatabase(u"schema5"_s);

    auto upgraded = Database::open(path);
    QVERIFY2(upgraded.has_value(), why(upgraded).constData());
    QCOMPARE((*upgraded)->schemaVersion().value(), latestSchemaVersion());
    auto result = AuditStore(**upgraded).verify();
    QVERIFY(result.has_value());
    QVERIFY2(result->intact(), qPrintable(result->problem + result->stateProblem));
    QCOMPARE(result->count, 2);
    QCOMPARE(result->headHash, old.last().hash); // the history was not re-hashed
    const QMap<QString, qint64> before{{u"data_approvals"_s, 1}, {u"routes"_s, 1}};
    QCOMPARE(result->preCoverage, before);

    Transaction tx(**upgraded);
    const auto next = AuditStore(**upgraded)
                          .append(AuditEntry{as(u"ana"_s), u"use_case"_s, u"uc"_s, u"update"_s, "{}"},
                                  QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    QVERIFY(next.has_value());
    QVERIFY(tx.commit().has_value());
    QCOMPARE(next->format, AuditFormat::WithAccount);
    result = AuditStore(**upgraded).verify();
    QVERIFY2(result->intact(), qPrintable(result->problem + result->stateProblem));
    QCOMPARE(result->count, 3);
    QCOMPARE(result->headHash, next->hash);
}

void TstAuditCoverage::importRecordsEveryFactOfTheFile()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT payload FROM audit_events WHERE seq = 1"_s) && q.next());
    const QJsonObject facts = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()[u"facts"_s].toObject();
    QCOMPARE(facts.keys(), (QStringList{u"data_approvals"_s, u"eval_runs"_s, u"gate_decisions"_s, u"gate_reviews"_s,
                                        u"gate_signoffs"_s, u"routes"_s}));
    QCOMPARE(facts[u"routes"_s].toArray().size(), 3);
    QCOMPARE(facts[u"gate_signoffs"_s].toArray().size(), 2);
    const QJsonObject approval = facts[u"data_approvals"_s].toArray().first().toObject();
    const QByteArray expected = R"({"data_class":"customer","date":"2026-10-02","decision":"approved","index":0,)"
                                R"("note":"Ticket bodies only; no attachments.","person":"sam","role":"security",)"
                                R"("use_case":"support-reply-draft"})";
    QCOMPARE(QJsonDocument(approval).toJson(QJsonDocument::Compact), expected);
}

// Issue 17: an import is append-only for facts. Re-importing what the database holds keeps every fact row, and each
// keeps pointing at the event that recorded it; only a fact the file adds is linked to the import. (On a team
// database the server can then refuse to delete or rewrite a fact, whoever imports.)
void TstAuditCoverage::reimportKeepsEveryFactRowWithTheEventThatRecordedIt_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("seq");
    QTest::newRow("approval from the first import")
        << u"SELECT audit_seq FROM data_approvals WHERE use_case_id = 'support-reply-draft' AND sort_order = 0"_s
        << qint64(1);
    QTest::newRow("approval by the service")
        << u"SELECT audit_seq FROM data_approvals WHERE use_case_id = 'support-reply-draft' AND sort_order = 1"_s
        << qint64(2);
    QTest::newRow("review started")
        << u"SELECT audit_seq FROM gate_reviews WHERE use_case_id = 'support-reply-draft' AND sort_order = 1"_s
        << qint64(3);
    QTest::newRow("sign-off") << u"SELECT MAX(audit_seq) FROM gate_signoffs"_s << qint64(5);
    QTest::newRow("decision") << u"SELECT MAX(decision_audit_seq) FROM gate_reviews"_s << qint64(6);
    QTest::newRow("eval run") << u"SELECT MAX(audit_seq) FROM eval_runs"_s << qint64(7);
    QTest::newRow("route version")
        << u"SELECT audit_seq FROM routes WHERE id = 'support-draft-fallback' AND version = 2"_s << qint64(8);
    QTest::newRow("open review") << u"SELECT MAX(audit_seq) FROM gate_reviews"_s << qint64(9);
}

void TstAuditCoverage::reimportKeepsEveryFactRowWithTheEventThatRecordedIt()
{
    QFETCH(QString, query);
    QFETCH(qint64, seq);
    const Result<Portfolio> stored = PortfolioRepository(*m_db).load();
    QVERIFY2(stored.has_value(), why(stored).constData());
    const auto imported =
        PortfolioImporter(*m_db).import(PortfolioWriter::write(*stored), u"again.json"_s, as(u"tester"_s), m_now);
    QVERIFY2(imported.has_value(), why(imported).constData());

    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(query) && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toLongLong(), seq);
    const auto result = AuditStore(*m_db).verify();
    QVERIFY(result.has_value());
    QVERIFY2(result->intact(), qPrintable(result->problem + result->stateProblem));
    QCOMPARE(result->count, 10);
    QCOMPARE(result->rowsChecked, 18);
}

void TstAuditCoverage::reimportLinksOnlyTheNewFactToTheImport()
{
    Result<Portfolio> stored = PortfolioRepository(*m_db).load();
    QVERIFY2(stored.has_value(), why(stored).constData());
    UseCase &useCase = stored->useCases.first();
    useCase.dataApprovals.append(DataApproval{DataClass::Internal, Role::Security, u"sam"_s, ApprovalDecision::Approved,
                                              QDate(2026, 11, 22), u"From the file."_s});
    const auto imported =
        PortfolioImporter(*m_db).import(PortfolioWriter::write(*stored), u"more.json"_s, as(u"tester"_s), m_now);
    QVERIFY2(imported.has_value(), why(imported).constData());
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(u"SELECT sort_order, audit_seq FROM data_approvals WHERE use_case_id = '%1' ORDER BY sort_order"_s.arg(
            useCase.id)));
    QList<std::pair<int, qint64>> links;
    while (q.next())
        links.append({q.value(0).toInt(), q.value(1).toLongLong()});
    QCOMPARE(links, (QList<std::pair<int, qint64>>{{0, 1}, {1, 2}, {2, 10}}));
    const auto result = AuditStore(*m_db).verify();
    QVERIFY(result.has_value());
    QVERIFY2(result->intact(), qPrintable(result->problem + result->stateProblem));
    QCOMPARE(result->rowsChecked, 19);
}

QTEST_GUILESS_MAIN(TstAuditCoverage)
#include "tst_auditcoverage.moc"
