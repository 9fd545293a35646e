#include "cli/importcommand.h"

#include "evalimport/evalimporter.h"
#include "portfolio/portfolioimporter.h"
#include "storage/database.h"
#include "usage/recordimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return tr("Import a portfolio (import portfolio FILE), usage records (import usage FILE [--source NAME]) or "
              "feedback records (import feedback FILE), as CSV or JSON Lines, or an eval run from promptfoo, JUnit "
              "or CSV results (import eval FILE --use-case ID --route ID@VERSION).");
}

int ImportCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"kind"_s, tr("What to import: portfolio, usage, feedback or eval."));
    parser.addPositionalArgument(u"file"_s, tr("The file to read."));
    const QCommandLineOption source(u"source"_s, tr("The source name of usage records (overrides the file's column)."),
                                    tr("name"));
    parser.addOption(source);
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    tr("Portfolio only: print every difference from the stored portfolio and "
                                       "whether the import would be refused, and write nothing."));
    parser.addOption(dryRun);
    const QCommandLineOption useCase(u"use-case"_s, tr("Eval only: the use case the results are of."), tr("id"));
    parser.addOption(useCase);
    const QCommandLineOption route(u"route"_s, tr("Eval only: the route version the eval ran against (ID@VERSION)."),
                                   tr("id@version"));
    parser.addOption(route);
    const QCommandLineOption categoryFrom(
        u"category-from"_s,
        tr("Eval only: the key that names each case's category: promptfoo metadata or vars key, JUnit property, CSV "
           "column (default: category)."),
        tr("key"), QString(EvalResultsFile::defaultCategoryKey));
    parser.addOption(categoryFrom);
    const QCommandLineOption date(u"date"_s, tr("Eval only: the day the eval ran (YYYY-MM-DD; default today, UTC)."),
                                  tr("date"));
    parser.addOption(date);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(context,
                   tr("usage: greenlight import portfolio|usage|feedback FILE [--source NAME], or greenlight "
                      "import eval FILE --use-case ID --route ID@VERSION [--category-from KEY] [--date DATE]"));
        return ExitUsageError;
    }
    const bool eval = positional[0] == u"eval"_s;
    for (const QCommandLineOption &option : {useCase, route, categoryFrom, date}) {
        if (!eval && parser.isSet(option)) {
            printError(context, tr("--%1 applies to import eval only").arg(option.names().constFirst()));
            return ExitUsageError;
        }
    }
    if (eval) {
        if (parser.isSet(dryRun) || parser.isSet(source)) {
            printError(context, tr("import eval takes --use-case, --route, --category-from and --date"));
            return ExitUsageError;
        }
        EvalOptions options{parser.value(useCase), parser.value(route), parser.value(categoryFrom),
                            context.clock().toUTC().date()};
        if (!parseDate(context, parser, date, options.date))
            return ExitUsageError;
        return importEval(positional[1], options, context);
    }
    if (positional[0] == u"portfolio"_s)
        return importPortfolio(positional[1], parser.isSet(dryRun), context);
    if (parser.isSet(dryRun)) {
        printError(context, tr("--dry-run applies to import portfolio only"));
        return ExitUsageError;
    }
    if (positional[0] == u"usage"_s)
        return importRecords(RecordFileReader::Kind::Usage, positional[1], parser.value(source), context);
    if (positional[0] == u"feedback"_s)
        return importRecords(RecordFileReader::Kind::Feedback, positional[1], parser.value(source), context);
    printError(context,
               tr("unknown import kind \"%1\" (expected: portfolio, usage, feedback, eval)").arg(positional[0]));
    return ExitUsageError;
}

int ImportCommand::importPortfolio(const QString &fileName, bool dryRun, CommandContext &context)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(context, u"%1: %2"_s.arg(fileName, tr("cannot read the file (%1)").arg(file.errorString())));
        return ExitUsageError;
    }
    const QByteArray json = file.readAll();
    const std::unique_ptr<Database> db = openDatabase(context, Access::Write);
    if (!db)
        return ExitUsageError;
    if (dryRun)
        return printPlan(fileName, json, *db, context);
    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    const auto summary = PortfolioImporter(*db).import(json, fileName, *actor, context.clock());
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

int ImportCommand::printPlan(const QString &fileName, const QByteArray &json, Database &db, CommandContext &context)
{
    const Result<ImportPlan> plan = PortfolioImporter(db).plan(json);
    if (!plan) {
        printError(context, fileName + u": "_s + plan.error().toString());
        return ExitUsageError;
    }
    for (const QString &line : PortfolioDiff::format(plan->changes))
        context.out << line << Qt::endl;
    if (!plan->violations.isEmpty()) {
        context.out << tr("%n difference(s); the import would be refused, because the file would drop or change "
                          "recorded history:",
                          nullptr, int(plan->changes.size()))
                    << Qt::endl;
        for (const QString &violation : plan->violations)
            context.out << u"  "_s << violation << Qt::endl;
        return ExitUsageError;
    }
    context.out << tr("%n difference(s); the import would be accepted. Nothing was written (dry run).", nullptr,
                      int(plan->changes.size()))
                << Qt::endl;
    return ExitOk;
}

int ImportCommand::importEval(const QString &fileName, const EvalOptions &options, CommandContext &context)
{
    if (options.useCase.isEmpty() || options.route.isEmpty()) {
        printError(context, tr("import eval needs --use-case ID and --route ID@VERSION"));
        return ExitUsageError;
    }
    // ID@VERSION: route ids are slugs, so the last @ separates the version.
    const qsizetype at = options.route.lastIndexOf(u'@');
    bool versionOk = false;
    const int version = at > 0 ? options.route.mid(at + 1).toInt(&versionOk) : 0;
    if (!versionOk || version < 1) {
        printError(context, tr("--route: \"%1\" is not ID@VERSION (support-draft@3, say)").arg(options.route));
        return ExitUsageError;
    }
    if (options.categoryKey.isEmpty()) {
        printError(context, tr("--category-from: name a key"));
        return ExitUsageError;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(context, u"%1: %2"_s.arg(fileName, tr("cannot read the file (%1)").arg(file.errorString())));
        return ExitUsageError;
    }
    const QByteArray bytes = file.readAll();
    const std::unique_ptr<Database> db = openDatabase(context, Access::Write);
    if (!db)
        return ExitUsageError;
    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    const EvalImportRequest request{options.useCase, options.route.left(at), version, options.date,
                                    options.categoryKey};
    const Result<EvalImportSummary> summary =
        EvalImporter(*db).import(bytes, fileName, request, *actor, context.clock());
    if (!summary) {
        printError(context, tr("%1; nothing was recorded").arg(summary.error().toString()));
        return ExitUsageError;
    }
    const EvalRun &run = summary->run;
    context.out << tr("Recorded eval run %1 of %2 (route %3 v%4, %5) from %6 (%7, sha256 %8):")
                       .arg(run.id, options.useCase, run.route)
                       .arg(run.routeVersion)
                       .arg(run.date.toString(Qt::ISODate), fileName, summary->source.format, summary->source.sha256)
                << Qt::endl;
    for (auto it = run.results.cbegin(); it != run.results.cend(); ++it)
        context.out
            << u"  %1 %2"_s.arg(enumName(it.key()), -18).arg(tr("%1 of %2 passed").arg(it->passed).arg(it->total))
            << Qt::endl;
    context.out << tr("Total: %1 of %2 passed (%3 %); cases with live secrets: %4; skipped, not counted: %5.")
                       .arg(run.passedCases())
                       .arg(run.totalCases())
                       .arg(QString::number(run.passRatePct().value_or(0.0), 'f', 1))
                       .arg(run.secretsFound)
                       .arg(summary->source.skipped)
                << Qt::endl;
    return ExitOk;
}

int ImportCommand::importRecords(RecordFileReader::Kind kind, const QString &fileName, const QString &source,
                                 CommandContext &context)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(context, u"%1: %2"_s.arg(fileName, tr("cannot read the file (%1)").arg(file.errorString())));
        return ExitUsageError;
    }
    const std::unique_ptr<Database> db = openDatabase(context, Access::Write);
    if (!db)
        return ExitUsageError;
    RecordFileReader reader(file, RecordFileReader::detectFormat(fileName, file), kind, source);
    RecordImporter importer(*db);
    importer.setClock(context.clock);
    // Progress only where a person watches: a terminal on stderr.
    const bool terminal = isatty(fileno(stderr)) != 0;
    if (terminal) {
        const qint64 size = file.size();
        importer.setProgress([&, size](qint64 records) {
            const int percent = size > 0 ? int(100 * file.pos() / size) : 100;
            context.err << u"\r"_s << tr("%1 records read (%2 %)").arg(records).arg(percent);
            context.err.flush();
        });
    }
    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    const bool usage = kind == RecordFileReader::Kind::Usage;
    const AuditEntry audit{
        *actor, usage ? u"usage"_s : u"feedback"_s, u"*"_s, u"import"_s,
        QJsonDocument(QJsonObject{{u"file"_s, QFileInfo(fileName).fileName()}}).toJson(QJsonDocument::Compact)};
    const auto summary = usage ? importer.importUsage(reader, audit) : importer.importFeedback(reader, audit);
    if (terminal)
        context.err << u"\r"_s << QString(40, u' ') << u"\r"_s;
    if (!summary) {
        printError(context, u"%1: %2; nothing was imported"_s.arg(fileName, summary.error().toString()));
        return ExitUsageError;
    }
    context.out << tr("Imported %1: %2 records, %3 new, %4 already stored.")
                       .arg(fileName)
                       .arg(summary->read)
                       .arg(summary->added)
                       .arg(summary->read - summary->added)
                << Qt::endl;
    return ExitOk;
}

} // namespace greenlight::app
