#include "cli/importcommand.h"

#include "portfolio/portfolioimporter.h"
#include "storage/database.h"

#include <QFile>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return tr("Import a portfolio file (replaces the stored portfolio): import portfolio FILE.");
}

int ImportCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"kind"_s, tr("What to import: portfolio."));
    parser.addPositionalArgument(u"file"_s, tr("The file to read."));
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(context, tr("usage: greenlight import portfolio FILE"));
        return ExitUsageError;
    }
    if (positional[0] == u"portfolio"_s)
        return importPortfolio(positional[1], context);
    printError(context, tr("unknown import kind \"%1\" (expected: portfolio)").arg(positional[0]));
    return ExitUsageError;
}

int ImportCommand::importPortfolio(const QString &fileName, CommandContext &context)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(context, u"%1: %2"_s.arg(fileName, tr("cannot read the file (%1)").arg(file.errorString())));
        return ExitUsageError;
    }
    const QByteArray json = file.readAll();
    const std::unique_ptr<Database> db = openDatabase(context);
    if (!db)
        return ExitUsageError;
    const auto summary = PortfolioImporter(*db).import(json, fileName, context.actor, context.clock());
    if (!summary) {
        printError(context, fileName + u": "_s + summary.error().toString());
        return ExitUsageError;
    }
    context.out << tr("Imported %1: %2 use cases, %3 people, %4 tenants, %5 routes (sha256 %6).")
                       .arg(fileName)
                       .arg(summary->useCases)
                       .arg(summary->people)
                       .arg(summary->tenants)
                       .arg(summary->routes)
                       .arg(summary->sha256)
                << Qt::endl;
    return ExitOk;
}

} // namespace greenlight::app
