#include "cli/alertscommand.h"

#include "alerts/alertscanner.h"
#include "storage/database.h"
#include "json/orderedjson.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString AlertsCommand::name() const
{
    return u"alerts"_s;
}

QString AlertsCommand::summary() const
{
    return tr("Spend-share, edit-rate, cost-cap and eval-regression alerts: alerts [--from DATE] [--to DATE] "
              "[--json] (default: the last 90 days).");
}

int AlertsCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption from(u"from"_s, tr("First day (YYYY-MM-DD), inclusive; default 89 days before --to."),
                                  tr("date"));
    const QCommandLineOption to(u"to"_s, tr("Last day (YYYY-MM-DD), inclusive; default today (UTC)."), tr("date"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOptions({from, to, json});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(context, tr("usage: greenlight alerts [--from DATE] [--to DATE] [--json]"));
        return ExitUsageError;
    }
    QDate last = context.clock().toUTC().date();
    if (!parseDate(context, parser, to, last))
        return ExitUsageError;
    QDate first = last.addDays(-89);
    if (!parseDate(context, parser, from, first))
        return ExitUsageError;
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const std::optional<Portfolio> portfolio = loadPortfolio(context, *db);
    if (!portfolio)
        return ExitUsageError;
    const Result<QList<Alert>> alerts = AlertScanner(*db).scan(*portfolio, first, last);
    if (!alerts) {
        printError(context, alerts.error());
        return ExitUsageError;
    }
    if (parser.isSet(json)) {
        OrderedJson array = OrderedJson::array();
        for (const Alert &a : *alerts) {
            const QString message = a.message.translated(DisplayFormat::plain()); // locale-free figures
            OrderedJson item = OrderedJson::object()
                                   .add(u"kind"_s, OrderedJson::string(AlertScanner::kindName(a.kind)))
                                   .add(u"use_case"_s, OrderedJson::stringOrNull(a.useCase))
                                   .add(u"tenant"_s, OrderedJson::stringOrNull(a.tenant))
                                   .add(u"date"_s, OrderedJson::string(a.date.toString(Qt::ISODate)))
                                   .add(u"value"_s, OrderedJson::real(a.value))
                                   .add(u"threshold"_s, OrderedJson::real(a.threshold))
                                   .add(u"message"_s, OrderedJson::string(message));
            if (a.kind == AlertKind::UngovernedSpend) { // why, as a code, and whose traffic it was
                OrderedJson tenants = OrderedJson::array();
                for (const QString &t : a.tenants)
                    tenants.append(OrderedJson::string(t));
                item.add(u"cause"_s, OrderedJson::string(a.cause)).add(u"tenants"_s, std::move(tenants));
            }
            array.append(std::move(item));
        }
        context.out << QString::fromUtf8(array.toCanonical());
        return ExitOk;
    }
    context.out << tr("%n alert(s) from %1 to %2.", nullptr, int(alerts->size()))
                       .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
                << Qt::endl;
    for (const Alert &a : *alerts)
        context.out << u"  "_s << AlertScanner::kindName(a.kind).leftJustified(16)
                    << a.message.translated(DisplayFormat::plain()) << Qt::endl;
    return ExitOk;
}

} // namespace greenlight::app
