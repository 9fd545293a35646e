#include "cli/admincommand.h"

#include "storage/database.h"
#include "storage/teamlogins.h"
#include "json/orderedjson.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

const QString addLoginUsage = u"greenlight admin add-login PERSON LOGIN [--no-password]"_s;
const QString removeLoginUsage = u"greenlight admin remove-login LOGIN"_s;
const QString listLoginsUsage = u"greenlight admin list-logins [--json]"_s;

} // namespace

QString AdminCommand::name() const
{
    return u"admin"_s;
}

QString AdminCommand::summary() const
{
    return tr("Team database logins (PostgreSQL, as its owner): admin add-login PERSON LOGIN [--no-password] (the "
              "password is read from standard input), admin remove-login LOGIN, admin list-logins [--json].");
}

int AdminCommand::execute(const QStringList &arguments, CommandContext &context)
{
    return dispatch(arguments, context,
                    {{u"add-login"_s, std::bind_front(&AdminCommand::addLogin, this)},
                     {u"remove-login"_s, std::bind_front(&AdminCommand::removeLogin, this)},
                     {u"list-logins"_s, std::bind_front(&AdminCommand::listLogins, this)}},
                    tr("Run 'greenlight admin add-login --help' (or remove-login, list-logins) for the options."),
                    tr("usage: %1, %2, or %3").arg(addLoginUsage, removeLoginUsage, listLoginsUsage));
}

std::unique_ptr<Database> AdminCommand::openTeamDatabase(CommandContext &context, Access access) const
{
    if (!Database::isServerUrl(context.databaseLocation)) {
        printError(context, tr("logins belong to a team database: give --db postgresql://OWNER@HOST/DATABASE (a SQLite "
                               "file knows people by their OS accounts, people[].accounts)"));
        return nullptr;
    }
    return openDatabase(context, access);
}

int AdminCommand::addLogin(const QStringList &arguments, CommandContext &context) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"person"_s, tr("The person in the portfolio the login is."), u"PERSON"_s);
    parser.addPositionalArgument(u"login"_s, tr("The server login (role name) to create."), u"LOGIN"_s);
    const QCommandLineOption noPassword(
        u"no-password"_s, tr("Create the login without a password: the server's pg_hba.conf authenticates it (peer, "
                             "cert or GSS)."));
    parser.addOption(noPassword);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(context, tr("usage: %1").arg(addLoginUsage));
        return ExitUsageError;
    }
    const std::unique_ptr<Database> db = openTeamDatabase(context, Access::Write);
    if (!db)
        return ExitUsageError;
    const std::optional<Portfolio> portfolio = loadPortfolio(context, *db);
    if (!portfolio)
        return ExitUsageError;
    const auto person = std::find_if(portfolio->people.cbegin(), portfolio->people.cend(),
                                     [&](const Person &p) { return p.id == positional[0]; });
    if (person == portfolio->people.cend()) {
        printError(context,
                   tr("unknown person \"%1\" (people are listed in the portfolio's people[])").arg(positional[0]));
        return ExitUsageError;
    }
    std::optional<QString> password;
    if (!parser.isSet(noPassword)) {
        password = context.readSecret();
        if (password->isEmpty()) {
            printError(context, tr("no password on standard input (pipe it in; or give --no-password when the server "
                                   "authenticates the login by peer, cert or GSS)"));
            return ExitUsageError;
        }
    }
    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    const Result<AuditEvent> added = TeamLogins(*db).add(*person, positional[1], password, *actor, context.clock());
    if (!added) {
        printError(context, added.error());
        return ExitUsageError;
    }
    context.out << tr("Added the login %1 for %2 (%3), %4; audit event %5.")
                       .arg(positional[1], person->name, TeamLogins::groupRolesOf(*person).join(u", "_s),
                            password ? tr("with a password") : tr("without a password (pg_hba.conf decides)"))
                       .arg(added->seq)
                << Qt::endl;
    return ExitOk;
}

int AdminCommand::removeLogin(const QStringList &arguments, CommandContext &context) const
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"login"_s, tr("The login to drop."), u"LOGIN"_s);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(context, tr("usage: %1").arg(removeLoginUsage));
        return ExitUsageError;
    }
    const std::unique_ptr<Database> db = openTeamDatabase(context, Access::Write);
    if (!db)
        return ExitUsageError;
    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    const Result<AuditEvent> removed = TeamLogins(*db).remove(positional[0], *actor, context.clock());
    if (!removed) {
        printError(context, removed.error());
        return ExitUsageError;
    }
    context.out << tr("Removed the login %1; audit event %2.").arg(positional[0]).arg(removed->seq) << Qt::endl;
    return ExitOk;
}

int AdminCommand::listLogins(const QStringList &arguments, CommandContext &context) const
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(context, tr("usage: %1").arg(listLoginsUsage));
        return ExitUsageError;
    }
    const std::unique_ptr<Database> db = openTeamDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const Result<QList<LoginEntry>> logins = TeamLogins(*db).list();
    if (!logins) {
        printError(context, logins.error());
        return ExitUsageError;
    }
    OrderedJson array = OrderedJson::array();
    QString text;
    for (const LoginEntry &login : *logins) {
        OrderedJson roles = OrderedJson::array();
        for (const QString &role : login.groupRoles)
            roles.append(OrderedJson::string(role));
        array.append(OrderedJson::object()
                         .add(u"login"_s, OrderedJson::string(login.login))
                         .add(u"person"_s, OrderedJson::string(login.personId))
                         .add(u"added_on"_s, OrderedJson::string(login.addedOn))
                         .add(u"can_log_in"_s, OrderedJson::boolean(login.canLogIn))
                         .add(u"roles"_s, std::move(roles)));
        text += u"%1  %2  %3  %4%5\n"_s.arg(login.login, login.personId, login.addedOn, login.groupRoles.join(u", "_s),
                                            login.canLogIn ? QString() : u"  "_s + tr("(cannot log in)"));
    }
    if (parser.isSet(json))
        context.out << QString::fromUtf8(array.toCanonical());
    else
        context.out << (text.isEmpty() ? tr("No logins.") + u'\n' : text);
    context.out.flush();
    return ExitOk;
}

} // namespace greenlight::app
