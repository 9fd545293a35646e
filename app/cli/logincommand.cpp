#include "cli/logincommand.h"

#include "services/loginpasswords.h"
#include "storage/database.h"

#include <QUrl>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString LoginCommand::name() const
{
    return u"login"_s;
}

QString LoginCommand::summary() const
{
    return tr("Keep your team-database password in the OS keychain (read from standard input, checked against the "
              "server first): login, or login --forget to remove it.");
}

int LoginCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption forget(u"forget"_s, tr("Remove the password from the keychain."));
    parser.addOption(forget);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(context, tr("usage: greenlight --db postgresql://LOGIN@HOST/DATABASE login [--forget]"));
        return ExitUsageError;
    }
    const QString &location = context.databaseLocation;
    if (!Database::isServerUrl(location) || !QUrl(location).password().isEmpty()) {
        printError(context, tr("give --db postgresql://LOGIN@HOST/DATABASE, without a password: the password is "
                               "read from standard input"));
        return ExitUsageError;
    }
    const QString shown = QUrl(location).toDisplayString(QUrl::RemovePassword);
    if (parser.isSet(forget)) {
        if (const Status removed = LoginPasswords::forget(location); !removed) {
            printError(context, removed.error());
            return ExitUsageError;
        }
        context.out << tr("Removed the password for %1 from the OS keychain.").arg(shown) << Qt::endl;
        return ExitOk;
    }
    const QString password = context.readSecret();
    if (password.isEmpty()) {
        printError(context, tr("no password on standard input (pipe it in: a password is never taken as an argument)"));
        return ExitUsageError;
    }
    if (const Status kept = LoginPasswords::remember(location, password); !kept) {
        printError(context, kept.error());
        return ExitUsageError;
    }
    context.out << tr("The server accepted the password; it is in the OS keychain as %1, for %2 only.")
                       .arg(LoginPasswords::referenceFor(location), shown)
                << Qt::endl;
    return ExitOk;
}

} // namespace greenlight::app
