// The day a session judges evidence on turns at UTC midnight, with the window open (DayWatcher, Workspace).
#include "identity/osaccount.h"
#include "services/daywatcher.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace greenlight;
using namespace Qt::StringLiterals;

namespace {

/// A clock that starts at @p start and runs with real time, so a test reaches midnight in a moment.
std::function<QDateTime()> runningFrom(const QDateTime &start)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    return [start, elapsed] { return start.addMSecs(elapsed->elapsed()); };
}

const QDateTime kLastSecond(QDate(2026, 11, 26), QTime(23, 59, 59, 300), Qt::UTC);

} // namespace

class TstDayWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsUntilJustPastMidnight_data();
    void waitsUntilJustPastMidnight();
    void saysWhenTheDayTurns();
    void staysQuietWhileTheDayLasts();
    void anOpenWorkspaceShowsTheNewDay();
};

void TstDayWatcher::waitsUntilJustPastMidnight_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("msecs");
    const QDate day(2026, 11, 26);
    QTest::newRow("half a second before") << QDateTime(day, QTime(23, 59, 59, 500), Qt::UTC) << 1000;
    QTest::newRow("five seconds before") << QDateTime(day, QTime(23, 59, 55), Qt::UTC) << 5200;
    QTest::newRow("ten minutes before") << QDateTime(day, QTime(23, 50), Qt::UTC) << 600200;
    QTest::newRow("noon: an hour, then again") << QDateTime(day, QTime(12, 0), Qt::UTC) << 3600000;
    QTest::newRow("midnight itself") << QDateTime(day, QTime(0, 0), Qt::UTC) << 3600000;
    // Another zone's time is the same instant: 23:59:50 in Berlin (UTC+1) is 22:59:50 UTC, an hour away.
    QTest::newRow("local time elsewhere") << QDateTime(day, QTime(23, 59, 50), QTimeZone("Europe/Berlin")) << 3600000;
}

void TstDayWatcher::waitsUntilJustPastMidnight()
{
    QFETCH(QDateTime, now);
    QFETCH(int, msecs);
    QCOMPARE(app::DayWatcher::msecsToNextLook(now), msecs);
}

void TstDayWatcher::saysWhenTheDayTurns()
{
    app::DayWatcher watcher(runningFrom(kLastSecond));
    QSignalSpy turned(&watcher, &app::DayWatcher::dayChanged);
    QVERIFY(turned.wait(5000));
    QCOMPARE(turned.size(), 1);
    QCOMPARE(turned.at(0).at(0).toDate(), QDate(2026, 11, 27));
}

void TstDayWatcher::staysQuietWhileTheDayLasts()
{
    // A clock that stands still a moment before midnight: the watcher looks again each second and says nothing.
    app::DayWatcher watcher([] { return kLastSecond; });
    QSignalSpy turned(&watcher, &app::DayWatcher::dayChanged);
    QVERIFY(!turned.wait(2500));
    QCOMPARE(turned.size(), 0);
}

void TstDayWatcher::anOpenWorkspaceShowsTheNewDay()
{
    app::Workspace workspace(models::OsAccount{u"ana"_s, u"laptop"_s});
    workspace.setClock(runningFrom(kLastSecond));
    QSignalSpy day(&workspace, &app::Workspace::dayChanged);
    QSignalSpy portfolio(&workspace, &app::Workspace::portfolioChanged);
    QVERIFY(day.wait(5000));
    QCOMPARE(day.size(), 1);
    QCOMPARE(portfolio.size(), 1);
    QCOMPARE(workspace.evaluationDay(), QDate(2026, 11, 27));
}

QTEST_GUILESS_MAIN(TstDayWatcher)
#include "tst_daywatcher.moc"
