#include "storage/changewatcher.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

namespace greenlight::models {

using namespace Qt::StringLiterals;

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    if (m_db.isPostgres()) {
        // Without LISTEN (a pooler in transaction mode refuses it) the window still sees changes when it reloads.
        QSqlDriver *driver = m_db.connection().driver();
        if (driver->subscribeToNotification(SqlDialect::changeChannel())) {
            m_listening = driver;
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                        if (name != SqlDialect::changeChannel())
                            return;
                        if (source == QSqlDriver::SelfSource) {
                            if (!m_catchingUp.isEmpty() && payload.toString() == m_catchingUp)
                                m_catchingUp.clear();
                            return;
                        }
                        if (m_catchingUp.isEmpty())
                            Q_EMIT changed();
                    });
        }
        return;
    }
    m_dataVersion = dataVersion();
    m_timer.setInterval(pollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_listening != nullptr)
        m_listening->unsubscribeFromNotification(SqlDialect::changeChannel());
}

qint64 ChangeWatcher::dataVersion()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void ChangeWatcher::catchUp()
{
    if (!m_db.isPostgres()) {
        m_dataVersion = dataVersion();
        return;
    }
    if (m_listening == nullptr)
        return;
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    query.addBindValue(SqlDialect::changeChannel());
    query.addBindValue(marker);
    // Without the marker nothing is dropped: a commit is at worst reported once more.
    if (query.exec())
        m_catchingUp = marker;
}

void ChangeWatcher::poll()
{
    if (m_db.isPostgres())
        return;
    const qint64 now = dataVersion();
    if (now < 0 || now == m_dataVersion)
        return;
    m_dataVersion = now;
    Q_EMIT changed();
}

} // namespace greenlight::models
