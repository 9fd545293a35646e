#include "storage/evidenceexport.h"

#include "audit/auditchain.h"
#include "storage/auditstore.h"
#include "storage/signaturecheck.h"

#include <QDir>
#include <QSaveFile>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(path, EvidenceExport::tr("cannot write the file (%1)").arg(file.errorString()));
    return {};
}

} // namespace

Result<qint64> EvidenceExport::write(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return fail(directory, tr("cannot create the folder"));
    const QDir dir(directory);
    const Result<QByteArray> allowed = SignatureCheck(m_db).allowedSigners();
    if (!allowed)
        return std::unexpected(allowed.error());
    GL_TRY(writeFile(dir.filePath(u"allowed_signers"_s), *allowed));

    QByteArray guide = "# Verifying the signed events of this audit log\n\n"
                       "Each signed event is here as SEQ.statement (the exact bytes signed: the event in RFC 8785 JSON "
                       "with the hash of the event before it) and SEQ.sig (an SSHSIG signature, namespace "
                       "`greenlight`). `allowed_signers` lists every person's keys with the days they were valid. "
                       "In this folder, with OpenSSH only, each line below prints `Good \"greenlight\" signature "
                       "for PERSON` when the event is as its signer signed it. `-Overify-time` checks the key as it "
                       "was on the day of the event, so a key revoked since still counts for what it signed before."
                       "\n\n";
    qint64 count = 0;
    Status status;
    GL_TRY(AuditStore(m_db).forEach([&](const AuditEvent &e) {
        if (e.signature.isEmpty() || !status)
            return;
        const QString seq = QString::number(e.seq);
        status = writeFile(dir.filePath(seq + u".statement"_s), AuditChain::canonicalForm(e));
        if (status)
            status = writeFile(dir.filePath(seq + u".sig"_s), e.signature);
        guide += u"- event %1 (%2 %3 %4 by %5, %6):\n\n        ssh-keygen -Y verify -f allowed_signers -I %5 -n "
                 u"greenlight -s %1.sig -Overify-time=%7 < %1.statement\n\n"_s
                     .arg(seq, e.entry.action, e.entry.entity, e.entry.entityId, e.entry.actor.person,
                          AuditChain::timeText(e.at), e.at.toUTC().toString(u"yyyyMMddHHmmss"_s))
                     .toUtf8();
        ++count;
    }));
    GL_TRY(status);
    if (count == 0)
        guide += "No event of this audit log is signed.\n";
    GL_TRY(writeFile(dir.filePath(u"VERIFY.md"_s), guide));
    return count;
}

} // namespace greenlight::models
