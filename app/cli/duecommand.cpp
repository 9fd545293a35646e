#include "cli/duecommand.h"

#include "gate/evidencedue.h"
#include "json/orderedjson.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString DueCommand::name() const
{
    return u"due"_s;
}

QString DueCommand::summary() const
{
    return tr("Evidence that stops counting soon or has stopped, by owner: due [--within DAYS] [--at DATE] [--json] "
              "(exit 1 when anything has expired).");
}

int DueCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption within(u"within"_s, tr("List what stops counting within this many days (default 30)."),
                                    tr("days"), u"30"_s);
    const QCommandLineOption at(u"at"_s, tr("As of this day (YYYY-MM-DD, UTC; default today)."), tr("date"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOptions({within, at, json});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    bool isNumber = false;
    const int days = parser.value(within).toInt(&isNumber);
    if (!parser.positionalArguments().isEmpty() || !isNumber || days < 0) {
        printError(context, tr("usage: greenlight due [--within DAYS] [--at DATE] [--json] (DAYS: 0 or more)"));
        return ExitUsageError;
    }
    const std::optional<PortfolioAsOf> stored = portfolioAsOf(context, parser, at);
    if (!stored)
        return ExitUsageError;
    const Portfolio &portfolio = stored->portfolio;
    const QDate asOf = stored->asOf;

    const QList<DueEvidence> due = EvidenceDue::list(portfolio, asOf, days);
    const bool expired =
        std::any_of(due.cbegin(), due.cend(), [&](const DueEvidence &d) { return d.daysLeft(asOf) < 0; });
    if (parser.isSet(json)) {
        OrderedJson array = OrderedJson::array();
        for (const DueEvidence &d : due)
            array.append(OrderedJson::object()
                             .add(u"owner"_s, OrderedJson::stringOrNull(d.owner))
                             .add(u"use_case"_s, OrderedJson::string(d.useCase))
                             .add(u"rule"_s, OrderedJson::string(d.rule))
                             .add(u"evidence"_s, OrderedJson::string(d.evidence))
                             .add(u"subject"_s, OrderedJson::stringOrNull(d.subject))
                             .add(u"dated"_s, OrderedJson::string(d.dated.toString(Qt::ISODate)))
                             .add(u"counts_until"_s, OrderedJson::string(d.countsUntil.toString(Qt::ISODate)))
                             .add(u"days_left"_s, OrderedJson::integer(d.daysLeft(asOf))));
        context.out << QString::fromUtf8(array.toCanonical());
        return expired ? ExitNoGo : ExitOk;
    }
    if (due.isEmpty()) {
        context.out << tr("Nothing stops counting within %1 days of %2.").arg(days).arg(asOf.toString(Qt::ISODate))
                    << Qt::endl;
        return ExitOk;
    }
    context.out
        << tr("Evidence that stops counting within %1 days of %2, by owner:").arg(days).arg(asOf.toString(Qt::ISODate))
        << Qt::endl;
    QString owner = u"\n"_s; // no owner id looks like this: the first row starts a group
    for (const DueEvidence &d : due) {
        if (d.owner != owner) {
            owner = d.owner;
            const Person *person = portfolio.person(owner);
            context.out << (owner.isEmpty()     ? tr("(no owner)")
                            : person != nullptr ? u"%1 (%2)"_s.arg(person->name, owner)
                                                : owner)
                        << Qt::endl;
        }
        const qint64 left = d.daysLeft(asOf);
        const QString when = left < 0    ? tr("stopped counting %1 days ago").arg(-left)
                             : left == 0 ? tr("counts today for the last time")
                                         : tr("counts %1 more days").arg(left);
        const QString what = d.subject.isEmpty() ? d.evidence : d.evidence + u' ' + d.subject;
        context.out << u"  "_s << d.useCase.leftJustified(22) << u' ' << d.rule.leftJustified(16) << u' '
                    << tr("%1 of %2, until %3: %4")
                           .arg(what, d.dated.toString(Qt::ISODate), d.countsUntil.toString(Qt::ISODate), when)
                    << Qt::endl;
    }
    return expired ? ExitNoGo : ExitOk;
}

} // namespace greenlight::app
