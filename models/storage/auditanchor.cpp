#include "storage/auditanchor.h"

#include "audit/auditchain.h"
#include "signing/sshsigner.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/signaturecheck.h"
#include "storage/sqlstatement.h"
#include "json/canonicaljson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

QJsonObject fields(const AuditAnchor &a)
{
    return {{u"format"_s, QString::fromLatin1(AuditAnchor::formatName)},
            {u"head_seq"_s, a.headSeq},
            {u"head_hash"_s, a.headHash},
            {u"anchored_at"_s, AuditChain::timeText(a.at)},
            {u"person"_s, a.person},
            {u"signer"_s, a.signer}};
}

} // namespace

QByteArray AuditAnchor::statement() const
{
    return CanonicalJson::serialize(fields(*this)).value_or(QByteArray());
}

QByteArray AuditAnchor::toFile() const
{
    QJsonObject object = fields(*this);
    object.insert(u"signature"_s, signature.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(signature)));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<AuditAnchor> AuditAnchor::fromFile(const QByteArray &bytes, const QString &fileName)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.value(u"format"_s).toString() != QString::fromLatin1(formatName))
        return fail(fileName, tr("not an audit anchor (expected format %1)").arg(QString::fromLatin1(formatName)));
    AuditAnchor a;
    a.headSeq = o.value(u"head_seq"_s).toInteger();
    a.headHash = o.value(u"head_hash"_s).toString();
    a.at = QDateTime::fromString(o.value(u"anchored_at"_s).toString(), Qt::ISODateWithMs);
    a.person = o.value(u"person"_s).toString();
    a.signer = o.value(u"signer"_s).toString();
    a.signature = o.value(u"signature"_s).toString().toLatin1();
    if (a.headSeq < 0 || (a.headSeq > 0 && a.headHash.size() != 64) || !a.at.isValid())
        return fail(fileName, tr("the anchor is damaged: it needs head_seq, head_hash and anchored_at"));
    return a;
}

Result<AuditAnchor> AuditAnchor::take(Database &db, const Actor &actor, const SshSigner *signer, const QDateTime &at)
{
    AuditAnchor a;
    a.at = QDateTime::fromString(AuditChain::timeText(at), Qt::ISODateWithMs);
    a.person = actor.person;
    SqlStatement head(db, u"SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"_s);
    GL_TRY(head.exec());
    if (head.next()) {
        a.headSeq = head.value(0).toLongLong();
        a.headHash = head.value(1).toString();
    }
    GL_TRY(head.finished());
    if (signer != nullptr) {
        GL_TRY(AuditStore(db).checkSigningKey(actor.person, *signer, a.at));
        a.signer = signer->fingerprint();
        const Result<QByteArray> signature = signer->sign(a.statement());
        if (!signature)
            return std::unexpected(signature.error());
        a.signature = *signature;
    }
    return a;
}

Status AuditAnchor::check(Database &db, const QString &fileName) const
{
    if (!signer.isEmpty() || !signature.isEmpty()) {
        QTemporaryFile allowedFile;
        GL_TRY(SignatureCheck(db).writeAllowedSigners(allowedFile));
        const Result<QString> used = SshVerifier::verify(statement(), signature, allowedFile.fileName(), person, at);
        if (!used)
            return fail(fileName,
                        tr("the anchor's signature by %1 does not verify (%2)").arg(person, used.error().message));
        if (*used != signer)
            return fail(fileName, tr("the anchor names the key %1, but was signed with %2").arg(signer, *used));
    }
    if (headSeq == 0)
        return {};
    const Result<std::optional<AuditEvent>> event = AuditStore(db).event(headSeq);
    if (!event)
        return std::unexpected(event.error());
    if (!*event || (*event)->hash != headHash)
        return fail(fileName, tr("the database no longer holds the anchored head (event %1 with hash %2, anchored %3 "
                                 "by %4): events were removed or rewritten after it")
                                  .arg(headSeq)
                                  .arg(headHash, AuditChain::timeText(at), person));
    return {};
}

} // namespace greenlight::models
