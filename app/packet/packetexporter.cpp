#include "packet/packetexporter.h"

#include "packet/chartobject.h"
#include "packet/packetdocument.h"
#include "packet/packetevidence.h"
#include "packet/packetprinter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

Result<PacketSummary> PacketExporter::exportPacket(const QString &useCaseId, const QString &fileName,
                                                   const Actor &actor, const QDateTime &at,
                                                   const std::function<bool(int, int)> &progress,
                                                   const SshSigner *signer)
{
    // A key that may not sign is refused before anything is written.
    if (signer != nullptr)
        GL_TRY(AuditStore(m_db).checkSigningKey(actor.person, *signer, at));
    const Result<PacketEvidence> evidence = PacketEvidenceLoader(m_db).load(useCaseId, actor, at);
    if (!evidence)
        return std::unexpected(evidence.error());

    const QString title = evidence->wholePortfolio
                              ? tr("Audit packet: whole portfolio")
                              : tr("Audit packet: %1").arg(evidence->useCases.value(0).useCase.name);
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    Result<int> pages = 0;
    {
        PacketPrinter printer(pdf, title);
        ChartObject charts;
        PacketDocument document(*evidence, charts, PacketPrinter::bodySize(), printer.layoutDevice());
        pages = printer.print(document, progress);
    }
    if (!pages)
        return fail(fileName, pages.error().message);
    QSaveFile file(fileName);
    const QByteArray bytes = PacketPrinter::datedPdf(pdf.data(), at);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(fileName, tr("cannot write the file (%1)").arg(file.errorString()));
    QFile written(fileName);
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    if (!written.open(QIODevice::ReadOnly) || !sha256.addData(&written))
        return fail(fileName, tr("cannot read the file back (%1)").arg(written.errorString()));

    const QJsonObject payload{{u"file"_s, QFileInfo(fileName).fileName()},
                              {u"pages"_s, *pages},
                              {u"head_hash"_s, evidence->chain.headHash},
                              {u"sha256"_s, QString::fromLatin1(sha256.result().toHex())}};
    Transaction tx(m_db);
    GL_TRY(tx.started());
    GL_TRY(AuditStore(m_db).append(AuditEntry{actor, u"packet"_s, useCaseId.isEmpty() ? u"*"_s : useCaseId, u"export"_s,
                                              QJsonDocument(payload).toJson(QJsonDocument::Compact)},
                                   at, signer));
    GL_TRY(tx.commit());
    return PacketSummary{*pages, int(evidence->useCases.size()), evidence->chain.headHash};
}

} // namespace greenlight::app
