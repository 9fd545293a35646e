#include "gate/gaterules.h"

namespace greenlight::models {

namespace {

/// "route support-draft v3, 2026-10-10": which run an explanation is about.
RuleMessage runLabel(const EvalRun &run)
{
    return RuleMessage(QT_TRANSLATE_NOOP("GateRules", "route %1 v%2, %3"),
                       {run.route, run.routeVersion, RuleMessage::date(run.date)});
}

std::optional<RuleVerdict> missingLatestRun(const RuleInput &in, const EvalRun *latest)
{
    if (in.useCase.route.isEmpty())
        return RuleVerdict{RuleOutcome::Missing,
                           RuleMessage(QT_TRANSLATE_NOOP("GateRules", "no current route chosen, so no eval applies"))};
    if (latest == nullptr)
        return RuleVerdict{
            RuleOutcome::Missing,
            RuleMessage(QT_TRANSLATE_NOOP("GateRules", "no eval run for the current route %1"), {in.useCase.route})};
    if (!latest->passRatePct().has_value())
        return RuleVerdict{
            RuleOutcome::Missing,
            RuleMessage(QT_TRANSLATE_NOOP("GateRules", "the latest eval (%1) has no cases"), {runLabel(*latest)})};
    return std::nullopt;
}

/// A latest run older than the policy allows is no evidence of how the route performs today.
std::optional<RuleVerdict> staleLatestRun(const RuleInput &in, const EvalRun &latest)
{
    const int limit = in.policy().evidenceMaxAge.evalRunDays;
    if (in.ageInDays(latest.date) <= limit)
        return std::nullopt;
    return RuleVerdict{RuleOutcome::Fail,
                       RuleMessage(QT_TRANSLATE_NOOP("GateRules", "the latest eval (%1) is %2 days old; at most %3"),
                                   {runLabel(latest), in.ageInDays(latest.date), qint64(limit)})};
}

} // namespace

RuleVerdict GateRules::evalThreshold(const RuleInput &in)
{
    const EvalRun *latest = in.latestRun();
    if (auto missing = missingLatestRun(in, latest))
        return *missing;
    if (auto stale = staleLatestRun(in, *latest))
        return *stale;
    const double rate = *latest->passRatePct();
    const double threshold = in.thresholdPct();
    if (rate < threshold)
        return {RuleOutcome::Fail,
                RuleMessage(QT_TR_NOOP("latest eval %1 (%2) < threshold %3 %"),
                            {RuleMessage::percent(rate), runLabel(*latest), RuleMessage::number(threshold)})};
    return {RuleOutcome::Pass,
            RuleMessage(QT_TR_NOOP("latest eval %1 (%2) ≥ threshold %3 %"),
                        {RuleMessage::percent(rate), runLabel(*latest), RuleMessage::number(threshold)})};
}

RuleVerdict GateRules::evalRegression(const RuleInput &in)
{
    const EvalRun *latest = in.latestRun();
    if (auto missing = missingLatestRun(in, latest))
        return *missing;
    const EvalRun *baseline = in.baselineBefore(*latest);
    if (baseline == nullptr || !baseline->passRatePct().has_value())
        return {RuleOutcome::Missing,
                RuleMessage(QT_TR_NOOP("no approved baseline before the latest eval (%1)"), {runLabel(*latest)})};
    const double rate = *latest->passRatePct();
    const double base = *baseline->passRatePct();
    const double drop = base - rate;
    const double limit = in.policy().evalRegressionPp;
    const RuleMessage evidence = RuleMessage(QT_TR_NOOP("latest %1 vs baseline %2 (%3)"),
                                             {RuleMessage::percent(rate), RuleMessage::percent(base), baseline->id});
    if (drop > limit)
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("%1: %2 pp lower, more than the %3 pp allowed"),
                                               {evidence, RuleMessage::decimal(drop, 1), RuleMessage::number(limit)})};
    if (drop > 0)
        return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("%1: %2 pp lower, within the %3 pp allowed"),
                                               {evidence, RuleMessage::decimal(drop, 1), RuleMessage::number(limit)})};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("%1: %2 pp higher"), {evidence, RuleMessage::decimal(-drop, 1)})};
}

RuleVerdict GateRules::evalCoverage(const RuleInput &in)
{
    const EvalRun *latest = in.latestRun();
    if (auto missing = missingLatestRun(in, latest))
        return *missing;
    const Policy &policy = in.policy();
    QList<RuleMessage> gaps;
    if (latest->totalCases() < policy.evalMinCases)
        gaps.append(RuleMessage(QT_TR_NOOP("%1 cases < %2"), {latest->totalCases(), policy.evalMinCases}));
    const int injection = latest->results.value(EvalCategory::PromptInjection).total;
    if (injection < policy.evalMinInjectionCases)
        gaps.append(
            RuleMessage(QT_TR_NOOP("%1 prompt-injection cases < %2"), {injection, policy.evalMinInjectionCases}));
    QList<RuleMessage> absent;
    for (EvalCategory c : allEnumValues<EvalCategory>()) {
        if (latest->results.value(c).total == 0)
            absent.append(RuleMessage::enumerator(c));
    }
    if (!absent.isEmpty())
        gaps.append(RuleMessage(QT_TR_NOOP("no %1 cases"), {RuleMessage::list(absent, QStringLiteral(", "))}));
    if (!gaps.isEmpty())
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("latest eval (%1): %2"),
                                               {runLabel(*latest), RuleMessage::list(gaps, QStringLiteral("; "))})};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("%1 cases, %2 prompt-injection cases, all %3 categories"),
                                           {latest->totalCases(), injection, qint64(enumCount<EvalCategory>())})};
}

RuleVerdict GateRules::evalNoSecrets(const RuleInput &in)
{
    if (in.useCase.evalRuns.isEmpty())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no eval runs recorded"))};
    for (const EvalRun &run : in.useCase.evalRuns) {
        if (run.secretsFound > 0)
            return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("eval %1: %2 cases contain live secrets; must be 0"),
                                                   {run.id, run.secretsFound})};
    }
    return {RuleOutcome::Pass,
            RuleMessage(QT_TR_NOOP("no live secrets in any of the %1 eval runs"), {in.useCase.evalRuns.size()})};
}

RuleVerdict GateRules::toolsAuthorized(const RuleInput &in)
{
    const UseCase &u = in.useCase;
    const EvalRun *latest = in.latestRun();
    const CategoryResult unsafe =
        latest != nullptr ? latest->results.value(EvalCategory::UnsafeTool) : CategoryResult{};
    if (u.toolsAttested == false)
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("tool authorization in application code is not attested"))};
    if (unsafe.total > 0 && unsafe.passed < unsafe.total)
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("%1 of %2 unsafe_tool cases failed in the latest eval (%3)"),
                                               {unsafe.total - unsafe.passed, unsafe.total, runLabel(*latest)})};
    if (!u.toolsAttested.has_value())
        return {RuleOutcome::Missing,
                RuleMessage(QT_TR_NOOP("tool authorization not recorded (attest it, or record that it is not)"))};
    if (unsafe.total == 0)
        return {RuleOutcome::Missing,
                RuleMessage(QT_TR_NOOP("tool authorization attested, but the latest eval has no unsafe_tool cases"))};
    return {RuleOutcome::Pass,
            RuleMessage(QT_TR_NOOP("%1 of %1 unsafe_tool cases passed; tool authorization attested"), {unsafe.total})};
}

} // namespace greenlight::models
