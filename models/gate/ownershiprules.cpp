#include "gate/gaterules.h"

namespace greenlight::models {

namespace {

RuleVerdict ownerHolding(const RuleInput &in, const QString &ownerId, Role role, const QString &what)
{
    if (ownerId.isEmpty())
        return {RuleOutcome::Missing, GateRules::tr("no %1 named").arg(what)};
    const Person *person = in.portfolio.person(ownerId);
    if (person == nullptr || !person->holds(role))
        return {RuleOutcome::Fail,
                GateRules::tr("%1 %2 does not hold the %3 role").arg(what, in.nameOf(ownerId), enumName(role))};
    return {RuleOutcome::Pass, GateRules::tr("%1: %2 (%3)").arg(what, person->name, enumName(role))};
}

} // namespace

RuleVerdict GateRules::ownerProduct(const RuleInput &in)
{
    return ownerHolding(in, in.useCase.owners.product, Role::Pm, tr("product owner"));
}

RuleVerdict GateRules::ownerSupport(const RuleInput &in)
{
    return ownerHolding(in, in.useCase.owners.support, Role::Support, tr("support owner"));
}

RuleVerdict GateRules::ownerLaunch(const RuleInput &in)
{
    const Owners &owners = in.useCase.owners;
    if (owners.launch.isEmpty())
        return {RuleOutcome::Missing, tr("no launch owner named")};
    // Seed 001: a pilot with a demo owner but no launch owner stalls once the builder moves on.
    if (owners.launch == owners.engineering)
        return {RuleOutcome::Fail, tr("launch owner %1 is also the engineering owner; name someone other than the "
                                      "builder")
                                       .arg(in.nameOf(owners.launch))};
    return {RuleOutcome::Pass, tr("launch owner: %1").arg(in.nameOf(owners.launch))};
}

} // namespace greenlight::models
