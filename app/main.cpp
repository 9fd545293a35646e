// Composition root: the command line when a command is given, otherwise the window.
#include "cli/commandline.h"
#include "databaselocation.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Greenlight"_s);
    QCoreApplication::setApplicationName(u"greenlight"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GREENLIGHT_VERSION));
}

QString defaultActor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"cli"_s : u"os:"_s + user;
}

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Greenlight"_s);
    const QString location =
        greenlight::app::resolveDatabaseLocation(greenlight::app::CommandLine::databaseOption(app.arguments()));
    auto db = greenlight::models::Database::open(location);
    if (!db) {
        QMessageBox::critical(nullptr, QObject::tr("Greenlight"),
                              QObject::tr("Cannot open the database.\n\n%1").arg(db.error().toString()));
        return greenlight::app::ExitUsageError;
    }
    greenlight::ui::MainWindow window(std::move(*db));
    window.show();
    return QApplication::exec();
}

int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    greenlight::app::CommandContext context{out, err, greenlight::app::resolveDatabaseLocation({}), defaultActor()};
    greenlight::app::CommandLine commandLine;
    return commandLine.run(app.arguments(), context);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (greenlight::app::CommandLine::wantsGui(arguments))
        return runGui(argc, argv);
    return runCommandLine(argc, argv);
}
