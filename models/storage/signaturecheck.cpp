#include "storage/signaturecheck.h"

#include "audit/auditchain.h"
#include "signing/sshpublickey.h"
#include "signing/sshsigner.h"
#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"

#include <QTemporaryFile>

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

Result<QByteArray> SignatureCheck::allowedSigners() const
{
    SqlStatement keys(m_db, u"SELECT person_id, public_key, valid_from, revoked_on FROM person_signing_keys "
                            u"ORDER BY person_id, sort_order"_s);
    GL_TRY(keys.exec());
    QByteArray list;
    while (keys.next()) {
        const QDate from = sql::toDate(keys.value(2));
        const QDate revoked = sql::toDate(keys.value(3));
        // valid-before is exclusive, as revoked_on is: a signature on the day of the revocation no longer counts.
        QString options = u"namespaces=\"greenlight\",valid-after=\"%1\""_s.arg(from.toString(u"yyyyMMdd"_s));
        if (revoked.isValid())
            options += u",valid-before=\"%1\""_s.arg(revoked.toString(u"yyyyMMdd"_s));
        const QString key = keys.value(1).toString().section(u' ', 0, 1, QString::SectionSkipEmpty);
        list += (keys.value(0).toString() + u' ' + options + u' ' + key + u'\n').toUtf8();
    }
    GL_TRY(keys.finished());
    return list;
}

Status SignatureCheck::writeAllowedSigners(QTemporaryFile &file) const
{
    const Result<QByteArray> allowed = allowedSigners();
    if (!allowed)
        return std::unexpected(allowed.error());
    if (!file.open() || file.write(*allowed) != allowed->size() || !file.flush())
        return fail(file.fileName(), tr("cannot write the list of allowed signers"));
    return {};
}

Result<SignatureReport> SignatureCheck::run(const QList<AuditEvent> &events) const
{
    SignatureReport report;
    QTemporaryFile allowedFile;
    GL_TRY(writeAllowedSigners(allowedFile));

    for (const AuditEvent &e : events) {
        const QString signer = e.entry.signer();
        const auto bad = [&](const QString &problem) {
            report.firstBadSeq = e.seq;
            report.problem = problem;
        };
        if (signer.isEmpty() && e.signature.isEmpty())
            continue;
        if (signer.isEmpty()) {
            bad(tr("event %1 carries a signature, but its record names no signer: the signature was added later")
                    .arg(e.seq));
            break;
        }
        if (e.signature.isEmpty()) {
            bad(tr("event %1 was signed by %2 with %3, but its signature is missing")
                    .arg(e.seq)
                    .arg(e.entry.actor.person, signer));
            break;
        }
        const Result<QString> used = SshVerifier::verify(AuditChain::canonicalForm(e), e.signature,
                                                         allowedFile.fileName(), e.entry.actor.person, e.at);
        if (!used) {
            bad(tr("event %1: the signature of %2 does not verify (%3)")
                    .arg(e.seq)
                    .arg(e.entry.actor.person, used.error().message));
            break;
        }
        if (*used != signer) {
            bad(tr("event %1 names the key %2, but was signed with %3").arg(e.seq).arg(signer, *used));
            break;
        }
        ++report.signedEvents;
        if (!report.signers.contains(e.entry.actor.person))
            report.signers.append(e.entry.actor.person);
    }
    std::sort(report.signers.begin(), report.signers.end());
    return report;
}

} // namespace greenlight::models
