#include "audit/auditchain.h"

#include "json/canonicaljson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace greenlight::models {

using namespace Qt::StringLiterals;

QString AuditChain::genesisHash()
{
    return QString(64, u'0');
}

QString AuditChain::timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray AuditChain::canonicalForm(const AuditEvent &event)
{
    if (event.format == AuditFormat::QtCompactArray)
        return legacyForm(event);
    QJsonParseError error;
    const QJsonDocument payload = QJsonDocument::fromJson(event.entry.payload, &error);
    // A payload that is no JSON object cannot have been written by append(); hash its text so it fails to match.
    const QJsonValue payloadValue = error.error == QJsonParseError::NoError && payload.isObject()
                                        ? QJsonValue(payload.object())
                                        : QJsonValue(QString::fromUtf8(event.entry.payload));
    QJsonObject fields{{u"seq"_s, QJsonValue(event.seq)}, {u"format"_s, int(event.format)},
                       {u"time"_s, timeText(event.at)},   {u"actor"_s, event.entry.actor.person},
                       {u"entity"_s, event.entry.entity}, {u"entity_id"_s, event.entry.entityId},
                       {u"action"_s, event.entry.action}, {u"payload"_s, payloadValue},
                       {u"prev_hash"_s, event.prevHash}};
    if (event.format == AuditFormat::WithAccount) {
        fields.insert(u"account"_s, event.entry.actor.account);
        fields.insert(u"host"_s, event.entry.actor.host);
        fields.insert(u"identity"_s, Actor::kindName(event.entry.actor.kind));
    }
    return CanonicalJson::serialize(fields).value_or(QByteArray());
}

QByteArray AuditChain::legacyForm(const AuditEvent &event)
{
    const QJsonArray fields{QJsonValue(event.seq),
                            timeText(event.at),
                            event.entry.actor.person,
                            event.entry.entity,
                            event.entry.entityId,
                            event.entry.action,
                            QString::fromUtf8(event.entry.payload),
                            event.prevHash};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QString AuditChain::computeHash(const AuditEvent &event)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalForm(event), QCryptographicHash::Sha256).toHex());
}

void AuditChain::Verifier::add(const AuditEvent &event)
{
    ++m_result.count;
    if (m_result.firstBadSeq.has_value())
        return;
    const auto broken = [&](const QString &problem) {
        m_result.firstBadSeq = event.seq;
        m_result.problem = problem;
    };
    if (event.format != AuditFormat::QtCompactArray && event.format != AuditFormat::Rfc8785 &&
        event.format != AuditFormat::WithAccount) {
        broken(tr("event %1 has an unknown hash format %2").arg(event.seq).arg(int(event.format)));
    } else if (int(event.format) < int(m_lastFormat)) {
        // Old events may only come before new ones: relabelling a new event as old would dodge its coverage
        // (format 1) or drop the account it came from out of its hash (format 2).
        broken(tr("event %1 uses hash format %2 after event %3 used format %4")
                   .arg(event.seq)
                   .arg(int(event.format))
                   .arg(m_lastSeq)
                   .arg(int(m_lastFormat)));
    } else if (event.seq != m_lastSeq + 1) {
        broken(
            tr("event %1 follows event %2: an event was removed or the order changed").arg(event.seq).arg(m_lastSeq));
    } else if (event.prevHash != m_lastHash) {
        broken(tr("event %1 does not link to event %2 (its previous hash differs): the order changed or an event "
                  "was replaced")
                   .arg(event.seq)
                   .arg(m_lastSeq));
    } else if (computeHash(event) != event.hash) {
        broken(tr("event %1 was altered: its hash does not match its contents").arg(event.seq));
    }
    m_lastSeq = event.seq;
    m_lastHash = event.hash;
    m_lastFormat = event.format;
    m_result.headHash = event.hash;
}

} // namespace greenlight::models
