#pragma once

#include "actor.h"
#include "cli/commandline.h"
#include "testclock.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

/// The OS account of a test session that is bound to nobody (a CI service account, say).
inline models::OsAccount serviceAccount()
{
    return models::OsAccount{QStringLiteral("tester"), testHost()};
}

/// Runs the command line as @p account (by default the unbound "tester" on testHost()), its clock at @p now; an API
/// key the command reads from standard input is @p secret.
inline CliRun runCli(const QString &database, const QStringList &arguments,
                     const models::OsAccount &account = serviceAccount(), const QDateTime &now = testNow(),
                     const QString &secret = {})
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    app::CommandContext context{out, err, database, account};
    context.clock = [now] { return now; };
    if (!secret.isNull())
        context.readSecret = [secret] { return secret; };
    app::CommandLine commandLine;
    run.exitCode = commandLine.run(QStringList{QStringLiteral("greenlight")} + arguments, context);
    out.flush();
    err.flush();
    return run;
}

/// Runs the command line as @p person at their own computer: OS account @p person on testHost() (a portfolio
/// from boundPortfolio() binds it).
inline CliRun runCliAs(const QString &person, const QString &database, const QStringList &arguments)
{
    return runCli(database, arguments, models::OsAccount{person, testHost()});
}

/// runCliAs() on another day than the tests' (evidence ages: a review started today may be decided months later).
inline CliRun runCliAsOn(const QDate &day, const QString &person, const QString &database, const QStringList &arguments)
{
    return runCli(database, arguments, models::OsAccount{person, testHost()}, QDateTime(day, QTime(8, 0), Qt::UTC));
}

/// A copy of the portfolio file @p source, written to @p target, in which every person is bound to the OS account
/// named like their id (runCliAs()), or only @p onlyPerson to @p account when given. Returns false on an I/O error.
inline bool boundPortfolio(const QString &source, const QString &target, const QString &onlyPerson = {},
                           const QString &account = {})
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray people = root.value(QStringLiteral("people")).toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        QJsonObject person = people[i].toObject();
        const QString id = person.value(QStringLiteral("id")).toString();
        if (onlyPerson.isEmpty())
            person.insert(QStringLiteral("accounts"), QJsonArray{id});
        else if (id == onlyPerson)
            person.insert(QStringLiteral("accounts"), QJsonArray{account});
        people[i] = person;
    }
    root.insert(QStringLiteral("people"), people);
    QFile out(target);
    return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(root).toJson()) > 0;
}

} // namespace greenlight::tests
