#include "cli/auditcommand.h"

#include "storage/auditstore.h"
#include "storage/database.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString AuditCommand::name() const
{
    return u"audit"_s;
}

QString AuditCommand::summary() const
{
    return tr("Check the audit chain: audit verify.");
}

int AuditCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"verify"_s, tr("Recompute every event's hash and check the chain."));
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (parser.positionalArguments() != QStringList{u"verify"_s}) {
        printError(context, tr("usage: greenlight audit verify"));
        return ExitUsageError;
    }
    const std::unique_ptr<Database> db = openDatabase(context);
    if (!db)
        return ExitUsageError;
    const Result<AuditVerification> result = AuditStore(*db).verify();
    if (!result) {
        printError(context, result.error());
        return ExitUsageError;
    }
    if (!result->intact()) {
        context.out << tr("Audit chain BROKEN at event %1 of %2: %3")
                           .arg(*result->firstBadSeq)
                           .arg(result->count)
                           .arg(result->problem)
                    << Qt::endl;
        return ExitNoGo;
    }
    context.out << tr("Audit chain intact: %1 events, head hash %2")
                       .arg(result->count)
                       .arg(result->count == 0 ? tr("(none)") : result->headHash)
                << Qt::endl;
    return ExitOk;
}

} // namespace greenlight::app
