#include "gate/dataapprovalrules.h"
#include "gate/gaterules.h"

#include <QStringList>

namespace greenlight::models {

RuleVerdict GateRules::loggingPolicy(const RuleInput &in)
{
    if (!in.useCase.logging.has_value())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no logging policy recorded"))};
    const LoggingPolicy &l = *in.useCase.logging;
    const RetentionDays &r = l.retentionDays;
    // The portfolio file's keys, translated on screen.
    QList<RuleMessage> without;
    if (!r.debug)
        without.append(RuleMessage(QT_TR_NOOP("debug")));
    if (!r.abuseReview)
        without.append(RuleMessage(QT_TR_NOOP("abuse_review")));
    if (!r.evalMetadata)
        without.append(RuleMessage(QT_TR_NOOP("eval_metadata")));
    if (!without.isEmpty())
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("no retention rule for %1"),
                                               {RuleMessage::list(without, QStringLiteral(", "))})};
    // Debug logs are the record of every request: the automatically generated logs that Art. 19(1) and 26(6) keep.
    // Abuse-review samples and eval metadata are not those logs, so the floor leaves them alone.
    if (const int minimum = in.minDebugLogRetentionDays(); *r.debug < minimum)
        return {RuleOutcome::Fail,
                RuleMessage(QT_TR_NOOP("debug logs kept %1 d < %2 d (six months, EU AI Act Art. 19(1) and 26(6))"),
                            {*r.debug, minimum})};
    return {RuleOutcome::Pass,
            RuleMessage(QT_TR_NOOP("prompts %1, responses %2; kept %3 d debug, %4 d abuse review, %5 d eval metadata"),
                        {RuleMessage::enumerator(l.prompts), RuleMessage::enumerator(l.responses), *r.debug,
                         *r.abuseReview, *r.evalMetadata})};
}

RuleVerdict GateRules::loggingRawPrompts(const RuleInput &in)
{
    if (!in.useCase.logging.has_value())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no logging policy recorded"))};
    const LoggingPolicy &l = *in.useCase.logging;
    const bool rawPrompts = l.prompts == LogMode::Raw;
    const bool rawResponses = l.responses == LogMode::Raw;
    if (!rawPrompts && !rawResponses)
        return {RuleOutcome::Pass,
                RuleMessage(QT_TR_NOOP("nothing is retained raw (prompts %1, responses %2)"),
                            {RuleMessage::enumerator(l.prompts), RuleMessage::enumerator(l.responses)})};
    const RuleMessage what = rawPrompts && rawResponses ? RuleMessage(QT_TR_NOOP("prompts and responses"))
                             : rawPrompts               ? RuleMessage(QT_TR_NOOP("prompts"))
                                                        : RuleMessage(QT_TR_NOOP("responses"));
    if (l.rawApprovedBy.isEmpty())
        return {RuleOutcome::Fail,
                RuleMessage(QT_TR_NOOP("raw %1 retained without a recorded legal or security approval"), {what})};
    const Person *approver = in.portfolio.person(l.rawApprovedBy);
    if (approver == nullptr || !DataApprovalRules::mayApproveRawLogging(*approver))
        return {RuleOutcome::Fail,
                RuleMessage(QT_TR_NOOP("raw %1 approved by %2, who holds neither the legal nor the security role"),
                            {what, in.nameOf(l.rawApprovedBy)})};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("raw %1 approved by %2"), {what, approver->name})};
}

RuleVerdict GateRules::rollbackPath(const RuleInput &in)
{
    const Rollback &r = in.useCase.rollback;
    if (r.path.trimmed().isEmpty())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no rollback path recorded"))};
    if (!r.tested.isValid())
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("rollback path recorded but never tested"))};
    if (in.ageInDays(r.tested) < 0)
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("rollback path first recorded as tested %1, after %2"),
                                               {RuleMessage::date(r.tested), RuleMessage::date(in.asOf)})};
    // Seed 000/issue 20: a customer-facing rollback must have been rehearsed recently; internal ones only once.
    if (const int limit = in.policy().evidenceMaxAge.rollbackTestDays;
        in.useCase.audience == Audience::Customer && in.ageInDays(r.tested) > limit)
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("rollback path last tested %1 days ago (%2); at most %3"),
                                               {in.ageInDays(r.tested), RuleMessage::date(r.tested), qint64(limit)})};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("rollback path tested %1"), {RuleMessage::date(r.tested)})};
}

RuleVerdict GateRules::rollbackFallback(const RuleInput &in)
{
    const QString fallback = in.useCase.rollback.fallbackRoute;
    if (fallback.isEmpty())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no fallback route recorded"))};
    if (fallback == in.useCase.route)
        return {RuleOutcome::Fail,
                RuleMessage(QT_TR_NOOP("the fallback route %1 is the use case's own route"), {fallback})};
    if (!in.portfolio.hasRoute(fallback))
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("the fallback route %1 does not exist"), {fallback})};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("fallback route: %1"), {fallback})};
}

RuleVerdict GateRules::runbookPresent(const RuleInput &in)
{
    const UseCase &u = in.useCase;
    if (!u.runbook.has_value() || u.runbook->text.trimmed().isEmpty())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no runbook"))};
    QList<RunbookTopic> required{RunbookTopic::WrongAnswer, RunbookTopic::PromptInjection, RunbookTopic::Escalation};
    // Seed 001: support needs batch-failure examples where work runs in the background.
    if (u.release.path == Endpoint::Batch)
        required.insert(2, RunbookTopic::BatchFailure);
    QList<RunbookTopic> uncovered;
    for (RunbookTopic topic : required) {
        if (!u.runbook->covers.contains(topic))
            uncovered.append(topic);
    }
    if (!uncovered.isEmpty())
        return {RuleOutcome::Fail,
                RuleMessage(QT_TR_NOOP("the runbook does not cover %1"), {RuleMessage::enumerators(uncovered)})};
    // A recorded review ages like a test (a runbook without a review date is judged on its content alone).
    if (const QDate reviewed = u.runbook->reviewed; reviewed.isValid()) {
        if (in.ageInDays(reviewed) < 0)
            return {RuleOutcome::Fail,
                    RuleMessage(QT_TR_NOOP("the runbook was first recorded as reviewed %1, after %2"),
                                {RuleMessage::date(reviewed), RuleMessage::date(in.asOf)})};
        if (const int limit = in.policy().evidenceMaxAge.runbookReviewDays; in.ageInDays(reviewed) > limit)
            return {RuleOutcome::Fail,
                    RuleMessage(QT_TR_NOOP("the runbook was last reviewed %1 days ago (%2); at most %3"),
                                {in.ageInDays(reviewed), RuleMessage::date(reviewed), qint64(limit)})};
        return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("the runbook covers %1; reviewed %2"),
                                               {RuleMessage::enumerators(required), RuleMessage::date(reviewed)})};
    }
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("the runbook covers %1"), {RuleMessage::enumerators(required)})};
}

RuleVerdict GateRules::runbookBusFactor(const RuleInput &in)
{
    const UseCase &u = in.useCase;
    if (!u.runbook.has_value() || u.runbook->onCall.isEmpty())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("nobody is on call"))};
    QStringList names;
    for (const QString &id : u.runbook->onCall)
        names.append(in.nameOf(id));
    if (u.runbook->onCall.size() == 1) {
        const bool builder = u.runbook->onCall.first() == u.owners.engineering;
        return {RuleOutcome::Fail,
                builder ? RuleMessage(QT_TR_NOOP("only the engineering owner %1 is on call"), {names.first()})
                        : RuleMessage(QT_TR_NOOP("only %1 is on call; support must not depend on one person"),
                                      {names.first()})};
    }
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("on call: %1"), {names.join(QStringLiteral(", "))})};
}

RuleVerdict GateRules::releaseFit(const RuleInput &in)
{
    const Release &r = in.useCase.release;
    if (!r.path.has_value() || !r.userWaits.has_value())
        return {RuleOutcome::Missing,
                RuleMessage(QT_TR_NOOP("release path or whether a person waits is not recorded"))};
    if (*r.userWaits && *r.path == Endpoint::Batch)
        return {RuleOutcome::Fail,
                RuleMessage(QT_TR_NOOP("a person waits for the answer, but the release path is batch"))};
    return {RuleOutcome::Pass, *r.userWaits ? RuleMessage(QT_TR_NOOP("live release; a person waits for the answer"))
                                            : RuleMessage(QT_TR_NOOP("%1 release; nobody waits on the page"),
                                                          {RuleMessage::enumerator(*r.path)})};
}

namespace {

std::optional<RuleVerdict> internalOnly(const RuleInput &in)
{
    if (in.useCase.audience == Audience::Internal)
        return RuleVerdict{RuleOutcome::Pass,
                           RuleMessage(QT_TRANSLATE_NOOP("GateRules", "not required for an internal use case"))};
    return std::nullopt;
}

} // namespace

RuleVerdict GateRules::opsMonitoring(const RuleInput &in)
{
    if (auto internal = internalOnly(in))
        return *internal;
    const std::optional<bool> monitoring = in.useCase.operations.monitoring;
    if (!monitoring.has_value())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("monitoring not recorded"))};
    if (!*monitoring)
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("no monitoring for a customer-facing use case"))};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("monitoring in place"))};
}

RuleVerdict GateRules::opsKillSwitch(const RuleInput &in)
{
    if (auto internal = internalOnly(in))
        return *internal;
    const Operations &ops = in.useCase.operations;
    if (ops.killSwitch.trimmed().isEmpty())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no kill switch named"))};
    if (!ops.killSwitchTested.isValid())
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("kill switch %1 has never been tested"), {ops.killSwitch})};
    if (in.ageInDays(ops.killSwitchTested) < 0)
        return {RuleOutcome::Fail,
                RuleMessage(QT_TR_NOOP("kill switch %1 was first recorded as tested %2, after %3"),
                            {ops.killSwitch, RuleMessage::date(ops.killSwitchTested), RuleMessage::date(in.asOf)})};
    if (const int limit = in.policy().evidenceMaxAge.killSwitchTestDays; in.ageInDays(ops.killSwitchTested) > limit)
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("kill switch %1 last tested %2 days ago (%3); at most %4"),
                                               {ops.killSwitch, in.ageInDays(ops.killSwitchTested),
                                                RuleMessage::date(ops.killSwitchTested), qint64(limit)})};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("kill switch %1 tested %2"),
                                           {ops.killSwitch, RuleMessage::date(ops.killSwitchTested)})};
}

RuleVerdict GateRules::opsCostCap(const RuleInput &in)
{
    if (auto internal = internalOnly(in))
        return *internal;
    const std::optional<double> cap = in.useCase.operations.dailyCostCapUsd;
    if (!cap.has_value())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no daily cost cap"))};
    if (*cap <= 0)
        return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("a daily cost cap of 0 USD would stop every request"))};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("daily cost cap %1 USD"), {RuleMessage::decimal(*cap, 2)})};
}

} // namespace greenlight::models
