#include "audit/auditexporter.h"

#include "audit/auditchain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

QByteArray csvField(const QString &value)
{
    QString text = value;
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text.toUtf8();
}

} // namespace

AuditExporter::AuditExporter(QIODevice &out, Format format) : m_out(out), m_format(format)
{
    if (m_format == Format::Csv)
        m_out.write("seq,time,actor,account,host,identity,entity,entity_id,action,payload,prev_hash,hash\n");
}

void AuditExporter::write(const AuditEvent &event)
{
    const QString time = AuditChain::timeText(event.at);
    const Actor &actor = event.entry.actor;
    // Events before format 3 recorded no account: they export without one rather than with a guessed one.
    const bool hasAccount = event.format == AuditFormat::WithAccount;
    const QString identity = hasAccount ? Actor::kindName(actor.kind) : QString();
    if (m_format == Format::JsonLines) {
        const auto textOrNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
        QJsonObject line{{u"seq"_s, QJsonValue(event.seq)},
                         {u"time"_s, time},
                         {u"actor"_s, textOrNull(actor.person)},
                         {u"account"_s, textOrNull(actor.account)},
                         {u"host"_s, textOrNull(actor.host)},
                         {u"identity"_s, textOrNull(identity)},
                         {u"entity"_s, event.entry.entity},
                         {u"entity_id"_s, event.entry.entityId},
                         {u"action"_s, event.entry.action},
                         {u"payload"_s, QJsonDocument::fromJson(event.entry.payload).object()},
                         {u"prev_hash"_s, event.prevHash},
                         {u"hash"_s, event.hash}};
        m_out.write(QJsonDocument(line).toJson(QJsonDocument::Compact));
        m_out.write("\n");
        return;
    }
    const QList<QByteArray> fields{QByteArray::number(event.seq), csvField(time),
                                   csvField(actor.person),        csvField(actor.account),
                                   csvField(actor.host),          csvField(identity),
                                   csvField(event.entry.entity),  csvField(event.entry.entityId),
                                   csvField(event.entry.action),  csvField(QString::fromUtf8(event.entry.payload)),
                                   event.prevHash.toLatin1(),     event.hash.toLatin1()};
    m_out.write(fields.join(','));
    m_out.write("\n");
}

} // namespace greenlight::models
