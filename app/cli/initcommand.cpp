#include "cli/initcommand.h"

#include "portfolio/defaultpolicy.h"
#include "portfolio/democalendar.h"
#include "portfolio/portfolioimporter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/teamlogins.h"
#include "storage/transaction.h"
#include "usage/demousagegenerator.h"
#include "usage/recordimporter.h"

#include <QFile>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString InitCommand::name() const
{
    return u"init"_s;
}

QString InitCommand::summary() const
{
    return tr("Create or migrate the database; --demo loads the demo portfolio.");
}

namespace {

/// A new database starts with the default policy and gate templates, recorded like any other change.
Status seedDefaults(Database &db, const CommandContext &context)
{
    PortfolioRepository repository(db);
    const Result<Portfolio> stored = repository.load();
    if (!stored)
        return std::unexpected(stored.error());
    const Result<bool> empty = repository.isEmpty();
    if (!empty)
        return std::unexpected(empty.error());
    if (!*empty || !stored->gateTemplates.isEmpty())
        return {};
    Portfolio defaults;
    defaults.gateTemplates = defaultGateTemplates();
    Transaction tx(db);
    GL_TRY(tx.started());
    GL_TRY(repository.replace(defaults));
    const Result<Identity> identity = resolveSessionIdentity(db, *stored, context.account);
    if (!identity)
        return std::unexpected(identity.error());
    GL_TRY(AuditStore(db).append(AuditEntry{identity->actor(), u"policy"_s, u"*"_s, u"create"_s,
                                            R"({"reason":"default policy and gate templates"})"},
                                 context.clock()));
    return tx.commit();
}

} // namespace

int InitCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(u"demo"_s, tr("Load the demo portfolio into a database that holds no use case yet."));
    parser.addOption(demo);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(context, tr("init takes no arguments"));
        return ExitUsageError;
    }
    const std::unique_ptr<Database> db = openDatabase(context, Access::Create);
    if (!db)
        return ExitUsageError;

    if (parser.isSet(demo)) {
        QFile file(u":/greenlight/demo/portfolio.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(context, tr("the demo portfolio is missing from this build"));
            return ExitUsageError;
        }
        // The demo's dates move to the day it is loaded, so a second load on another day would change its recorded
        // history, which no import may do: the demo goes into a database of its own.
        const std::optional<Portfolio> stored = loadPortfolio(context, *db);
        if (!stored)
            return ExitUsageError;
        if (!stored->useCases.isEmpty()) {
            printError(context, tr("%1 already holds a portfolio; load the demo into a new database (greenlight --db "
                                   "demo.sqlite init --demo)")
                                    .arg(db->displayName()));
            return ExitUsageError;
        }
        // Whoever the database held before the demo decides who loaded it (on a new one: the account).
        const std::optional<Actor> actor = sessionActor(context, *db);
        if (!actor)
            return ExitUsageError;
        // Its dates move to the day it is loaded, so its evidence is as fresh as when it was written.
        const QByteArray demoJson = DemoCalendar::movedTo(file.readAll(), context.clock().toUTC().date());
        const auto summary = PortfolioImporter(*db).import(demoJson, u"demo-portfolio.json"_s, *actor, context.clock());
        if (!summary) {
            printError(context, summary.error());
            return ExitUsageError;
        }
        context.out << tr("Loaded the demo portfolio: %1 use cases, %2 people, %3 tenants.")
                           .arg(summary->useCases)
                           .arg(summary->people)
                           .arg(summary->tenants)
                    << Qt::endl;
        const std::optional<Portfolio> portfolio = loadPortfolio(context, *db);
        if (!portfolio)
            return ExitUsageError;
        const DemoUsage traffic = DemoUsageGenerator::generate(*portfolio, context.clock().date());
        RecordImporter importer(*db);
        importer.setClock(context.clock);
        const AuditEntry usageAudit{*actor, u"usage"_s, u"*"_s, u"import"_s, R"({"file":"demo"})"};
        const AuditEntry feedbackAudit{*actor, u"feedback"_s, u"*"_s, u"import"_s, R"({"file":"demo"})"};
        const auto usage = importer.importUsage(traffic.usage, usageAudit);
        const auto feedback = usage ? importer.importFeedback(traffic.feedback, feedbackAudit) : usage;
        if (!feedback) {
            printError(context, feedback.error());
            return ExitUsageError;
        }
        context.out << tr("Generated %1 days of demo traffic: %2 usage records, %3 feedback records.")
                           .arg(DemoUsageGenerator::defaultDays)
                           .arg(usage->added)
                           .arg(feedback->added)
                    << Qt::endl;
    } else if (Status s = seedDefaults(*db, context); !s) {
        printError(context, s.error());
        return ExitUsageError;
    }
    context.out << tr("Database ready: %1 (schema %2).").arg(db->displayName()).arg(db->schemaVersion().value_or(0))
                << Qt::endl;
    return ExitOk;
}

} // namespace greenlight::app
