#include "storage/auditstore.h"

#include "signing/sshpublickey.h"
#include "signing/sshsigner.h"
#include "storage/auditcoverage.h"
#include "storage/database.h"
#include "storage/signaturecheck.h"
#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"
#include "json/canonicaljson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace greenlight::models {

using namespace Qt::StringLiterals;

Status AuditStore::checkSigningKey(const QString &person, const SshSigner &signer, const QDateTime &at) const
{
    Database &db = m_db;
    SqlStatement keys(db, u"SELECT public_key, valid_from, revoked_on FROM person_signing_keys WHERE person_id = ?"_s);
    GL_TRY(keys.exec({person}));
    while (keys.next()) {
        const SigningKey key{keys.value(0).toString(), sql::toDate(keys.value(1)), sql::toDate(keys.value(2))};
        if (SshPublicKey::fingerprint(key.publicKey) != signer.fingerprint())
            continue;
        if (key.isValidOn(at.toUTC().date()))
            return {};
        return fail(signer.fingerprint(),
                    QCoreApplication::translate("AuditStore", "the key of %1 is not valid on %2 (valid from %3%4)")
                        .arg(person, at.toUTC().date().toString(Qt::ISODate), key.validFrom.toString(Qt::ISODate),
                             key.revokedOn.isValid() ? QCoreApplication::translate("AuditStore", ", revoked on %1")
                                                           .arg(key.revokedOn.toString(Qt::ISODate))
                                                     : QString()));
    }
    GL_TRY(keys.finished());
    return fail(signer.fingerprint(),
                QCoreApplication::translate("AuditStore", "this key is not one of %1's signing keys in the portfolio "
                                                          "(add it to people[].signing_keys)")
                    .arg(person.isEmpty() ? QCoreApplication::translate("AuditStore", "nobody") : person));
}

Result<AuditEvent> AuditStore::append(const AuditEntry &entry, const QDateTime &at, const SshSigner *signer)
{
    // Two writers reading the same head would both append seq N+1: one fails on the primary key, or worse,
    // the chain forks. The lock lasts until the caller's transaction ends.
    if (Status locked = m_db.dialect().lockAuditChain(m_db.connection()); !locked)
        return std::unexpected(locked.error());
    SqlStatement head(m_db, u"SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"_s);
    GL_TRY(head.exec());
    AuditEvent event;
    event.seq = 1;
    event.prevHash = AuditChain::genesisHash();
    if (head.next()) {
        event.seq = head.value(0).toLongLong() + 1;
        event.prevHash = head.value(1).toString();
    }
    // Millisecond precision is what is stored, so hash the time as it will read back.
    event.at = QDateTime::fromString(AuditChain::timeText(at), Qt::ISODateWithMs);
    event.entry = entry;
    event.format = AuditFormat::WithAccount;
    QByteArray payloadText = entry.payload;
    if (signer != nullptr) {
        GL_TRY(checkSigningKey(entry.actor.person, *signer, event.at));
        // The payload names the key, so the hash covers the claim: a signature stripped later is missed.
        QJsonObject object = QJsonDocument::fromJson(payloadText).object();
        object.insert(AuditEntry::signerKey(), signer->fingerprint());
        payloadText = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    // Stored in its canonical form, so the payload text is exactly what the hash covers.
    const std::optional<QByteArray> payload = CanonicalJson::canonicalize(payloadText);
    if (!payload || !payload->startsWith('{'))
        return fail(entry.entity + u' ' + entry.entityId,
                    QCoreApplication::translate("AuditStore", "the audit payload is not a JSON object"));
    event.entry.payload = *payload;
    event.hash = AuditChain::computeHash(event);
    if (signer != nullptr) {
        // What is signed is what is hashed: the event with its place in the chain (the previous event's hash).
        const Result<QByteArray> signature = signer->sign(AuditChain::canonicalForm(event));
        if (!signature)
            return std::unexpected(signature.error());
        event.signature = *signature;
    }

    if (entry.actor.account.isEmpty())
        return fail(entry.entity + u' ' + entry.entityId,
                    QCoreApplication::translate("AuditStore", "the audit event names no operating-system account"));

    SqlStatement insert(m_db, u"INSERT INTO audit_events (seq, occurred_at, actor, entity, entity_id, action, payload, "
                              u"prev_hash, hash, format, account, host, identity, signature) "
                              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // An account acting alone names no person: stored as '' (the column predates accounts and is NOT NULL).
    const QString person = entry.actor.person.isEmpty() ? u""_s : entry.actor.person;
    GL_TRY(insert.exec({event.seq, AuditChain::timeText(event.at), person, entry.entity, entry.entityId, entry.action,
                        QString::fromUtf8(event.entry.payload), event.prevHash, event.hash, int(event.format),
                        entry.actor.account, entry.actor.host, Actor::kindName(entry.actor.kind),
                        event.signature.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                  : QVariant(QString::fromLatin1(event.signature))}));
    // Every change has an event, so open windows learn of every change from here (when it commits).
    GL_TRY(m_db.dialect().announceChange(m_db.connection()));
    return event;
}

namespace {

const QString kSelectEvents = u"SELECT seq, occurred_at, actor, entity, entity_id, action, payload, prev_hash, hash, "
                              u"format, account, host, identity, signature FROM audit_events"_s;

AuditEvent readEvent(const SqlStatement &st)
{
    AuditEvent event;
    event.seq = st.value(0).toLongLong();
    event.at = QDateTime::fromString(st.value(1).toString(), Qt::ISODateWithMs);
    // Events before format 3 have no account (NULL): their actor is the name they were recorded under.
    const Actor actor{st.value(2).toString(), st.value(10).toString(), st.value(11).toString(),
                      Actor::kindFromName(st.value(12).toString()).value_or(Actor::Kind::Bound)};
    event.entry = AuditEntry{actor, st.value(3).toString(), st.value(4).toString(), st.value(5).toString(),
                             st.value(6).toString().toUtf8()};
    event.prevHash = st.value(7).toString();
    event.hash = st.value(8).toString();
    event.format = AuditFormat(st.value(9).toInt());
    event.signature = st.value(13).toString().toLatin1();
    return event;
}

} // namespace

Status AuditStore::forEach(const std::function<void(const AuditEvent &)> &visit, const QString &entity,
                           const QString &entityId) const
{
    QString sql = kSelectEvents;
    QVariantList values;
    if (!entity.isEmpty()) {
        sql += u" WHERE entity = ? AND entity_id = ?"_s;
        values = {entity, entityId};
    }
    sql += u" ORDER BY seq"_s;
    SqlStatement st(m_db, sql);
    GL_TRY(st.exec(values));
    while (st.next())
        visit(readEvent(st));
    return st.finished();
}

Result<std::optional<AuditEvent>> AuditStore::event(qint64 seq) const
{
    SqlStatement st(m_db, kSelectEvents + u" WHERE seq = ?"_s);
    GL_TRY(st.exec({seq}));
    if (!st.next()) {
        GL_TRY(st.finished());
        return std::nullopt;
    }
    return readEvent(st);
}

Result<AuditVerification> AuditStore::verify() const
{
    AuditChain::Verifier verifier;
    QList<AuditEvent> events;
    GL_TRY(forEach([&](const AuditEvent &event) {
        verifier.add(event);
        events.append(event);
    }));
    AuditVerification result = verifier.result();
    if (!result.chainIntact())
        return result; // rows and signatures can only be checked against events that are themselves intact
    const Result<SignatureReport> signatures = SignatureCheck(m_db).run(events);
    if (!signatures)
        return std::unexpected(signatures.error());
    result.signedEvents = signatures->signedEvents;
    result.signers = signatures->signers;
    result.firstBadSignatureSeq = signatures->firstBadSeq;
    result.signatureProblem = signatures->problem;
    const Result<CoverageResult> coverage = AuditCoverage(m_db).verify();
    if (!coverage)
        return std::unexpected(coverage.error());
    result.rowsChecked = coverage->rowsChecked;
    result.preCoverage = coverage->preCoverage;
    result.stateProblem = coverage->problem;
    return result;
}

} // namespace greenlight::models
