// Composition root: the command line when a command is given, otherwise the window.
#include "cli/commandline.h"
#include "databaselocation.h"
#include "firstpaintprobe.h"
#include "i18n/translations.h"
#include "loginpassworddialog.h"
#include "mainwindow.h"
#include "passphraseprompt.h"
#include "services/signingkeychoice.h"
#include "settings.h"
#include "workspace.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Greenlight"_s);
    QCoreApplication::setApplicationName(u"greenlight"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GREENLIGHT_VERSION));
}

/// On Linux the window needs an X11 or Wayland display (or a chosen Qt platform such as offscreen).
bool displayAvailable()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

int runGui(int argc, char *argv[])
{
    if (!displayAvailable()) {
        std::fprintf(stderr, "greenlight: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window "
                             "cannot open; run a command instead, e.g. 'greenlight gate check --all' "
                             "(see 'greenlight --help')\n");
        return greenlight::app::ExitUsageError;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Greenlight"_s);
    greenlight::app::Translations::install(greenlight::ui::Settings::language());
    const QString location = greenlight::app::resolveDatabaseLocation(
        greenlight::app::CommandLine::databaseOption(greenlight::app::CommandLine::withoutQtOptions(app.arguments())));
    greenlight::app::Workspace workspace(greenlight::models::OsAccount::current());
    // A key file's passphrase is asked for by this program itself, run by ssh-keygen as its SSH_ASKPASS.
    workspace.signing().setAskpass(QCoreApplication::applicationFilePath());
    // The first run creates the default database; a path from --db or GREENLIGHT_DB must already exist, so a
    // typo reports itself instead of opening an empty record.
    const auto missing = location == greenlight::app::defaultDatabaseLocation()
                             ? greenlight::app::Workspace::Missing::Create
                             : greenlight::app::Workspace::Missing::Refuse;
    if (const auto opened = greenlight::ui::LoginPasswordDialog::open(workspace, location, missing, nullptr); !opened) {
        QMessageBox::critical(nullptr, QObject::tr("Greenlight"),
                              QObject::tr("Cannot open the database.\n\n%1").arg(opened.error().toString()));
        return greenlight::app::ExitUsageError;
    }
    greenlight::ui::Settings::addRecentDatabase(workspace.location());
    greenlight::ui::MainWindow window(workspace);
    greenlight::ui::quitAfterFirstPaintIfAsked(window);
    window.show();
    // QApplication leaves some of Qt's options in place (-qwindowtitle=X, platform-specific ones): strip them too.
    if (const QString file = greenlight::app::CommandLine::portfolioFileArgument(
            greenlight::app::CommandLine::withoutQtOptions(app.arguments()));
        !file.isEmpty())
        QTimer::singleShot(0, &window, [&window, file] { window.openPortfolioFile(file); });
    return QApplication::exec();
}

/// Run by ssh-keygen as its SSH_ASKPASS when the window signs with a key file that has a passphrase.
int runAskpass(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    greenlight::app::Translations::install(greenlight::ui::Settings::language());
    return greenlight::ui::PassphrasePrompt::ask(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString(), stdout);
}

int runCommandLine(int argc, char *argv[], const QStringList &arguments, bool drawsCharts)
{
    // The packet lays out text and draws Qt Charts: that needs a QApplication, which needs a
    // platform; without a display the offscreen one draws just as well into a PDF.
    if (drawsCharts && !displayAvailable())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        drawsCharts ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    setApplicationIdentity();
    greenlight::app::Translations::install(); // messages in the system's language (LANG, LC_MESSAGES)
    QTextStream out(stdout);
    QTextStream err(stderr);
    greenlight::app::CommandContext context{out, err, greenlight::app::resolveDatabaseLocation({}),
                                            greenlight::models::OsAccount::current()};
    greenlight::app::CommandLine commandLine;
    return commandLine.run(arguments, context);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(greenlight::models::SshSigner::askpassMarker))
        return runAskpass(argc, argv);
    QStringList given;
    for (int i = 0; i < argc; ++i)
        given.append(QString::fromLocal8Bit(argv[i]));
    // Qt's window options (-platform, -style…) go to QApplication; the commands never see them.
    const QStringList arguments = greenlight::app::CommandLine::withoutQtOptions(given);
    if (greenlight::app::CommandLine::wantsGui(arguments))
        return runGui(argc, argv);
    return runCommandLine(argc, argv, arguments, greenlight::app::CommandLine::drawsCharts(arguments));
}
