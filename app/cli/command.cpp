#include "cli/command.h"

#include "services/loginpasswords.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/teamlogins.h"

#include <QFileInfo>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#else
#include <io.h>
#endif

namespace greenlight::app {

QString CommandContext::readSecretFromStdin()
{
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

using namespace Qt::StringLiterals;

int Command::dispatch(const QStringList &arguments, CommandContext &context, std::initializer_list<Action> actions,
                      const QString &helpHint, const QString &usage) const
{
    const QString name = arguments.value(0);
    for (const Action &action : actions) {
        if (action.name == name)
            return action.run(arguments.mid(1), context);
    }
    if (name == u"--help"_s || name == u"-h"_s) {
        context.out << summary() << u'\n' << helpHint << u'\n';
        context.out.flush();
        return ExitOk;
    }
    printError(context, usage);
    return ExitUsageError;
}

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments, CommandContext &context,
                    int &exitCode) const
{
    parser.setApplicationDescription(summary());
    parser.addOption(QCommandLineOption(u"db"_s, tr("Database file or postgresql:// URL."), tr("path")));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show help for this command."));
    parser.addOption(help);
    if (!parser.parse(QStringList{u"greenlight "_s + name()} + arguments)) {
        printError(context, parser.errorText());
        exitCode = ExitUsageError;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names only the program in its usage line; name the command too ("greenlight costs [options]").
        QString text = parser.helpText();
        const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
        const qsizetype at = text.indexOf(program + u' ');
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.insert(at + program.size(), u' ' + name());
        context.out << text;
        context.out.flush();
        exitCode = ExitOk;
        return false;
    }
    if (parser.isSet(u"db"_s))
        context.databaseLocation = parser.value(u"db"_s);
    return true;
}

std::unique_ptr<models::Database> Command::openDatabase(CommandContext &context, Access access) const
{
    models::Database::Options options;
    options.createIfMissing = access == Access::Create;
    // A wait for another writer is silent up to a second; then a person at a terminal learns why nothing
    // happens (a script reading stderr does not need the line).
    if (isatty(fileno(stderr)) != 0) {
        options.waitingNotice = [&context] {
            context.err << "greenlight: " << tr("waiting for another writer…") << Qt::endl;
        };
    }
    auto db = LoginPasswords::open(context.databaseLocation, options);
    if (!db) {
        printError(context, db.error());
        return nullptr;
    }
    if (access != Access::Read && (*db)->isReadOnly()) {
        printError(context, (*db)->readOnlyError());
        return nullptr;
    }
    return std::move(*db);
}

std::optional<models::Portfolio> Command::loadPortfolio(CommandContext &context, models::Database &db) const
{
    models::Result<models::Portfolio> portfolio = models::PortfolioRepository(db).load();
    if (!portfolio) {
        printError(context, portfolio.error());
        return std::nullopt;
    }
    return std::move(*portfolio);
}

std::optional<Command::PortfolioAsOf> Command::portfolioAsOf(CommandContext &context, const QCommandLineParser &parser,
                                                             const QCommandLineOption &at) const
{
    QDate asOf = context.clock().toUTC().date();
    if (!parseDate(context, parser, at, asOf))
        return std::nullopt;
    const std::unique_ptr<models::Database> db = openDatabase(context, Access::Read);
    if (!db)
        return std::nullopt;
    std::optional<models::Portfolio> portfolio = loadPortfolio(context, *db);
    if (!portfolio)
        return std::nullopt;
    return PortfolioAsOf{std::move(*portfolio), asOf};
}

std::optional<models::Actor> Command::sessionActor(CommandContext &context, models::Database &db) const
{
    const std::optional<models::Identity> identity = sessionIdentity(context, db);
    if (!identity)
        return std::nullopt;
    return identity->actor();
}

std::optional<models::Identity> Command::sessionIdentity(CommandContext &context, models::Database &db) const
{
    const std::optional<models::Portfolio> portfolio = loadPortfolio(context, db);
    if (!portfolio)
        return std::nullopt;
    return sessionIdentity(context, db, *portfolio);
}

std::optional<models::Identity> Command::sessionIdentity(CommandContext &context, models::Database &db,
                                                         const models::Portfolio &portfolio) const
{
    models::Result<models::Identity> identity = models::resolveSessionIdentity(db, portfolio, context.account);
    if (!identity) {
        printError(context, identity.error());
        return std::nullopt;
    }
    return std::move(*identity);
}

QCommandLineOption Command::signingKeyOption()
{
    return QCommandLineOption(u"key"_s,
                              QCoreApplication::translate("Command", "Sign with this SSH key (a private key file, or "
                                                                     "the public key of one the ssh-agent holds)."),
                              QCoreApplication::translate("Command", "file"));
}

bool Command::readSigner(CommandContext &context, const QCommandLineParser &parser,
                         std::optional<models::SshSigner> &signer)
{
    if (!parser.isSet(u"key"_s))
        return true;
    auto read = models::SshSigner::fromKeyFile(parser.value(u"key"_s));
    if (!read) {
        printError(context, read.error());
        return false;
    }
    signer = std::move(*read);
    return true;
}

std::optional<Command::Step> Command::beginStep(CommandContext &context, const QCommandLineParser &parser,
                                                KeyOption key) const
{
    Step step;
    step.db = openDatabase(context, Access::Write);
    if (!step.db)
        return std::nullopt;
    std::optional<models::Portfolio> portfolio = loadPortfolio(context, *step.db);
    if (!portfolio)
        return std::nullopt;
    const std::optional<models::Identity> identity = sessionIdentity(context, *step.db, *portfolio);
    if (!identity)
        return std::nullopt;
    const models::Result<models::Actor> actor = identity->actAs(parser.value(u"as"_s));
    if (!actor) {
        printError(context, actor.error());
        return std::nullopt;
    }
    step.portfolio = std::move(*portfolio);
    step.actor = *actor;
    if (key == KeyOption::Read && !readSigner(context, parser, step.signer))
        return std::nullopt;
    return step;
}

QString Command::unknownChoiceMessage(const QString &what, const QString &value, const QString &choices)
{
    return tr("unknown %1 \"%2\" (expected one of: %3)").arg(what, value, choices);
}

void Command::printError(CommandContext &context, const QString &message)
{
    context.err << "greenlight: " << message << Qt::endl;
}

void Command::printError(CommandContext &context, const models::Error &error)
{
    printError(context, error.toString());
}

bool Command::parseDate(CommandContext &context, const QCommandLineParser &parser, const QCommandLineOption &option,
                        QDate &date)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    const QDate parsed = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!parsed.isValid()) {
        printError(
            context,
            tr("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(option.names().constFirst(), parser.value(option)));
        return false;
    }
    date = parsed;
    return true;
}

} // namespace greenlight::app
