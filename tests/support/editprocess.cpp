// One editor in its own process, for the tests of two writers: it opens the database, loads the use case (the
// version it "opened"), says "loaded VERSION", waits for a line on stdin, then saves one field from that version
// and says "saved VERSION" (exit 0), "conflict STORED_VERSION PERSON" (exit 3) or "error MESSAGE" (exit 1).
//
//   greenlight_edit_process LOCATION USE_CASE description|cap VALUE PERSON
#include "portfolio/usecaseservice.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

using namespace greenlight::models;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() != 6) {
        out << "error usage: LOCATION USE_CASE description|cap VALUE PERSON\n";
        return 1;
    }
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(args[1], options);
    if (!db) {
        out << "error " << db.error().toString() << '\n';
        return 1;
    }
    const Result<Portfolio> portfolio = PortfolioRepository(**db).load();
    const UseCase *opened = portfolio ? portfolio->useCase(args[2]) : nullptr;
    if (opened == nullptr) {
        out << "error cannot load " << args[2] << '\n';
        return 1;
    }
    const UseCase base = *opened;
    out << "loaded " << base.version << Qt::endl;

    std::string line;
    std::getline(std::cin, line);

    UseCase edited = base;
    if (args[3] == u"description"_s)
        edited.description = args[4];
    else
        edited.operations.dailyCostCapUsd = args[4].toDouble();
    const Actor actor = Actor::bound(args[5], args[5], u"test-host"_s);
    const Result<UseCaseSave> saved = UseCaseService(**db).save(base, edited, actor, QDateTime::currentDateTimeUtc());
    if (!saved) {
        out << "error " << saved.error().toString() << '\n';
        return 1;
    }
    if (saved->conflict) {
        const QString by = saved->conflict->lastChange ? saved->conflict->lastChange->entry.actor.person : u"?"_s;
        out << "conflict " << saved->conflict->storedVersion << ' ' << by << '\n';
        return 3;
    }
    out << "saved " << saved->version << '\n';
    return 0;
}
