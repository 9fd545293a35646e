#include "gate/gaterules.h"

namespace greenlight::models {

namespace {

RuleVerdict ownerHolding(const RuleInput &in, const QString &ownerId, Role role, const RuleMessage &what)
{
    if (ownerId.isEmpty())
        return {RuleOutcome::Missing, RuleMessage(QT_TRANSLATE_NOOP("GateRules", "no %1 named"), {what})};
    const Person *person = in.portfolio.person(ownerId);
    if (person == nullptr || !person->holds(role))
        return {RuleOutcome::Fail, RuleMessage(QT_TRANSLATE_NOOP("GateRules", "%1 %2 does not hold the %3 role"),
                                               {what, in.nameOf(ownerId), RuleMessage::enumerator(role)})};
    return {RuleOutcome::Pass, RuleMessage(QT_TRANSLATE_NOOP("GateRules", "%1: %2 (%3)"),
                                           {what, person->name, RuleMessage::enumerator(role)})};
}

} // namespace

RuleVerdict GateRules::ownerProduct(const RuleInput &in)
{
    return ownerHolding(in, in.useCase.owners.product, Role::Pm, RuleMessage(QT_TR_NOOP("product owner")));
}

RuleVerdict GateRules::ownerSupport(const RuleInput &in)
{
    return ownerHolding(in, in.useCase.owners.support, Role::Support, RuleMessage(QT_TR_NOOP("support owner")));
}

RuleVerdict GateRules::ownerLaunch(const RuleInput &in)
{
    const Owners &owners = in.useCase.owners;
    if (owners.launch.isEmpty())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no launch owner named"))};
    // Seed 001: a pilot with a demo owner but no launch owner stalls once the builder moves on.
    if (owners.launch == owners.engineering)
        return {RuleOutcome::Fail,
                RuleMessage(QT_TR_NOOP("launch owner %1 is also the engineering owner; name someone other than the "
                                       "builder"),
                            {in.nameOf(owners.launch)})};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("launch owner: %1"), {in.nameOf(owners.launch)})};
}

} // namespace greenlight::models
