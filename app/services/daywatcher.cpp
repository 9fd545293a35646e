#include "services/daywatcher.h"

#include <algorithm>

namespace greenlight::app {

DayWatcher::DayWatcher(std::function<QDateTime()> clock, QObject *parent) : QObject(parent), m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DayWatcher::look);
    restart();
}

void DayWatcher::restart()
{
    const QDateTime now = m_clock().toUTC();
    m_day = now.date();
    m_timer.start(msecsToNextLook(now));
}

int DayWatcher::msecsToNextLook(const QDateTime &now)
{
    const QDateTime utc = now.toUTC();
    const QDateTime midnight(utc.date().addDays(1), QTime(0, 0), Qt::UTC);
    constexpr qint64 pastMidnight = 200; // a coarse timer may fire a little early
    constexpr qint64 second = 1000;
    constexpr qint64 hour = 3600 * second;
    return int(std::clamp(utc.msecsTo(midnight) + pastMidnight, second, hour));
}

void DayWatcher::look()
{
    const QDateTime now = m_clock().toUTC();
    if (now.date() != m_day) {
        m_day = now.date();
        Q_EMIT dayChanged(m_day);
    }
    m_timer.start(msecsToNextLook(now));
}

} // namespace greenlight::app
