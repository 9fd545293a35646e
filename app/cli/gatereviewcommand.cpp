#include "cli/gatereviewcommand.h"

#include "gate/gateengine.h"
#include "gate/gatereviewservice.h"
#include "storage/database.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString GateReviewCommand::name() const
{
    return u"gate review"_s;
}

QString GateReviewCommand::summary() const
{
    return tr("Start a gate review, sign it off, decide it or abandon it.");
}

int GateReviewCommand::execute(const QStringList &arguments, CommandContext &context)
{
    return dispatch(arguments, context,
                    {{u"start"_s, std::bind_front(&GateReviewCommand::start, this)},
                     {u"sign"_s, std::bind_front(&GateReviewCommand::sign, this)},
                     {u"decide"_s, std::bind_front(&GateReviewCommand::decide, this)},
                     {u"abandon"_s, std::bind_front(&GateReviewCommand::abandon, this)}},
                    tr("Run 'greenlight gate review start|sign|decide|abandon --help' for the options."),
                    tr("usage: greenlight gate review start USE_CASE [--gate ID] --as PERSON | sign REVIEW --as "
                       "PERSON --role ROLE --approve|--reject [--note TEXT] | decide REVIEW --as PERSON "
                       "[--go|--no-go] [--rationale TEXT] | abandon REVIEW --as PERSON --reason TEXT"));
}

namespace {

QCommandLineOption asOption()
{
    return QCommandLineOption(u"as"_s, GateReviewCommand::tr("The person acting: the one this OS account is bound to."),
                              GateReviewCommand::tr("person"));
}

} // namespace

int GateReviewCommand::start(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"use-case"_s, tr("The use case to review."), u"USE_CASE"_s);
    const QCommandLineOption gate(u"gate"_s, tr("The gate template (default: the one that fits)."), tr("id"));
    parser.addOptions({gate, asOption()});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"as"_s)) {
        printError(context, tr("usage: greenlight gate review start USE_CASE [--gate ID] --as PERSON"));
        return ExitUsageError;
    }
    const std::optional<Step> step = beginStep(context, parser, KeyOption::Absent);
    if (!step)
        return ExitUsageError;
    const auto review = GateReviewService(*step->db, context.clock)
                            .start(parser.positionalArguments().first(), parser.value(gate), step->actor);
    if (!review) {
        printError(context, review.error());
        return ExitUsageError;
    }
    int failing = 0;
    for (const RuleResult &r : review->ruleResults)
        failing += (r.severity == Severity::Blocker && GateEngine::fails(r.result)) ? 1 : 0;
    context.out << tr("Started %1 (%2) with %3 rule results frozen; blockers failing: %4.")
                       .arg(review->id, review->gate)
                       .arg(review->ruleResults.size())
                       .arg(failing)
                << Qt::endl;
    context.out << review->id << Qt::endl;
    return ExitOk;
}

int GateReviewCommand::sign(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"review"_s, tr("The review id."), u"REVIEW"_s);
    const QCommandLineOption role(u"role"_s, tr("The role signed in (one the person holds)."), tr("role"));
    const QCommandLineOption approve(u"approve"_s, tr("Approve."));
    const QCommandLineOption reject(u"reject"_s, tr("Reject."));
    const QCommandLineOption note(u"note"_s, tr("A note kept with the sign-off."), tr("text"));
    parser.addOptions({asOption(), role, approve, reject, note, signingKeyOption()});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"as"_s) ||
        parser.isSet(approve) == parser.isSet(reject)) {
        printError(context, tr("usage: greenlight gate review sign REVIEW --as PERSON --role ROLE --approve|--reject "
                               "[--note TEXT]"));
        return ExitUsageError;
    }
    const auto parsedRole = parseChoice<Role>(context, parser.value(role), tr("role"));
    if (!parsedRole)
        return ExitUsageError;
    const std::optional<Step> step = beginStep(context, parser, KeyOption::Read);
    if (!step)
        return ExitUsageError;
    const SignoffDecision decision = parser.isSet(approve) ? SignoffDecision::Approve : SignoffDecision::Reject;
    const auto review = GateReviewService(*step->db, context.clock)
                            .sign(parser.positionalArguments().first(), step->actor, *parsedRole, decision,
                                  parser.value(note), step->signing());
    if (!review) {
        printError(context, review.error());
        return ExitUsageError;
    }
    context.out << tr("%1 signed %2 as %3 (%4).")
                       .arg(parser.value(u"as"_s), review->id, enumName(*parsedRole), enumName(decision))
                << Qt::endl;
    return ExitOk;
}

int GateReviewCommand::decide(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"review"_s, tr("The review id."), u"REVIEW"_s);
    const QCommandLineOption go(u"go"_s, tr("Ask for go (refused while a blocker fails or a sign-off is missing)."));
    const QCommandLineOption noGo(u"no-go"_s, tr("Decide no-go."));
    const QCommandLineOption rationale(u"rationale"_s, tr("Why, in one sentence."), tr("text"));
    parser.addOptions({asOption(), go, noGo, rationale, signingKeyOption()});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"as"_s) ||
        (parser.isSet(go) && parser.isSet(noGo))) {
        printError(context, tr("usage: greenlight gate review decide REVIEW --as PERSON [--go|--no-go] [--rationale "
                               "TEXT]"));
        return ExitUsageError;
    }
    std::optional<GateDecision> requested;
    if (parser.isSet(go))
        requested = GateDecision::Go;
    else if (parser.isSet(noGo))
        requested = GateDecision::NoGo;
    const std::optional<Step> step = beginStep(context, parser, KeyOption::Read);
    if (!step)
        return ExitUsageError;
    // A refusal names dates and figures as the rest of the command line writes them: locale-free.
    const auto outcome = GateReviewService(*step->db, context.clock, DisplayFormat::plain())
                             .decide(parser.positionalArguments().first(), step->actor, requested,
                                     parser.value(rationale), step->signing());
    if (!outcome) {
        printError(context, outcome.error());
        return ExitUsageError;
    }
    if (!outcome->decision) {
        context.out << outcome->review.id << u": "_s << outcome->reason << Qt::endl;
        return ExitNoGo;
    }
    context.out << outcome->review.id << u": "_s << enumName(*outcome->decision).toUpper() << u" — "_s
                << outcome->reason << Qt::endl;
    return *outcome->decision == GateDecision::Go ? ExitOk : ExitNoGo;
}

int GateReviewCommand::abandon(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"review"_s, tr("The open review to close without a verdict."), u"REVIEW"_s);
    const QCommandLineOption reason(u"reason"_s, tr("Why it is abandoned; kept on record."), tr("text"));
    parser.addOptions({asOption(), reason, signingKeyOption()});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"as"_s) || !parser.isSet(reason)) {
        printError(context, tr("usage: greenlight gate review abandon REVIEW --as PERSON --reason TEXT"));
        return ExitUsageError;
    }
    const std::optional<Step> step = beginStep(context, parser, KeyOption::Read);
    if (!step)
        return ExitUsageError;
    const auto review =
        GateReviewService(*step->db, context.clock)
            .abandon(parser.positionalArguments().first(), step->actor, parser.value(reason), step->signing());
    if (!review) {
        printError(context, review.error());
        return ExitUsageError;
    }
    context.out << tr("%1 abandoned: %2").arg(review->id, review->rationale) << Qt::endl;
    return ExitOk;
}

} // namespace greenlight::app
