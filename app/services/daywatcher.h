#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace greenlight::app {

/**
 * Says when the day a session judges evidence on (UTC, Workspace::evaluationDay()) turns, so a window left open
 * overnight shows what expired at midnight without anyone touching it. It wakes at the next UTC midnight, and at least
 * once an hour in case the machine slept or its clock was set.
 */
class DayWatcher final : public QObject
{
    Q_OBJECT

public:
    /// @p clock: the session's clock (Workspace::now()).
    explicit DayWatcher(std::function<QDateTime()> clock, QObject *parent = nullptr);

    /// Starts again from @p clock's day (a session whose clock was replaced).
    void restart();

    /// How long to wait from @p now before looking again: until just past the next UTC midnight, between a second
    /// and an hour.
    [[nodiscard]] static int msecsToNextLook(const QDateTime &now);

Q_SIGNALS:
    void dayChanged(QDate day);

private:
    void look();

    std::function<QDateTime()> m_clock;
    QDate m_day;
    QTimer m_timer;
};

} // namespace greenlight::app
