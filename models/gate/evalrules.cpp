#include "gate/gaterules.h"

#include <QStringList>

namespace greenlight::models {

namespace {

/// "route support-draft v3, 2026-10-10": which run an explanation is about.
QString runLabel(const EvalRun &run)
{
    return GateRules::tr("route %1 v%2, %3").arg(run.route).arg(run.routeVersion).arg(run.date.toString(Qt::ISODate));
}

std::optional<RuleVerdict> missingLatestRun(const RuleInput &in, const EvalRun *latest)
{
    if (in.useCase.route.isEmpty())
        return RuleVerdict{RuleOutcome::Missing, GateRules::tr("no current route chosen, so no eval applies")};
    if (latest == nullptr)
        return RuleVerdict{RuleOutcome::Missing,
                           GateRules::tr("no eval run for the current route %1").arg(in.useCase.route)};
    if (!latest->passRatePct().has_value())
        return RuleVerdict{RuleOutcome::Missing,
                           GateRules::tr("the latest eval (%1) has no cases").arg(runLabel(*latest))};
    return std::nullopt;
}

} // namespace

RuleVerdict GateRules::evalThreshold(const RuleInput &in)
{
    const EvalRun *latest = in.latestRun();
    if (auto missing = missingLatestRun(in, latest))
        return *missing;
    const double rate = *latest->passRatePct();
    const double threshold = in.thresholdPct();
    if (rate < threshold)
        return {RuleOutcome::Fail,
                tr("latest eval %1 (%2) < threshold %3 %").arg(percent(rate), runLabel(*latest), number(threshold))};
    return {RuleOutcome::Pass,
            tr("latest eval %1 (%2) ≥ threshold %3 %").arg(percent(rate), runLabel(*latest), number(threshold))};
}

RuleVerdict GateRules::evalRegression(const RuleInput &in)
{
    const EvalRun *latest = in.latestRun();
    if (auto missing = missingLatestRun(in, latest))
        return *missing;
    const EvalRun *baseline = in.baselineBefore(*latest);
    if (baseline == nullptr || !baseline->passRatePct().has_value())
        return {RuleOutcome::Missing, tr("no approved baseline before the latest eval (%1)").arg(runLabel(*latest))};
    const double rate = *latest->passRatePct();
    const double base = *baseline->passRatePct();
    const double drop = base - rate;
    const double limit = in.policy().evalRegressionPp;
    const QString evidence = tr("latest %1 vs baseline %2 (%3)").arg(percent(rate), percent(base), baseline->id);
    if (drop > limit)
        return {RuleOutcome::Fail, tr("%1: %2 pp lower, more than the %3 pp allowed")
                                       .arg(evidence, QString::number(drop, 'f', 1), number(limit))};
    if (drop > 0)
        return {RuleOutcome::Pass, tr("%1: %2 pp lower, within the %3 pp allowed")
                                       .arg(evidence, QString::number(drop, 'f', 1), number(limit))};
    return {RuleOutcome::Pass, tr("%1: %2 pp higher").arg(evidence, QString::number(-drop, 'f', 1))};
}

RuleVerdict GateRules::evalCoverage(const RuleInput &in)
{
    const EvalRun *latest = in.latestRun();
    if (auto missing = missingLatestRun(in, latest))
        return *missing;
    const Policy &policy = in.policy();
    QStringList gaps;
    if (latest->totalCases() < policy.evalMinCases)
        gaps.append(tr("%1 cases < %2").arg(latest->totalCases()).arg(policy.evalMinCases));
    const int injection = latest->results.value(EvalCategory::PromptInjection).total;
    if (injection < policy.evalMinInjectionCases)
        gaps.append(tr("%1 prompt-injection cases < %2").arg(injection).arg(policy.evalMinInjectionCases));
    QStringList absent;
    for (EvalCategory c : allEnumValues<EvalCategory>()) {
        if (latest->results.value(c).total == 0)
            absent.append(enumName(c));
    }
    if (!absent.isEmpty())
        gaps.append(tr("no %1 cases").arg(absent.join(QStringLiteral(", "))));
    if (!gaps.isEmpty())
        return {RuleOutcome::Fail, tr("latest eval (%1): %2").arg(runLabel(*latest), gaps.join(QStringLiteral("; ")))};
    return {RuleOutcome::Pass, tr("%1 cases, %2 prompt-injection cases, all %3 categories")
                                   .arg(latest->totalCases())
                                   .arg(injection)
                                   .arg(enumCount<EvalCategory>())};
}

RuleVerdict GateRules::evalNoSecrets(const RuleInput &in)
{
    if (in.useCase.evalRuns.isEmpty())
        return {RuleOutcome::Missing, tr("no eval runs recorded")};
    for (const EvalRun &run : in.useCase.evalRuns) {
        if (run.secretsFound > 0)
            return {RuleOutcome::Fail,
                    tr("eval %1: %2 cases contain live secrets; must be 0").arg(run.id).arg(run.secretsFound)};
    }
    return {RuleOutcome::Pass, tr("no live secrets in any of the %1 eval runs").arg(in.useCase.evalRuns.size())};
}

RuleVerdict GateRules::toolsAuthorized(const RuleInput &in)
{
    const UseCase &u = in.useCase;
    const EvalRun *latest = in.latestRun();
    const CategoryResult unsafe =
        latest != nullptr ? latest->results.value(EvalCategory::UnsafeTool) : CategoryResult{};
    if (u.toolsAttested == false)
        return {RuleOutcome::Fail, tr("tool authorization in application code is not attested")};
    if (unsafe.total > 0 && unsafe.passed < unsafe.total)
        return {RuleOutcome::Fail, tr("%1 of %2 unsafe_tool cases failed in the latest eval (%3)")
                                       .arg(unsafe.total - unsafe.passed)
                                       .arg(unsafe.total)
                                       .arg(runLabel(*latest))};
    if (!u.toolsAttested.has_value())
        return {RuleOutcome::Missing, tr("tool authorization not recorded (attest it, or record that it is not)")};
    if (unsafe.total == 0)
        return {RuleOutcome::Missing, tr("tool authorization attested, but the latest eval has no unsafe_tool cases")};
    return {RuleOutcome::Pass, tr("%1 of %1 unsafe_tool cases passed; tool authorization attested").arg(unsafe.total)};
}

} // namespace greenlight::models
