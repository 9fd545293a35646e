#include "itemmodels/auditlogmodel.h"

#include "domain/displayformat.h"
#include "portfolio/usecasechange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setEvents(QList<AuditEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    std::reverse(m_events.begin(), m_events.end());
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString scalarText(const QJsonValue &v)
{
    return v.isString()   ? v.toString()
           : v.isDouble() ? QString::number(v.toDouble(), 'g', 12)
           : v.isBool()   ? (v.toBool() ? u"true"_s : u"false"_s)
           : v.isArray()  ? u"[%1]"_s.arg(v.toArray().size())
           : v.isObject() ? u"{%1}"_s.arg(v.toObject().size())
                          : u"null"_s;
}

/// The value at a dotted @p path of nested objects.
QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &key : path.split(u'.'))
        v = v.toObject().value(key);
    return v;
}

/// "decision: go, rationale: …" from a compact JSON payload. Nested values are summarised, not spelled out (the
/// export holds them in full): an edit's changed fields as "path: before → after", an import's facts counted by
/// kind, other lists and objects by their size.
QString summarize(const QByteArray &payload)
{
    QJsonObject object = QJsonDocument::fromJson(payload).object();
    QStringList parts;
    if (object.value(u"before"_s).isObject() && object.value(u"after"_s).isObject()) {
        const UseCaseChange change{object.take(u"before"_s).toObject(), object.take(u"after"_s).toObject()};
        for (const QString &field : change.fields())
            parts.append(field + u": "_s + scalarText(valueAt(change.before, field)) + u" → "_s +
                         scalarText(valueAt(change.after, field)));
    }
    object.remove(AuditEntry::signerKey()); // shown in its own column
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject nested = it.value().toObject();
        const bool countedByKind =
            !nested.isEmpty() && std::ranges::all_of(nested, [](const QJsonValue &v) { return v.isArray(); });
        if (!countedByKind) {
            parts.append(it.key() + u": "_s + scalarText(it.value()));
            continue;
        }
        QStringList kinds;
        for (auto kind = nested.constBegin(); kind != nested.constEnd(); ++kind)
            kinds.append(kind.key() + u' ' + QString::number(kind.value().toArray().size()));
        parts.append(it.key() + u": "_s + kinds.join(u", "_s));
    }
    return parts.join(u", "_s);
}

} // namespace

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEvent &e = m_events.at(index.row());
    if (role == Qt::ToolTipRole)
        return tr("hash %1\nprevious %2").arg(e.hash, e.prevHash);
    if (role == FailedRole)
        return m_failedSeq == e.seq;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq: return e.seq;
    case Time: return DisplayFormat().utc(e.at, true);
    case Actor:
        // A person named on a training database was never checked: say so where the name is read.
        return e.entry.actor.kind == models::Actor::Kind::Unverified ? tr("%1 (unverified)").arg(e.entry.actor.person)
                                                                     : e.entry.actor.person;
    case Account: return e.entry.actor.accountText();
    case Entity: return e.entry.entity;
    case EntityId: return e.entry.entityId;
    case Action: return e.entry.action;
    case Signature: {
        // The key the event names: "signed · SHA256:Bx1…" (verification says whether the signature holds).
        const QString signer = e.entry.signer();
        return signer.isEmpty() ? QString() : tr("signed · %1…").arg(signer.left(19));
    }
    case Details: return summarize(e.entry.payload);
    default: return {};
    }
}

void AuditLogModel::setFailedSeq(std::optional<qint64> seq)
{
    if (seq == m_failedSeq)
        return;
    m_failedSeq = seq;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {FailedRole});
}

int AuditLogModel::rowOf(qint64 seq) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).seq == seq)
            return row;
    }
    return -1;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq: return tr("#");
    case Time: return tr("Time (UTC)");
    case Actor: return tr("Actor");
    case Account: return tr("Account");
    case Entity: return tr("Entity");
    case EntityId: return tr("Id");
    case Action: return tr("Action");
    case Signature: return tr("Signature");
    case Details: return tr("Details");
    default: return {};
    }
}

} // namespace greenlight::models
