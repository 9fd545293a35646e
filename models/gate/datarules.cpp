#include "gate/gaterules.h"

#include "gate/dataapprovalrules.h"

namespace greenlight::models {

namespace {

/// An approval older than the policy allows no longer counts: the oldest of the approvals that make @p c approved.
std::optional<RuleVerdict> staleApproval(const RuleInput &in, DataClass c, const DataClassStatus &status)
{
    const int limit = in.policy().evidenceMaxAge.dataApprovalDays;
    const QList<DataApproval> expired = DataApprovalRules::expiredApprovals(status, limit, in.asOf);
    if (expired.isEmpty())
        return std::nullopt;
    const DataApproval &oldest = expired.first();
    return RuleVerdict{
        RuleOutcome::Fail,
        RuleMessage(QT_TRANSLATE_NOOP("GateRules", "%1 approval by %2 (%3) is %4 days old (%5); at most %6"),
                    {RuleMessage::enumerator(c), in.nameOf(oldest.person), RuleMessage::enumerator(oldest.role),
                     in.ageInDays(oldest.date), RuleMessage::date(oldest.date), qint64(limit)})};
}

} // namespace

RuleVerdict GateRules::dataClassified(const RuleInput &in)
{
    const UseCase &u = in.useCase;
    if (u.dataClasses.isEmpty())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no input data class recorded"))};
    // Seed 001: regulated workflows need stricter gates, which the high risk tier selects.
    if (u.dataClasses.contains(DataClass::Regulated) && u.riskTier != RiskTier::High)
        return {RuleOutcome::Fail,
                RuleMessage(QT_TR_NOOP("regulated data needs the high risk tier, but the use case is standard"))};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("data classes: %1"), {RuleMessage::enumerators(u.dataClasses)})};
}

RuleVerdict GateRules::dataApproved(const RuleInput &in)
{
    const UseCase &u = in.useCase;
    if (u.dataClasses.isEmpty())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no data classes to approve"))};
    QList<RuleMessage> pending;
    QList<DataClass> approved;
    for (DataClass c : u.dataClasses) {
        const DataClassStatus status = DataApprovalRules::status(u, c, in.asOf);
        switch (status.state) {
        case DataClassStatus::State::Denied:
            return {RuleOutcome::Fail,
                    RuleMessage(QT_TR_NOOP("%1 can never be approved"), {RuleMessage::enumerator(c)})};
        case DataClassStatus::State::Rejected: {
            const DataApproval &r = *status.rejection;
            return {RuleOutcome::Fail, RuleMessage(QT_TR_NOOP("%1 was rejected by %2 (%3, %4)"),
                                                   {RuleMessage::enumerator(c), RuleMessage::enumerator(r.role),
                                                    in.nameOf(r.person), RuleMessage::date(r.date)})};
        }
        case DataClassStatus::State::Pending: {
            pending.append(RuleMessage(QT_TR_NOOP("%1 awaits %2"),
                                       {RuleMessage::enumerator(c), RuleMessage::enumerators(status.missingRoles)}));
            break;
        }
        case DataClassStatus::State::Approved:
            if (const std::optional<RuleVerdict> stale = staleApproval(in, c, status))
                return *stale;
            if (!DataApprovalRules::requiredRoles(c).isEmpty())
                approved.append(c);
            break;
        }
    }
    if (!pending.isEmpty())
        return {RuleOutcome::Missing,
                RuleMessage(QT_TR_NOOP("approval missing: %1"), {RuleMessage::list(pending, QStringLiteral("; "))})};
    if (approved.isEmpty())
        return {RuleOutcome::Pass,
                RuleMessage(QT_TR_NOOP("no class needs approval (%1)"), {RuleMessage::enumerators(u.dataClasses)})};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("approved: %1"), {RuleMessage::enumerators(approved)})};
}

RuleVerdict GateRules::dataNoCredentials(const RuleInput &in)
{
    const UseCase &u = in.useCase;
    if (u.dataClasses.isEmpty())
        return {RuleOutcome::Missing, RuleMessage(QT_TR_NOOP("no input data class recorded"))};
    if (u.dataClasses.contains(DataClass::Credentials))
        return {RuleOutcome::Fail,
                RuleMessage(QT_TR_NOOP("credentials is among the data classes; secrets must never enter prompts"))};
    return {RuleOutcome::Pass, RuleMessage(QT_TR_NOOP("credentials is not among the data classes"))};
}

} // namespace greenlight::models
