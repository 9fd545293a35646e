#include "cli/commandline.h"

#include "cli/alertscommand.h"
#include "cli/approvecommand.h"
#include "cli/auditcommand.h"
#include "cli/connectioncommand.h"
#include "cli/costscommand.h"
#include "cli/exportcommand.h"
#include "cli/gatecommand.h"
#include "cli/importcommand.h"
#include "cli/initcommand.h"
#include "cli/portfoliocommand.h"
#include "cli/synccommand.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;

namespace {

QCommandLineParser &configureGlobalParser(QCommandLineParser &parser)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(QCommandLineOption(u"db"_s,
                                        CommandLine::tr("Database file or postgresql:// URL (default: "
                                                        "$GREENLIGHT_DB, else the app-data folder)."),
                                        CommandLine::tr("path")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, CommandLine::tr("The command to run; none opens the window."));
    return parser;
}

} // namespace

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<GateCommand>());
    m_commands.push_back(std::make_unique<ApproveCommand>());
    m_commands.push_back(std::make_unique<PortfolioCommand>());
    m_commands.push_back(std::make_unique<CostsCommand>());
    m_commands.push_back(std::make_unique<AlertsCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<ConnectionCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
}

CommandLine::~CommandLine() = default;

bool CommandLine::wantsGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    configureGlobalParser(parser);
    if (!parser.parse(arguments))
        return false; // let run() report the error
    if (parser.isSet(u"help"_s) || parser.isSet(u"version"_s))
        return false;
    return parser.positionalArguments().isEmpty() || !portfolioFileArgument(arguments).isEmpty();
}

QString CommandLine::portfolioFileArgument(const QStringList &arguments)
{
    QCommandLineParser parser;
    configureGlobalParser(parser);
    if (!parser.parse(arguments))
        return {};
    const QStringList positional = parser.positionalArguments();
    // One argument naming a JSON file (never a command: no command ends in .json).
    if (positional.size() != 1 || !positional[0].endsWith(u".json"_s, Qt::CaseInsensitive))
        return {};
    return positional[0];
}

bool CommandLine::drawsCharts(const QStringList &arguments)
{
    QCommandLineParser parser;
    configureGlobalParser(parser);
    if (!parser.parse(arguments))
        return false;
    const QStringList positional = parser.positionalArguments();
    return positional.value(0) == u"export"_s && positional.mid(1).contains(u"packet"_s);
}

QString CommandLine::databaseOption(const QStringList &arguments)
{
    QCommandLineParser parser;
    configureGlobalParser(parser);
    return parser.parse(arguments) ? parser.value(u"db"_s) : QString();
}

QString CommandLine::commandList() const
{
    QString text = tr("Commands:") + u'\n';
    for (const auto &command : m_commands)
        text += u"  "_s + command->name().leftJustified(10) + command->summary() + u'\n';
    text += tr("Run 'greenlight COMMAND --help' for a command's options.") + u'\n';
    return text;
}

int CommandLine::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Greenlight decides whether an AI feature is ready to launch, and proves it "
                                        "afterwards."));
    configureGlobalParser(parser);
    if (!parser.parse(arguments)) {
        context.err << "greenlight: " << parser.errorText() << Qt::endl;
        return ExitUsageError;
    }
    if (parser.isSet(u"version"_s)) {
        context.out << "greenlight " << GREENLIGHT_VERSION << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(u"help"_s) || positional.isEmpty()) {
        context.out << parser.helpText() << u'\n' << commandList();
        context.out.flush();
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsageError;
    }
    if (parser.isSet(u"db"_s))
        context.databaseLocation = parser.value(u"db"_s);

    const QString name = positional.first();
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command->execute(positional.mid(1), context);
    }
    context.err << "greenlight: " << tr("unknown command \"%1\"").arg(name) << u'\n' << commandList();
    context.err.flush();
    return ExitUsageError;
}

} // namespace greenlight::app
