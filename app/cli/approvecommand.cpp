#include "cli/approvecommand.h"

#include "gate/dataapprovalservice.h"
#include "storage/database.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString ApproveCommand::name() const
{
    return u"approve"_s;
}

QString ApproveCommand::summary() const
{
    return tr("Approve or reject a data class of a use case: approve USE_CASE DATA_CLASS --as PERSON --role ROLE "
              "--approve|--reject [--note TEXT].");
}

int ApproveCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"use-case"_s, tr("The use case."), u"USE_CASE"_s);
    parser.addPositionalArgument(u"data-class"_s, tr("public, internal, customer, regulated or credentials."),
                                 u"DATA_CLASS"_s);
    const QCommandLineOption as(u"as"_s, tr("The person deciding: the one this OS account is bound to."), tr("person"));
    const QCommandLineOption role(u"role"_s, tr("security, legal or compliance."), tr("role"));
    const QCommandLineOption approve(u"approve"_s, tr("Approve."));
    const QCommandLineOption reject(u"reject"_s, tr("Reject."));
    const QCommandLineOption note(
        u"note"_s, tr("A note kept with the decision (required with --reject: what to change)."), tr("text"));
    parser.addOptions({as, role, approve, reject, note, signingKeyOption()});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(as) || !parser.isSet(role) ||
        parser.isSet(approve) == parser.isSet(reject)) {
        printError(context, tr("usage: greenlight approve USE_CASE DATA_CLASS --as PERSON --role ROLE "
                               "--approve|--reject [--note TEXT]"));
        return ExitUsageError;
    }
    const auto dataClass = parseChoice<DataClass>(context, positional[1], tr("data class"));
    if (!dataClass)
        return ExitUsageError;
    const auto parsedRole = parseChoice<Role>(context, parser.value(role), tr("role"));
    if (!parsedRole)
        return ExitUsageError;
    const std::optional<Step> step = beginStep(context, parser, KeyOption::Read);
    if (!step)
        return ExitUsageError;
    const ApprovalDecision decision = parser.isSet(approve) ? ApprovalDecision::Approved : ApprovalDecision::Rejected;
    const auto status =
        DataApprovalService(*step->db, context.clock)
            .decide(positional[0], *dataClass, step->actor, *parsedRole, decision, parser.value(note), step->signing());
    if (!status) {
        printError(context, status.error());
        return ExitUsageError;
    }
    const auto names = [](const QList<Role> &roles) {
        QStringList list;
        for (Role r : roles)
            list.append(enumName(r));
        return list.join(u", "_s);
    };
    QString state;
    switch (status->state) {
    case DataClassStatus::State::Approved: {
        // Approved on record, but an approval older than the policy allows no longer counts (data.approved fails).
        const QList<DataApproval> expired = DataApprovalRules::expiredApprovals(
            *status, step->portfolio.policy.evidenceMaxAge.dataApprovalDays, context.clock().toUTC().date());
        state = expired.isEmpty() ? tr("approved")
                                  : tr("expired (renewal by %1)").arg(names(DataApprovalRules::rolesOf(expired)));
        break;
    }
    case DataClassStatus::State::Rejected: state = tr("rejected"); break;
    case DataClassStatus::State::Denied: state = tr("denied"); break;
    case DataClassStatus::State::Pending: state = tr("still awaiting %1").arg(names(status->missingRoles)); break;
    }
    context.out << tr("%1 %2 %3 for %4 as %5; %3 is now %6.")
                       .arg(parser.value(as), enumName(decision), enumName(*dataClass), positional[0],
                            enumName(*parsedRole), state)
                << Qt::endl;
    return ExitOk;
}

} // namespace greenlight::app
