// Alerts and spend shares on crafted data, at both sides of each threshold.
#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/testdatabase.h"
#include "../support/why.h"

#include "alerts/alertscanner.h"
#include "alerts/spendshare.h"
#include "alerts/weeklyeditrate.h"
#include "portfolio/evalrunservice.h"
#include "portfolio/portfolioimporter.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "usage/recordimporter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

class TstAlerts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void spendShareFlagsAboveTheRatio_data();
    void spendShareFlagsAboveTheRatio();
    void editRateRiseFiresAboveThePoints_data();
    void editRateRiseFiresAboveThePoints();
    void costCapFiresAboveTheCap_data();
    void costCapFiresAboveTheCap();
    void evalRegressionFiresBeyondTheAllowedDrop_data();
    void evalRegressionFiresBeyondTheAllowedDrop();
    void emptyAndSingleDayRanges();
    void ungovernedSpendNamesItsCause_data();
    void ungovernedSpendNamesItsCause();
    void evalRegressionKeepsToTheRange_data();
    void evalRegressionKeepsToTheRange();
    void weeklyEditRatesSumDays();

private:
    void addUsage(const QString &tenant, const QDate &day, qint64 costNanos, const QString &useCase = {});
    void addFeedback(const QDate &day, int accepted, int edited);
    QList<Alert> scan(const QDate &from, const QDate &to, std::optional<AlertKind> only = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Portfolio m_portfolio;
    int m_next = 0;
};

void TstAlerts::init()
{
    m_db.reset(); // the server's schema is emptied below: no connection may hold it
    const QString location = freshTestDatabase(m_dir);
    QVERIFY(!location.isEmpty());
    auto db = Database::open(location);
    QVERIFY2(db.has_value(), why(db).constData());
    m_db = std::move(*db);
    const auto imported =
        PortfolioImporter(*m_db).import(readExample(), u"example.json"_s, as(u"t"_s), QDateTime::currentDateTimeUtc());
    QVERIFY2(imported.has_value(), why(imported).constData());
    const auto loaded = PortfolioRepository(*m_db).load();
    QVERIFY2(loaded.has_value(), why(loaded).constData());
    m_portfolio = *loaded;
}

void TstAlerts::addUsage(const QString &tenant, const QDate &day, qint64 costNanos, const QString &useCase)
{
    UsageRecord r;
    r.source = "test";
    r.requestId = QByteArray::number(++m_next);
    r.occurredAtMs = QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    r.provider = "openai";
    r.model = "gpt-4o-mini";
    r.tenant = tenant.toUtf8();
    r.useCase = useCase.isEmpty() ? QByteArray("support-reply-draft") : useCase.toUtf8();
    r.costNanos = costNanos;
    r.status = "success";
    QVERIFY(RecordImporter(*m_db).importUsage(QList<UsageRecord>{r}, AuditEntry{}).has_value());
}

void TstAlerts::addFeedback(const QDate &day, int accepted, int edited)
{
    QList<FeedbackRecord> records;
    for (int i = 0; i < accepted + edited; ++i) {
        FeedbackRecord f;
        f.source = "test";
        f.occurredAtMs = QDateTime(day, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch() + i;
        f.useCase = "support-reply-draft";
        f.tenant = "acme";
        f.outcome = i < edited ? FeedbackOutcome::Edited : FeedbackOutcome::Accepted;
        records.append(f);
    }
    QVERIFY(RecordImporter(*m_db).importFeedback(records, AuditEntry{}).has_value());
}

QList<Alert> TstAlerts::scan(const QDate &from, const QDate &to, std::optional<AlertKind> only)
{
    const auto alerts = AlertScanner(*m_db).scan(m_portfolio, from, to);
    if (!alerts)
        qFatal("%s", qPrintable(alerts.error().toString()));
    QList<Alert> kept;
    for (const Alert &a : *alerts) {
        if (!only || a.kind == *only)
            kept.append(a);
    }
    return kept;
}

void TstAlerts::spendShareFlagsAboveTheRatio_data()
{
    // acme brings 12,000 of 15,000 revenue (80 %), globex 3,000 (20 %): globex is flagged above 60 % of spend.
    QTest::addColumn<qint64>("globex");
    QTest::addColumn<qint64>("acme");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("3.0x: at the ratio") << qint64(600'000) << qint64(400'000) << false;
    QTest::newRow("just above") << qint64(600'010) << qint64(399'990) << true;
    QTest::newRow("just below") << qint64(599'990) << qint64(400'010) << false;
    QTest::newRow("everything") << qint64(1'000'000) << qint64(0) << true;
}

void TstAlerts::spendShareFlagsAboveTheRatio()
{
    QFETCH(qint64, globex);
    QFETCH(qint64, acme);
    QFETCH(bool, flagged);
    const QList<CostRow> rows{CostRow{u"globex"_s, globex, 1, 0, 0}, CostRow{u"acme"_s, acme, 1, 0, 0},
                              CostRow{u"unknown-tenant"_s, 0, 1, 0, 0}};
    const QList<SpendShare> shares = spendShares(rows, m_portfolio);
    QCOMPARE(shares.size(), 3);
    QCOMPARE(shares[0].flagged, flagged);
    QVERIFY(!shares[1].flagged);
    QCOMPARE(shares[0].revenueShare, 0.2);
    QCOMPARE(shares[1].revenueShare, 0.8);
    QVERIFY(shares[2].known == nullptr);
    QCOMPARE(shares[2].ratio, 0.0);
    // The scanner reads the same from the rollups.
    addUsage(u"globex"_s, QDate(2026, 11, 2), globex);
    addUsage(u"acme"_s, QDate(2026, 11, 2), acme);
    const QList<Alert> alerts = scan(QDate(2026, 11, 1), QDate(2026, 11, 30), AlertKind::SpendShare);
    QCOMPARE(alerts.size(), flagged ? 1 : 0);
    if (flagged) {
        QCOMPARE(alerts[0].tenant, u"globex"_s);
        QCOMPARE(alerts[0].threshold, 3.0);
        QVERIFY(alerts[0].message.english().startsWith(u"globex takes "_s));
    }
}

void TstAlerts::editRateRiseFiresAboveThePoints_data()
{
    QTest::addColumn<int>("editedSecondWeek"); // of 100; the first week has 10 of 100 edited
    QTest::addColumn<bool>("fires");
    QTest::newRow("+5 pp: at the threshold") << 15 << false;
    QTest::newRow("+6 pp") << 16 << true;
    QTest::newRow("+4 pp") << 14 << false;
    QTest::newRow("down") << 2 << false;
}

void TstAlerts::editRateRiseFiresAboveThePoints()
{
    QFETCH(int, editedSecondWeek);
    QFETCH(bool, fires);
    addFeedback(QDate(2026, 11, 2), 90, 10);                                           // Monday, week 1: 10 %
    addFeedback(QDate(2026, 11, 10), 60 - editedSecondWeek / 2, editedSecondWeek / 2); // week 2, two days
    addFeedback(QDate(2026, 11, 13), 40 - (editedSecondWeek - editedSecondWeek / 2),
                editedSecondWeek - editedSecondWeek / 2);
    const QList<Alert> alerts = scan(QDate(2026, 11, 1), QDate(2026, 11, 30), AlertKind::EditRateRise);
    QCOMPARE(alerts.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(alerts[0].useCase, u"support-reply-draft"_s);
        QCOMPARE(alerts[0].date, QDate(2026, 11, 9));
        QCOMPARE(alerts[0].value, double(editedSecondWeek - 10));
        QCOMPARE(alerts[0].message.english(),
                 u"support-reply-draft: edit rate 16.0 % in the week of 2026-11-09, up 6.0 pp "
                 u"from 10.0 % (more than 5 pp)"_s);
    }
}

void TstAlerts::costCapFiresAboveTheCap_data()
{
    QTest::addColumn<qint64>("nanos"); // the cap of support-reply-draft is 50 USD a day
    QTest::addColumn<bool>("fires");
    QTest::newRow("at the cap") << qint64(50'000'000'000) << false;
    QTest::newRow("one nano-dollar over") << qint64(50'000'000'001) << true;
    QTest::newRow("under") << qint64(49'999'999'999) << false;
}

void TstAlerts::costCapFiresAboveTheCap()
{
    QFETCH(qint64, nanos);
    QFETCH(bool, fires);
    addUsage(u"acme"_s, QDate(2026, 11, 5), nanos - 1'000'000'000);
    addUsage(u"globex"_s, QDate(2026, 11, 5), 1'000'000'000); // the day's total is what counts
    addUsage(u"acme"_s, QDate(2026, 11, 6), 1'000'000'000);
    const QList<Alert> alerts = scan(QDate(2026, 11, 1), QDate(2026, 11, 30), AlertKind::CostCap);
    QCOMPARE(alerts.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(alerts[0].date, QDate(2026, 11, 5));
        QCOMPARE(alerts[0].message.english(),
                 u"support-reply-draft spent 50.00 USD on 2026-11-05, over its daily cap of 50.00 "
                 u"USD"_s);
    }
}

void TstAlerts::evalRegressionFiresBeyondTheAllowedDrop_data()
{
    // The example's latest baseline (run-2026-09-15) passed 118 of 120 = 98.33 %.
    QTest::addColumn<int>("passed"); // of 300
    QTest::addColumn<bool>("fires");
    QTest::newRow("2.33 pp below") << 288 << true;  // 96.0 %
    QTest::newRow("1.67 pp below") << 290 << false; // 96.67 %
    QTest::newRow("above") << 299 << false;
}

void TstAlerts::evalRegressionFiresBeyondTheAllowedDrop()
{
    QFETCH(int, passed);
    QFETCH(bool, fires);
    EvalRun run;
    run.date = QDate(2026, 11, 20);
    run.route = u"support-draft"_s;
    run.routeVersion = 3;
    run.results.insert(EvalCategory::Normal, CategoryResult{300, passed});
    const auto recorded =
        EvalRunService(*m_db).record(u"support-reply-draft"_s, run, as(u"t"_s), QDateTime::currentDateTimeUtc());
    QVERIFY2(recorded.has_value(), why(recorded).constData());
    const auto loaded = PortfolioRepository(*m_db).load();
    QVERIFY2(loaded.has_value(), why(loaded).constData());
    m_portfolio = *loaded;
    const QList<Alert> alerts = scan(QDate(2026, 11, 1), QDate(2026, 11, 30), AlertKind::EvalRegression);
    QCOMPARE(alerts.size(), fires ? 1 : 0);
    if (fires)
        QCOMPARE(alerts[0].message.english(), u"support-reply-draft: eval run-2026-11-20 on 2026-11-20 is 2.3 pp below "
                                              u"baseline run-2026-09-15 (more than 2 pp)"_s);
}

void TstAlerts::evalRegressionKeepsToTheRange_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("alerts");
    QTest::newRow("the run's month") << QDate(2026, 11, 1) << QDate(2026, 11, 30) << 1;
    QTest::newRow("the run's day") << QDate(2026, 11, 20) << QDate(2026, 11, 20) << 1;
    QTest::newRow("after the run") << QDate(2026, 12, 1) << QDate(2026, 12, 31) << 0;
    QTest::newRow("before the run") << QDate(2026, 11, 1) << QDate(2026, 11, 19) << 0;
}

void TstAlerts::evalRegressionKeepsToTheRange()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, alerts);
    EvalRun run;
    run.date = QDate(2026, 11, 20);
    run.route = u"support-draft"_s;
    run.routeVersion = 3;
    run.results.insert(EvalCategory::Normal, CategoryResult{300, 288}); // 2.33 pp below the baseline
    const auto recorded =
        EvalRunService(*m_db).record(u"support-reply-draft"_s, run, as(u"t"_s), QDateTime::currentDateTimeUtc());
    QVERIFY2(recorded.has_value(), why(recorded).constData());
    const auto loaded = PortfolioRepository(*m_db).load();
    QVERIFY2(loaded.has_value(), why(loaded).constData());
    m_portfolio = *loaded;
    QCOMPARE(scan(from, to, AlertKind::EvalRegression).size(), alerts);
}

void TstAlerts::ungovernedSpendNamesItsCause_data()
{
    QTest::addColumn<QString>("change"); // what is done to the example portfolio
    QTest::addColumn<QString>("useCase");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("cause"); // empty: no alert
    QTest::addColumn<QString>("message");
    QTest::newRow("governed: a go at customer-launch")
        << u""_s << u"support-reply-draft"_s << u"acme"_s << QString() << QString();
    QTest::newRow("not in the portfolio")
        << u""_s << u"shadow-bot"_s << u"acme"_s << u"not_in_portfolio"_s
        << u"shadow-bot: 5.00 USD spent (acme) on a use case that is not in the portfolio"_s;
    QTest::newRow("retired") << u"retire"_s << u"support-reply-draft"_s << u"acme"_s << u"retired"_s
                             << u"support-reply-draft: 5.00 USD spent (acme) on a retired use case"_s;
    QTest::newRow("no go at all") << u"no decision"_s << u"support-reply-draft"_s << u"internal"_s << u"no_go"_s
                                  << u"support-reply-draft: 5.00 USD spent (internal) without a go decision at any "
                                     u"gate"_s;
    QTest::newRow("customers on an internal pilot")
        << u"internal pilot"_s << u"support-reply-draft"_s << u"globex"_s << u"no_go_for_customers"_s
        << u"support-reply-draft: 5.00 USD of customer traffic (globex) without a go at a customer gate "
           u"(customer-launch, high-risk-launch)"_s;
    QTest::newRow("a later review turned it to no-go")
        << u"later no-go"_s << u"support-reply-draft"_s << u"acme"_s << u"no_go"_s
        << u"support-reply-draft: 5.00 USD spent (acme) without a go decision at any gate"_s;
    QTest::newRow("internal traffic on an internal pilot")
        << u"internal pilot"_s << u"support-reply-draft"_s << u"internal"_s << QString() << QString();
}

void TstAlerts::ungovernedSpendNamesItsCause()
{
    QFETCH(QString, change);
    QFETCH(QString, useCase);
    QFETCH(QString, tenant);
    QFETCH(QString, cause);
    QFETCH(QString, message);
    UseCase &u = m_portfolio.useCases[0];
    QCOMPARE(u.id, u"support-reply-draft"_s);
    if (change == u"retire"_s)
        u.status = LifecycleStatus::Retired;
    if (change == u"later no-go"_s) {
        GateReview again = u.gateReviews.constLast();
        again.id += u"-again"_s;
        again.decision = GateDecision::NoGo;
        u.gateReviews.append(again);
    }
    for (GateReview &r : u.gateReviews) {
        if (change == u"no decision"_s)
            r.decision.reset();
        if (change == u"internal pilot"_s)
            r.gate = u"internal-pilot"_s;
    }
    addUsage(tenant, QDate(2026, 11, 5), 5'000'000'000, useCase);
    const QList<Alert> alerts = scan(QDate(2026, 11, 1), QDate(2026, 11, 30), AlertKind::UngovernedSpend);
    QCOMPARE(alerts.size(), cause.isEmpty() ? 0 : 1);
    if (cause.isEmpty())
        return;
    QCOMPARE(alerts[0].useCase, useCase);
    QCOMPARE(alerts[0].cause, cause);
    QCOMPARE(alerts[0].tenants, QStringList{tenant});
    QCOMPARE(alerts[0].value, 5.0);
    QCOMPARE(alerts[0].date, QDate(2026, 11, 30));
    QCOMPARE(alerts[0].message.english(), message);
    QCOMPARE(AlertScanner::kindName(alerts[0].kind), u"ungoverned_spend"_s);
}

void TstAlerts::emptyAndSingleDayRanges()
{
    addUsage(u"globex"_s, QDate(2026, 11, 5), 60'000'000'000);
    addUsage(u"acme"_s, QDate(2026, 11, 6), 1'000'000'000);
    QCOMPARE(scan(QDate(2026, 12, 1), QDate(2026, 12, 31)).size(), 0); // nothing in range
    QCOMPARE(scan(QDate(2026, 11, 6), QDate(2026, 11, 5)).size(), 0);  // an empty range
    const QList<Alert> day = scan(QDate(2026, 11, 5), QDate(2026, 11, 5));
    QCOMPARE(day.size(), 2); // globex's whole spend that day, and the cap
    QCOMPARE(day[0].kind, AlertKind::SpendShare);
    QCOMPARE(day[1].kind, AlertKind::CostCap);
    QCOMPARE(AlertScanner::kindName(day[1].kind), u"cost_cap"_s);
}

void TstAlerts::weeklyEditRatesSumDays()
{
    const QList<DailyFeedback> days{{QDate(2026, 11, 2), u"a"_s, 8, 2, 0},
                                    {QDate(2026, 11, 8), u"b"_s, 5, 5, 0},
                                    {QDate(2026, 11, 9), u"a"_s, 3, 1, 0}};
    const QList<WeeklyEditRate> weeks = weeklyEditRates(days);
    QCOMPARE(weeks.size(), 2);
    QCOMPARE(weeks[0].weekStart, QDate(2026, 11, 2));
    QCOMPARE(weeks[0].edited, 7);
    QCOMPARE(weeks[0].total, 20);
    QCOMPARE(weeks[0].ratePct(), 35.0);
    QCOMPARE(weeks[1].ratePct(), 25.0);
}

QTEST_GUILESS_MAIN(TstAlerts)
#include "tst_alerts.moc"
