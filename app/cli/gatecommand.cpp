#include "cli/gatecommand.h"

#include "cli/gatereviewcommand.h"
#include "gate/gateengine.h"
#include "portfolio/portfoliowriter.h"
#include "json/orderedjson.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString GateCommand::name() const
{
    return u"gate"_s;
}

QString GateCommand::summary() const
{
    return tr(
        "Check a use case against its gate (gate check USE_CASE|--all [--gate ID] [--at DATE] [--json]) or run a gate "
        "review (gate review start|sign|decide).");
}

int GateCommand::execute(const QStringList &arguments, CommandContext &context)
{
    return dispatch(arguments, context,
                    {{u"check"_s, std::bind_front(&GateCommand::check, this)},
                     {u"review"_s,
                      [](const QStringList &rest, CommandContext &c) { return GateReviewCommand().execute(rest, c); }}},
                    tr("Run 'greenlight gate check --help' or 'greenlight gate review --help' for the options."),
                    tr("usage: greenlight gate check USE_CASE|--all [--gate ID] [--at DATE] [--json], or greenlight "
                       "gate review start|sign|decide …"));
}

QString GateCommand::formatTable(const GateEvaluation &evaluation, bool failuresOnly)
{
    QString text;
    const QString verdict = evaluation.eligible() ? tr("GO-ELIGIBLE") : tr("NO-GO");
    text += tr("%1 · %2: %3 (blockers failed: %4, warnings failed: %5)")
                .arg(evaluation.useCase, evaluation.gate, verdict)
                .arg(evaluation.blockersFailed)
                .arg(evaluation.warningsFailed) +
            u'\n';
    int idWidth = 0;
    for (const RuleResult &r : evaluation.rules)
        idWidth = std::max(idWidth, int(r.rule.size()));
    for (const RuleResult &r : evaluation.failuresFirst()) {
        if (failuresOnly && !GateEngine::fails(r.result))
            break;
        // What fails shouts; a pass and a waived rule (which counts as a pass while its waiver runs) do not.
        const QString outcome = GateEngine::fails(r.result) ? enumName(r.result).toUpper() : enumName(r.result);
        text += u"  %1 %2 %3 %4\n"_s.arg(outcome.leftJustified(8), enumName(r.severity).leftJustified(8),
                                         r.rule.leftJustified(idWidth), r.displayText(DisplayFormat::plain()));
    }
    return text;
}

namespace {

/// The waiver a waived rule rests on: who granted it, until when, why and what holds the risk meanwhile.
/// The waiver a waived rule rests on: who accepted the risk until when, and why (the rule and gate stand beside it).
OrderedJson ruleWaiverJson(const Waiver &w)
{
    return PortfolioWriter::waiverJson(w).picked(
        {u"id"_s, u"granted_by"_s, u"role"_s, u"granted_on"_s, u"expires"_s, u"reason"_s, u"control"_s});
}

OrderedJson evaluationJson(const Portfolio &p, const GateEvaluation &e)
{
    const UseCase *useCase = p.useCase(e.useCase);
    OrderedJson rules = OrderedJson::array();
    for (const RuleResult &r : e.rules) {
        OrderedJson rule = OrderedJson::object()
                               .add(u"id"_s, OrderedJson::string(r.rule))
                               .add(u"severity"_s, OrderedJson::string(enumName(r.severity)))
                               .add(u"result"_s, OrderedJson::string(enumName(r.result)))
                               .add(u"explanation"_s, OrderedJson::string(r.explanation));
        if (const auto w = e.waivers.constFind(r.rule); w != e.waivers.cend() && useCase != nullptr)
            rule.add(u"waiver"_s, ruleWaiverJson(*useCase->waiver(*w)));
        rules.append(std::move(rule));
    }
    return OrderedJson::object()
        .add(u"use_case"_s, OrderedJson::string(e.useCase))
        .add(u"gate"_s, OrderedJson::string(e.gate))
        .add(u"eligible"_s, OrderedJson::boolean(e.eligible()))
        .add(u"blockers_failed"_s, OrderedJson::integer(e.blockersFailed))
        .add(u"warnings_failed"_s, OrderedJson::integer(e.warningsFailed))
        .add(u"rules"_s, std::move(rules));
}

} // namespace

QByteArray GateCommand::formatJson(const Portfolio &portfolio, const QList<GateEvaluation> &evaluations, bool asArray)
{
    if (!asArray && evaluations.size() == 1)
        return evaluationJson(portfolio, evaluations.first()).toCanonical();
    OrderedJson array = OrderedJson::array();
    for (const GateEvaluation &e : evaluations)
        array.append(evaluationJson(portfolio, e));
    return array.toCanonical();
}

int GateCommand::check(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"use-case"_s, tr("The use case to check."), u"USE_CASE"_s);
    const QCommandLineOption all(u"all"_s, tr("Check every use case."));
    const QCommandLineOption gate(u"gate"_s, tr("The gate template (default: the one that fits the use case)."),
                                  tr("id"));
    const QCommandLineOption json(u"json"_s, tr("Print the documented JSON instead of a table."));
    const QCommandLineOption at(u"at"_s,
                                tr("Evaluate as of this day (YYYY-MM-DD, UTC; default today): evidence dated later "
                                   "does not count, and evidence ages up to it."),
                                tr("date"));
    parser.addOptions({all, gate, json, at});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(all) == (positional.size() == 1) || positional.size() > 1) {
        printError(context, tr("usage: greenlight gate check USE_CASE|--all [--gate ID] [--at DATE] [--json]"));
        return ExitUsageError;
    }
    const std::optional<PortfolioAsOf> stored = portfolioAsOf(context, parser, at);
    if (!stored)
        return ExitUsageError;
    const Portfolio &portfolio = stored->portfolio;
    const QDate asOf = stored->asOf;

    QList<const UseCase *> useCases;
    if (parser.isSet(all)) {
        for (const UseCase &u : portfolio.useCases)
            useCases.append(&u);
    } else if (const UseCase *u = portfolio.useCase(positional.first()); u != nullptr) {
        useCases.append(u);
    } else {
        printError(context, tr("unknown use case \"%1\"").arg(positional.first()));
        return ExitUsageError;
    }

    QList<GateEvaluation> evaluations;
    for (const UseCase *u : useCases) {
        const QString gateId = parser.isSet(gate) ? parser.value(gate) : GateEngine::defaultGateId(*u);
        const GateTemplate *t = portfolio.gateTemplate(gateId);
        if (t == nullptr) {
            printError(context, tr("unknown gate template \"%1\"").arg(gateId));
            return ExitUsageError;
        }
        evaluations.append(GateEngine::evaluate(portfolio, *u, *t, asOf));
    }

    if (parser.isSet(json)) {
        context.out << QString::fromUtf8(formatJson(portfolio, evaluations, parser.isSet(all)));
    } else {
        // Over the whole portfolio only what fails is listed; one use case shows every rule.
        const bool failuresOnly = parser.isSet(all);
        for (const GateEvaluation &e : evaluations)
            context.out << formatTable(e, failuresOnly);
        if (failuresOnly)
            context.out << tr("(passing rules hidden; 'greenlight gate check USE_CASE' lists them all)") << u'\n';
    }
    context.out.flush();
    const bool allEligible =
        std::all_of(evaluations.cbegin(), evaluations.cend(), [](const GateEvaluation &e) { return e.eligible(); });
    return allEligible ? ExitOk : ExitNoGo;
}

} // namespace greenlight::app
