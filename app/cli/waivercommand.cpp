#include "cli/waivercommand.h"

#include "gate/waiverservice.h"
#include "portfolio/portfoliowriter.h"
#include "storage/database.h"
#include "json/orderedjson.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

const QString addUsage = u"greenlight waiver add USE_CASE RULE [--gate GATE] --reason TEXT --control TEXT "
                         u"--expires DATE --as PERSON --role ROLE"_s;
const QString revokeUsage = u"greenlight waiver revoke WAIVER --as PERSON --role ROLE --reason TEXT"_s;
const QString listUsage = u"greenlight waiver list [USE_CASE] [--at DATE] [--json]"_s;

/// The portfolio file's waiver, with the use case it belongs to and where it stands on @p day.
OrderedJson listedWaiverJson(const QString &useCase, const Waiver &w, QDate day)
{
    return PortfolioWriter::waiverJson(w)
        .add(u"use_case"_s, OrderedJson::string(useCase))
        .add(u"state"_s, OrderedJson::string(enumName(w.stateOn(day))))
        .picked({u"id"_s, u"use_case"_s, u"gate"_s, u"rule"_s, u"state"_s, u"reason"_s, u"control"_s, u"granted_by"_s,
                 u"role"_s, u"granted_on"_s, u"expires"_s, u"revoked"_s});
}

} // namespace

QString WaiverCommand::name() const
{
    return u"waiver"_s;
}

QString WaiverCommand::summary() const
{
    return tr("Accept a failing rule until a date, or end that early: waiver add USE_CASE RULE --reason TEXT --control "
              "TEXT --expires DATE --as PERSON --role ROLE, waiver revoke WAIVER --as PERSON --role ROLE --reason "
              "TEXT, waiver list [USE_CASE] [--json].");
}

int WaiverCommand::execute(const QStringList &arguments, CommandContext &context)
{
    return dispatch(arguments, context,
                    {{u"add"_s, std::bind_front(&WaiverCommand::add, this)},
                     {u"revoke"_s, std::bind_front(&WaiverCommand::revoke, this)},
                     {u"list"_s, std::bind_front(&WaiverCommand::list, this)}},
                    tr("Run 'greenlight waiver add --help' (or revoke, list) for the options."),
                    tr("usage: %1, %2, or %3").arg(addUsage, revokeUsage, listUsage));
}

int WaiverCommand::add(const QStringList &arguments, CommandContext &context) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"use-case"_s, tr("The use case."), u"USE_CASE"_s);
    parser.addPositionalArgument(u"rule"_s, tr("The failing rule to waive, e.g. ops.kill_switch."), u"RULE"_s);
    const QCommandLineOption gate(u"gate"_s, tr("The gate template (default: the one that fits the use case)."),
                                  tr("id"));
    const QCommandLineOption reason(u"reason"_s, tr("Why the risk is accepted."), tr("text"));
    const QCommandLineOption control(u"control"_s, tr("The compensating control that holds the risk meanwhile."),
                                     tr("text"));
    const QCommandLineOption expires(
        u"expires"_s, tr("The last day the waiver counts (YYYY-MM-DD, at most 90 days from today)."), tr("date"));
    const QCommandLineOption as(u"as"_s, tr("The person granting: the one this OS account is bound to."), tr("person"));
    const QCommandLineOption role(
        u"role"_s, tr("cto, or security, legal or compliance for data.* and logging.* rules."), tr("role"));
    parser.addOptions({gate, reason, control, expires, as, role, signingKeyOption()});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(reason) || !parser.isSet(control) || !parser.isSet(expires) ||
        !parser.isSet(as) || !parser.isSet(role)) {
        printError(context, tr("usage: %1").arg(addUsage));
        return ExitUsageError;
    }
    QDate expiry;
    if (!parseDate(context, parser, expires, expiry))
        return ExitUsageError;
    const auto parsedRole = parseChoice<Role>(context, parser.value(role), tr("role"));
    if (!parsedRole)
        return ExitUsageError;
    const std::optional<Step> step = beginStep(context, parser, KeyOption::Read);
    if (!step)
        return ExitUsageError;
    const WaiverRequest request{positional[0],         parser.value(gate), positional[1], parser.value(reason),
                                parser.value(control), *parsedRole,        expiry};
    const Result<Waiver> waiver = WaiverService(*step->db, context.clock).grant(request, step->actor, step->signing());
    if (!waiver) {
        printError(context, waiver.error());
        return ExitUsageError;
    }
    context.out << tr("Waived %1 of %2 at %3 until %4, granted by %5 as %6.")
                       .arg(waiver->rule, positional[0], waiver->gate, waiver->expires.toString(Qt::ISODate),
                            waiver->grantedBy, enumName(waiver->role))
                << u'\n' << waiver->id << Qt::endl;
    return ExitOk;
}

int WaiverCommand::revoke(const QStringList &arguments, CommandContext &context) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"waiver"_s, tr("The waiver's id."), u"WAIVER"_s);
    const QCommandLineOption as(u"as"_s, tr("The person revoking: the one this OS account is bound to."), tr("person"));
    const QCommandLineOption role(u"role"_s, tr("A role that may grant the waiver."), tr("role"));
    const QCommandLineOption reason(u"reason"_s, tr("Why the waiver ends early."), tr("text"));
    parser.addOptions({as, role, reason, signingKeyOption()});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(as) || !parser.isSet(role) || !parser.isSet(reason)) {
        printError(context, tr("usage: %1").arg(revokeUsage));
        return ExitUsageError;
    }
    const auto parsedRole = parseChoice<Role>(context, parser.value(role), tr("role"));
    if (!parsedRole)
        return ExitUsageError;
    const std::optional<Step> step = beginStep(context, parser, KeyOption::Read);
    if (!step)
        return ExitUsageError;
    const Result<Waiver> waiver =
        WaiverService(*step->db, context.clock)
            .revoke(positional[0], step->actor, *parsedRole, parser.value(reason), step->signing());
    if (!waiver) {
        printError(context, waiver.error());
        return ExitUsageError;
    }
    context.out << tr("Revoked %1 (%2 at %3) from %4: the rule counts as failing again.")
                       .arg(waiver->id, waiver->rule, waiver->gate, waiver->revocation->date.toString(Qt::ISODate))
                << Qt::endl;
    return ExitOk;
}

int WaiverCommand::list(const QStringList &arguments, CommandContext &context) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"use-case"_s, tr("Only this use case's waivers."), u"[USE_CASE]"_s);
    const QCommandLineOption at(u"at"_s, tr("Where each stands as of this day (YYYY-MM-DD, UTC; default today)."),
                                tr("date"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOptions({at, json});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(context, tr("usage: %1").arg(listUsage));
        return ExitUsageError;
    }
    QDate asOf = context.clock().toUTC().date();
    if (!parseDate(context, parser, at, asOf))
        return ExitUsageError;
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const std::optional<Portfolio> portfolio = loadPortfolio(context, *db);
    if (!portfolio)
        return ExitUsageError;
    if (!positional.isEmpty() && portfolio->useCase(positional[0]) == nullptr) {
        printError(context, tr("unknown use case \"%1\"").arg(positional[0]));
        return ExitUsageError;
    }

    OrderedJson array = OrderedJson::array();
    QString text;
    for (const UseCase &u : portfolio->useCases) {
        if (!positional.isEmpty() && u.id != positional[0])
            continue;
        for (const Waiver &w : u.waivers) {
            array.append(listedWaiverJson(u.id, w, asOf));
            QString standing;
            switch (w.stateOn(asOf)) {
            case WaiverState::Revoked:
                standing =
                    tr("revoked on %1 by %2: %3")
                        .arg(w.revocation->date.toString(Qt::ISODate), w.revocation->person, w.revocation->reason);
                break;
            case WaiverState::Expired: standing = tr("expired after %1").arg(w.expires.toString(Qt::ISODate)); break;
            case WaiverState::Active: standing = tr("active until %1").arg(w.expires.toString(Qt::ISODate)); break;
            case WaiverState::NotYetGranted:
                standing = tr("granted on %1").arg(w.grantedOn.toString(Qt::ISODate));
                break;
            }
            text += u"%1  %2 %3 at %4: %5\n"_s.arg(w.id, u.id, w.rule, w.gate, standing);
            text += u"    "_s +
                    tr("granted by %1 (%2) on %3. Reason: %4. Control: %5.")
                        .arg(w.grantedBy, enumName(w.role), w.grantedOn.toString(Qt::ISODate), w.reason, w.control) +
                    u'\n';
        }
    }
    if (parser.isSet(json))
        context.out << QString::fromUtf8(array.toCanonical());
    else
        context.out << (text.isEmpty() ? tr("No waivers.") + u'\n' : text);
    context.out.flush();
    return ExitOk;
}

} // namespace greenlight::app
