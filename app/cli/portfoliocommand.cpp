#include "cli/portfoliocommand.h"

#include "cli/governancereport.h"
#include "cli/governancetext.h"
#include "portfolio/governancediff.h"
#include "portfolio/portfolioranking.h"
#include "portfolio/portfolioreader.h"
#include "storage/database.h"
#include "json/orderedjson.h"

#include <QFile>
#include <QLocale>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString PortfolioCommand::name() const
{
    return u"portfolio"_s;
}

QString PortfolioCommand::summary() const
{
    return tr("Rank the use cases by priority score (hours saved ÷ complexity ÷ blast radius), with ROI per year "
              "and sequencing warnings: portfolio rank [--json]; or compare the governance of two portfolio files: "
              "portfolio diff OLD.json NEW.json [--markdown|--json] [--at DATE].");
}

int PortfolioCommand::execute(const QStringList &arguments, CommandContext &context)
{
    if (arguments.value(0) == u"diff"_s)
        return diff(arguments, context);
    return rank(arguments, context);
}

int PortfolioCommand::rank(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"rank"_s, tr("Rank the portfolio."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (parser.positionalArguments() != QStringList{u"rank"_s}) {
        printError(context, tr("usage: greenlight portfolio rank [--json], or greenlight portfolio diff OLD.json "
                               "NEW.json [--markdown|--json] [--at DATE]"));
        return ExitUsageError;
    }
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const std::optional<Portfolio> portfolio = loadPortfolio(context, *db);
    if (!portfolio)
        return ExitUsageError;
    const QList<RankedUseCase> ranked = PortfolioRanking::rank(*portfolio);
    if (parser.isSet(json)) {
        OrderedJson array = OrderedJson::array();
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            const RankedUseCase &r = ranked[i];
            array.append(
                OrderedJson::object()
                    .add(u"rank"_s, OrderedJson::integer(i + 1))
                    .add(u"use_case"_s, OrderedJson::string(r.id))
                    .add(u"audience"_s, OrderedJson::string(enumName(r.audience)))
                    .add(u"status"_s, OrderedJson::string(enumName(r.status)))
                    .add(u"score"_s, r.score ? OrderedJson::real(*r.score) : OrderedJson::null())
                    .add(u"roi_per_year_usd"_s, r.roiPerYear ? OrderedJson::real(*r.roiPerYear) : OrderedJson::null())
                    .add(u"sequencing_warning"_s, OrderedJson::stringOrNull(r.sequencingWarning)));
        }
        context.out << QString::fromUtf8(array.toCanonical());
        context.out.flush();
        return ExitOk;
    }
    context.out << tr("rank  score  ROI/year (USD)  audience  status     use case") << u'\n';
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const RankedUseCase &r = ranked[i];
        context.out << QString::number(i + 1).rightJustified(4) << u"  "_s
                    << (r.score ? QString::number(*r.score, 'f', 2) : u"–"_s).rightJustified(5) << u"  "_s
                    << (r.roiPerYear ? QLocale::c().toString(*r.roiPerYear, 'f', 0) : u"–"_s).rightJustified(14)
                    << u"  "_s << enumName(r.audience).leftJustified(8) << u"  "_s
                    << enumName(r.status).leftJustified(9) << u"  "_s << r.id << u'\n';
        if (!r.sequencingWarning.isEmpty())
            context.out << u"      ⚠ "_s << r.sequencingWarning << u'\n';
    }
    context.out.flush();
    return ExitOk;
}

namespace {

/// The portfolio in @p fileName, or nullopt after printing what is wrong with it (the reader's JSON path included).
std::optional<Portfolio> readPortfolioFile(CommandContext &context, const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << u"greenlight: "_s
                    << PortfolioCommand::tr("%1: cannot read the file (%2)").arg(fileName, file.errorString())
                    << Qt::endl;
        return std::nullopt;
    }
    Result<Portfolio> portfolio = PortfolioReader::read(file.readAll());
    if (!portfolio) {
        context.err << u"greenlight: "_s << fileName << u": "_s << portfolio.error().toString() << Qt::endl;
        return std::nullopt;
    }
    return std::move(*portfolio);
}

} // namespace

int PortfolioCommand::diff(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"diff"_s, tr("Compare the governance of two portfolio files."));
    parser.addPositionalArgument(u"old"_s, tr("The portfolio before the change (say, main's)."), u"OLD.json"_s);
    parser.addPositionalArgument(u"new"_s, tr("The portfolio after the change."), u"NEW.json"_s);
    const QCommandLineOption markdown(u"markdown"_s, tr("Print a pull-request comment in Markdown (English)."));
    const QCommandLineOption json(u"json"_s, tr("Print the documented JSON (English)."));
    const QCommandLineOption at(u"at"_s, tr("Judge both files' gates as of this day (YYYY-MM-DD, UTC; default today)."),
                                tr("date"));
    parser.addOptions({markdown, json, at});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || (parser.isSet(markdown) && parser.isSet(json))) {
        printError(context, tr("usage: greenlight portfolio diff OLD.json NEW.json [--markdown|--json] [--at DATE]"));
        return ExitUsageError;
    }
    QDate asOf = context.clock().toUTC().date();
    if (!parseDate(context, parser, at, asOf))
        return ExitUsageError;
    const std::optional<Portfolio> before = readPortfolioFile(context, positional[1]);
    if (!before)
        return ExitUsageError;
    const std::optional<Portfolio> after = readPortfolioFile(context, positional[2]);
    if (!after)
        return ExitUsageError;

    const GovernanceChanges changes = GovernanceDiff::compare(*before, *after, asOf);
    if (parser.isSet(json))
        context.out << QString::fromUtf8(GovernanceReport::json(changes));
    else if (parser.isSet(markdown))
        context.out << GovernanceReport::markdown(changes);
    else
        context.out << GovernanceText::format(changes, positional[1], positional[2]);
    context.out.flush();
    return changes.hasRegression() ? ExitNoGo : ExitOk;
}

} // namespace greenlight::app
