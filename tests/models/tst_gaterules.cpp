#include "../support/badportfolios.h"
#include "../support/why.h"

#include "gate/dataapprovalrules.h"
#include "gate/gateengine.h"
#include "gate/gatereviewservice.h"
#include "gate/rulecatalog.h"
#include "portfolio/democalendar.h"
#include "portfolio/portfolioreader.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

using Mutation = std::function<void(Portfolio &, UseCase &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

Portfolio example()
{
    auto portfolio = PortfolioReader::read(readExample());
    if (!portfolio)
        qFatal("the example portfolio does not read: %s", qPrintable(portfolio.error().toString()));
    return *portfolio;
}

/// The day the example's evidence is judged on (the example was recorded in the autumn of 2026).
const QDate kToday(2026, 11, 23);

RuleResult evaluateRule(const Portfolio &p, const UseCase &u, const QString &gateId, const QString &rule,
                        QDate asOf = kToday)
{
    const GateEvaluation e = GateEngine::evaluate(p, u, *p.gateTemplate(gateId), asOf);
    for (const RuleResult &r : e.rules) {
        if (r.rule == rule)
            return r;
    }
    return RuleResult{u"<not applied>"_s, Severity::Warning, RuleOutcome::Missing, {}, {}};
}

CategoryResult &latestResult(UseCase &u, EvalCategory c)
{
    return u.evalRuns[1].results[c];
}

} // namespace

class TstGateRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRule_data();
    void everyRule();
    void templatesOnTheExample_data();
    void templatesOnTheExample();
    void defaultGateFitsTheUseCase_data();
    void defaultGateFitsTheUseCase();
    void missingBlockerCountsAsFailed();
    void failuresComeFirst();
    void everyCatalogRuleHasAnEvaluator();
    void evidenceGoesStale_data();
    void evidenceGoesStale();
    void theDemoKeepsItsResultsWhenLoadedLater();
    void highRiskLaunchKeepsDebugLogsSixMonths_data();
    void highRiskLaunchKeepsDebugLogsSixMonths();
    void whoMayDoWhat_data();
    void whoMayDoWhat();
};

void TstGateRules::whoMayDoWhat_data()
{
    // The one home of each role rule the window and the services ask (issue 15 item 9).
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<QList<Role>>("missing"); // roles the data class still needs
    QTest::addColumn<QList<Role>>("expired"); // roles whose approval of the class no longer counts
    QTest::addColumn<bool>("mayRequest");
    QTest::addColumn<bool>("mayDecide");
    QTest::addColumn<std::optional<Role>>("decidingRole");
    QTest::addColumn<bool>("mayApproveRaw");
    using R = QList<Role>;
    QTest::newRow("pm") << R{Role::Pm} << R{Role::Security} << R{} << true << false << std::optional<Role>() << false;
    QTest::newRow("cto") << R{Role::Cto} << R{} << R{} << true << false << std::optional<Role>() << false;
    QTest::newRow("engineering") << R{Role::Engineering} << R{} << R{} << false << false << std::optional<Role>()
                                 << false;
    QTest::newRow("security, nothing missing")
        << R{Role::Security} << R{} << R{} << false << true << std::optional<Role>(Role::Security) << true;
    QTest::newRow("legal and compliance, compliance missing")
        << R{Role::Legal, Role::Compliance} << R{Role::Security, Role::Compliance} << R{} << false << true
        << std::optional<Role>(Role::Compliance) << true;
    QTest::newRow("compliance, legal missing") << R{Role::Compliance} << R{Role::Legal} << R{} << false << true
                                               << std::optional<Role>(Role::Compliance) << false;
    QTest::newRow("pm and security") << R{Role::Pm, Role::Security} << R{Role::Security} << R{} << true << true
                                     << std::optional<Role>(Role::Security) << true;
    QTest::newRow("legal and compliance, compliance's approval expired")
        << R{Role::Legal, Role::Compliance} << R{} << R{Role::Compliance} << false << true
        << std::optional<Role>(Role::Compliance) << true;
    QTest::newRow("legal, compliance's approval expired")
        << R{Role::Legal} << R{} << R{Role::Compliance} << false << true << std::optional<Role>(Role::Legal) << true;
}

void TstGateRules::whoMayDoWhat()
{
    QFETCH(QList<Role>, roles);
    QFETCH(QList<Role>, missing);
    QFETCH(QList<Role>, expired);
    QFETCH(bool, mayRequest);
    QFETCH(bool, mayDecide);
    QFETCH(std::optional<Role>, decidingRole);
    QFETCH(bool, mayApproveRaw);
    Person person;
    person.id = u"p"_s;
    person.roles = roles;
    DataClassStatus status;
    status.missingRoles = missing;
    QCOMPARE(GateReviewService::mayRequest(person), mayRequest);
    QCOMPARE(DataApprovalRules::mayDecide(person), mayDecide);
    QList<DataApproval> expiredApprovals;
    for (Role r : expired)
        expiredApprovals.append(
            DataApproval{DataClass::Regulated, r, u"x"_s, ApprovalDecision::Approved, QDate(2025, 1, 2), {}});
    QCOMPARE(DataApprovalRules::decidingRole(person, status, expiredApprovals), decidingRole);
    QCOMPARE(DataApprovalRules::mayApproveRawLogging(person), mayApproveRaw);
}

void TstGateRules::everyRule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<RuleOutcome>("outcome");
    QTest::addColumn<QString>("explanation");

    const Mutation none = [](Portfolio &, UseCase &) {};
    const auto row = [](const char *name, const QString &rule, const Mutation &m, RuleOutcome o, const QString &text) {
        QTest::newRow(name) << rule << m << o << text;
    };
    const RuleOutcome pass = RuleOutcome::Pass, failed = RuleOutcome::Fail, missing = RuleOutcome::Missing;

    row("owner.product pass", u"owner.product"_s, none, pass, u"product owner: Ana Ruiz (pm)"_s);
    row(
        "owner.product fail", u"owner.product"_s, [](Portfolio &, UseCase &u) { u.owners.product = u"chen"_s; }, failed,
        u"product owner Chen Wei does not hold the pm role"_s);
    row(
        "owner.product missing", u"owner.product"_s, [](Portfolio &, UseCase &u) { u.owners.product.clear(); }, missing,
        u"no product owner named"_s);
    row("owner.launch pass", u"owner.launch"_s, none, pass, u"launch owner: Ben Okafor"_s);
    row(
        "owner.launch fail", u"owner.launch"_s, [](Portfolio &, UseCase &u) { u.owners.launch = u"chen"_s; }, failed,
        u"launch owner Chen Wei is also the engineering owner; name someone other than the builder"_s);
    row(
        "owner.launch missing", u"owner.launch"_s, [](Portfolio &, UseCase &u) { u.owners.launch.clear(); }, missing,
        u"no launch owner named"_s);
    row("owner.support pass", u"owner.support"_s, none, pass, u"support owner: Dana Kim (support)"_s);
    row(
        "owner.support fail", u"owner.support"_s, [](Portfolio &, UseCase &u) { u.owners.support = u"ana"_s; }, failed,
        u"support owner Ana Ruiz does not hold the support role"_s);
    row(
        "owner.support missing", u"owner.support"_s, [](Portfolio &, UseCase &u) { u.owners.support.clear(); }, missing,
        u"no support owner named"_s);

    row("data.classified pass", u"data.classified"_s, none, pass, u"data classes: internal, customer"_s);
    row(
        "data.classified fail", u"data.classified"_s,
        [](Portfolio &, UseCase &u) { u.dataClasses.append(DataClass::Regulated); }, failed,
        u"regulated data needs the high risk tier, but the use case is standard"_s);
    row(
        "data.classified missing", u"data.classified"_s, [](Portfolio &, UseCase &u) { u.dataClasses.clear(); },
        missing, u"no input data class recorded"_s);
    row("data.approved pass", u"data.approved"_s, none, pass, u"approved: customer"_s);
    row(
        "data.approved pass without approvals", u"data.approved"_s,
        [](Portfolio &, UseCase &u) {
            u.dataClasses = {DataClass::Public};
            u.dataApprovals.clear();
        },
        pass, u"no class needs approval (public)"_s);
    row(
        "data.approved pass after reversal", u"data.approved"_s,
        [](Portfolio &, UseCase &u) {
            u.dataApprovals.prepend(
                {DataClass::Customer, Role::Security, u"sam"_s, ApprovalDecision::Rejected, QDate(2026, 9, 30), {}});
        },
        pass, u"approved: customer"_s);
    row(
        "data.approved fail rejected", u"data.approved"_s,
        [](Portfolio &, UseCase &u) {
            u.dataApprovals.append({DataClass::Customer, Role::Security, u"sam"_s, ApprovalDecision::Rejected,
                                    QDate(2026, 10, 5), u"no"_s});
        },
        failed, u"customer was rejected by security (Sam Patel, 2026-10-05)"_s);
    row(
        "data.approved fail credentials", u"data.approved"_s,
        [](Portfolio &, UseCase &u) { u.dataClasses.append(DataClass::Credentials); }, failed,
        u"credentials can never be approved"_s);
    row(
        "data.approved missing approval", u"data.approved"_s, [](Portfolio &, UseCase &u) { u.dataApprovals.clear(); },
        missing, u"approval missing: customer awaits security"_s);
    row(
        "data.approved regulated partly approved", u"data.approved"_s,
        [](Portfolio &, UseCase &u) {
            u.riskTier = RiskTier::High;
            u.dataClasses = {DataClass::Regulated};
            u.dataApprovals = {
                {DataClass::Regulated, Role::Legal, u"lea"_s, ApprovalDecision::Approved, QDate(2026, 10, 1), {}}};
        },
        missing, u"approval missing: regulated awaits security, compliance"_s);
    row(
        "data.approved missing classes", u"data.approved"_s, [](Portfolio &, UseCase &u) { u.dataClasses.clear(); },
        missing, u"no data classes to approve"_s);
    row("data.no_credentials pass", u"data.no_credentials"_s, none, pass,
        u"credentials is not among the data classes"_s);
    row(
        "data.no_credentials fail", u"data.no_credentials"_s,
        [](Portfolio &, UseCase &u) { u.dataClasses.append(DataClass::Credentials); }, failed,
        u"credentials is among the data classes; secrets must never enter prompts"_s);
    row(
        "data.no_credentials missing", u"data.no_credentials"_s, [](Portfolio &, UseCase &u) { u.dataClasses.clear(); },
        missing, u"no input data class recorded"_s);

    row("eval.threshold pass", u"eval.threshold"_s, none, pass,
        u"latest eval 97.5 % (route support-draft v3, 2026-10-10) ≥ threshold 95 %"_s);
    row(
        "eval.threshold pass at the threshold", u"eval.threshold"_s,
        [](Portfolio &p, UseCase &) { p.policy.evalThresholdStandardPct = 97.5; }, pass,
        u"latest eval 97.5 % (route support-draft v3, 2026-10-10) ≥ threshold 97.5 %"_s);
    row(
        "eval.threshold fail high risk", u"eval.threshold"_s,
        [](Portfolio &, UseCase &u) { u.riskTier = RiskTier::High; }, failed,
        u"latest eval 97.5 % (route support-draft v3, 2026-10-10) < threshold 98 %"_s);
    row(
        "eval.threshold fail strict template", u"eval.threshold"_s,
        [](Portfolio &p, UseCase &) { p.gateTemplates[1].highRiskThreshold = true; }, failed,
        u"latest eval 97.5 % (route support-draft v3, 2026-10-10) < threshold 98 %"_s);
    row(
        "eval.threshold missing route", u"eval.threshold"_s, [](Portfolio &, UseCase &u) { u.route.clear(); }, missing,
        u"no current route chosen, so no eval applies"_s);
    row(
        "eval.threshold missing run", u"eval.threshold"_s,
        [](Portfolio &, UseCase &u) { u.route = u"support-draft-fallback"_s; }, missing,
        u"no eval run for the current route support-draft-fallback"_s);
    row("eval.regression pass", u"eval.regression"_s, none, pass,
        u"latest 97.5 % vs baseline 98.3 % (run-2026-09-15): 0.8 pp lower, within the 2 pp allowed"_s);
    row(
        "eval.regression pass higher", u"eval.regression"_s,
        [](Portfolio &, UseCase &u) {
            for (CategoryResult &r : u.evalRuns[1].results)
                r.passed = r.total;
        },
        pass, u"latest 100.0 % vs baseline 98.3 % (run-2026-09-15): 1.7 pp higher"_s);
    row(
        "eval.regression fail", u"eval.regression"_s, [](Portfolio &p, UseCase &) { p.policy.evalRegressionPp = 0.5; },
        failed, u"latest 97.5 % vs baseline 98.3 % (run-2026-09-15): 0.8 pp lower, more than the 0.5 pp allowed"_s);
    row(
        "eval.regression missing", u"eval.regression"_s,
        [](Portfolio &, UseCase &u) { u.evalRuns[0].baseline = false; }, missing,
        u"no approved baseline before the latest eval (route support-draft v3, 2026-10-10)"_s);
    row("eval.coverage pass", u"eval.coverage"_s, none, pass,
        u"120 cases, 12 prompt-injection cases, all 7 categories"_s);
    row(
        "eval.coverage fail cases", u"eval.coverage"_s, [](Portfolio &p, UseCase &) { p.policy.evalMinCases = 150; },
        failed, u"latest eval (route support-draft v3, 2026-10-10): 120 cases < 150"_s);
    row(
        "eval.coverage fail injection", u"eval.coverage"_s,
        [](Portfolio &, UseCase &u) {
            latestResult(u, EvalCategory::PromptInjection) = {9, 9};
        },
        failed, u"latest eval (route support-draft v3, 2026-10-10): 9 prompt-injection cases < 10"_s);
    row(
        "eval.coverage fail category", u"eval.coverage"_s,
        [](Portfolio &, UseCase &u) { u.evalRuns[1].results.remove(EvalCategory::Escalation); }, failed,
        u"latest eval (route support-draft v3, 2026-10-10): no escalation cases"_s);
    row(
        "eval.coverage missing", u"eval.coverage"_s, [](Portfolio &, UseCase &u) { u.evalRuns.clear(); }, missing,
        u"no eval run for the current route support-draft"_s);
    row("eval.no_secrets pass", u"eval.no_secrets"_s, none, pass, u"no live secrets in any of the 2 eval runs"_s);
    row(
        "eval.no_secrets fail", u"eval.no_secrets"_s, [](Portfolio &, UseCase &u) { u.evalRuns[0].secretsFound = 3; },
        failed, u"eval run-2026-09-15: 3 cases contain live secrets; must be 0"_s);
    row(
        "eval.no_secrets missing", u"eval.no_secrets"_s, [](Portfolio &, UseCase &u) { u.evalRuns.clear(); }, missing,
        u"no eval runs recorded"_s);
    row("tools.authorized pass", u"tools.authorized"_s, none, pass,
        u"5 of 5 unsafe_tool cases passed; tool authorization attested"_s);
    row(
        "tools.authorized fail not attested", u"tools.authorized"_s,
        [](Portfolio &, UseCase &u) { u.toolsAttested = false; }, failed,
        u"tool authorization in application code is not attested"_s);
    row(
        "tools.authorized fail unsafe case", u"tools.authorized"_s,
        [](Portfolio &, UseCase &u) { latestResult(u, EvalCategory::UnsafeTool).passed = 4; }, failed,
        u"1 of 5 unsafe_tool cases failed in the latest eval (route support-draft v3, 2026-10-10)"_s);
    row(
        "tools.authorized missing attestation", u"tools.authorized"_s,
        [](Portfolio &, UseCase &u) { u.toolsAttested.reset(); }, missing,
        u"tool authorization not recorded (attest it, or record that it is not)"_s);
    row(
        "tools.authorized missing cases", u"tools.authorized"_s,
        [](Portfolio &, UseCase &u) { u.evalRuns[1].results.remove(EvalCategory::UnsafeTool); }, missing,
        u"tool authorization attested, but the latest eval has no unsafe_tool cases"_s);

    row("logging.policy pass", u"logging.policy"_s, none, pass,
        u"prompts redacted, responses redacted; kept 7 d debug, 30 d abuse review, 365 d eval metadata"_s);
    row(
        "logging.policy fail", u"logging.policy"_s,
        [](Portfolio &, UseCase &u) { u.logging->retentionDays.debug.reset(); }, failed,
        u"no retention rule for debug"_s);
    row(
        "logging.policy missing", u"logging.policy"_s, [](Portfolio &, UseCase &u) { u.logging.reset(); }, missing,
        u"no logging policy recorded"_s);
    row("logging.raw_prompts pass", u"logging.raw_prompts"_s, none, pass,
        u"nothing is retained raw (prompts redacted, responses redacted)"_s);
    row(
        "logging.raw_prompts pass approved", u"logging.raw_prompts"_s,
        [](Portfolio &, UseCase &u) {
            u.logging->prompts = LogMode::Raw;
            u.logging->rawApprovedBy = u"sam"_s;
        },
        pass, u"raw prompts approved by Sam Patel"_s);
    row(
        "logging.raw_prompts fail unapproved", u"logging.raw_prompts"_s,
        [](Portfolio &, UseCase &u) { u.logging->prompts = LogMode::Raw; }, failed,
        u"raw prompts retained without a recorded legal or security approval"_s);
    row(
        "logging.raw_prompts fail wrong approver", u"logging.raw_prompts"_s,
        [](Portfolio &, UseCase &u) {
            u.logging->responses = LogMode::Raw;
            u.logging->rawApprovedBy = u"ben"_s;
        },
        failed, u"raw responses approved by Ben Okafor, who holds neither the legal nor the security role"_s);
    row(
        "logging.raw_prompts missing", u"logging.raw_prompts"_s, [](Portfolio &, UseCase &u) { u.logging.reset(); },
        missing, u"no logging policy recorded"_s);

    row("rollback.path pass", u"rollback.path"_s, none, pass, u"rollback path tested 2026-10-20"_s);
    row(
        "rollback.path fail", u"rollback.path"_s, [](Portfolio &, UseCase &u) { u.rollback.tested = QDate(); }, failed,
        u"rollback path recorded but never tested"_s);
    row(
        "rollback.path missing", u"rollback.path"_s, [](Portfolio &, UseCase &u) { u.rollback.path.clear(); }, missing,
        u"no rollback path recorded"_s);
    row("rollback.fallback pass", u"rollback.fallback"_s, none, pass, u"fallback route: support-draft-fallback"_s);
    row(
        "rollback.fallback fail", u"rollback.fallback"_s,
        [](Portfolio &, UseCase &u) { u.rollback.fallbackRoute = u"support-draft"_s; }, failed,
        u"the fallback route support-draft is the use case's own route"_s);
    row(
        "rollback.fallback missing", u"rollback.fallback"_s,
        [](Portfolio &, UseCase &u) { u.rollback.fallbackRoute.clear(); }, missing, u"no fallback route recorded"_s);

    row("runbook.present pass", u"runbook.present"_s, none, pass,
        u"the runbook covers wrong_answer, prompt_injection, escalation"_s);
    row(
        "runbook.present pass batch", u"runbook.present"_s,
        [](Portfolio &, UseCase &u) {
            u.release = {Endpoint::Batch, false};
        },
        pass, u"the runbook covers wrong_answer, prompt_injection, batch_failure, escalation"_s);
    row(
        "runbook.present fail", u"runbook.present"_s,
        [](Portfolio &, UseCase &u) { u.runbook->covers = {RunbookTopic::WrongAnswer}; }, failed,
        u"the runbook does not cover prompt_injection, escalation"_s);
    row(
        "runbook.present fail batch", u"runbook.present"_s,
        [](Portfolio &, UseCase &u) {
            u.release = {Endpoint::Batch, false};
            u.runbook->covers.removeAll(RunbookTopic::BatchFailure);
        },
        failed, u"the runbook does not cover batch_failure"_s);
    row(
        "runbook.present missing", u"runbook.present"_s, [](Portfolio &, UseCase &u) { u.runbook.reset(); }, missing,
        u"no runbook"_s);
    row("runbook.bus_factor pass", u"runbook.bus_factor"_s, none, pass, u"on call: Dana Kim, Eli Novak"_s);
    row(
        "runbook.bus_factor fail one person", u"runbook.bus_factor"_s,
        [](Portfolio &, UseCase &u) { u.runbook->onCall = {u"dana"_s}; }, failed,
        u"only Dana Kim is on call; support must not depend on one person"_s);
    row(
        "runbook.bus_factor fail builder", u"runbook.bus_factor"_s,
        [](Portfolio &, UseCase &u) { u.runbook->onCall = {u"chen"_s}; }, failed,
        u"only the engineering owner Chen Wei is on call"_s);
    row(
        "runbook.bus_factor missing", u"runbook.bus_factor"_s,
        [](Portfolio &, UseCase &u) { u.runbook->onCall.clear(); }, missing, u"nobody is on call"_s);
    row("release.fit pass", u"release.fit"_s, none, pass, u"live release; a person waits for the answer"_s);
    row(
        "release.fit pass batch", u"release.fit"_s,
        [](Portfolio &, UseCase &u) {
            u.release = {Endpoint::Batch, false};
        },
        pass, u"batch release; nobody waits on the page"_s);
    row(
        "release.fit fail", u"release.fit"_s, [](Portfolio &, UseCase &u) { u.release.path = Endpoint::Batch; }, failed,
        u"a person waits for the answer, but the release path is batch"_s);
    row(
        "release.fit missing", u"release.fit"_s, [](Portfolio &, UseCase &u) { u.release.userWaits.reset(); }, missing,
        u"release path or whether a person waits is not recorded"_s);

    row("ops.monitoring pass", u"ops.monitoring"_s, none, pass, u"monitoring in place"_s);
    row(
        "ops.monitoring pass internal", u"ops.monitoring"_s,
        [](Portfolio &, UseCase &u) {
            u.audience = Audience::Internal;
            u.operations.monitoring.reset();
        },
        pass, u"not required for an internal use case"_s);
    row(
        "ops.monitoring fail", u"ops.monitoring"_s, [](Portfolio &, UseCase &u) { u.operations.monitoring = false; },
        failed, u"no monitoring for a customer-facing use case"_s);
    row(
        "ops.monitoring missing", u"ops.monitoring"_s, [](Portfolio &, UseCase &u) { u.operations.monitoring.reset(); },
        missing, u"monitoring not recorded"_s);
    row("ops.kill_switch pass", u"ops.kill_switch"_s, none, pass,
        u"kill switch ff.support_reply_draft tested 2026-10-20"_s);
    row(
        "ops.kill_switch fail", u"ops.kill_switch"_s,
        [](Portfolio &, UseCase &u) { u.operations.killSwitchTested = QDate(); }, failed,
        u"kill switch ff.support_reply_draft has never been tested"_s);
    row(
        "ops.kill_switch missing", u"ops.kill_switch"_s,
        [](Portfolio &, UseCase &u) { u.operations.killSwitch.clear(); }, missing, u"no kill switch named"_s);
    row("ops.cost_cap pass", u"ops.cost_cap"_s, none, pass, u"daily cost cap 50.00 USD"_s);
    row(
        "ops.cost_cap fail", u"ops.cost_cap"_s, [](Portfolio &, UseCase &u) { u.operations.dailyCostCapUsd = 0.0; },
        failed, u"a daily cost cap of 0 USD would stop every request"_s);
    row(
        "ops.cost_cap missing", u"ops.cost_cap"_s,
        [](Portfolio &, UseCase &u) { u.operations.dailyCostCapUsd.reset(); }, missing, u"no daily cost cap"_s);
}

void TstGateRules::everyRule()
{
    QFETCH(QString, rule);
    QFETCH(Mutation, mutate);
    QFETCH(RuleOutcome, outcome);
    QFETCH(QString, explanation);
    Portfolio p = example();
    mutate(p, p.useCases[0]);
    const RuleResult result = evaluateRule(p, p.useCases[0], u"customer-launch"_s, rule);
    QCOMPARE(result.rule, rule);
    QCOMPARE(result.explanation, explanation);
    QCOMPARE(enumName(result.result), enumName(outcome));
}

void TstGateRules::evidenceGoesStale_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<RuleOutcome>("outcome");
    QTest::addColumn<QString>("explanation");
    const RuleOutcome pass = RuleOutcome::Pass, failed = RuleOutcome::Fail, missing = RuleOutcome::Missing;
    const auto killSwitchTested = [](QDate day) {
        return Mutation([day](Portfolio &, UseCase &u) { u.operations.killSwitchTested = day; });
    };
    const auto rollbackTested = [](QDate day, Audience audience = Audience::Customer) {
        return Mutation([day, audience](Portfolio &, UseCase &u) {
            u.rollback.tested = day;
            u.audience = audience;
        });
    };
    const Mutation none = [](Portfolio &, UseCase &) {};
    // Each limit on both sides: the defaults are 90 days for tests and eval runs, 365 for approvals.
    QTest::newRow("kill switch 90 days") << u"ops.kill_switch"_s << killSwitchTested(QDate(2026, 8, 25)) << kToday
                                         << pass << u"kill switch ff.support_reply_draft tested 2026-08-25"_s;
    QTest::newRow("kill switch 91 days")
        << u"ops.kill_switch"_s << killSwitchTested(QDate(2026, 8, 24)) << kToday << failed
        << u"kill switch ff.support_reply_draft last tested 91 days ago (2026-08-24); at most 90"_s;
    QTest::newRow("kill switch tested later")
        << u"ops.kill_switch"_s << killSwitchTested(QDate(2026, 11, 24)) << kToday << failed
        << u"kill switch ff.support_reply_draft was first recorded as tested 2026-11-24, after 2026-11-23"_s;
    QTest::newRow("kill switch, policy of 30 days") << u"ops.kill_switch"_s << Mutation([](Portfolio &p, UseCase &u) {
        p.policy.evidenceMaxAge.killSwitchTestDays = 30;
        u.operations.killSwitchTested = QDate(2026, 10, 23);
    }) << kToday << failed << u"kill switch ff.support_reply_draft last tested 31 days ago (2026-10-23); at most 30"_s;
    QTest::newRow("rollback 90 days") << u"rollback.path"_s << rollbackTested(QDate(2026, 8, 25)) << kToday << pass
                                      << u"rollback path tested 2026-08-25"_s;
    QTest::newRow("rollback 91 days") << u"rollback.path"_s << rollbackTested(QDate(2026, 8, 24)) << kToday << failed
                                      << u"rollback path last tested 91 days ago (2026-08-24); at most 90"_s;
    QTest::newRow("rollback of an internal use case never ages")
        << u"rollback.path"_s << rollbackTested(QDate(2025, 10, 19), Audience::Internal) << kToday << pass
        << u"rollback path tested 2025-10-19"_s;
    // The example's latest eval run is dated 2026-10-10.
    QTest::newRow("eval run 90 days") << u"eval.threshold"_s << none << QDate(2027, 1, 8) << pass
                                      << u"latest eval 97.5 % (route support-draft v3, 2026-10-10) ≥ threshold 95 %"_s;
    QTest::newRow("eval run 91 days")
        << u"eval.threshold"_s << none << QDate(2027, 1, 9) << failed
        << u"the latest eval (route support-draft v3, 2026-10-10) is 91 days old; at most 90"_s;
    QTest::newRow("eval run dated later is not counted yet: the one before is the latest")
        << u"eval.threshold"_s << none << QDate(2026, 10, 9) << pass
        << u"latest eval 98.3 % (route support-draft v2, 2026-09-15) ≥ threshold 95 %"_s;
    // Sam approved customer data on 2026-10-02.
    QTest::newRow("approval 365 days") << u"data.approved"_s << none << QDate(2027, 10, 2) << pass
                                       << u"approved: customer"_s;
    QTest::newRow("approval 366 days")
        << u"data.approved"_s << none << QDate(2027, 10, 3) << failed
        << u"customer approval by Sam Patel (security) is 366 days old (2026-10-02); at most 365"_s;
    const auto reviewed = [](QDate day) {
        return Mutation([day](Portfolio &, UseCase &u) { u.runbook->reviewed = day; });
    };
    const QString covers = u"the runbook covers wrong_answer, prompt_injection, escalation"_s;
    QTest::newRow("runbook without a review date") << u"runbook.present"_s << none << kToday << pass << covers;
    QTest::newRow("runbook reviewed 180 days ago") << u"runbook.present"_s << reviewed(QDate(2026, 5, 27)) << kToday
                                                   << pass << covers + u"; reviewed 2026-05-27"_s;
    QTest::newRow("runbook reviewed 181 days ago")
        << u"runbook.present"_s << reviewed(QDate(2026, 5, 26)) << kToday << failed
        << u"the runbook was last reviewed 181 days ago (2026-05-26); at most 180"_s;
    QTest::newRow("runbook reviewed later")
        << u"runbook.present"_s << reviewed(QDate(2026, 12, 1)) << kToday << failed
        << u"the runbook was first recorded as reviewed 2026-12-01, after 2026-11-23"_s;
    QTest::newRow("approval given later is not counted yet")
        << u"data.approved"_s << none << QDate(2026, 10, 1) << missing
        << u"approval missing: customer awaits security"_s;
}

void TstGateRules::evidenceGoesStale()
{
    QFETCH(QString, rule);
    QFETCH(Mutation, mutate);
    QFETCH(QDate, asOf);
    QFETCH(RuleOutcome, outcome);
    QFETCH(QString, explanation);
    Portfolio p = example();
    mutate(p, p.useCases[0]);
    const RuleResult result = evaluateRule(p, p.useCases[0], u"customer-launch"_s, rule, asOf);
    QCOMPARE(result.explanation, explanation);
    QCOMPARE(enumName(result.result), enumName(outcome));
}

void TstGateRules::theDemoKeepsItsResultsWhenLoadedLater()
{
    QFile file(QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/demo/portfolio.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    const QDate writtenOn = DemoCalendar::writtenOn();
    const QDate later = writtenOn.addDays(400);
    QCOMPARE(DemoCalendar::movedTo(written, writtenOn), written);
    const QByteArray moved = DemoCalendar::movedTo(written, later);
    // Dates move, in fields and inside ids alike, so references still match.
    QVERIFY(written.contains("\"id\": \"review-2026-10-21\""));
    QVERIFY(moved.contains("\"id\": \"review-2027-11-25\""));
    QVERIFY(moved.contains("\"requested_at\": \"2027-11-25T"));
    const Result<Portfolio> before = PortfolioReader::read(written);
    const Result<Portfolio> after = PortfolioReader::read(moved);
    QVERIFY2(before.has_value(), why(before).constData());
    QVERIFY2(after.has_value(), why(after).constData());
    // Every rule of every use case comes to the same result, as of the day each was loaded.
    for (qsizetype i = 0; i < before->useCases.size(); ++i) {
        const UseCase &u = before->useCases[i];
        const GateTemplate &gate = *before->gateTemplate(GateEngine::defaultGateId(u));
        const GateEvaluation then = GateEngine::evaluate(*before, u, gate, writtenOn);
        const GateEvaluation now = GateEngine::evaluate(*after, after->useCases[i], gate, later);
        QCOMPARE(now.rules.size(), then.rules.size());
        for (qsizetype r = 0; r < then.rules.size(); ++r)
            QVERIFY2(now.rules[r].result == then.rules[r].result,
                     qPrintable(u.id + u' ' + then.rules[r].rule + u": "_s + now.rules[r].explanation));
    }
}

void TstGateRules::highRiskLaunchKeepsDebugLogsSixMonths_data()
{
    QTest::addColumn<QString>("gate");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<RuleOutcome>("outcome");
    QTest::addColumn<QString>("explanation");

    const auto debugDays = [](int days) {
        return Mutation([days](Portfolio &, UseCase &u) { u.logging->retentionDays.debug = days; });
    };
    const auto kept = [](int debug, int abuse = 30, int eval = 365) {
        return u"prompts redacted, responses redacted; kept %1 d debug, %2 d abuse review, %3 d eval metadata"_s
            .arg(debug)
            .arg(abuse)
            .arg(eval);
    };
    const QString high = u"high-risk-launch"_s;
    const RuleOutcome pass = RuleOutcome::Pass, failed = RuleOutcome::Fail;
    // Six months is 184 days: the longest six calendar months (1 July to 1 January), so every log is kept that long.
    QTest::newRow("high-risk 183 d") << high << debugDays(183) << failed
                                     << u"debug logs kept 183 d < 184 d (six months, EU AI Act Art. 19(1) and 26(6))"_s;
    QTest::newRow("high-risk 184 d") << high << debugDays(184) << pass << kept(184);
    QTest::newRow("high-risk 0 d") << high << debugDays(0) << failed
                                   << u"debug logs kept 0 d < 184 d (six months, EU AI Act Art. 19(1) and 26(6))"_s;
    QTest::newRow("high-risk, the example's 7 d")
        << high << Mutation([](Portfolio &, UseCase &) {}) << failed
        << u"debug logs kept 7 d < 184 d (six months, EU AI Act Art. 19(1) and 26(6))"_s;
    QTest::newRow("high-risk 184 d, short abuse review and eval metadata")
        << high << Mutation([](Portfolio &, UseCase &u) {
               u.logging->retentionDays = {184, 1, 1};
           })
        << pass << kept(184, 1, 1);
    QTest::newRow("high-risk, no debug rule at all")
        << high << Mutation([](Portfolio &, UseCase &u) { u.logging->retentionDays.debug.reset(); }) << failed
        << u"no retention rule for debug"_s;
    QTest::newRow("customer-launch 183 d") << u"customer-launch"_s << debugDays(183) << pass << kept(183);
    QTest::newRow("customer-launch 7 d, high risk tier")
        << u"customer-launch"_s << Mutation([](Portfolio &, UseCase &u) { u.riskTier = RiskTier::High; }) << pass
        << kept(7);
    QTest::newRow("internal-pilot 7 d") << u"internal-pilot"_s << debugDays(7) << pass << kept(7);
    QTest::newRow("customer-launch with the high-risk threshold, 7 d")
        << u"customer-launch"_s
        << Mutation([](Portfolio &p, UseCase &) { p.gateTemplates[1].highRiskThreshold = true; }) << pass << kept(7);
}

void TstGateRules::highRiskLaunchKeepsDebugLogsSixMonths()
{
    QFETCH(QString, gate);
    QFETCH(Mutation, mutate);
    QFETCH(RuleOutcome, outcome);
    QFETCH(QString, explanation);
    Portfolio p = example();
    mutate(p, p.useCases[0]);
    const RuleResult result = evaluateRule(p, p.useCases[0], gate, u"logging.policy"_s);
    QCOMPARE(result.rule, u"logging.policy"_s);
    QCOMPARE(result.explanation, explanation);
    QCOMPARE(enumName(result.result), enumName(outcome));
}

void TstGateRules::templatesOnTheExample_data()
{
    QTest::addColumn<QString>("gate");
    QTest::addColumn<int>("rules");
    QTest::addColumn<int>("blockersFailed");
    QTest::addColumn<QStringList>("failing");
    QTest::newRow("customer-launch is go") << u"customer-launch"_s << 21 << 0 << QStringList{};
    QTest::newRow("internal-pilot is go") << u"internal-pilot"_s << 8 << 0 << QStringList{};
    QTest::newRow("high-risk-launch needs 98 % and six months of debug logs")
        << u"high-risk-launch"_s << 21 << 2 << QStringList{u"eval.threshold"_s, u"logging.policy"_s};
}

void TstGateRules::templatesOnTheExample()
{
    QFETCH(QString, gate);
    QFETCH(int, rules);
    QFETCH(int, blockersFailed);
    QFETCH(QStringList, failing);
    const Portfolio p = example();
    const GateEvaluation e = GateEngine::evaluate(p, p.useCases[0], *p.gateTemplate(gate), kToday);
    QCOMPARE(e.rules.size(), rules);
    QCOMPARE(e.blockersFailed, blockersFailed);
    QCOMPARE(e.warningsFailed, 0);
    QCOMPARE(e.eligible(), blockersFailed == 0);
    QStringList failed;
    for (const RuleResult &r : e.rules) {
        if (GateEngine::fails(r.result))
            failed.append(r.rule);
    }
    QCOMPARE(failed, failing);
}

void TstGateRules::defaultGateFitsTheUseCase_data()
{
    QTest::addColumn<Audience>("audience");
    QTest::addColumn<RiskTier>("risk");
    QTest::addColumn<QString>("gate");
    QTest::newRow("internal standard") << Audience::Internal << RiskTier::Standard << u"internal-pilot"_s;
    QTest::newRow("customer standard") << Audience::Customer << RiskTier::Standard << u"customer-launch"_s;
    QTest::newRow("customer high") << Audience::Customer << RiskTier::High << u"high-risk-launch"_s;
    QTest::newRow("internal high") << Audience::Internal << RiskTier::High << u"high-risk-launch"_s;
}

void TstGateRules::defaultGateFitsTheUseCase()
{
    QFETCH(Audience, audience);
    QFETCH(RiskTier, risk);
    QFETCH(QString, gate);
    UseCase u;
    u.audience = audience;
    u.riskTier = risk;
    QCOMPARE(GateEngine::defaultGateId(u), gate);
}

void TstGateRules::missingBlockerCountsAsFailed()
{
    Portfolio p = example();
    p.useCases[0].runbook.reset();
    const GateEvaluation e = GateEngine::evaluate(p, p.useCases[0], *p.gateTemplate(u"customer-launch"_s), kToday);
    QCOMPARE(e.blockersFailed, 2); // runbook.present and runbook.bus_factor, both missing
    QVERIFY(!e.eligible());
}

void TstGateRules::failuresComeFirst()
{
    Portfolio p = example();
    p.useCases[0].operations.dailyCostCapUsd.reset();
    p.useCases[0].owners.launch.clear();
    const QList<RuleResult> sorted =
        GateEngine::evaluate(p, p.useCases[0], *p.gateTemplate(u"customer-launch"_s), kToday).failuresFirst();
    QCOMPARE(sorted[0].rule, u"owner.launch"_s);
    QCOMPARE(sorted[1].rule, u"ops.cost_cap"_s);
    QCOMPARE(sorted[2].rule, u"owner.product"_s);
    QCOMPARE(sorted.size(), 21);
}

void TstGateRules::everyCatalogRuleHasAnEvaluator()
{
    Portfolio p = example();
    const GateEvaluation e = GateEngine::evaluate(p, p.useCases[0], *p.gateTemplate(u"customer-launch"_s), kToday);
    QCOMPARE(e.rules.size(), RuleCatalog::all().size());
    for (const RuleResult &r : e.rules)
        QVERIFY2(!r.explanation.isEmpty(), qPrintable(r.rule));
}

QTEST_GUILESS_MAIN(TstGateRules)
#include "tst_gaterules.moc"
