#include "gate/gaterules.h"

namespace greenlight::models {

QString RuleInput::nameOf(const QString &personId) const
{
    const Person *person = portfolio.person(personId);
    return person != nullptr ? person->name : personId;
}

const EvalRun *RuleInput::latestRun() const
{
    return useCase.latestEvalRun(asOf);
}

const EvalRun *RuleInput::baselineBefore(const EvalRun &current) const
{
    return useCase.baselineBefore(current);
}

double RuleInput::thresholdPct() const
{
    const bool strict = useCase.riskTier == RiskTier::High || gate.highRiskThreshold;
    return strict ? policy().evalThresholdHighRiskPct : policy().evalThresholdStandardPct;
}

int RuleInput::minDebugLogRetentionDays() const
{
    // EU AI Act Art. 19(1) (providers) and 26(6) (deployers): a high-risk system's automatically generated logs are
    // kept at least six months. Retention is a number of days and covers a log whatever day it was written, so the
    // floor is the longest six calendar months: 184 days (1 July to 1 January). Built into the template, not policy
    // data: it is the law's minimum, not a team's choice.
    return gate.id == QStringLiteral("high-risk-launch") ? 184 : 0;
}

} // namespace greenlight::models
