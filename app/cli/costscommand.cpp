#include "cli/costscommand.h"

#include "storage/database.h"
#include "storage/rollupqueries.h"
#include "usage/nanousd.h"
#include "json/orderedjson.h"

#include <QLocale>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString CostsCommand::name() const
{
    return u"costs"_s;
}

QString CostsCommand::summary() const
{
    return tr("AI spend per tenant, model, use case or day: costs --by tenant|model|use-case|day [--from DATE] [--to "
              "DATE] [--json].");
}

int CostsCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption by(u"by"_s, tr("Group by tenant, model, use-case or day."), tr("dimension"));
    const QCommandLineOption from(u"from"_s, tr("First day (YYYY-MM-DD), inclusive."), tr("date"));
    const QCommandLineOption to(u"to"_s, tr("Last day (YYYY-MM-DD), inclusive."), tr("date"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOptions({by, from, to, json});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    static const QList<std::pair<QString, CostDimension>> dimensions = {{u"tenant"_s, CostDimension::Tenant},
                                                                        {u"model"_s, CostDimension::Model},
                                                                        {u"use-case"_s, CostDimension::UseCase},
                                                                        {u"day"_s, CostDimension::Day}};
    const auto dimension = std::find_if(dimensions.cbegin(), dimensions.cend(),
                                        [&](const auto &d) { return d.first == parser.value(by); });
    if (!parser.positionalArguments().isEmpty() || dimension == dimensions.cend()) {
        printError(context, tr("usage: greenlight costs --by tenant|model|use-case|day [--from DATE] [--to DATE] "
                               "[--json]"));
        return ExitUsageError;
    }
    QDate dates[2];
    if (!parseDate(context, parser, from, dates[0]) || !parseDate(context, parser, to, dates[1]))
        return ExitUsageError;
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const auto rows = RollupQueries(*db).costs(dimension->second, dates[0], dates[1]);
    if (!rows) {
        printError(context, rows.error());
        return ExitUsageError;
    }
    if (parser.isSet(json)) {
        OrderedJson array = OrderedJson::array();
        for (const CostRow &r : *rows)
            array.append(OrderedJson::object()
                             .add(u"key"_s, OrderedJson::string(r.key))
                             .add(u"cost_usd"_s, OrderedJson::real(NanoUsd::toDouble(r.costNanos)))
                             .add(u"cost_usd_exact"_s, OrderedJson::string(NanoUsd::toDecimal(r.costNanos)))
                             .add(u"requests"_s, OrderedJson::integer(r.requests))
                             .add(u"prompt_tokens"_s, OrderedJson::integer(r.promptTokens))
                             .add(u"completion_tokens"_s, OrderedJson::integer(r.completionTokens)));
        context.out << QString::fromUtf8(array.toCanonical());
        context.out.flush();
        return ExitOk;
    }
    const QLocale c = QLocale::c();
    int keyWidth = int(parser.value(by).size());
    for (const CostRow &r : *rows)
        keyWidth = std::max(keyWidth, int(r.key.size()));
    context.out << parser.value(by).leftJustified(keyWidth)
                << u"      cost (USD)     requests  prompt tokens  completion tokens\n"_s;
    qint64 total = 0;
    for (const CostRow &r : *rows) {
        const QString key = r.key.isEmpty() ? tr("(unattributed)") : r.key;
        context.out << key.leftJustified(keyWidth)
                    << c.toString(NanoUsd::toDouble(r.costNanos), 'f', 2).rightJustified(16)
                    << c.toString(r.requests).rightJustified(13) << c.toString(r.promptTokens).rightJustified(15)
                    << c.toString(r.completionTokens).rightJustified(19) << u'\n';
        if (!NanoUsd::add(total, r.costNanos)) {
            printError(context, tr("the total cost passes %1 USD, the largest amount kept exact")
                                    .arg(NanoUsd::toDecimal(std::numeric_limits<qint64>::max())));
            return ExitUsageError;
        }
    }
    context.out << tr("total").leftJustified(keyWidth)
                << c.toString(NanoUsd::toDouble(total), 'f', 2).rightJustified(16) << u'\n';
    context.out.flush();
    return ExitOk;
}

} // namespace greenlight::app
