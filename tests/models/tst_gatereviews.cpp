#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/testdatabase.h"
#include "../support/why.h"

#include "gate/dataapprovalservice.h"
#include "gate/gateengine.h"
#include "gate/gatereviewservice.h"
#include "portfolio/evalrunservice.h"
#include "portfolio/portfolioimporter.h"
#include "portfolio/portfolioreader.h"
#include "portfolio/portfoliowriter.h"
#include "portfolio/routeservice.h"
#include "storage/auditcoverage.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/gatereviewstore.h"
#include "storage/portfoliorepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

class TstGateReviews final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void startFreezesTheRuleResults();
    void frozenResultsSurviveLaterChanges();
    void signOnlyInAHeldRole();
    void requesterCannotBeTheOnlyApprover();
    void goNeedsEveryRequiredSignoff();
    void goRefusedWhileABlockerFails();
    void goIsJudgedOnTheDayOfTheDecision_data();
    void goIsJudgedOnTheDayOfTheDecision();
    void rejectionMakesItNoGo();
    void goWithSeparateApprovers();
    void decidedReviewIsClosed();
    void abandonedReviewIsClosedWithoutAVerdict();
    void onlyApproverRolesDecideOnDataClasses_data();
    void onlyApproverRolesDecideOnDataClasses();
    void approvalIsRecordedAndAudited();
    void regulatedNeedsAllThree();
    void evalRunsAreCheckedBeforeTheyAreRecorded_data();
    void evalRunsAreCheckedBeforeTheyAreRecorded();
    void routeChangeMakesTheNextVersion();
    void routeVersionsAreCheckedBeforeTheyAreStored_data();
    void routeVersionsAreCheckedBeforeTheyAreStored();

private:
    GateReviewService reviews()
    {
        return GateReviewService(
            *m_db, [this] { return m_now; }, DisplayFormat::plain());
    }
    DataApprovalService approvals()
    {
        return DataApprovalService(*m_db, [this] { return m_now; });
    }
    /// The number of events in the audit chain, or -1 (with a warning naming the error) when it cannot be read.
    qint64 auditCount()
    {
        const auto verification = AuditStore(*m_db).verify();
        if (!verification) {
            qWarning("audit chain unreadable: %s", why(verification).constData());
            return -1;
        }
        return verification->count;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;
};

void TstGateReviews::init()
{
    m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC); // a test may move it on
    m_db.reset(); // the server's schema is emptied below: no connection may hold it
    const QString location = freshTestDatabase(m_dir);
    QVERIFY(!location.isEmpty());
    auto db = Database::open(location);
    QVERIFY2(db.has_value(), why(db).constData());
    m_db = std::move(*db);
    const auto imported = PortfolioImporter(*m_db).import(readExample(), u"example.json"_s, as(u"tester"_s), m_now);
    QVERIFY2(imported.has_value(), why(imported).constData());
}

void TstGateReviews::startFreezesTheRuleResults()
{
    const auto review = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(review.has_value(), why(review).constData());
    QCOMPARE(review->id, u"review-2026-11-23"_s);
    QCOMPARE(review->gate, u"customer-launch"_s);
    QCOMPARE(review->ruleResults.size(), 21);
    const auto second = reviews().start(u"support-reply-draft"_s, u"internal-pilot"_s, as(u"ben"_s));
    QVERIFY2(second.has_value(), why(second).constData());
    QCOMPARE(second->id, u"review-2026-11-23-2"_s);
    QCOMPARE(second->ruleResults.size(), 8);
    const auto stored = GateReviewStore(*m_db).load(review->id);
    QVERIFY2(stored.has_value(), why(stored).constData());
    QCOMPARE(stored->useCaseId, u"support-reply-draft"_s);
    QCOMPARE(stored->review.ruleResults.size(), 21);
    QCOMPARE(stored->review.ruleResults[6].explanation,
             u"latest eval 97.5 % (route support-draft v3, 2026-10-10) ≥ threshold 95 %"_s);
    QCOMPARE(auditCount(), 3);
}

void TstGateReviews::frozenResultsSurviveLaterChanges()
{
    const auto review = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(review.has_value(), why(review).constData());
    const auto rejected = approvals().decide(u"support-reply-draft"_s, DataClass::Customer, as(u"sam"_s),
                                             Role::Security, ApprovalDecision::Rejected, u"attachments leak"_s);
    QVERIFY2(rejected.has_value(), why(rejected).constData());
    const auto now = PortfolioRepository(*m_db).load();
    QVERIFY2(now.has_value(), why(now).constData());
    QCOMPARE(now->useCases.size(), 1);
    const GateTemplate *customerLaunch = now->gateTemplate(u"customer-launch"_s);
    QVERIFY(customerLaunch != nullptr);
    const GateEvaluation live = GateEngine::evaluate(*now, now->useCases[0], *customerLaunch, m_now.date());
    QCOMPARE(live.rules[4].rule, u"data.approved"_s);
    QCOMPARE(live.rules[4].result, RuleOutcome::Fail);
    const auto stored = GateReviewStore(*m_db).load(review->id);
    QVERIFY2(stored.has_value(), why(stored).constData());
    QCOMPARE(stored->review.ruleResults.size(), 21);
    QCOMPARE(stored->review.ruleResults[4].rule, u"data.approved"_s);
    QCOMPARE(stored->review.ruleResults[4].result, RuleOutcome::Pass);
    QCOMPARE(stored->review.ruleResults[4].explanation, u"approved: customer"_s);
}

void TstGateReviews::signOnlyInAHeldRole()
{
    const auto started = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(started.has_value(), why(started).constData());
    const QString id = started->id;
    const auto wrong = reviews().sign(id, as(u"sam"_s), Role::Legal, SignoffDecision::Approve, {});
    QVERIFY(!wrong.has_value());
    QCOMPARE(wrong.error().toString(), u"sam: Sam Patel does not hold the legal role, so cannot sign off as legal"_s);
    QVERIFY(reviews().sign(id, as(u"sam"_s), Role::Security, SignoffDecision::Approve, {}).has_value());
    const auto twice = reviews().sign(id, as(u"sam"_s), Role::Security, SignoffDecision::Approve, {});
    QVERIFY(!twice.has_value());
    QCOMPARE(twice.error().toString(), id + u": Sam Patel has already signed off as security"_s);
    const auto requester = reviews().start(u"support-reply-draft"_s, {}, as(u"chen"_s));
    QVERIFY(!requester.has_value());
    QCOMPARE(requester.error().toString(),
             u"chen: Chen Wei holds neither the pm nor the cto role, so cannot request a gate review"_s);
}

void TstGateReviews::requesterCannotBeTheOnlyApprover()
{
    // Ana holds pm and security here, so she alone could fill every required role.
    auto read = PortfolioReader::read(readExample());
    QVERIFY2(read.has_value(), why(read).constData());
    Portfolio p = *read;
    p.people[0].roles.append(Role::Security);
    const auto imported = PortfolioImporter(*m_db).import(PortfolioWriter::write(p), u"x.json"_s, as(u"t"_s), m_now);
    QVERIFY2(imported.has_value(), why(imported).constData());
    const auto started = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(started.has_value(), why(started).constData());
    const QString id = started->id;
    QVERIFY(reviews().sign(id, as(u"ana"_s), Role::Pm, SignoffDecision::Approve, {}).has_value());
    QVERIFY(reviews().sign(id, as(u"ana"_s), Role::Security, SignoffDecision::Approve, {}).has_value());
    const auto outcome = reviews().decide(id, as(u"ana"_s), GateDecision::Go, {});
    QVERIFY2(outcome.has_value(), why(outcome).constData());
    QVERIFY(!outcome->decision.has_value());
    QCOMPARE(outcome->reason, u"go refused: the requester Ana Ruiz is the only approver"_s);
    QVERIFY(reviews().sign(id, as(u"ben"_s), Role::Pm, SignoffDecision::Approve, {}).has_value());
    const auto go = reviews().decide(id, as(u"ana"_s), GateDecision::Go, {});
    QVERIFY2(go.has_value(), why(go).constData());
    QCOMPARE(go->decision, std::optional<GateDecision>(GateDecision::Go));
}

void TstGateReviews::goNeedsEveryRequiredSignoff()
{
    const auto started = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(started.has_value(), why(started).constData());
    const QString id = started->id;
    QVERIFY(reviews().sign(id, as(u"ben"_s), Role::Pm, SignoffDecision::Approve, {}).has_value());
    const auto outcome = reviews().decide(id, as(u"ana"_s), std::nullopt, {});
    QVERIFY2(outcome.has_value(), why(outcome).constData());
    QCOMPARE(outcome->decision, std::nullopt);
    QCOMPARE(outcome->reason, u"no decision yet: waiting for sign-off from security"_s);
    const auto stored = GateReviewStore(*m_db).load(id);
    QVERIFY2(stored.has_value(), why(stored).constData());
    QCOMPARE(stored->review.decision, std::nullopt);
}

void TstGateReviews::goRefusedWhileABlockerFails()
{
    const auto started = reviews().start(u"support-reply-draft"_s, u"high-risk-launch"_s, as(u"ana"_s));
    QVERIFY2(started.has_value(), why(started).constData());
    const QString id = started->id;
    for (const auto &[person, role] : {std::pair{u"ben"_s, Role::Pm}, std::pair{u"sam"_s, Role::Security},
                                       std::pair{u"lea"_s, Role::Legal}, std::pair{u"lea"_s, Role::Compliance}})
        QVERIFY(reviews().sign(id, as(person), role, SignoffDecision::Approve, {}).has_value());
    const auto refused = reviews().decide(id, as(u"ana"_s), GateDecision::Go, {});
    QVERIFY2(refused.has_value(), why(refused).constData());
    QCOMPARE(refused->decision, std::nullopt);
    QCOMPARE(refused->reason, u"go refused: blockers fail: eval.threshold, logging.policy"_s);
    const auto decided = reviews().decide(id, as(u"ana"_s), std::nullopt, {});
    QVERIFY2(decided.has_value(), why(decided).constData());
    QCOMPARE(decided->decision, std::optional<GateDecision>(GateDecision::NoGo));
    QCOMPARE(decided->reason, u"blockers fail: eval.threshold, logging.policy"_s);
}

void TstGateReviews::goIsJudgedOnTheDayOfTheDecision_data()
{
    // The kill switch was last tested on 2026-09-01: on 2026-11-23, when the review starts, it is 83 days old and
    // passes; it counts until 2026-11-30 (90 days), and from 2026-12-01 ops.kill_switch fails.
    QTest::addColumn<QDate>("decided");
    QTest::addColumn<bool>("go");
    QTest::addColumn<QString>("reason");
    QTest::newRow("on the test's last day")
        << QDate(2026, 11, 30) << true << u"no blocker fails and every required role signed off"_s;
    QTest::newRow("the day after") << QDate(2026, 12, 1) << false
                                   << u"go refused: blockers that passed when the review started fail on 2026-12-01: "
                                      u"ops.kill_switch (kill switch ff.support_reply_draft last tested 91 days ago "
                                      u"(2026-09-01); at most 90)"_s;
}

void TstGateReviews::goIsJudgedOnTheDayOfTheDecision()
{
    QFETCH(QDate, decided);
    QFETCH(bool, go);
    QFETCH(QString, reason);
    const auto imported = PortfolioImporter(*m_db).import(
        exampleWith("use_cases/0/operations/kill_switch_tested", u"2026-09-01"_s), u"x.json"_s, as(u"t"_s), m_now);
    QVERIFY2(imported.has_value(), why(imported).constData());
    const auto started = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(started.has_value(), why(started).constData());
    const auto killSwitch = [](const GateReview &review) {
        for (const RuleResult &r : review.ruleResults) {
            if (r.rule == u"ops.kill_switch"_s)
                return r.result;
        }
        return RuleOutcome::Missing;
    };
    QCOMPARE(killSwitch(*started), RuleOutcome::Pass);
    const QString id = started->id;
    QVERIFY(reviews().sign(id, as(u"ben"_s), Role::Pm, SignoffDecision::Approve, {}).has_value());
    QVERIFY(reviews().sign(id, as(u"sam"_s), Role::Security, SignoffDecision::Approve, {}).has_value());

    // The review stayed open; it is decided on another day, on the gate as it stands that day.
    m_now = QDateTime(decided, QTime(10, 0), Qt::UTC);
    const auto outcome = reviews().decide(id, as(u"ana"_s), GateDecision::Go, {});
    QVERIFY2(outcome.has_value(), why(outcome).constData());
    QCOMPARE(outcome->decision, go ? std::optional<GateDecision>(GateDecision::Go) : std::nullopt);
    QCOMPARE(outcome->reason, reason);
    if (go)
        return;
    // Left to the rules, nothing is decided on evidence that merely aged: the team can renew it and decide go.
    const auto automatic = reviews().decide(id, as(u"ana"_s), std::nullopt, {});
    QVERIFY2(automatic.has_value(), why(automatic).constData());
    QCOMPARE(automatic->decision, std::nullopt);
    QVERIFY2(automatic->reason.startsWith(u"no decision yet: blockers that passed when the review started fail on "
                                          u"2026-12-01: ops.kill_switch"_s),
             qPrintable(automatic->reason));
    // The frozen results are the review's record and stay as they were.
    const auto stored = GateReviewStore(*m_db).load(id);
    QVERIFY2(stored.has_value(), why(stored).constData());
    QCOMPARE(stored->review.decision, std::nullopt);
    QCOMPARE(killSwitch(stored->review), RuleOutcome::Pass);
    // No-go stays possible.
    const auto noGo = reviews().decide(id, as(u"ana"_s), GateDecision::NoGo, u"Kill switch overdue for a test."_s);
    QVERIFY2(noGo.has_value(), why(noGo).constData());
    QCOMPARE(noGo->decision, std::optional<GateDecision>(GateDecision::NoGo));
}

void TstGateReviews::rejectionMakesItNoGo()
{
    const auto started = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(started.has_value(), why(started).constData());
    const QString id = started->id;
    QVERIFY(reviews().sign(id, as(u"ben"_s), Role::Pm, SignoffDecision::Approve, {}).has_value());
    QVERIFY(
        reviews().sign(id, as(u"sam"_s), Role::Security, SignoffDecision::Reject, u"attachments leak"_s).has_value());
    const auto refused = reviews().decide(id, as(u"ana"_s), GateDecision::Go, {});
    QVERIFY2(refused.has_value(), why(refused).constData());
    QCOMPARE(refused->decision, std::nullopt);
    QCOMPARE(refused->reason, u"go refused: rejected by security (Sam Patel): attachments leak"_s);
    const auto outcome = reviews().decide(id, as(u"ana"_s), std::nullopt, {});
    QVERIFY2(outcome.has_value(), why(outcome).constData());
    QCOMPARE(outcome->decision, std::optional<GateDecision>(GateDecision::NoGo));
    QCOMPARE(outcome->reason, u"rejected by security (Sam Patel): attachments leak"_s);
}

void TstGateReviews::goWithSeparateApprovers()
{
    const auto started = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(started.has_value(), why(started).constData());
    const QString id = started->id;
    QVERIFY(reviews().sign(id, as(u"ana"_s), Role::Pm, SignoffDecision::Approve, {}).has_value());
    QVERIFY(reviews().sign(id, as(u"sam"_s), Role::Security, SignoffDecision::Approve, {}).has_value());
    const auto outcome = reviews().decide(id, as(u"ana"_s), GateDecision::Go, u"Ready for customers."_s);
    QVERIFY2(outcome.has_value(), why(outcome).constData());
    QCOMPARE(outcome->decision, std::optional<GateDecision>(GateDecision::Go));
    QCOMPARE(outcome->reason, u"Ready for customers."_s);
    const auto stored = GateReviewStore(*m_db).load(id);
    QVERIFY2(stored.has_value(), why(stored).constData());
    QCOMPARE(stored->review.decision, std::optional<GateDecision>(GateDecision::Go));
    QCOMPARE(stored->review.signoffs.size(), 2);
    // import, start, sign, sign, decide
    QCOMPARE(auditCount(), 5);
    const auto verification = AuditStore(*m_db).verify();
    QVERIFY2(verification.has_value(), why(verification).constData());
    QVERIFY(verification->intact());
}

void TstGateReviews::decidedReviewIsClosed()
{
    const auto started = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(started.has_value(), why(started).constData());
    const QString id = started->id;
    QVERIFY(reviews().decide(id, as(u"ana"_s), GateDecision::NoGo, u"Not this quarter."_s).has_value());
    const auto sign = reviews().sign(id, as(u"sam"_s), Role::Security, SignoffDecision::Approve, {});
    QVERIFY(!sign.has_value());
    QCOMPARE(sign.error().toString(), id + u": the review is already decided (no-go)"_s);
    const auto again = reviews().decide(id, as(u"ana"_s), GateDecision::Go, {});
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().toString(), id + u": the review is already decided (no-go)"_s);
    const auto stranger = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(stranger.has_value(), why(stranger).constData());
    const auto notAllowed = reviews().decide(stranger->id, as(u"sam"_s), GateDecision::NoGo, {});
    QVERIFY(!notAllowed.has_value());
    QCOMPARE(notAllowed.error().toString(),
             u"sam: Sam Patel is neither the requester nor a pm, so cannot decide this review"_s);
}

void TstGateReviews::abandonedReviewIsClosedWithoutAVerdict()
{
    const auto started = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(started.has_value(), why(started).constData());
    const QString id = started->id;
    QVERIFY(reviews().sign(id, as(u"ana"_s), Role::Pm, SignoffDecision::Approve, {}).has_value());
    // Only the requester or a pm closes it, only with a reason, and only with abandon.
    const auto stranger = reviews().abandon(id, as(u"sam"_s), u"Not mine to keep."_s);
    QVERIFY(!stranger.has_value());
    QCOMPARE(stranger.error().toString(),
             u"sam: Sam Patel is neither the requester nor a pm, so cannot abandon this review"_s);
    const auto silent = reviews().abandon(id, as(u"ana"_s), u"  "_s);
    QVERIFY(!silent.has_value());
    QCOMPARE(silent.error().toString(), id + u": say why the review is abandoned: the reason stays on record"_s);
    const auto asDecision = reviews().decide(id, as(u"ana"_s), GateDecision::Abandoned, u"Postponed."_s);
    QVERIFY(!asDecision.has_value());
    QCOMPARE(asDecision.error().toString(), id + u": a review is abandoned with abandon, not decided"_s);
    QCOMPARE(auditCount(), 3); // import, start, sign: the refusals wrote nothing

    const auto abandoned = reviews().abandon(id, as(u"ana"_s), u" Pilot postponed to Q1. "_s);
    QVERIFY2(abandoned.has_value(), why(abandoned).constData());
    QCOMPARE(abandoned->decision, std::optional<GateDecision>(GateDecision::Abandoned));
    QCOMPARE(abandoned->rationale, u"Pilot postponed to Q1."_s);
    QVERIFY(!abandoned->hasVerdict());

    // Closed for good: no sign-off, decision or second abandonment.
    const QString closed = id + u": the review was abandoned"_s;
    const auto sign = reviews().sign(id, as(u"sam"_s), Role::Security, SignoffDecision::Approve, {});
    QVERIFY(!sign.has_value());
    QCOMPARE(sign.error().toString(), closed);
    const auto decide = reviews().decide(id, as(u"ana"_s), GateDecision::NoGo, {});
    QVERIFY(!decide.has_value());
    QCOMPARE(decide.error().toString(), closed);
    const auto again = reviews().abandon(id, as(u"ana"_s), u"Twice."_s);
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().toString(), closed);

    // It is no decision: the latest verdict is still the example's go, and nothing is open.
    const auto portfolio = PortfolioRepository(*m_db).load();
    QVERIFY2(portfolio.has_value(), why(portfolio).constData());
    const UseCase &u = portfolio->useCases.first();
    QCOMPARE(u.gateReviews.last().id, id);
    QCOMPARE(u.gateReviews.last().decision, std::optional<GateDecision>(GateDecision::Abandoned));
    QVERIFY(u.openReview() == nullptr);
    QVERIFY(u.latestVerdict() != nullptr);
    QCOMPARE(u.latestVerdict()->id, u"review-2026-10-21"_s);

    // Audited as its own step, covered like a decision, and kept in the portfolio file.
    QCOMPARE(auditCount(), 4);
    AuditEvent last;
    QVERIFY(AuditStore(*m_db).forEach([&](const AuditEvent &e) { last = e; }, u"gate_review"_s, id).has_value());
    QCOMPARE(last.entry.action, u"abandon"_s);
    QCOMPARE(last.entry.actor.person, u"ana"_s);
    QVERIFY2(last.entry.payload.contains(R"("decision":"abandoned")"), last.entry.payload.constData());
    const auto coverage = AuditCoverage(*m_db).verify();
    QVERIFY2(coverage.has_value(), why(coverage).constData());
    QCOMPARE(coverage->problem, QString());
    const QByteArray file = PortfolioWriter::write(*portfolio);
    const auto reread = PortfolioReader::read(file);
    QVERIFY2(reread.has_value(), why(reread).constData());
    const GateReview &kept = reread->useCases.first().gateReviews.last();
    QCOMPARE(kept.decision, std::optional<GateDecision>(GateDecision::Abandoned));
    QCOMPARE(kept.rationale, u"Pilot postponed to Q1."_s);

    // A review a required role rejected is no-go: it cannot be closed without that verdict.
    const auto rejected = reviews().start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(rejected.has_value(), why(rejected).constData());
    QVERIFY(reviews().sign(rejected->id, as(u"sam"_s), Role::Security, SignoffDecision::Reject, u"PII"_s).has_value());
    const auto hidden = reviews().abandon(rejected->id, as(u"ana"_s), u"Never mind."_s);
    QVERIFY(!hidden.has_value());
    QCOMPARE(hidden.error().toString(), rejected->id + u": rejected by security (Sam Patel): PII: decide it no-go "
                                                       u"instead of abandoning it"_s);
}

void TstGateReviews::onlyApproverRolesDecideOnDataClasses_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<Role>("role");
    QTest::addColumn<DataClass>("dataClass");
    QTest::addColumn<QString>("error");
    QTest::newRow("pm may not") << u"ana"_s << Role::Pm << DataClass::Customer
                                << u"ana: only security, legal or compliance decide on data classes, not pm"_s;
    QTest::newRow("role not held") << u"ana"_s << Role::Security << DataClass::Customer
                                   << u"ana: Ana Ruiz does not hold the security role"_s;
    QTest::newRow("class not used") << u"sam"_s << Role::Security << DataClass::Regulated
                                    << u"support-reply-draft: regulated is not among the use case's data classes"_s;
    QTest::newRow("unknown person") << u"zoe"_s << Role::Security << DataClass::Customer << u"zoe: unknown person"_s;
}

void TstGateReviews::onlyApproverRolesDecideOnDataClasses()
{
    QFETCH(QString, person);
    QFETCH(Role, role);
    QFETCH(DataClass, dataClass);
    QFETCH(QString, error);
    const auto result =
        approvals().decide(u"support-reply-draft"_s, dataClass, as(person), role, ApprovalDecision::Approved, {});
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().toString(), error);
    QCOMPARE(auditCount(), 1);
}

void TstGateReviews::approvalIsRecordedAndAudited()
{
    const auto status = approvals().decide(u"support-reply-draft"_s, DataClass::Customer, as(u"sam"_s), Role::Security,
                                           ApprovalDecision::Rejected, u"attachments leak"_s);
    QVERIFY2(status.has_value(), why(status).constData());
    QCOMPARE(status->state, DataClassStatus::State::Rejected);
    const auto p = PortfolioRepository(*m_db).load();
    QVERIFY2(p.has_value(), why(p).constData());
    QCOMPARE(p->useCases.size(), 1);
    QCOMPARE(p->useCases[0].dataApprovals.size(), 2);
    QCOMPARE(p->useCases[0].dataApprovals[1].note, u"attachments leak"_s);
    QCOMPARE(p->useCases[0].dataApprovals[1].date, QDate(2026, 11, 23));
    QCOMPARE(auditCount(), 2);
}

void TstGateReviews::regulatedNeedsAllThree()
{
    auto read = PortfolioReader::read(readExample());
    QVERIFY2(read.has_value(), why(read).constData());
    Portfolio p = *read;
    p.useCases[0].riskTier = RiskTier::High;
    p.useCases[0].dataClasses = {DataClass::Regulated, DataClass::Credentials};
    p.useCases[0].dataApprovals.clear();
    // A database of its own: the fixture's already holds the example's approvals, which an import cannot drop.
    m_db.reset();
    const QString location = freshTestDatabase(m_dir, u"-fresh"_s);
    QVERIFY(!location.isEmpty());
    auto db = Database::open(location);
    QVERIFY(db.has_value());
    m_db = std::move(*db);
    const auto imported = PortfolioImporter(*m_db).import(PortfolioWriter::write(p), u"x.json"_s, as(u"t"_s), m_now);
    QVERIFY2(imported.has_value(), why(imported).constData());
    auto status = approvals().decide(u"support-reply-draft"_s, DataClass::Regulated, as(u"lea"_s), Role::Legal,
                                     ApprovalDecision::Approved, {});
    QVERIFY2(status.has_value(), why(status).constData());
    QCOMPARE(status->state, DataClassStatus::State::Pending);
    QCOMPARE(status->missingRoles, (QList<Role>{Role::Security, Role::Compliance}));
    const auto security = approvals().decide(u"support-reply-draft"_s, DataClass::Regulated, as(u"sam"_s),
                                             Role::Security, ApprovalDecision::Approved, {});
    QVERIFY2(security.has_value(), why(security).constData());
    status = approvals().decide(u"support-reply-draft"_s, DataClass::Regulated, as(u"lea"_s), Role::Compliance,
                                ApprovalDecision::Approved, {});
    QVERIFY2(status.has_value(), why(status).constData());
    QCOMPARE(status->state, DataClassStatus::State::Approved);
    const auto credentials = approvals().decide(u"support-reply-draft"_s, DataClass::Credentials, as(u"sam"_s),
                                                Role::Security, ApprovalDecision::Approved, {});
    QVERIFY(!credentials.has_value());
    QCOMPARE(credentials.error().toString(),
             u"support-reply-draft: credentials can never be approved; remove the class from the use case instead"_s);
}

void TstGateReviews::evalRunsAreCheckedBeforeTheyAreRecorded_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("passed");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("error");
    QTest::newRow("recorded") << u"support-draft"_s << 3 << 120 << 118 << QString() << QString();
    QTest::newRow("unknown route version") << u"support-draft"_s << 9 << 120 << 118 << QString()
                                           << u"support-reply-draft: unknown route version \"support-draft\" v9"_s;
    QTest::newRow("more passed than cases") << u"support-draft"_s << 3 << 10 << 11 << QString()
                                            << u"support-reply-draft: normal: 11 passed of 10 is not possible"_s;
    QTest::newRow("no cases") << u"support-draft"_s << 3 << 0 << 0 << QString()
                              << u"support-reply-draft: the run has no cases"_s;
    QTest::newRow("id taken") << u"support-draft"_s << 3 << 10 << 10 << u"run-2026-09-15"_s
                              << u"support-reply-draft: an eval run \"run-2026-09-15\" already exists"_s;
}

void TstGateReviews::evalRunsAreCheckedBeforeTheyAreRecorded()
{
    QFETCH(QString, route);
    QFETCH(int, version);
    QFETCH(int, total);
    QFETCH(int, passed);
    QFETCH(QString, id);
    QFETCH(QString, error);
    EvalRun run;
    run.id = id;
    run.date = QDate(2026, 11, 20);
    run.route = route;
    run.routeVersion = version;
    run.results.insert(EvalCategory::Normal, CategoryResult{total, passed});
    const auto recorded = EvalRunService(*m_db).record(u"support-reply-draft"_s, run, as(u"chen"_s), m_now);
    const auto p = PortfolioRepository(*m_db).load();
    QVERIFY2(p.has_value(), why(p).constData());
    QCOMPARE(p->useCases.size(), 1);
    if (error.isEmpty()) {
        QVERIFY2(recorded.has_value(), why(recorded).constData());
        QCOMPARE(recorded->id, u"run-2026-11-20"_s);
        QCOMPARE(p->useCases[0].evalRuns.size(), 3);
        QCOMPARE(p->useCases[0].evalRuns.last().results[EvalCategory::Normal].passed, 118);
        QCOMPARE(auditCount(), 2);
    } else {
        QVERIFY(!recorded.has_value());
        QCOMPARE(recorded.error().toString(), error);
        QCOMPARE(p->useCases[0].evalRuns.size(), 2);
        QCOMPARE(auditCount(), 1);
    }
}

namespace {
Route supportDraftV3()
{
    Route r;
    r.id = u"support-draft"_s;
    r.provider = u"openai"_s;
    r.model = u"gpt-4o-mini"_s;
    r.endpoint = Endpoint::Live;
    r.promptVersion = u"p-2026-10-01"_s;
    r.retrievalCorpus = u"kb-2026-10"_s;
    r.toolSchemaVersion = u"none"_s;
    r.fallbackRoute = u"support-draft-fallback"_s;
    return r;
}
} // namespace

void TstGateReviews::routeChangeMakesTheNextVersion()
{
    const qint64 before = auditCount();
    Route changed = supportDraftV3();
    changed.model = u"  gpt-4.1-mini "_s;
    const auto stored = RouteService(*m_db).addVersion(changed, as(u"ben"_s), m_now);
    QVERIFY2(stored.has_value(), why(stored).constData());
    QCOMPARE(stored->version, 4);
    QCOMPARE(stored->model, u"gpt-4.1-mini"_s);
    const auto p = PortfolioRepository(*m_db).load();
    QVERIFY2(p.has_value(), why(p).constData());
    const Route *latest = p->latestRoute(u"support-draft"_s);
    QVERIFY(latest != nullptr);
    QCOMPARE(latest->version, 4);
    // Earlier versions stay as they were: eval runs point at them.
    const Route *v3 = p->route(u"support-draft"_s, 3);
    QVERIFY(v3 != nullptr);
    QCOMPARE(v3->model, u"gpt-4o-mini"_s);
    QCOMPARE(auditCount(), before + 1);
    QList<AuditEvent> events;
    const auto read = AuditStore(*m_db).forEach([&](const AuditEvent &e) { events.append(e); });
    QVERIFY2(read.has_value(), why(read).constData());
    QCOMPARE(qint64(events.size()), before + 1);
    QCOMPARE(events.last().entry.entity, u"route"_s);
    QCOMPARE(events.last().entry.entityId, u"support-draft"_s);
    QCOMPARE(events.last().entry.action, u"create"_s);
    QVERIFY(events.last().entry.payload.contains("\"version\":4"));

    Route fresh;
    fresh.id = u"support-draft-v2"_s;
    fresh.provider = u"anthropic"_s;
    fresh.model = u"claude-3-5-haiku"_s;
    const auto first = RouteService(*m_db).addVersion(fresh, as(u"ben"_s), m_now);
    QVERIFY2(first.has_value(), why(first).constData());
    QCOMPARE(first->version, 1);
    // The exported portfolio carries the new versions.
    const auto reloaded = PortfolioRepository(*m_db).load();
    QVERIFY2(reloaded.has_value(), why(reloaded).constData());
    const QByteArray exported = PortfolioWriter::write(*reloaded);
    QVERIFY(exported.contains("\"model\": \"gpt-4.1-mini\""));
    QVERIFY(exported.contains("\"id\": \"support-draft-v2\""));
}

void TstGateReviews::routeVersionsAreCheckedBeforeTheyAreStored_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("nothing changed") << u""_s << u""_s << u"support-draft: nothing changed since version 3"_s;
    QTest::newRow("bad id") << u"id"_s << u"Support Draft"_s
                            << u"Support Draft: the route id must be lower-case letters, digits, dots, dashes or "
                               u"underscores"_s;
    QTest::newRow("empty id") << u"id"_s << u""_s
                              << u"route: the route id must be lower-case letters, digits, dots, dashes or "
                                 u"underscores"_s;
    QTest::newRow("no provider") << u"provider"_s << u" "_s << u"support-draft: the provider must be named"_s;
    QTest::newRow("no model") << u"model"_s << u""_s << u"support-draft: the model must be named"_s;
    QTest::newRow("own fallback") << u"fallback"_s << u"support-draft"_s
                                  << u"support-draft: a route cannot be its own fallback"_s;
    QTest::newRow("unknown fallback") << u"fallback"_s << u"manual-queue"_s
                                      << u"support-draft: unknown fallback route \"manual-queue\""_s;
}

void TstGateReviews::routeVersionsAreCheckedBeforeTheyAreStored()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    Route route = supportDraftV3();
    if (field == u"id"_s)
        route.id = value;
    else if (field == u"provider"_s)
        route.provider = value;
    else if (field == u"model"_s)
        route.model = value;
    else if (field == u"fallback"_s)
        route.fallbackRoute = value;
    const qint64 before = auditCount();
    const auto stored = RouteService(*m_db).addVersion(route, as(u"ben"_s), m_now);
    QVERIFY(!stored.has_value());
    QCOMPARE(stored.error().toString(), error);
    QCOMPARE(auditCount(), before);
    const auto p = PortfolioRepository(*m_db).load();
    QVERIFY2(p.has_value(), why(p).constData());
    QCOMPARE(p->routes.size(), 3);
}

QTEST_GUILESS_MAIN(TstGateReviews)
#include "tst_gatereviews.moc"
