#include "cli/auditcommand.h"

#include "audit/auditchain.h"
#include "storage/auditanchor.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "json/orderedjson.h"

#include <QFile>
#include <QSaveFile>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString AuditCommand::name() const
{
    return u"audit"_s;
}

QString AuditCommand::summary() const
{
    return tr("Check the audit chain and its signatures: audit verify [--includes HASH] [--anchor FILE] [--json]; "
              "sign its head into a file: audit anchor --out FILE [--key FILE].");
}

int AuditCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, tr("verify (check the chain) or anchor (write its signed head)."));
    parser.addOptions(
        {QCommandLineOption(u"includes"_s,
                            tr("Also check that an event with this hash is in the chain (the hash an audit packet "
                               "printed)."),
                            tr("hash")),
         QCommandLineOption(
             u"anchor"_s, tr("Also check that the database still holds the head this anchor file names (repeatable)."),
             tr("file")),
         QCommandLineOption(u"json"_s, tr("Print the result as JSON.")),
         QCommandLineOption(u"out"_s, tr("anchor: the file to write."), tr("file")), signingKeyOption()});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional == QStringList{u"verify"_s})
        return verify(parser, context);
    if (positional == QStringList{u"anchor"_s} && parser.isSet(u"out"_s))
        return anchor(parser, context);
    printError(context, tr("usage: greenlight audit verify [--includes HASH] [--anchor FILE]… [--json] | "
                           "greenlight audit anchor --out FILE [--key FILE]"));
    return ExitUsageError;
}

int AuditCommand::anchor(const QCommandLineParser &parser, CommandContext &context)
{
    std::optional<SshSigner> signer;
    if (!readSigner(context, parser, signer))
        return ExitUsageError;
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    const Result<AuditAnchor> taken = AuditAnchor::take(*db, *actor, signer ? &*signer : nullptr, context.clock());
    if (!taken) {
        printError(context, taken.error());
        return ExitUsageError;
    }
    const QString fileName = parser.value(u"out"_s);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(taken->toFile()) < 0 || !file.commit()) {
        printError(context, models::Error{fileName, tr("cannot write the file (%1)").arg(file.errorString())});
        return ExitUsageError;
    }
    context.out << (taken->signature.isEmpty()
                        ? tr("Anchored event %1 (hash %2) in %3, unsigned: sign it with --key to make it evidence.")
                        : tr("Anchored event %1 (hash %2) in %3, signed by %4 with %5."))
                       .arg(taken->headSeq)
                       .arg(taken->headHash, fileName, taken->person, taken->signer)
                << Qt::endl;
    return ExitOk;
}

int AuditCommand::verify(const QCommandLineParser &parser, CommandContext &context)
{
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const Result<AuditVerification> result = AuditStore(*db).verify();
    if (!result) {
        printError(context, result.error());
        return ExitUsageError;
    }
    QStringList anchorProblems;
    for (const QString &fileName : parser.values(u"anchor"_s)) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(context, models::Error{fileName, tr("cannot read the file (%1)").arg(file.errorString())});
            return ExitUsageError;
        }
        const Result<AuditAnchor> anchor = AuditAnchor::fromFile(file.readAll(), fileName);
        if (!anchor) {
            printError(context, anchor.error());
            return ExitUsageError;
        }
        if (const Status held = anchor->check(*db, fileName); !held)
            anchorProblems.append(held.error().toString());
    }
    const int exitCode = parser.isSet(u"json"_s) ? printJson(*result, anchorProblems, context)
                                                 : printText(*result, anchorProblems, context);
    if (exitCode != ExitOk || !parser.isSet(u"includes"_s))
        return exitCode;
    const QString wanted = parser.value(u"includes"_s).trimmed().toLower();
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

int AuditCommand::printText(const AuditVerification &result, const QStringList &anchorProblems, CommandContext &context)
{
    const auto broken = [&](qint64 seq, const QString &problem) {
        context.out << tr("Audit chain BROKEN at event %1 of %2: %3").arg(seq).arg(result.count).arg(problem)
                    << Qt::endl;
        return ExitNoGo;
    };
    if (!result.chainIntact())
        return broken(*result.firstBadSeq, result.problem);
    if (!result.signatureProblem.isEmpty())
        return broken(*result.firstBadSignatureSeq, result.signatureProblem);
    if (!result.stateProblem.isEmpty()) {
        context.out << tr("Audit chain intact: %1 events, but the tables differ from it: %2")
                           .arg(result.count)
                           .arg(result.stateProblem)
                    << Qt::endl;
        return ExitNoGo;
    }
    if (!anchorProblems.isEmpty()) {
        context.out << tr("Audit chain intact: %1 events, but it lost an anchored head: %2")
                           .arg(result.count)
                           .arg(anchorProblems.first())
                    << Qt::endl;
        return ExitNoGo;
    }
    context.out << tr("Audit chain intact: %1 events, head hash %2")
                       .arg(result.count)
                       .arg(result.count == 0 ? tr("(none)") : result.headHash)
                << Qt::endl;
    context.out << tr("Rows checked against their audit events: %1").arg(result.rowsChecked) << Qt::endl;
    if (!result.preCoverage.isEmpty()) {
        QStringList tables;
        for (auto it = result.preCoverage.cbegin(); it != result.preCoverage.cend(); ++it)
            tables.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
        context.out
            << tr("Rows written before schema 6, which no event covers (not checked): %1").arg(tables.join(u", "_s))
            << Qt::endl;
    }
    context.out << tr("Signed events verified with OpenSSH: %1%2")
                       .arg(result.signedEvents)
                       .arg(result.signers.isEmpty() ? QString()
                                                     : tr(" (signed by %1)").arg(result.signers.join(u", "_s)))
                << Qt::endl;
    return ExitOk;
}

int AuditCommand::printJson(const AuditVerification &result, const QStringList &anchorProblems, CommandContext &context)
{
    // The first failure in the order the text report gives it; language-neutral apart from the reason's words.
    OrderedJson failure = OrderedJson::null();
    const auto failed = [&](std::optional<qint64> seq, const QString &reason) {
        failure = OrderedJson::object()
                      .add(u"seq"_s, seq ? OrderedJson::integer(*seq) : OrderedJson::null())
                      .add(u"reason"_s, OrderedJson::string(reason));
    };
    if (!result.chainIntact())
        failed(result.firstBadSeq, result.problem);
    else if (!result.signatureProblem.isEmpty())
        failed(result.firstBadSignatureSeq, result.signatureProblem);
    else if (!result.stateProblem.isEmpty())
        failed(std::nullopt, result.stateProblem);
    else if (!anchorProblems.isEmpty())
        failed(std::nullopt, anchorProblems.first());
    OrderedJson signers = OrderedJson::array();
    for (const QString &person : result.signers)
        signers.append(OrderedJson::string(person));
    const bool intact = failure.kind() == OrderedJson::Kind::Null;
    context.out << QString::fromUtf8(OrderedJson::object()
                                         .add(u"intact"_s, OrderedJson::boolean(intact))
                                         .add(u"events"_s, OrderedJson::integer(result.count))
                                         .add(u"signed_events"_s, OrderedJson::integer(result.signedEvents))
                                         .add(u"signers"_s, std::move(signers))
                                         .add(u"head_hash"_s, OrderedJson::stringOrNull(result.headHash))
                                         .add(u"rows_checked"_s, OrderedJson::integer(result.rowsChecked))
                                         .add(u"first_failure"_s, std::move(failure))
                                         .toCanonical());
    context.out.flush();
    return intact ? ExitOk : ExitNoGo;
}

} // namespace greenlight::app
