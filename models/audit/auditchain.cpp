#include "audit/auditchain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

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
    const QJsonArray fields{QJsonValue(event.seq),
                            timeText(event.at),
                            event.entry.actor,
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
    if (event.seq != m_lastSeq + 1) {
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
    m_result.headHash = event.hash;
}

} // namespace greenlight::models
