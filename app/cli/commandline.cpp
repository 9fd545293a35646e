#include "cli/commandline.h"

#include "cli/admincommand.h"
#include "cli/alertscommand.h"
#include "cli/approvecommand.h"
#include "cli/auditcommand.h"
#include "cli/connectioncommand.h"
#include "cli/costscommand.h"
#include "cli/duecommand.h"
#include "cli/exportcommand.h"
#include "cli/gatecommand.h"
#include "cli/importcommand.h"
#include "cli/initcommand.h"
#include "cli/logincommand.h"
#include "cli/portfoliocommand.h"
#include "cli/synccommand.h"
#include "cli/waivercommand.h"

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
    m_commands.push_back(std::make_unique<DueCommand>());
    m_commands.push_back(std::make_unique<WaiverCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<ConnectionCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<LoginCommand>());
    m_commands.push_back(std::make_unique<AdminCommand>());
}

CommandLine::~CommandLine() = default;

QStringList CommandLine::withoutQtOptions(const QStringList &arguments)
{
    // QGuiApplication's and QApplication's options (both "-name" and "--name"; "-name=value" too).
    static const QStringList withValue{
        u"platform"_s,    u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s,     u"qwindowgeometry"_s,
        u"qwindowicon"_s, u"qwindowtitle"_s,       u"style"_s,         u"stylesheet"_s, u"session"_s,
        u"display"_s,     u"geometry"_s,           u"title"_s,         u"name"_s,       u"visual"_s,
        u"icon"_s};
    static const QStringList flags{u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s, u"sync"_s};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (i > 0 && !arg.startsWith(u'-')) {
            // The command (or a portfolio file): what follows is its own, "-reverse" as a value included.
            kept.append(arguments.mid(i));
            break;
        }
        if (i == 0 || arg == u"--db"_s || arg == u"-db"_s) {
            kept.append(arg);
            if (i > 0 && i + 1 < arguments.size())
                kept.append(arguments[++i]); // --db's value, even one that starts with a dash
            continue;
        }
        QString name = arg.mid(arg.startsWith(u"--"_s) ? 2 : 1);
        const bool inlineValue = name.contains(u'=');
        name = name.section(u'=', 0, 0);
        if (flags.contains(name))
            continue;
        if (withValue.contains(name)) {
            if (!inlineValue)
                ++i; // its value
            continue;
        }
        kept.append(arg);
    }
    return kept;
}

bool CommandLine::wantsGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    configureGlobalParser(parser);
    if (!parser.parse(arguments))
        return false; // let run() report the error
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s) || parser.isSet(u"version"_s))
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
    const bool help = parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s);
    if (help || positional.isEmpty()) {
        context.out << parser.helpText() << u'\n' << commandList();
        if (parser.isSet(u"help-all"_s))
            context.out << u'\n'
                        << tr("The window also takes Qt's own options: -platform NAME, -style NAME, -stylesheet FILE, "
                              "-reverse, -qwindowgeometry GEOMETRY, -qwindowtitle TITLE, -platformtheme NAME "
                              "and -plugin NAME (see the QApplication and QGuiApplication documentation).")
                        << u'\n';
        context.out.flush();
        return help ? ExitOk : ExitUsageError;
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
