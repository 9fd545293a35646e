#include "cli/exportcommand.h"

#include "audit/auditexporter.h"
#include "packet/packetexporter.h"
#include "portfolio/portfoliowriter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/evidenceexport.h"

#include <QSaveFile>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return tr("Export the portfolio (export portfolio FILE), the audit log (export audit-log --format jsonl|csv "
              "--out FILE), the audit packet (export packet USE_CASE|--all --out FILE.pdf) or the signed evidence "
              "for OpenSSH (export evidence DIR).");
}

int ExportCommand::execute(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"kind"_s, tr("What to export: portfolio, audit-log, packet or evidence."));
    parser.addPositionalArgument(u"file"_s, tr("The portfolio file to write, or the use case of a packet."),
                                 u"[FILE|USE_CASE]"_s);
    const QCommandLineOption all(u"all"_s, tr("Packet: the whole portfolio."));
    parser.addOption(all);
    const QCommandLineOption format(u"format"_s, tr("Audit log format: jsonl or csv."), tr("format"), u"jsonl"_s);
    const QCommandLineOption out(u"out"_s, tr("The file to write."), tr("file"));
    parser.addOption(format);
    parser.addOption(out);
    parser.addOption(signingKeyOption());
    int exitCode = ExitOk;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    if (kind == u"portfolio"_s) {
        const QString file = positional.size() == 2 ? positional[1] : parser.value(out);
        if (file.isEmpty() || positional.size() > 2) {
            printError(context, tr("usage: greenlight export portfolio FILE"));
            return ExitUsageError;
        }
        return exportPortfolio(file, context);
    }
    if (kind == u"audit-log"_s) {
        if (!parser.isSet(out) || positional.size() != 1) {
            printError(context, tr("usage: greenlight export audit-log --format jsonl|csv --out FILE"));
            return ExitUsageError;
        }
        return exportAuditLog(parser.value(format), parser.value(out), context);
    }
    if (kind == u"packet"_s) {
        const bool whole = parser.isSet(all);
        if (!parser.isSet(out) || positional.size() != (whole ? 1 : 2)) {
            printError(context, tr("usage: greenlight export packet USE_CASE|--all --out FILE.pdf [--key FILE]"));
            return ExitUsageError;
        }
        std::optional<SshSigner> signer;
        if (!readSigner(context, parser, signer))
            return ExitUsageError;
        return exportPacket(whole ? QString() : positional[1], parser.value(out), signer, context);
    }
    if (kind == u"evidence"_s) {
        if (positional.size() != 2) {
            printError(context, tr("usage: greenlight export evidence DIR"));
            return ExitUsageError;
        }
        return exportEvidence(positional[1], context);
    }
    printError(context, tr("unknown export kind \"%1\" (expected: portfolio, audit-log, packet, evidence)").arg(kind));
    return ExitUsageError;
}

namespace {

/// Writes through a QSaveFile so a failed export never leaves a truncated file behind.
template <typename WriteFn>
Status writeAtomically(const QString &fileName, WriteFn write)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(fileName, ExportCommand::tr("cannot write the file (%1)").arg(file.errorString()));
    GL_TRY(write(file));
    if (!file.commit())
        return fail(fileName, ExportCommand::tr("cannot write the file (%1)").arg(file.errorString()));
    return {};
}

} // namespace

int ExportCommand::exportPortfolio(const QString &fileName, CommandContext &context)
{
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const std::optional<Portfolio> portfolio = loadPortfolio(context, *db);
    if (!portfolio)
        return ExitUsageError;
    const Status written = writeAtomically(fileName, [&](QIODevice &file) -> Status {
        file.write(PortfolioWriter::write(*portfolio));
        return {};
    });
    if (!written) {
        printError(context, written.error());
        return ExitUsageError;
    }
    context.out << tr("Exported %1 use cases to %2.").arg(portfolio->useCases.size()).arg(fileName) << Qt::endl;
    return ExitOk;
}

int ExportCommand::exportAuditLog(const QString &format, const QString &fileName, CommandContext &context)
{
    AuditExporter::Format kind = AuditExporter::Format::JsonLines;
    if (format == u"csv"_s) {
        kind = AuditExporter::Format::Csv;
    } else if (format != u"jsonl"_s) {
        printError(context, tr("unknown audit log format \"%1\" (expected: jsonl, csv)").arg(format));
        return ExitUsageError;
    }
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    qint64 count = 0;
    const Status written = writeAtomically(fileName, [&](QIODevice &file) -> Status {
        AuditExporter exporter(file, kind);
        return AuditStore(*db).forEach([&](const AuditEvent &event) {
            exporter.write(event);
            ++count;
        });
    });
    if (!written) {
        printError(context, written.error());
        return ExitUsageError;
    }
    context.out << tr("Exported %1 audit events to %2.").arg(count).arg(fileName) << Qt::endl;
    return ExitOk;
}

int ExportCommand::exportPacket(const QString &useCaseId, const QString &fileName,
                                const std::optional<SshSigner> &signer, CommandContext &context)
{
    const std::unique_ptr<Database> db = openDatabase(context, Access::Write);
    if (!db)
        return ExitUsageError;
    const std::optional<Actor> actor = sessionActor(context, *db);
    if (!actor)
        return ExitUsageError;
    const Result<PacketSummary> packet =
        PacketExporter(*db).exportPacket(useCaseId, fileName, *actor, context.clock(), {}, signer ? &*signer : nullptr);
    if (!packet) {
        printError(context, packet.error());
        return ExitUsageError;
    }
    context.out << tr("Exported the audit packet of %n use case(s) to %1: %2 pages, audit head %3.", nullptr,
                      packet->useCases)
                       .arg(fileName)
                       .arg(packet->pages)
                       .arg(packet->headHash)
                << Qt::endl;
    return ExitOk;
}

int ExportCommand::exportEvidence(const QString &directory, CommandContext &context)
{
    const std::unique_ptr<Database> db = openDatabase(context, Access::Read);
    if (!db)
        return ExitUsageError;
    const Result<qint64> written = EvidenceExport(*db).write(directory);
    if (!written) {
        printError(context, written.error());
        return ExitUsageError;
    }
    context.out << tr("Wrote %n signed event(s) to %1 with allowed_signers and VERIFY.md: each verifies with "
                      "ssh-keygen -Y verify.",
                      nullptr, int(*written))
                       .arg(directory)
                << Qt::endl;
    return ExitOk;
}

} // namespace greenlight::app
