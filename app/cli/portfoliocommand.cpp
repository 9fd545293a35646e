#include "cli/portfoliocommand.h"

#include "portfolio/portfolioranking.h"
#include "storage/database.h"
#include "json/orderedjson.h"

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
              "and sequencing warnings: portfolio rank [--json].");
}

int PortfolioCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"rank"_s, tr("Rank the portfolio."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (parser.positionalArguments() != QStringList{u"rank"_s}) {
        printError(context, tr("usage: greenlight portfolio rank [--json]"));
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

} // namespace greenlight::app
