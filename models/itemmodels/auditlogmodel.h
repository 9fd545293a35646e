#pragma once

#include "audit/auditevent.h"

#include <QAbstractTableModel>

namespace greenlight::models {

/// Audit events as a table, newest first: time, actor (the person), the OS account and host it came from, entity,
/// action and a one-line payload.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { Seq, Time, Actor, Account, Entity, EntityId, Action, Details, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);
    void setEvents(QList<AuditEvent> events);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<AuditEvent> m_events;
};

} // namespace greenlight::models
