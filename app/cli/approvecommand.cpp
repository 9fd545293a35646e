#include "cli/approvecommand.h"

#include "gate/dataapprovalservice.h"
#include "json/orderedjson.h"
#include "portfolio/portfolioranking.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"

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
    const QCommandLineOption as(u"as"_s, tr("The person deciding."), tr("person"));
    const QCommandLineOption role(u"role"_s, tr("security, legal or compliance."), tr("role"));
    const QCommandLineOption approve(u"approve"_s, tr("Approve."));
    const QCommandLineOption reject(u"reject"_s, tr("Reject."));
    const QCommandLineOption note(u"note"_s, tr("A note kept with the decision."), tr("text"));
    parser.addOptions({as, role, approve, reject, note});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(as) || !parser.isSet(role) || parser.isSet(approve) == parser.isSet(reject)) {
        printError(context, tr("usage: greenlight approve USE_CASE DATA_CLASS --as PERSON --role ROLE "
                               "--approve|--reject [--note TEXT]"));
        return ExitUsageError;
    }
    const auto dataClass = enumFromName<DataClass>(positional[1]);
    if (!dataClass) {
        printError(context, tr("unknown data class \"%1\" (expected one of: %2)").arg(positional[1], enumChoices<DataClass>()));
        return ExitUsageError;
    }
    const auto parsedRole = enumFromName<Role>(parser.value(role));
    if (!parsedRole) {
        printError(context, tr("unknown role \"%1\" (expected one of: %2)").arg(parser.value(role), enumChoices<Role>()));
        return ExitUsageError;
    }
    const std::unique_ptr<Database> db = openDatabase(context);
    if (!db)
        return ExitUsageError;
    const ApprovalDecision decision = parser.isSet(approve) ? ApprovalDecision::Approved : ApprovalDecision::Rejected;
    const auto status = DataApprovalService(*db, context.clock)
                            .decide(positional[0], *dataClass, parser.value(as), *parsedRole, decision, parser.value(note));
    if (!status) {
        printError(context, status.error());
        return ExitUsageError;
    }
    QString state;
    switch (status->state) {
    case DataClassStatus::State::Approved: state = tr("approved"); break;
    case DataClassStatus::State::Rejected: state = tr("rejected"); break;
    case DataClassStatus::State::Denied: state = tr("denied"); break;
    case DataClassStatus::State::Pending: {
        QStringList roles;
        for (Role r : status->missingRoles)
            roles.append(enumName(r));
        state = tr("still awaiting %1").arg(roles.join(u", "_s));
        break;
    }
    }
    context.out << tr("%1 %2 %3 for %4 as %5; %3 is now %6.")
                       .arg(parser.value(as), enumName(decision), enumName(*dataClass), positional[0],
                            enumName(*parsedRole), state)
                << Qt::endl;
    return ExitOk;
}

QString PortfolioCommand::name() const
{
    return u"portfolio"_s;
}

QString PortfolioCommand::summary() const
{
    return tr("Rank the use cases by seed 000's score, with ROI per year and sequencing warnings: portfolio rank "
              "[--json].");
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
    const std::unique_ptr<Database> db = openDatabase(context);
    if (!db)
        return ExitUsageError;
    const Result<Portfolio> portfolio = PortfolioRepository(*db).load();
    if (!portfolio) {
        printError(context, portfolio.error());
        return ExitUsageError;
    }
    const QList<RankedUseCase> ranked = PortfolioRanking::rank(*portfolio);
    if (parser.isSet(json)) {
        OrderedJson array = OrderedJson::array();
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            const RankedUseCase &r = ranked[i];
            array.append(OrderedJson::object()
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
