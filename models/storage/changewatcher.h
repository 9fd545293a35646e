#pragma once

#include <QObject>
#include <QTimer>

class QSqlDriver;

namespace greenlight::models {

class Database;

/**
 * Notices what other connections commit to the same database, so an open window can refresh: on PostgreSQL it
 * LISTENs on the channel every audit event NOTIFYs (SqlDialect::announceChange()); on SQLite it polls
 * PRAGMA data_version, which moves when another connection commits. The connection's own commits are not
 * reported: whoever wrote them knows. Lives on the thread that opened @p db and must not outlive it.
 */
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    static constexpr int pollIntervalMs = 1000;

    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    /// Checks SQLite's data_version now (the timer does this every pollIntervalMs); nothing on PostgreSQL.
    void poll();
    /// Takes every commit made so far as seen, by whoever reads the database next: changed() then reports only later
    /// ones. On PostgreSQL the notifications of earlier commits may still be on their way; they are dropped until a
    /// notification this connection sends now comes back, since the server delivers them in commit order.
    void catchUp();

Q_SIGNALS:
    /// Another connection committed a change.
    void changed();

private:
    [[nodiscard]] qint64 dataVersion();

    Database &m_db;
    QTimer m_timer;
    QSqlDriver *m_listening = nullptr; ///< the PostgreSQL driver subscribed to the change channel
    QString m_catchingUp;              ///< the payload of catchUp()'s notification, until it comes back
    qint64 m_dataVersion = -1;
};

} // namespace greenlight::models
