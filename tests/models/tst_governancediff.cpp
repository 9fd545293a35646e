#include "../support/portfolioedits.h"

#include "gate/dataapprovalrules.h"
#include "portfolio/governancediff.h"
#include "portfolio/portfolioreader.h"

#include <QJsonArray>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

/// The tests' day, as the command-line tests' clock.
const QDate today(2026, 11, 23);

Portfolio read(const QByteArray &json)
{
    const Result<Portfolio> portfolio = PortfolioReader::read(json);
    if (!portfolio)
        qFatal("test portfolio does not read: %s", qPrintable(portfolio.error().toString()));
    return *portfolio;
}

GovernanceChanges diff(const QByteArray &before, const QByteArray &after, QDate asOf = today)
{
    return GovernanceDiff::compare(read(before), read(after), asOf);
}

/// The example's one use case against @p after.
UseCaseChanges exampleUseCase(const QByteArray &after, QDate asOf = today)
{
    const GovernanceChanges changes = diff(readExample(), after, asOf);
    if (changes.useCases.size() != 1)
        qFatal("expected the example's one use case");
    return changes.useCases.first();
}

QStringList ruleIds(const QList<RuleResult> &rules)
{
    QStringList ids;
    for (const RuleResult &r : rules)
        ids.append(r.rule);
    return ids;
}

QStringList paths(const QList<PortfolioChange> &changes)
{
    QStringList list;
    for (const PortfolioChange &c : changes)
        list.append(c.path);
    return list;
}

} // namespace

class TstGovernanceDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalFilesChangeNothing();
    void ownerChangeNamesBothPeople();
    void dataClassChanges_data();
    void dataClassChanges();
    void addedApprovalsAreListed();
    void anExpiredApprovalIsNotApproved_data();
    void anExpiredApprovalIsNotApproved();
    void policyChangesAndTheRulesTheyBreak_data();
    void policyChangesAndTheRulesTheyBreak();
    void templateChangesAreListedAndJudged();
    void aUseCaseWhoseTemplateIsGoneIsNotEligible();
    void routeChangeAndNewRouteVersions();
    void addedEvalRunAndTheRulesItBreaks();
    void gateReviewsAndDecisions();
    void waiversGrantedRevokedAndRemoved();
    void useCasesAddedAndRemoved();
    void otherChangesKeepTheirPaths();
    void judgesBothSidesOnTheSameDay();
    void classifiesRegressions_data();
    void classifiesRegressions();
};

void TstGovernanceDiff::identicalFilesChangeNothing()
{
    const GovernanceChanges changes = diff(readExample(), readExample());
    QVERIFY(changes.isEmpty());
    QVERIFY(!changes.hasRegression());
    QCOMPARE(changes.asOf, today);
    QCOMPARE(changes.useCases.size(), 1);
    const UseCaseChanges &u = changes.useCases.first();
    QCOMPARE(u.kind, UseCaseChanges::Kind::Unchanged);
    QCOMPARE(u.id, u"support-reply-draft"_s);
    QCOMPARE(u.gateBefore->gate, u"customer-launch"_s);
    QVERIFY(u.gateBefore->eligible());
    QVERIFY(u.gateAfter->eligible());
    QVERIFY(u.newlyFailing.isEmpty());
}

void TstGovernanceDiff::ownerChangeNamesBothPeople()
{
    const UseCaseChanges u = exampleUseCase(exampleWith("use_cases/0/owners/support", u"eli"_s));
    QCOMPARE(u.kind, UseCaseChanges::Kind::Changed);
    QCOMPARE(u.owners.size(), 1);
    QCOMPARE(u.owners[0].role, u"support"_s);
    QCOMPARE(u.owners[0].before, (PersonRef{u"dana"_s, u"Dana Kim"_s}));
    QCOMPARE(u.owners[0].after, (PersonRef{u"eli"_s, u"Eli Novak"_s}));
    QVERIFY(u.otherChanges.isEmpty());
    QVERIFY(!u.isRegression()); // eli holds the support role too
}

void TstGovernanceDiff::dataClassChanges_data()
{
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<DataClassChange::Kind>("kind");
    QTest::addColumn<DataClass>("dataClass");
    QTest::addColumn<DataClassStatus::State>("state"); // after; before for a removed class
    QTest::addColumn<QList<Role>>("missingRoles");
    QTest::addColumn<QList<DataClass>>("unapprovedGained");
    QTest::addColumn<bool>("losesEligibility");

    using K = DataClassChange::Kind;
    using S = DataClassStatus::State;
    QTest::newRow("public added: needs no approval")
        << appendToExample("use_cases/0/data_classes", u"public"_s) << K::Added << DataClass::Public << S::Approved
        << QList<Role>{} << QList<DataClass>{} << false;
    QTest::newRow("regulated added: awaits three roles")
        << appendToExample("use_cases/0/data_classes", u"regulated"_s) << K::Added << DataClass::Regulated << S::Pending
        << QList<Role>{Role::Legal, Role::Security, Role::Compliance} << QList<DataClass>{DataClass::Regulated} << true;
    QTest::newRow("credentials added: never approvable")
        << appendToExample("use_cases/0/data_classes", u"credentials"_s) << K::Added << DataClass::Credentials
        << S::Denied << QList<Role>{} << QList<DataClass>{DataClass::Credentials} << true;
    QTest::newRow("internal removed") << exampleWith("use_cases/0/data_classes", QJsonArray{u"customer"_s})
                                      << K::Removed << DataClass::Internal << S::Approved << QList<Role>{}
                                      << QList<DataClass>{} << false;
    QTest::newRow("customer rejected by security")
        << appendToExample("use_cases/0/data_approvals",
                           approval(u"customer"_s, u"security"_s, u"sam"_s, u"rejected"_s, u"2026-11-02"_s))
        << K::StatusChanged << DataClass::Customer << S::Rejected << QList<Role>{}
        << QList<DataClass>{DataClass::Customer} << true;
    QTest::newRow("customer's approval dropped")
        << exampleWith("use_cases/0/data_approvals", QJsonArray{}) << K::StatusChanged << DataClass::Customer
        << S::Pending << QList<Role>{Role::Security} << QList<DataClass>{DataClass::Customer} << true;
}

void TstGovernanceDiff::dataClassChanges()
{
    QFETCH(QByteArray, after);
    QFETCH(DataClassChange::Kind, kind);
    QFETCH(DataClass, dataClass);
    QFETCH(DataClassStatus::State, state);
    QFETCH(QList<Role>, missingRoles);
    QFETCH(QList<DataClass>, unapprovedGained);
    QFETCH(bool, losesEligibility);

    const UseCaseChanges u = exampleUseCase(after);
    QCOMPARE(u.kind, UseCaseChanges::Kind::Changed);
    QCOMPARE(u.dataClasses.size(), 1);
    const DataClassChange &d = u.dataClasses.first();
    QCOMPARE(d.kind, kind);
    QCOMPARE(d.dataClass, dataClass);
    const DataClassStatus &status = kind == DataClassChange::Kind::Removed ? *d.before : *d.after;
    QCOMPARE(status.state, state);
    QCOMPARE(status.missingRoles, missingRoles);
    QCOMPARE(d.before.has_value(), kind != DataClassChange::Kind::Added);
    QCOMPARE(d.after.has_value(), kind != DataClassChange::Kind::Removed);
    QCOMPARE(u.unapprovedGained(), unapprovedGained);
    QCOMPARE(u.losesEligibility(), losesEligibility);
    QCOMPARE(u.isRegression(), losesEligibility || !unapprovedGained.isEmpty());
}

void TstGovernanceDiff::addedApprovalsAreListed()
{
    const UseCaseChanges u = exampleUseCase(
        appendToExample("use_cases/0/data_approvals", approval(u"customer"_s, u"security"_s, u"sam"_s, u"approved"_s,
                                                               u"2026-11-20"_s, u"Renewed for a year."_s)));
    QCOMPARE(u.kind, UseCaseChanges::Kind::Changed);
    QCOMPARE(u.approvalsAdded.size(), 1);
    const DataApproval &a = u.approvalsAdded.first();
    QCOMPARE(a.dataClass, DataClass::Customer);
    QCOMPARE(a.role, Role::Security);
    QCOMPARE(a.person, u"sam"_s);
    QCOMPARE(a.decision, ApprovalDecision::Approved);
    QCOMPARE(a.date, QDate(2026, 11, 20));
    QCOMPARE(a.note, u"Renewed for a year."_s);
    QVERIFY(u.approvalsRemoved.isEmpty());
    QVERIFY(u.dataClasses.isEmpty()); // still approved: no change of state
    QVERIFY(u.otherChanges.isEmpty());
    QVERIFY(!u.isRegression());
}

void TstGovernanceDiff::anExpiredApprovalIsNotApproved_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<DataClass>("dataClass");
    QTest::addColumn<DataClassStatus::State>("stateBefore");
    QTest::addColumn<QList<Role>>("expiredBefore");
    QTest::addColumn<QList<Role>>("expiredAfter"); // the state after is approved on record
    using S = DataClassStatus::State;
    // Compliance completes regulated, but legal's approval of 2025-10-01 is more than 365 days old on 2026-11-23.
    QTest::newRow("completed on an old approval")
        << regulatedWithAnOldApproval()
        << appendTo(regulatedWithAnOldApproval(), "use_cases/0/data_approvals",
                    approval(u"regulated"_s, u"compliance"_s, u"lea"_s, u"approved"_s, u"2026-11-20"_s))
        << DataClass::Regulated << S::Pending << QList<Role>{} << QList<Role>{Role::Legal};
    // A shorter limit on the newer side alone: the example's customer approval of 2026-10-02 is 52 days old. The state
    // on record is the same, where it stands is not.
    QTest::newRow("a shorter limit") << readExample()
                                     << exampleWith("policy/evidence_max_age_days",
                                                    QJsonObject{{u"data_approval"_s, 30}})
                                     << DataClass::Customer << S::Approved << QList<Role>{}
                                     << QList<Role>{Role::Security};
}

void TstGovernanceDiff::anExpiredApprovalIsNotApproved()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(DataClass, dataClass);
    QFETCH(DataClassStatus::State, stateBefore);
    QFETCH(QList<Role>, expiredBefore);
    QFETCH(QList<Role>, expiredAfter);
    const GovernanceChanges changes = diff(before, after);
    QCOMPARE(changes.useCases.size(), 1);
    const UseCaseChanges &u = changes.useCases.first();
    QCOMPARE(u.dataClasses.size(), 1);
    const DataClassChange &d = u.dataClasses.first();
    QCOMPARE(d.kind, DataClassChange::Kind::StatusChanged);
    QCOMPARE(d.dataClass, dataClass);
    QCOMPARE(d.before->state, stateBefore);
    QCOMPARE(DataApprovalRules::rolesOf(d.expiredBefore), expiredBefore);
    QCOMPARE(d.after->state, DataClassStatus::State::Approved);
    QCOMPARE(DataApprovalRules::rolesOf(d.expiredAfter), expiredAfter);
}

void TstGovernanceDiff::policyChangesAndTheRulesTheyBreak_data()
{
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("before");
    QTest::addColumn<QJsonValue>("afterValue");
    QTest::addColumn<QStringList>("newlyFailing");

    QTest::newRow("standard threshold raised above the latest eval")
        << exampleWith("policy/eval_threshold_standard_pct", 98.0) << u"eval_threshold_standard_pct"_s
        << QJsonValue(95.0) << QJsonValue(98.0) << QStringList{u"eval.threshold"_s};
    QTest::newRow("standard threshold raised, still met")
        << exampleWith("policy/eval_threshold_standard_pct", 97.0) << u"eval_threshold_standard_pct"_s
        << QJsonValue(95.0) << QJsonValue(97.0) << QStringList{};
    QTest::newRow("allowed regression narrowed")
        << exampleWith("policy/eval_regression_pp", 0.5) << u"eval_regression_pp"_s << QJsonValue(2.0)
        << QJsonValue(0.5) << QStringList{u"eval.regression"_s};
    QTest::newRow("eval runs count for 30 days")
        << exampleWith("policy/evidence_max_age_days", QJsonObject{{u"eval_run"_s, 30}})
        << u"evidence_max_age_days.eval_run"_s << QJsonValue(90) << QJsonValue(30) << QStringList{u"eval.threshold"_s};
    QTest::newRow("alert ratio, no rule reads it")
        << exampleWith("policy/spend_share_ratio_alert", 4.0) << u"spend_share_ratio_alert"_s << QJsonValue(3.0)
        << QJsonValue(4.0) << QStringList{};
}

void TstGovernanceDiff::policyChangesAndTheRulesTheyBreak()
{
    QFETCH(QByteArray, after);
    QFETCH(QString, key);
    QFETCH(QJsonValue, before);
    QFETCH(QJsonValue, afterValue);
    QFETCH(QStringList, newlyFailing);

    const GovernanceChanges changes = diff(readExample(), after);
    QCOMPARE(changes.policy, (QList<FieldChange>{{key, before, afterValue}}));
    const UseCaseChanges &u = changes.useCases.first();
    QCOMPARE(ruleIds(u.newlyFailing), newlyFailing);
    QCOMPARE(u.losesEligibility(), !newlyFailing.isEmpty());
    QCOMPARE(changes.hasRegression(), !newlyFailing.isEmpty());
    // The use case's record is the same: it changed only if its gate did.
    QCOMPARE(u.kind, newlyFailing.isEmpty() ? UseCaseChanges::Kind::Unchanged : UseCaseChanges::Kind::Changed);
}

void TstGovernanceDiff::templateChangesAreListedAndJudged()
{
    QByteArray after = exampleWith("gate_templates/1/high_risk_threshold", true);
    after = appendTo(after, "gate_templates/1/required_signoffs", u"legal"_s);
    after = jsonWith(after, "gate_templates/0/rules", QJsonArray{u"owner.product"_s, u"owner.launch"_s});
    after = appendTo(after, "gate_templates",
                     QJsonObject{{u"id"_s, u"red-team"_s},
                                 {u"name"_s, u"Red team"_s},
                                 {u"rules"_s, QJsonArray{u"eval.coverage"_s}},
                                 {u"high_risk_threshold"_s, false},
                                 {u"required_signoffs"_s, QJsonArray{u"security"_s}}});
    const GovernanceChanges changes = diff(readExample(), after);
    QCOMPARE(changes.templates.size(), 3);

    const TemplateChange &pilot = changes.templates[0];
    QCOMPARE(pilot.id, u"internal-pilot"_s);
    QCOMPARE(pilot.kind, TemplateChange::Kind::Changed);
    QCOMPARE(pilot.rulesRemoved, (QStringList{u"owner.support"_s, u"data.classified"_s, u"data.approved"_s,
                                              u"data.no_credentials"_s, u"logging.policy"_s, u"rollback.path"_s}));
    QVERIFY(pilot.rulesAdded.isEmpty());

    const TemplateChange &customer = changes.templates[1];
    QCOMPARE(customer.id, u"customer-launch"_s);
    QCOMPARE(customer.fields, (QList<FieldChange>{{u"high_risk_threshold"_s, false, true}}));
    QCOMPARE(customer.signoffsAdded, QList<Role>{Role::Legal});
    QVERIFY(customer.signoffsRemoved.isEmpty());

    const TemplateChange &redTeam = changes.templates[2];
    QCOMPARE(redTeam.kind, TemplateChange::Kind::Added);
    QCOMPARE(redTeam.rulesAdded, QStringList{u"eval.coverage"_s});
    QCOMPARE(redTeam.signoffsAdded, QList<Role>{Role::Security});

    // The strict threshold (98 %) now applies at customer-launch: the latest eval's 97.5 % no longer passes.
    const UseCaseChanges &u = changes.useCases.first();
    QCOMPARE(ruleIds(u.newlyFailing), QStringList{u"eval.threshold"_s});
    QCOMPARE(u.newlyFailing.first().explanation,
             u"latest eval 97.5 % (route support-draft v3, 2026-10-10) < threshold 98 %"_s);
    QVERIFY(u.losesEligibility());
}

void TstGovernanceDiff::aUseCaseWhoseTemplateIsGoneIsNotEligible()
{
    QJsonArray templates = exampleValue("gate_templates").toArray();
    templates.removeAt(1); // customer-launch, the example's use case's gate
    const QByteArray after = exampleWith("gate_templates", templates);
    const GovernanceChanges changes = diff(readExample(), jsonWith(after, "use_cases/0/gate_reviews", QJsonArray{}));
    QCOMPARE(changes.templates.size(), 1);
    QCOMPARE(changes.templates[0].kind, TemplateChange::Kind::Removed);
    QCOMPARE(changes.templates[0].id, u"customer-launch"_s);
    const UseCaseChanges &u = changes.useCases.first();
    QCOMPARE(u.gateAfter->gate, u"customer-launch"_s);
    QVERIFY(!u.gateAfter->templateFound);
    QVERIFY(!u.gateAfter->eligible());
    QVERIFY(u.losesEligibility());
}

void TstGovernanceDiff::routeChangeAndNewRouteVersions()
{
    QJsonObject v4 = exampleValue("routes/1").toObject();
    v4[u"version"_s] = 4;
    v4[u"model"_s] = u"gpt-4.1-mini"_s;
    const QByteArray withV4 = appendToExample("routes", v4);

    const GovernanceChanges added = diff(readExample(), withV4);
    QCOMPARE(added.routeVersionsAdded.size(), 1);
    const RouteVersionChange &v = added.routeVersionsAdded.first();
    QCOMPARE(v.route.id, u"support-draft"_s);
    QCOMPARE(v.route.version, 4);
    QCOMPARE(v.previousVersion, 3);
    QCOMPARE(v.changes, (QList<FieldChange>{{u"model"_s, u"gpt-4o-mini"_s, u"gpt-4.1-mini"_s}}));
    // The use case runs on that route: the new version is listed under it too, and it changed though its record
    // did not.
    const UseCaseChanges &onRoute = added.useCases.first();
    QCOMPARE(onRoute.kind, UseCaseChanges::Kind::Changed);
    QCOMPARE(onRoute.routeVersionsAdded.size(), 1);
    QCOMPARE(onRoute.routeBefore, u"support-draft"_s);
    QCOMPARE(onRoute.routeAfter, u"support-draft"_s);
    QVERIFY(!onRoute.isRegression());

    const GovernanceChanges removed = diff(withV4, readExample());
    QCOMPARE(removed.routeVersionsRemoved.size(), 1);
    QCOMPARE(removed.routeVersionsRemoved.first().version, 4);

    // Moving to the fallback route, which has no eval run: the eval rules and the tool check lose their evidence,
    // and the fallback is now the use case's own route.
    const UseCaseChanges moved = exampleUseCase(exampleWith("use_cases/0/route", u"support-draft-fallback"_s));
    QCOMPARE(moved.routeBefore, u"support-draft"_s);
    QCOMPARE(moved.routeAfter, u"support-draft-fallback"_s);
    QVERIFY(moved.otherChanges.isEmpty());
    QCOMPARE(ruleIds(moved.newlyFailing), (QStringList{u"eval.threshold"_s, u"eval.regression"_s, u"eval.coverage"_s,
                                                       u"tools.authorized"_s, u"rollback.fallback"_s}));
    QVERIFY(moved.losesEligibility());
}

void TstGovernanceDiff::addedEvalRunAndTheRulesItBreaks()
{
    // 50 of 60 normal cases: 108 of 120, 90.0 %, 8.3 points below the baseline.
    const UseCaseChanges u =
        exampleUseCase(appendToExample("use_cases/0/eval_runs", evalRun(u"run-2026-11-20"_s, u"2026-11-20"_s, 3, 50)));
    QCOMPARE(u.evalRunsAdded.size(), 1);
    QCOMPARE(u.evalRunsAdded.first().id, u"run-2026-11-20"_s);
    QCOMPARE(*u.evalRunsAdded.first().passRatePct(), 90.0);
    QVERIFY(u.evalRunsRemoved.isEmpty());
    QVERIFY(u.otherChanges.isEmpty());
    QCOMPARE(ruleIds(u.newlyFailing), (QStringList{u"eval.threshold"_s, u"eval.regression"_s}));
    QCOMPARE(u.newlyFailing.first().explanation,
             u"latest eval 90.0 % (route support-draft v3, 2026-11-20) < threshold 95 %"_s);
    QVERIFY(u.losesEligibility());
    QVERIFY(u.unapprovedGained().isEmpty());

    // The other way: the failing run's removal is listed, and the rules pass again.
    const QByteArray failing = appendToExample("use_cases/0/eval_runs", evalRun(u"run-bad"_s, u"2026-11-20"_s, 3, 50));
    const UseCaseChanges back = diff(failing, readExample()).useCases.first();
    QCOMPARE(back.evalRunsRemoved.size(), 1);
    QCOMPARE(ruleIds(back.newlyPassing), (QStringList{u"eval.threshold"_s, u"eval.regression"_s}));
    QVERIFY(!back.isRegression());
}

void TstGovernanceDiff::gateReviewsAndDecisions()
{
    const QJsonObject review{
        {u"id"_s, u"review-2026-11-22"_s},
        {u"gate"_s, u"customer-launch"_s},
        {u"requested_by"_s, u"ana"_s},
        {u"requested_at"_s, u"2026-11-22T09:00:00Z"_s},
        {u"decision"_s, u"no-go"_s},
        {u"rationale"_s, u"Security wants another look."_s},
        {u"signoffs"_s, QJsonArray{QJsonObject{{u"role"_s, u"security"_s},
                                               {u"person"_s, u"sam"_s},
                                               {u"decision"_s, u"reject"_s},
                                               {u"at"_s, u"2026-11-22T10:00:00Z"_s},
                                               {u"note"_s, u""_s}}}},
        {u"rule_results"_s, QJsonArray{}},
    };
    const UseCaseChanges added = exampleUseCase(appendToExample("use_cases/0/gate_reviews", review));
    QCOMPARE(added.reviews.size(), 1);
    QCOMPARE(added.reviews[0].kind, ReviewChange::Kind::Added);
    QCOMPARE(added.reviews[0].review.id, u"review-2026-11-22"_s);
    QCOMPARE(added.reviews[0].review.decision, GateDecision::NoGo);
    QCOMPARE(added.reviews[0].signoffsAdded.size(), 1);
    QCOMPARE(added.reviews[0].signoffsAdded[0].person, u"sam"_s);
    QVERIFY(added.otherChanges.isEmpty());

    // A decision recorded on a review that was open.
    const QByteArray open = exampleWith("use_cases/0/gate_reviews/0/decision", QJsonValue::Null);
    const UseCaseChanges decided = diff(open, readExample()).useCases.first();
    QCOMPARE(decided.reviews.size(), 1);
    QCOMPARE(decided.reviews[0].kind, ReviewChange::Kind::Changed);
    QVERIFY(decided.reviews[0].decisionChanged());
    QVERIFY(!decided.reviews[0].decisionBefore.has_value());
    QCOMPARE(decided.reviews[0].review.decision, GateDecision::Go);
    QVERIFY(decided.reviews[0].signoffsAdded.isEmpty());
    QVERIFY(decided.otherChanges.isEmpty());

    // A sign-off added to it.
    const QByteArray signedByLea =
        appendToExample("use_cases/0/gate_reviews/0/signoffs", QJsonObject{{u"role"_s, u"legal"_s},
                                                                           {u"person"_s, u"lea"_s},
                                                                           {u"decision"_s, u"approve"_s},
                                                                           {u"at"_s, u"2026-10-21T12:00:00Z"_s},
                                                                           {u"note"_s, u"Fine by legal."_s}});
    const UseCaseChanges signoff = exampleUseCase(signedByLea);
    QCOMPARE(signoff.reviews.size(), 1);
    QCOMPARE(signoff.reviews[0].kind, ReviewChange::Kind::Changed);
    QVERIFY(!signoff.reviews[0].decisionChanged());
    QCOMPARE(signoff.reviews[0].signoffsAdded.size(), 1);
    QCOMPARE(signoff.reviews[0].signoffsAdded[0].role, Role::Legal);
    QCOMPARE(signoff.reviews[0].signoffsAdded[0].note, u"Fine by legal."_s);

    // Anything else about a review is listed at its path.
    const UseCaseChanges rationale =
        exampleUseCase(exampleWith("use_cases/0/gate_reviews/0/rationale", u"All blockers pass."_s));
    QVERIFY(rationale.reviews.isEmpty());
    QCOMPARE(paths(rationale.otherChanges), QStringList{u"gate_reviews[\"review-2026-10-21\"].rationale"_s});
}

void TstGovernanceDiff::waiversGrantedRevokedAndRemoved()
{
    // Without a cost cap ops.cost_cap fails; Max's waiver lets it pass, so the use case becomes go-eligible.
    const QByteArray noCap = exampleWith("use_cases/0/operations/daily_cost_cap_usd", QJsonValue::Null);
    QJsonObject waiver = costCapWaiver();
    const QByteArray waived = jsonWith(noCap, "use_cases/0/waivers", QJsonArray{waiver});
    const GovernanceChanges granted = diff(noCap, waived);
    const UseCaseChanges &g = granted.useCases.first();
    QCOMPARE(g.kind, UseCaseChanges::Kind::Changed);
    QCOMPARE(g.waiversAdded.size(), 1);
    QCOMPARE(g.waiversAdded.first().id, u"waiver-2026-11-20"_s);
    QVERIFY(g.waiversRevoked.isEmpty());
    QVERIFY(g.otherChanges.isEmpty());
    QVERIFY(!g.gateBefore->eligible());
    QVERIFY(g.gateAfter->eligible());
    QCOMPARE(ruleIds(g.newlyPassing), QStringList{u"ops.cost_cap"_s});
    QVERIFY(!granted.hasRegression());

    waiver.insert(u"revoked"_s, QJsonObject{{u"person"_s, u"max"_s},
                                            {u"role"_s, u"cto"_s},
                                            {u"date"_s, u"2026-11-22"_s},
                                            {u"reason"_s, u"loop found"_s}});
    const QByteArray revoked = jsonWith(noCap, "use_cases/0/waivers", QJsonArray{waiver});
    const GovernanceChanges ended = diff(waived, revoked);
    const UseCaseChanges &r = ended.useCases.first();
    QCOMPARE(r.waiversRevoked.size(), 1);
    QCOMPARE(r.waiversRevoked.first().revocation->reason, u"loop found"_s);
    QVERIFY(r.waiversAdded.isEmpty());
    QVERIFY(r.otherChanges.isEmpty());
    QVERIFY(r.losesEligibility());
    QVERIFY(ended.hasRegression());

    const UseCaseChanges dropped = diff(waived, noCap).useCases.first();
    QCOMPARE(dropped.waiversRemoved.size(), 1);
    QVERIFY(dropped.otherChanges.isEmpty());
}

void TstGovernanceDiff::useCasesAddedAndRemoved()
{
    const QByteArray two = appendToExample("use_cases", copyOfUseCase(u"reply-copy"_s));
    const GovernanceChanges added = diff(readExample(), two);
    QCOMPARE(added.useCases.size(), 2);
    QCOMPARE(added.count(UseCaseChanges::Kind::Unchanged), 1);
    const UseCaseChanges &copy = added.useCases[1];
    QCOMPARE(copy.kind, UseCaseChanges::Kind::Added);
    QCOMPARE(copy.id, u"reply-copy"_s);
    QCOMPARE(copy.name, u"Copy of Support reply drafts"_s);
    QVERIFY(!copy.gateBefore);
    QVERIFY(copy.gateAfter->eligible());
    // Everything a new use case records is new; its classes are approved, so nothing regresses.
    QCOMPARE(copy.owners.size(), 4);
    QCOMPARE(copy.owners[0].before, PersonRef{});
    QCOMPARE(copy.owners[0].after, (PersonRef{u"ana"_s, u"Ana Ruiz"_s}));
    QCOMPARE(copy.dataClasses.size(), 2);
    QCOMPARE(copy.approvalsAdded.size(), 1);
    QCOMPARE(copy.evalRunsAdded.size(), 2);
    QCOMPARE(copy.reviews.size(), 1);
    QCOMPARE(copy.routeAfter, u"support-draft"_s);
    QVERIFY(!added.hasRegression());

    // Removed: listed after the newer side's use cases, with how it stood; never a regression by itself.
    const QByteArray reordered =
        jsonWith(two, "use_cases", QJsonArray{copyOfUseCase(u"reply-copy"_s), exampleValue("use_cases/0").toObject()});
    const GovernanceChanges removed = diff(reordered, appendToExample("use_cases", copyOfUseCase(u"reply-b"_s)));
    QStringList order;
    for (const UseCaseChanges &u : removed.useCases)
        order.append(u.id + u':' + QString::number(int(u.kind)));
    QCOMPARE(order, (QStringList{u"support-reply-draft:0"_s, u"reply-b:1"_s, u"reply-copy:2"_s}));
    QVERIFY(removed.useCases[2].gateBefore->eligible());
    QVERIFY(!removed.useCases[2].gateAfter);
    QVERIFY(!removed.hasRegression());
}

void TstGovernanceDiff::otherChangesKeepTheirPaths()
{
    QByteArray after = exampleWith("use_cases/0/operations/kill_switch_tested", u"2026-11-20"_s);
    after = jsonWith(after, "use_cases/0/status", u"customer"_s);
    after = jsonWith(after, "people/3/roles", QJsonArray{u"support"_s, u"security"_s});
    const GovernanceChanges changes = diff(readExample(), after);
    const UseCaseChanges &u = changes.useCases.first();
    QCOMPARE(u.otherChanges.size(), 2);
    QCOMPARE(u.otherChanges[0], (PortfolioChange{PortfolioChange::Kind::Changed, u"operations.kill_switch_tested"_s,
                                                 u"2026-10-20"_s, u"2026-11-20"_s}));
    QCOMPARE(u.otherChanges[1],
             (PortfolioChange{PortfolioChange::Kind::Changed, u"status"_s, u"pilot"_s, u"customer"_s}));
    QCOMPARE(changes.otherChanges,
             (QList<PortfolioChange>{{PortfolioChange::Kind::Changed, u"people[\"dana\"].roles"_s,
                                      QJsonArray{u"support"_s}, QJsonArray{u"support"_s, u"security"_s}}}));
    QVERIFY(!changes.hasRegression());
}

void TstGovernanceDiff::judgesBothSidesOnTheSameDay()
{
    // An eval run dated after the day does not count yet on either side.
    const QByteArray later =
        appendToExample("use_cases/0/eval_runs", evalRun(u"run-2026-12-01"_s, u"2026-12-01"_s, 3, 50));
    const UseCaseChanges notYet = exampleUseCase(later, today);
    QCOMPARE(notYet.evalRunsAdded.size(), 1);
    QVERIFY(notYet.newlyFailing.isEmpty());
    const UseCaseChanges counted = exampleUseCase(later, QDate(2026, 12, 1));
    QCOMPARE(ruleIds(counted.newlyFailing), (QStringList{u"eval.threshold"_s, u"eval.regression"_s}));

    // Evidence that has gone stale by the day is stale on both sides: no one loses what neither has.
    const GovernanceChanges stale = diff(readExample(), readExample(), QDate(2027, 6, 1));
    QVERIFY(!stale.useCases.first().gateBefore->eligible());
    QCOMPARE(stale.useCases.first().kind, UseCaseChanges::Kind::Unchanged);
    QVERIFY(!stale.hasRegression());
}

void TstGovernanceDiff::classifiesRegressions_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<bool>("losesEligibility");
    QTest::addColumn<QList<DataClass>>("unapprovedGained");

    const QByteArray strict = exampleWith("policy/eval_threshold_standard_pct", 99.0);
    QTest::newRow("no change") << readExample() << readExample() << false << QList<DataClass>{};
    QTest::newRow("loses go-eligibility") << readExample() << strict << true << QList<DataClass>{};
    QTest::newRow("was not eligible, still is not")
        << strict << jsonWith(strict, "use_cases/0/owners/support", u"eli"_s) << false << QList<DataClass>{};
    QTest::newRow("regains go-eligibility") << strict << readExample() << false << QList<DataClass>{};
    QTest::newRow("unapproved class on a use case that was not eligible")
        << strict << appendTo(strict, "use_cases/0/data_classes", u"regulated"_s) << false
        << QList<DataClass>{DataClass::Regulated};
    QTest::newRow("a pending class stays pending")
        << exampleWith("use_cases/0/data_approvals", QJsonArray{})
        << jsonWith(exampleWith("use_cases/0/data_approvals", QJsonArray{}), "use_cases/0/owners/support", u"eli"_s)
        << false << QList<DataClass>{};
    QTest::newRow("a pending class is rejected")
        << exampleWith("use_cases/0/data_approvals", QJsonArray{})
        << exampleWith("use_cases/0/data_approvals",
                       QJsonArray{approval(u"customer"_s, u"security"_s, u"sam"_s, u"rejected"_s, u"2026-11-02"_s)})
        << false << QList<DataClass>{};
    QJsonObject pending = copyOfUseCase(u"new-thing"_s);
    pending[u"data_approvals"_s] = QJsonArray{};
    QTest::newRow("new use case with an unapproved class")
        << readExample() << appendToExample("use_cases", pending) << false << QList<DataClass>{DataClass::Customer};
    QJsonObject internalOnly = copyOfUseCase(u"new-thing"_s);
    internalOnly[u"data_classes"_s] = QJsonArray{u"internal"_s};
    internalOnly[u"data_approvals"_s] = QJsonArray{};
    internalOnly[u"logging"_s] = QJsonValue::Null;
    QTest::newRow("new use case that is not eligible yet")
        << readExample() << appendToExample("use_cases", internalOnly) << false << QList<DataClass>{};
}

void TstGovernanceDiff::classifiesRegressions()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(bool, losesEligibility);
    QFETCH(QList<DataClass>, unapprovedGained);

    const GovernanceChanges changes = diff(before, after);
    bool loses = false;
    QList<DataClass> gained;
    for (const UseCaseChanges &u : changes.useCases) {
        loses = loses || u.losesEligibility();
        gained += u.unapprovedGained();
    }
    QCOMPARE(loses, losesEligibility);
    QCOMPARE(gained, unapprovedGained);
    QCOMPARE(changes.hasRegression(), losesEligibility || !unapprovedGained.isEmpty());
}

QTEST_GUILESS_MAIN(TstGovernanceDiff)
#include "tst_governancediff.moc"
