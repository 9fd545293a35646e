#include "gate/gaterules.h"

namespace greenlight::models {

QString RuleInput::nameOf(const QString &personId) const
{
    const Person *person = portfolio.person(personId);
    return person != nullptr ? person->name : personId;
}

const EvalRun *RuleInput::latestRun() const
{
    return useCase.latestEvalRun();
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

QString GateRules::number(double value)
{
    return QString::number(value, 'g', 6);
}

QString GateRules::percent(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" %");
}

} // namespace greenlight::models
