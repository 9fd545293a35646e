#pragma once

#include <QDateTime>
#include <QElapsedTimer>

#include <functional>
#include <memory>

namespace greenlight::tests {

/// The day the tests' records are judged on: the command-line tests' clock (clirunner.h) and the example's and the
/// demo's "today", so that evidence that goes stale (issue 20) does not turn a test red as the calendar moves on.
inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
}

/// A clock for a window session: testNow() plus the real time elapsed since it was made, so that steps still
/// follow each other in time while the day stays the tests' day.
inline std::function<QDateTime()> testClock()
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    return [elapsed] { return testNow().addMSecs(elapsed->elapsed()); };
}

} // namespace greenlight::tests
