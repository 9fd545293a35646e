#pragma once

#include "audit/auditevent.h"

#include <QAbstractTableModel>

#include <optional>

namespace greenlight::models {

/// Audit events as a table, newest first: time, actor (the person), the OS account and host it came from, entity,
/// action, the key that signed it and a one-line payload. The event a verification found wrong is shown in red.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { Seq, Time, Actor, Account, Entity, EntityId, Action, Signature, Details, ColumnCount };
    /// True for every cell of the event verification failed at (the view shows it in red).
    static constexpr int FailedRole = Qt::UserRole + 1;

    explicit AuditLogModel(QObject *parent = nullptr);
    void setEvents(QList<AuditEvent> events);
    /// Marks the event @p seq as the one verification failed at (nullopt clears the mark).
    void setFailedSeq(std::optional<qint64> seq);
    /// The row of event @p seq, or -1.
    [[nodiscard]] int rowOf(qint64 seq) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<AuditEvent> m_events;
    std::optional<qint64> m_failedSeq;
};

} // namespace greenlight::models
