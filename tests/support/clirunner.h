#pragma once

#include "cli/commandline.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace greenlight::tests {

/// Runs the command line in-process and captures what it prints.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QString &database, const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    app::CommandContext context{out, err, database, QStringLiteral("tester")};
    context.clock = [] { return QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC); };
    app::CommandLine commandLine;
    run.exitCode = commandLine.run(QStringList{QStringLiteral("greenlight")} + arguments, context);
    out.flush();
    err.flush();
    return run;
}

} // namespace greenlight::tests
