#include "cli/command.h"

#include "storage/database.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;

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
        context.out << parser.helpText();
        context.out.flush();
        exitCode = ExitOk;
        return false;
    }
    if (parser.isSet(u"db"_s))
        context.databaseLocation = parser.value(u"db"_s);
    return true;
}

std::unique_ptr<models::Database> Command::openDatabase(CommandContext &context) const
{
    auto db = models::Database::open(context.databaseLocation);
    if (!db) {
        printError(context, db.error());
        return nullptr;
    }
    return std::move(*db);
}

void Command::printError(CommandContext &context, const QString &message)
{
    context.err << "greenlight: " << message << Qt::endl;
}

void Command::printError(CommandContext &context, const models::Error &error)
{
    printError(context, error.toString());
}

} // namespace greenlight::app
