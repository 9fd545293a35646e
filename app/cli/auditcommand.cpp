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
    return tr("Check the audit chain: audit verify [--includes HASH].");
}

int AuditCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"verify"_s, tr("Recompute every event's hash and check the chain."));
    const QCommandLineOption includes(u"includes"_s,
                                      tr("Also check that an event with this hash is in the chain (the hash an "
                                         "audit packet printed)."),
                                      tr("hash"));
    parser.addOption(includes);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (parser.positionalArguments() != QStringList{u"verify"_s}) {
        printError(context, tr("usage: greenlight audit verify [--includes HASH]"));
        return ExitUsageError;
    }
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const Result<AuditVerification> result = AuditStore(*db).verify();
    if (!result) {
        printError(context, result.error());
        return ExitUsageError;
    }
    const auto broken = [&](qint64 seq, const QString &problem) {
        context.out << tr("Audit chain BROKEN at event %1 of %2: %3").arg(seq).arg(result->count).arg(problem)
                    << Qt::endl;
        return ExitNoGo;
    };
    if (!result->chainIntact())
        return broken(*result->firstBadSeq, result->problem);
    if (!result->signatureProblem.isEmpty())
        return broken(*result->firstBadSignatureSeq, result->signatureProblem);
    if (!result->stateProblem.isEmpty()) {
        context.out << tr("Audit chain intact: %1 events, but the tables differ from it: %2")
                           .arg(result->count)
                           .arg(result->stateProblem)
                    << Qt::endl;
        return ExitNoGo;
    }
    context.out << tr("Audit chain intact: %1 events, head hash %2")
                       .arg(result->count)
                       .arg(result->count == 0 ? tr("(none)") : result->headHash)
                << Qt::endl;
    context.out << tr("Rows checked against their audit events: %1").arg(result->rowsChecked) << Qt::endl;
    if (!result->preCoverage.isEmpty()) {
        QStringList tables;
        for (auto it = result->preCoverage.cbegin(); it != result->preCoverage.cend(); ++it)
            tables.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
        context.out
            << tr("Rows written before schema 6, which no event covers (not checked): %1").arg(tables.join(u", "_s))
            << Qt::endl;
    }
    context.out << tr("Signed events verified with OpenSSH: %1%2")
                       .arg(result->signedEvents)
                       .arg(result->signers.isEmpty() ? QString()
                                                      : tr(" (signed by %1)").arg(result->signers.join(u", "_s)))
                << Qt::endl;
    if (!parser.isSet(includes))
        return ExitOk;
    const QString wanted = parser.value(includes).trimmed().toLower();
    std::optional<AuditEvent> found;
    const Status scanned = AuditStore(*db).forEach([&](const AuditEvent &e) {
        if (!found && e.hash == wanted)
            found = e;
    });
    if (!scanned) {
        printError(context, scanned.error());
        return ExitUsageError;
    }
    if (!found) {
        context.out << tr("No event in the chain has hash %1.").arg(wanted) << Qt::endl;
        return ExitNoGo;
    }
    context.out << tr("Event %1 has hash %2 (%3, %4 %5 %6 by %7); %8 events follow it.")
                       .arg(found->seq)
                       .arg(wanted, AuditChain::timeText(found->at), found->entry.entity, found->entry.entityId,
                            found->entry.action, found->entry.actor.displayText())
                       .arg(result->count - found->seq)
                << Qt::endl;
    return ExitOk;
}

} // namespace greenlight::app
