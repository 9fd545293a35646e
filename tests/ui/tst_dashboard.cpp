// Dashboards on a crafted data set: every series value equals a sum computed here from the records,
// the cap line and over-cap marks sit exactly where they should, empty and single-day ranges draw,
// exports are exact, and the page loads its figures off the GUI thread.
#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/why.h"
#include "charts/chartfactory.h"

#include "charts/chartrenderer.h"
#include "dashboard/chartpanel.h"
#include "dashboard/dashboardfilterbar.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardquery.h"
#include "dashboard/dashboardviews.h"
#include "portfolio/portfolioimporter.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "usage/recordimporter.h"
#include "workspace.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeWidget>
#include <QValueAxis>

#include <array>
#include <cmath>

using namespace greenlight::models;
using namespace greenlight::ui;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(greenlight::models::CostDimension)
Q_DECLARE_METATYPE(greenlight::models::RollupFilter)

namespace {

const QDate kMonday(2026, 10, 5);
const QLocale kAmerican(QLocale::English, QLocale::UnitedStates);
const QString kCapped = u"support-reply-draft"_s; // the example's use case with a 50 USD daily cap

struct Usage {
    QDate day;
    QString tenant;
    QString useCase;
    QString model;
    QString source;
    qint64 nanos;
};

/// Two weeks of traffic over three tenants (one not in the portfolio), two use cases, two models and
/// two sources (amounts down to the nano-dollar), plus one day exactly at the cap and one a nano-dollar over it.
QList<Usage> craftedUsage()
{
    const QStringList tenants{u"acme"_s, u"globex"_s, u"walk-in"_s};
    const QStringList useCases{kCapped, u"meeting-notes"_s};
    const QStringList models{u"gpt-4o"_s, u"claude-3-5-haiku"_s};
    const QStringList sources{u"litellm"_s, u"helicone"_s};
    QList<Usage> usage;
    for (int i = 0; i < 120; ++i)
        usage.append(Usage{kMonday.addDays((i * 5) % 14), tenants[i % 3], useCases[(i / 3) % 2], models[(i / 2) % 2],
                           sources[(i / 5) % 2], (1000 + (i * 7919) % 900'000) * 1000 + i});
    usage.append(Usage{kMonday.addDays(9), u"globex"_s, kCapped, u"gpt-4o"_s, u"litellm"_s, 49'000'000'000});
    return usage;
}

qint64 sum(const QList<Usage> &usage, const std::function<bool(const Usage &)> &where)
{
    qint64 total = 0;
    for (const Usage &u : usage)
        total += where(u) ? u.nanos : 0;
    return total;
}

bool matches(const Usage &u, const RollupFilter &f)
{
    return u.day >= f.from && u.day <= f.to && (f.tenant.isEmpty() || u.tenant == f.tenant) &&
           (f.useCase.isEmpty() || u.useCase == f.useCase) && (f.model.isEmpty() || u.model == f.model) &&
           (f.source.isEmpty() || u.source == f.source);
}

QDate dayOf(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).date();
}

template <typename T>
QList<T *> seriesOf(QChart *chart)
{
    QList<T *> found;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *t = qobject_cast<T *>(s))
            found.append(t);
    }
    return found;
}

/// The series called @p name (scatter and line series are both QXYSeries).
QXYSeries *xyNamed(QChart *chart, const QString &name)
{
    for (QXYSeries *s : seriesOf<QXYSeries>(chart)) {
        if (s->name() == name)
            return s;
    }
    return nullptr;
}

QString cell(const QStandardItemModel *table, int row, int column)
{
    return table->data(table->index(row, column), ChartPanel::ExactRole).toString();
}

} // namespace

class TstDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void costSeriesEqualIndependentSums_data();
    void costSeriesEqualIndependentSums();
    void capLineAndOverCapDays();
    void aCapFarAboveTheSpendIsNamedNotDrawn();
    void seriesColoursAreDistinctAndKeepTheirName();
    void legendsFitTheirLabels();
    void tenantSharesEqualIndependentSums();
    void aFilterKeepsSharesOfAllSpend();
    void capLineOnlyOverTheWholeUseCase();
    void ungovernedSpendFollowsTheTenantFilter();
    void editRateSeriesAndRiseMarks();
    void evalPassRateShowsThePeriodsRuns();
    void emptyAndSingleDayRangesDraw_data();
    void emptyAndSingleDayRangesDraw();
    void exportsAreExactAndWholeOrNothing();
    void pageLoadsOffTheGuiThreadAndFollowsAlerts();
    void germanLocaleWritesEveryFigureAsGermanDoes();

private:
    DashboardData load(const RollupFilter &filter) const;

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Database> m_db;
    Portfolio m_portfolio;
    QList<Usage> m_usage;
};

void TstDashboard::initTestCase()
{
    // Figures and dates as American English writes them, whatever the machine's locale; one test switches to German.
    QLocale::setDefault(kAmerican);
    m_file = m_dir.filePath(u"dashboard.sqlite"_s);
    auto db = Database::open(m_file);
    QVERIFY2(db.has_value(), why(db).constData());
    m_db = std::move(*db);
    const auto imported =
        PortfolioImporter(*m_db).import(readExample(), u"example.json"_s, as(u"t"_s), QDateTime::currentDateTimeUtc());
    QVERIFY2(imported.has_value(), why(imported).constData());
    const auto loaded = PortfolioRepository(*m_db).load();
    QVERIFY2(loaded.has_value(), why(loaded).constData());
    m_portfolio = *loaded;
    QVERIFY(m_portfolio.useCase(kCapped) != nullptr);
    QCOMPARE(m_portfolio.useCase(kCapped)->operations.dailyCostCapUsd, std::optional<double>(50.0));

    m_usage = craftedUsage();
    QList<UsageRecord> records;
    for (const Usage &u : std::as_const(m_usage)) {
        UsageRecord r;
        r.source = u.source.toUtf8();
        r.requestId = QByteArray::number(records.size());
        r.occurredAtMs = QDateTime(u.day, QTime(13, 30), Qt::UTC).toMSecsSinceEpoch();
        r.provider = "p";
        r.model = u.model.toUtf8();
        r.tenant = u.tenant.toUtf8();
        r.useCase = u.useCase.toUtf8();
        r.costNanos = u.nanos;
        r.promptTokens = 100;
        r.completionTokens = 10;
        r.status = "success";
        records.append(r);
    }
    const auto usage = RecordImporter(*m_db).importUsage(records, AuditEntry{});
    QVERIFY2(usage.has_value(), why(usage).constData());

    // Edit rate of the capped use case: 2 of 10 edited in week one, 3 of 10 in week two (+10 pp: an alert);
    // meeting-notes: 4 of 10, then 4 of 8 (+10 pp as well), and nothing the third week.
    QList<FeedbackRecord> feedback;
    const auto add = [&](const QString &useCase, const QDate &day, int all, int edited) {
        for (int i = 0; i < all; ++i)
            feedback.append(FeedbackRecord{"test", QDateTime(day, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch() + i,
                                           useCase.toUtf8(), "acme", QByteArray::number(feedback.size()),
                                           i < edited ? FeedbackOutcome::Edited : FeedbackOutcome::Accepted});
    };
    add(kCapped, kMonday.addDays(1), 10, 2);
    add(kCapped, kMonday.addDays(8), 6, 1);
    add(kCapped, kMonday.addDays(12), 4, 2);
    add(u"meeting-notes"_s, kMonday.addDays(3), 10, 4);
    add(u"meeting-notes"_s, kMonday.addDays(10), 8, 4);
    const auto feedbackImported = RecordImporter(*m_db).importFeedback(feedback, AuditEntry{});
    QVERIFY2(feedbackImported.has_value(), why(feedbackImported).constData());
}

DashboardData TstDashboard::load(const RollupFilter &filter) const
{
    const auto data = DashboardQuery(*m_db).load(m_portfolio, filter);
    if (!data)
        qFatal("%s", qPrintable(data.error().toString()));
    return *data;
}

void TstDashboard::costSeriesEqualIndependentSums_data()
{
    QTest::addColumn<CostDimension>("stackBy");
    QTest::addColumn<RollupFilter>("filter");
    const QDate from = kMonday;
    const QDate to = kMonday.addDays(13);
    for (const auto &[name, by] :
         {std::pair{"by model", CostDimension::Model}, {"by use case", CostDimension::UseCase}}) {
        QTest::addRow("%s, everything", name) << by << RollupFilter{from, to, {}, {}, {}, {}};
        QTest::addRow("%s, tenant acme", name) << by << RollupFilter{from, to, u"acme"_s, {}, {}, {}};
        QTest::addRow("%s, use case", name) << by << RollupFilter{from, to, {}, u"meeting-notes"_s, {}, {}};
        QTest::addRow("%s, model", name) << by << RollupFilter{from, to, {}, {}, u"claude-3-5-haiku"_s, {}};
        QTest::addRow("%s, source", name) << by << RollupFilter{from, to, {}, {}, {}, u"helicone"_s};
        QTest::addRow("%s, part of the range", name)
            << by << RollupFilter{from.addDays(3), from.addDays(9), u"globex"_s, {}, {}, u"litellm"_s};
    }
}

void TstDashboard::costSeriesEqualIndependentSums()
{
    QFETCH(CostDimension, stackBy);
    QFETCH(RollupFilter, filter);
    const ViewContent view = DashboardViews::costOverTime(load(filter), m_portfolio, stackBy);
    std::unique_ptr<QChart> chart(view.chart(false));
    std::unique_ptr<QStandardItemModel> table(view.table);
    const auto keyOf = [stackBy](const Usage &u) { return stackBy == CostDimension::Model ? u.model : u.useCase; };

    const QList<QAreaSeries *> areas = seriesOf<QAreaSeries>(chart.get());
    QSet<QString> expectedSeries;
    for (const Usage &u : std::as_const(m_usage)) {
        if (matches(u, filter))
            expectedSeries.insert(keyOf(u));
    }
    QCOMPARE(areas.size(), expectedSeries.size());
    for (QAreaSeries *area : areas) {
        QVERIFY2(expectedSeries.contains(area->name()), qPrintable(area->name()));
        const QList<QPointF> upper = area->upperSeries()->points();
        QCOMPARE(upper.size(), filter.from.daysTo(filter.to) + 1); // every day drawn, 0 where nothing was spent
        for (qsizetype i = 0; i < upper.size(); ++i) {
            const QDate day = dayOf(upper[i].x());
            QCOMPARE(day, filter.from.addDays(i));
            const double below = area->lowerSeries() != nullptr ? area->lowerSeries()->at(int(i)).y() : 0.0;
            const qint64 expected = sum(m_usage, [&](const Usage &u) {
                return matches(u, filter) && u.day == day && keyOf(u) == area->name();
            });
            QCOMPARE(qRound64((upper[i].y() - below) * 1e9), expected);
        }
    }
    // The table: one row per day; its total column holds the exact nano-dollar sum as a decimal.
    QCOMPARE(table->rowCount(), filter.from.daysTo(filter.to) + 1);
    const int totalColumn = table->columnCount() - 2;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QDate day = filter.from.addDays(row);
        const qint64 expected = sum(m_usage, [&](const Usage &u) { return matches(u, filter) && u.day == day; });
        QCOMPARE(cell(table.get(), row, 0), day.toString(Qt::ISODate));
        QCOMPARE(cell(table.get(), row, totalColumn),
                 u"%1.%2"_s.arg(expected / 1'000'000'000).arg(expected % 1'000'000'000, 9, 10, QChar(u'0')));
    }
}

void TstDashboard::capLineAndOverCapDays()
{
    // Day 9 holds 49 USD plus the generated records of the capped use case: find which days exceed 50 USD.
    const RollupFilter filter{kMonday, kMonday.addDays(13), {}, kCapped, {}, {}};
    const ViewContent view = DashboardViews::costOverTime(load(filter), m_portfolio, CostDimension::Model);
    std::unique_ptr<QChart> chart(view.chart(false));
    delete view.table;
    QList<QDate> over;
    for (QDate day = filter.from; day <= filter.to; day = day.addDays(1)) {
        if (sum(m_usage, [&](const Usage &u) { return u.useCase == kCapped && u.day == day; }) > 50'000'000'000)
            over.append(day);
    }
    QCOMPARE(over, QList<QDate>{kMonday.addDays(9)});
    QXYSeries *cap = xyNamed(chart.get(), u"Daily cap 50.00 USD"_s);
    QVERIFY(cap != nullptr);
    QCOMPARE(cap->points().size(), 2);
    QCOMPARE(cap->at(0).y(), 50.0);
    QCOMPARE(cap->at(1).y(), 50.0);
    QXYSeries *marks = xyNamed(chart.get(), u"Over the cap"_s);
    QVERIFY(marks != nullptr);
    QCOMPARE(marks->points().size(), 1);
    QCOMPARE(dayOf(marks->at(0).x()), kMonday.addDays(9));
    const qint64 dayTotal =
        sum(m_usage, [&](const Usage &u) { return u.useCase == kCapped && u.day == kMonday.addDays(9); });
    QCOMPARE(qRound64(marks->at(0).y() * 1e9), dayTotal);
    const QString tip = view.tooltip(QVariant(kMonday.addDays(9)));
    QVERIFY2(tip.contains(u"Daily cap: 50.00 USD"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Over the cap: support-reply-draft spent"_s), qPrintable(tip));
}

void TstDashboard::aCapFarAboveTheSpendIsNamedNotDrawn()
{
    // 0.20 USD a day under a 50 USD cap (the packet's support-reply-draft): the scale follows the spend.
    QList<DailyCost> days;
    for (int i = 0; i < 7; ++i)
        days.append(DailyCost{kMonday.addDays(i), QString(), 200'000'000LL + i * 10'000'000LL, 10});
    std::unique_ptr<QChart> chart(greenlight::app::ChartFactory::dailyCost(days, kMonday, kMonday.addDays(6), 50.0));
    QCOMPARE(chart->title(), u"Daily cost (cap 50.00 USD a day, peak 0.26 USD)"_s);
    QCOMPARE(xyNamed(chart.get(), u"Daily cap 50.00 USD"_s), nullptr);
    const auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
    QVERIFY2(y->max() < 1.0, qPrintable(QString::number(y->max())));
    // Within twice the peak the cap is drawn, as a labelled line.
    std::unique_ptr<QChart> near(greenlight::app::ChartFactory::dailyCost(days, kMonday, kMonday.addDays(6), 0.5));
    QVERIFY(xyNamed(near.get(), u"Daily cap 0.50 USD"_s) != nullptr);
    QCOMPARE(near->title(), u"Daily cost"_s);
}

namespace {

/// CIE 1976 ΔE between two sRGB colours: about 2 is just noticeable, above 30 reads as another colour.
double deltaE(const QColor &a, const QColor &b)
{
    const auto lab = [](const QColor &c) {
        const auto linear = [](double v) { return v > 0.04045 ? std::pow((v + 0.055) / 1.055, 2.4) : v / 12.92; };
        const double r = linear(c.redF()), g = linear(c.greenF()), bl = linear(c.blueF());
        const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
        const double x = f((0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047);
        const double y = f(0.2126 * r + 0.7152 * g + 0.0722 * bl);
        const double z = f((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
        return std::array<double, 3>{116.0 * y - 16.0, 500.0 * (x - y), 200.0 * (y - z)};
    };
    const auto p = lab(a);
    const auto q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

} // namespace

void TstDashboard::seriesColoursAreDistinctAndKeepTheirName()
{
    // The demo's nine use cases: nine distinct colours, none the alert red.
    const QStringList all{u"support-reply-draft"_s, u"ticket-classifier"_s,     u"meeting-summary"_s,
                          u"lead-enrichment"_s,     u"code-review-assistant"_s, u"docs-search-assistant"_s,
                          u"contract-review"_s,     u"incident-triage-bot"_s,   u"churn-outreach"_s};
    const greenlight::app::SeriesPalette palette(all);
    QList<int> taken;
    QHash<QString, QColor> colours;
    QSet<QRgb> distinct;
    for (const QString &name : std::as_const(all)) {
        const QColor c = palette.colour(name, taken);
        colours.insert(name, c);
        distinct.insert(c.rgb());
        QVERIFY(c != QColor(0xc6, 0x28, 0x28));
    }
    QCOMPARE(distinct.size(), all.size());
    // Distinct to the eye, not only by value: no two of them (nor one and the alert red) look alike, in either theme.
    for (const bool dark : {false, true}) {
        QList<int> themeTaken;
        QList<QColor> shown;
        for (const QString &name : std::as_const(all))
            shown.append(palette.colour(name, themeTaken, dark));
        const QColor alert = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
        for (qsizetype i = 0; i < shown.size(); ++i) {
            QVERIFY2(deltaE(shown[i], alert) >= 30.0, qPrintable(shown[i].name()));
            for (qsizetype j = i + 1; j < shown.size(); ++j)
                QVERIFY2(
                    deltaE(shown[i], shown[j]) >= 30.0,
                    qPrintable(u"%1 %2 ΔE %3"_s.arg(shown[i].name(), shown[j].name()).arg(deltaE(shown[i], shown[j]))));
        }
    }
    // Another range holds only some of them, in another order: each keeps its colour.
    QList<int> fewer;
    for (const QString &name : {all.constLast(), all.constFirst(), all.at(4)})
        QCOMPARE(palette.colour(name, fewer), colours.value(name));
    // More known names than colours (17 in the demo with its models): still no colour twice in one chart.
    QStringList many = all;
    for (int i = 0; i < 8; ++i)
        many.append(u"model-%1"_s.arg(i));
    const greenlight::app::SeriesPalette crowded(many);
    QList<int> twelve;
    QSet<QRgb> seen;
    for (qsizetype i = 0; i < greenlight::app::SeriesPalette::size; ++i)
        seen.insert(crowded.colour(many.at(i + 4), twelve).rgb());
    QCOMPARE(seen.size(), greenlight::app::SeriesPalette::size);
    // A name the palette does not know takes a colour no known name has.
    QList<int> withStranger;
    const QColor stranger = palette.colour(u"meeting-notes"_s, withStranger);
    QVERIFY(!distinct.contains(stranger.rgb()));
    // The edit-rate chart draws each use case in its colour.
    const RollupFilter filter{kMonday, kMonday.addDays(20), {}, {}, {}, {}};
    const ViewContent view = DashboardViews::editRate(load(filter), m_portfolio);
    std::unique_ptr<QChart> chart(view.chart(false));
    std::unique_ptr<QStandardItemModel> table(view.table);
    QStringList known;
    for (const UseCase &u : m_portfolio.useCases)
        known.append(u.id);
    QList<int> chartTaken;
    QXYSeries *capped = xyNamed(chart.get(), kCapped);
    QVERIFY(capped != nullptr);
    QCOMPARE(capped->color(), greenlight::app::SeriesPalette(known).colour(kCapped, chartTaken));
}

void TstDashboard::legendsFitTheirLabels()
{
    // Eight use cases with long names do not fit in one row below the plot: the legend is a column beside it.
    QMap<QString, QList<WeeklyEditRate>> many;
    for (int i = 0; i < 8; ++i)
        many.insert(u"docs-search-assistant-%1"_s.arg(i), {WeeklyEditRate{kMonday, 1, 10}});
    std::unique_ptr<QChart> crowded(greenlight::app::ChartFactory::weeklyEditRates(many, {}));
    QCOMPARE(crowded->legend()->alignment(), Qt::AlignRight);
    QVERIFY(crowded->legend()->showToolTips());
    // Two fit in a row below.
    QMap<QString, QList<WeeklyEditRate>> two;
    two.insert(u"support-reply-draft"_s, {WeeklyEditRate{kMonday, 1, 10}});
    two.insert(u"ticket-classifier"_s, {WeeklyEditRate{kMonday, 2, 10}});
    std::unique_ptr<QChart> roomy(greenlight::app::ChartFactory::weeklyEditRates(two, {}));
    QCOMPARE(roomy->legend()->alignment(), Qt::AlignBottom);
    // Drawn at the dashboard's size, the column shows every label whole (the legend elides what it cuts).
    QChartView view(crowded.release());
    view.resize(1060, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (QLegendMarker *marker : view.chart()->legend()->markers())
        QVERIFY2(!marker->label().isEmpty(), "a marker without its label");
    const QRectF legend = view.chart()->legend()->geometry();
    QVERIFY2(legend.width() >=
                 QFontMetrics(view.chart()->legend()->font()).horizontalAdvance(u"docs-search-assistant-7"_s),
             qPrintable(QString::number(legend.width())));
}

void TstDashboard::tenantSharesEqualIndependentSums()
{
    const RollupFilter filter{kMonday, kMonday.addDays(13), {}, {}, {}, {}};
    const ViewContent view = DashboardViews::costPerTenant(load(filter), m_portfolio);
    std::unique_ptr<QChart> chart(view.chart(false));
    std::unique_ptr<QStandardItemModel> table(view.table);
    const qint64 total = sum(m_usage, [](const Usage &) { return true; });
    const QHash<QString, double> revenue{{u"acme"_s, 12000.0}, {u"globex"_s, 3000.0}};
    const QList<QHorizontalBarSeries *> bars = seriesOf<QHorizontalBarSeries>(chart.get());
    QCOMPARE(bars.size(), 1);
    QBarSet *spend = bars[0]->barSets().at(1);
    QBarSet *income = bars[0]->barSets().at(0);
    QCOMPARE(spend->label(), u"Share of AI spend"_s);
    const QStringList labels = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).at(0))->categories();
    QCOMPARE(labels.size(), 3);
    QCOMPARE(table->rowCount(), 3);
    for (int i = 0; i < labels.size(); ++i) {
        const QString tenant = labels[i].section(u' ', 0, 0);
        const qint64 cost = sum(m_usage, [&](const Usage &u) { return u.tenant == tenant; });
        QCOMPARE(spend->at(i), 100.0 * double(cost) / double(total));
        QCOMPARE(income->at(i), 100.0 * revenue.value(tenant) / 15000.0);
        const bool flagged = revenue.contains(tenant) && double(cost) / double(total) > 3.0 * revenue[tenant] / 15000.0;
        QCOMPARE(labels[i].endsWith(u" ⚑"_s), flagged);
    }
    // globex took 49 USD of about 1xx USD: flagged; acme (80 % of revenue) is not; walk-in is not a tenant.
    QCOMPARE(labels.last(), u"globex ⚑"_s); // the biggest spender stands at the top (added last)
    QCOMPARE(cell(table.get(), 0, 0), u"globex"_s);
    QCOMPARE(cell(table.get(), 0, 8), u"⚑ above 3×"_s);
    const QList<QStandardItem *> walkIn = table->findItems(u"walk-in"_s);
    QCOMPARE(walkIn.size(), 1);
    QCOMPARE(table->data(table->index(walkIn[0]->row(), 6), Qt::DisplayRole).toString(), u"not a tenant"_s);
    QVERIFY(view.caption.contains(u"Share of spend above 3× the share of revenue: globex."_s));
    // Counted as the status bar counts the portfolio's tenants: walk-in is apart.
    // (No translator is loaded here: plurals read "tenant(s)".)
    static const QRegularExpression counted(u" across 2 tenant\\(s\\) and 1 other key\\(s\\) \\(internal traffic, or "
                                            u"not a tenant of the portfolio\\)\\. "_s);
    QVERIFY2(counted.match(view.caption).hasMatch(), qPrintable(view.caption));
}

void TstDashboard::aFilterKeepsSharesOfAllSpend()
{
    // Narrowed to globex, the view still says what globex's share of all spend is, not 100 %.
    const RollupFilter filter{kMonday, kMonday.addDays(13), u"globex"_s, {}, {}, {}};
    const ViewContent view = DashboardViews::costPerTenant(load(filter), m_portfolio);
    std::unique_ptr<QChart> chart(view.chart(false));
    std::unique_ptr<QStandardItemModel> table(view.table);
    const qint64 total = sum(m_usage, [](const Usage &) { return true; });
    const qint64 globex = sum(m_usage, [](const Usage &u) { return u.tenant == u"globex"_s; });
    QCOMPARE(table->rowCount(), 1);
    QBarSet *spend = seriesOf<QHorizontalBarSeries>(chart.get()).at(0)->barSets().at(1);
    QCOMPARE(spend->count(), 1);
    QCOMPARE(spend->at(0), 100.0 * double(globex) / double(total));
    QVERIFY(spend->at(0) < 100.0);
    QCOMPARE(cell(table.get(), 0, 8), u"⚑ above 3×"_s);
    QVERIFY2(view.caption.contains(u"Shares are of all spend in the period ("_s) &&
                 view.caption.contains(u"), not of the filtered part."_s),
             qPrintable(view.caption));
}

void TstDashboard::capLineOnlyOverTheWholeUseCase()
{
    // Day 9's 49 USD of globex plus the rest of the use case's spend is over the 50 USD cap. Narrowed to globex,
    // the cap line would compare a slice with the whole: it is not drawn, but the day is still marked.
    const RollupFilter filter{kMonday, kMonday.addDays(13), u"globex"_s, kCapped, {}, {}};
    const ViewContent view = DashboardViews::costOverTime(load(filter), m_portfolio, CostDimension::Model);
    std::unique_ptr<QChart> chart(view.chart(false));
    delete view.table;
    QCOMPARE(xyNamed(chart.get(), u"Daily cap 50.00 USD"_s), nullptr);
    QXYSeries *marks = xyNamed(chart.get(), u"Over the cap"_s);
    QVERIFY(marks != nullptr);
    QCOMPARE(marks->points().size(), 1);
    QCOMPARE(dayOf(marks->at(0).x()), kMonday.addDays(9));
    QVERIFY2(view.caption.contains(u"is for all of its spend, so it is not drawn over this part of it."_s),
             qPrintable(view.caption));
    // The whole use case gets its line.
    const RollupFilter whole{kMonday, kMonday.addDays(13), {}, kCapped, {}, {}};
    const ViewContent all = DashboardViews::costOverTime(load(whole), m_portfolio, CostDimension::Model);
    std::unique_ptr<QChart> allChart(all.chart(false));
    delete all.table;
    QVERIFY(xyNamed(allChart.get(), u"Daily cap 50.00 USD"_s) != nullptr);
}

void TstDashboard::ungovernedSpendFollowsTheTenantFilter()
{
    // meeting-notes is not in the portfolio: its spend is ungoverned, and it was acme's (among others).
    const auto ungoverned = [this](const QString &tenant) {
        QStringList useCases;
        for (const Alert &a : load(RollupFilter{kMonday, kMonday.addDays(13), tenant, {}, {}, {}}).alerts) {
            if (a.kind == AlertKind::UngovernedSpend)
                useCases.append(a.useCase);
        }
        return useCases;
    };
    QCOMPARE(ungoverned({}), QStringList{u"meeting-notes"_s});
    QCOMPARE(ungoverned(u"acme"_s), QStringList{u"meeting-notes"_s});
    QCOMPARE(ungoverned(u"initech"_s), QStringList()); // no traffic of initech at all
}

void TstDashboard::editRateSeriesAndRiseMarks()
{
    const RollupFilter filter{kMonday, kMonday.addDays(20), {}, {}, {}, {}};
    const ViewContent view = DashboardViews::editRate(load(filter), m_portfolio);
    std::unique_ptr<QChart> chart(view.chart(false));
    std::unique_ptr<QStandardItemModel> table(view.table);
    QXYSeries *capped = xyNamed(chart.get(), kCapped);
    QXYSeries *notes = xyNamed(chart.get(), u"meeting-notes"_s);
    QVERIFY(capped != nullptr && notes != nullptr);
    QCOMPARE(capped->points().size(), 2);
    QCOMPARE(capped->at(0).y(), 20.0);
    QCOMPARE(capped->at(1).y(), 30.0); // (1 + 2) of (6 + 4): both days of week two summed
    QCOMPARE(dayOf(capped->at(1).x()), kMonday.addDays(7));
    QCOMPARE(notes->at(0).y(), 40.0);
    QCOMPARE(notes->at(1).y(), 50.0);
    QXYSeries *rises = xyNamed(chart.get(), u"Rise beyond the policy"_s);
    QVERIFY(rises != nullptr);
    QCOMPARE(rises->points().size(), 2);
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(cell(table.get(), 1, 5), u"10"_s);
    QCOMPARE(cell(table.get(), 1, 6), u"⚑ up more than 5 pp"_s);
    QCOMPARE(view.tooltip(QVariant(kMonday.addDays(9))),
             u"Week of 10/12/2026\n  meeting-notes: 50.0 % (4 of 8 edited)\n  support-reply-draft: 30.0 % (3 of 10 "
             u"edited)"_s);
}

void TstDashboard::evalPassRateShowsThePeriodsRuns()
{
    // The example's runs: 2026-09-15 and 2026-10-10; the period holds only the second.
    const RollupFilter filter{QDate(2026, 10, 1), QDate(2026, 10, 31), {}, {}, {}, {}};
    const ViewContent view = DashboardViews::evalPassRate(load(filter), m_portfolio, kCapped);
    std::unique_ptr<QChart> chart(view.chart(false));
    std::unique_ptr<QStandardItemModel> table(view.table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(table.get(), 0, 0), u"run-2026-10-10"_s);
    const EvalRun &run = m_portfolio.useCase(kCapped)->evalRuns.last();
    QXYSeries *rate = xyNamed(chart.get(), u"Pass rate"_s);
    QVERIFY(rate != nullptr);
    QCOMPARE(rate->points().size(), 1);
    QVERIFY(run.passRatePct().has_value());
    QCOMPARE(rate->at(0).y(), *run.passRatePct());
    QVERIFY(chart->title().endsWith(u": eval pass rate"_s));
}

void TstDashboard::emptyAndSingleDayRangesDraw_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("usageDays");
    QTest::addColumn<int>("models");        // models that spent in the range
    QTest::addColumn<int>("tenants");       // tenants that spent in the range
    QTest::addColumn<qint64>("spentNanos"); // all of it (craftedUsage() on kMonday: records 0, 14, … 112)
    QTest::newRow("empty range") << QDate(2025, 1, 1) << QDate(2025, 1, 31) << 0 << 0 << 0 << qint64(0);
    QTest::newRow("single day with usage") << kMonday << kMonday << 1 << 2 << 3 << qint64(4'000'176'504);
    QTest::newRow("single day without usage") << QDate(2025, 6, 1) << QDate(2025, 6, 1) << 0 << 0 << 0 << qint64(0);
}

void TstDashboard::emptyAndSingleDayRangesDraw()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, usageDays);
    QFETCH(int, models);
    QFETCH(int, tenants);
    QFETCH(qint64, spentNanos);
    const RollupFilter filter{from, to, {}, {}, {}, {}};
    const DashboardData data = load(filter);
    QSet<QDate> days;
    for (const DailyCost &d : data.dailyByModel)
        days.insert(d.day);
    QCOMPARE(days.size(), usageDays);
    QCOMPARE(sum(m_usage, [&](const Usage &u) { return matches(u, filter); }), spentNanos);
    const int dayCount = int(from.daysTo(to)) + 1;
    const QList<ViewContent> views{DashboardViews::costOverTime(data, m_portfolio, CostDimension::Model),
                                   DashboardViews::costPerTenant(data, m_portfolio),
                                   DashboardViews::editRate(data, m_portfolio),
                                   DashboardViews::evalPassRate(data, m_portfolio, kCapped)};
    std::vector<std::unique_ptr<QStandardItemModel>> tables;
    for (const ViewContent &view : views)
        tables.emplace_back(view.table);
    for (const ViewContent &view : views) {
        QImage image(640, 360, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        greenlight::app::renderChart(view.chart(true), painter, QRectF(0, 0, 640, 360));
        painter.end();
        QVERIFY(!view.caption.isEmpty());
        (void)view.tooltip(QVariant(from)); // hovering an empty chart says nothing, and does not crash
        (void)view.tooltip(QVariant(0));
    }

    // Cost over time: one area per model that spent (or one empty "Cost (USD)" area), a point for every day;
    // no cap line or marks, since no use case is chosen.
    {
        std::unique_ptr<QChart> chart(views[0].chart(false));
        const QList<QAreaSeries *> areas = seriesOf<QAreaSeries>(chart.get());
        QCOMPARE(chart->series().size(), std::max(models, 1));
        QCOMPARE(areas.size(), std::max(models, 1));
        qint64 drawnNanos = 0;
        for (QAreaSeries *area : areas) {
            if (models == 0)
                QCOMPARE(area->name(), u"Cost (USD)"_s);
            const QList<QPointF> upper = area->upperSeries()->points();
            QCOMPARE(upper.size(), dayCount);
            for (const qsizetype i : {qsizetype(0), upper.size() - 1}) {
                QCOMPARE(dayOf(upper[i].x()), from.addDays(i));
                const double below = area->lowerSeries() != nullptr ? area->lowerSeries()->at(int(i)).y() : 0.0;
                const qint64 expected = sum(m_usage, [&](const Usage &u) {
                    return matches(u, filter) && u.day == from.addDays(i) && u.model == area->name();
                });
                QCOMPARE(qRound64((upper[i].y() - below) * 1e9), expected);
            }
            for (qsizetype i = 0; i < upper.size(); ++i) {
                const double below = area->lowerSeries() != nullptr ? area->lowerSeries()->at(int(i)).y() : 0.0;
                drawnNanos += qRound64((upper[i].y() - below) * 1e9);
            }
        }
        QCOMPARE(drawnNanos, spentNanos);
        QStandardItemModel *table = views[0].table;
        QCOMPARE(table->rowCount(), dayCount);
        QCOMPARE(table->columnCount(), models + 3); // day, one per model, total, over a cap
        QCOMPARE(cell(table, 0, 0), from.toString(Qt::ISODate));
        QCOMPARE(cell(table, dayCount - 1, 0), to.toString(Qt::ISODate));
    }
    // Cost per tenant: one bar series of two sets (revenue, spend), one bar per tenant that spent.
    {
        std::unique_ptr<QChart> chart(views[1].chart(false));
        const QList<QHorizontalBarSeries *> bars = seriesOf<QHorizontalBarSeries>(chart.get());
        QCOMPARE(chart->series().size(), 1);
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars[0]->count(), 2);
        QBarSet *income = bars[0]->barSets().at(0);
        QBarSet *spend = bars[0]->barSets().at(1);
        QCOMPARE(spend->count(), tenants);
        QCOMPARE(income->count(), tenants);
        const QStringList labels = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).at(0))->categories();
        QCOMPARE(labels.size(), tenants);
        const QHash<QString, double> revenue{{u"acme"_s, 12000.0}, {u"globex"_s, 3000.0}};
        double spendShares = 0.0;
        for (int i = 0; i < labels.size(); ++i) {
            const QString tenant = labels[i].section(u' ', 0, 0);
            const qint64 cost = sum(m_usage, [&](const Usage &u) { return matches(u, filter) && u.tenant == tenant; });
            QCOMPARE(spend->at(i), 100.0 * double(cost) / double(spentNanos));
            QCOMPARE(income->at(i), 100.0 * revenue.value(tenant) / 15000.0);
            spendShares += spend->at(i);
        }
        if (tenants > 0)
            QCOMPARE(qRound(spendShares * 1000), 100'000); // the shares add up to the whole
        QCOMPARE(views[1].table->rowCount(), tenants);
    }
    // Edit rate: feedback exists only on other days (kMonday + 1, 3, 8, 10, 12), so nothing is drawn.
    {
        std::unique_ptr<QChart> chart(views[2].chart(false));
        QCOMPARE(chart->series().size(), 0);
        QCOMPARE(views[2].table->rowCount(), 0);
    }
    // Eval pass rate: the example's runs (2026-09-15, 2026-10-10) lie outside every range here: empty rate and
    // baseline series, and the 95 % threshold line of a standard-risk use case.
    {
        std::unique_ptr<QChart> chart(views[3].chart(false));
        QCOMPARE(chart->series().size(), 3);
        QXYSeries *rate = xyNamed(chart.get(), u"Pass rate"_s);
        QXYSeries *baselines = xyNamed(chart.get(), u"Approved baseline"_s);
        QXYSeries *threshold = xyNamed(chart.get(), u"Threshold 95.0 %"_s);
        QVERIFY(rate != nullptr && baselines != nullptr && threshold != nullptr);
        QCOMPARE(rate->count(), 0);
        QCOMPARE(baselines->count(), 0);
        QCOMPARE(threshold->count(), 2);
        QCOMPARE(threshold->at(0).y(), 95.0);
        QCOMPARE(threshold->at(1).y(), 95.0);
        QCOMPARE(views[3].table->rowCount(), 0);
    }

    const ViewContent cost = DashboardViews::costOverTime(data, m_portfolio, CostDimension::UseCase);
    std::unique_ptr<QStandardItemModel> table(cost.table);
    QCOMPARE(table->rowCount(), dayCount);
}

void TstDashboard::exportsAreExactAndWholeOrNothing()
{
    ChartPanel panel(u"cost-per-tenant"_s);
    auto *table = new QStandardItemModel;
    table->setHorizontalHeaderLabels({u"Tenant"_s, u"Cost (USD)"_s, u"Note"_s});
    const auto row = [&](const QString &tenant, const QString &exact, const QString &note) {
        auto *cost = new QStandardItem(u"rounded"_s);
        cost->setData(exact, ChartPanel::ExactRole);
        auto *name = new QStandardItem(tenant);
        name->setData(tenant, ChartPanel::ExactRole);
        auto *text = new QStandardItem(note);
        text->setData(note, ChartPanel::ExactRole);
        table->appendRow({name, cost, text});
    };
    row(u"acme"_s, u"1234.000001"_s, u"plain"_s);
    row(u"Globex, Inc."_s, u"0.500000"_s, u"says \"hi\"\nthen leaves"_s);
    const RollupFilter filter{kMonday, kMonday.addDays(13), {}, {}, {}, {}};
    ViewContent view = DashboardViews::costPerTenant(load(filter), m_portfolio);
    delete view.table;
    panel.setContent(view.chart, table, view.tooltip);

    const QString csv = m_dir.filePath(u"tenants.csv"_s);
    QVERIFY(panel.exportTo(ChartPanel::Format::Csv, csv).has_value());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Tenant,Cost (USD),Note\r\nacme,1234.000001,plain\r\n\"Globex, Inc.\",0.500000,"
                                        "\"says \"\"hi\"\"\nthen leaves\"\r\n"));

    const QString png = m_dir.filePath(u"tenants.png"_s);
    QVERIFY(panel.exportTo(ChartPanel::Format::Png, png).has_value());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1920, 1080));
    QVERIFY(image.pixelColor(5, 5) == QColor(Qt::white)); // exports use the light theme

    const QString svg = m_dir.filePath(u"tenants.svg"_s);
    QVERIFY(panel.exportTo(ChartPanel::Format::Svg, svg).has_value());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("<title>Share of spend and revenue per tenant</title>"));
    QVERIFY(svgText.contains(">globex ⚑<")); // labels stay text

    const QString nowhere = m_dir.filePath(u"missing-folder/tenants.csv"_s);
    const auto refused = panel.exportTo(ChartPanel::Format::Csv, nowhere);
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().toString().startsWith(nowhere + u": could not write the file"_s),
             qPrintable(refused.error().toString()));
    QVERIFY(!QFile::exists(nowhere));
}

void TstDashboard::pageLoadsOffTheGuiThreadAndFollowsAlerts()
{
    greenlight::app::Workspace workspace(greenlight::models::OsAccount{u"tester"_s, u"test-host"_s});
    QVERIFY(workspace.open(m_file).has_value());
    DashboardPage page(workspace);
    page.filterBar()->setRange(kMonday, kMonday.addDays(13));
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    page.show();
    QVERIFY(page.isLoading()); // the queries run in a worker: show() returned before they finished
    QVERIFY(refreshed.wait(10000));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.data().filter.from, kMonday);
    QCOMPARE(page.panel(DashboardPage::TenantView)->table()->rowCount(), 3);

    // A cost-cap alert links to the cost chart of its use case.
    QTreeWidget *alerts = page.alertList();
    int capRow = -1;
    for (int i = 0; i < alerts->topLevelItemCount(); ++i) {
        if (alerts->topLevelItem(i)->text(0) == u"Cost cap"_s)
            capRow = i;
    }
    QVERIFY(capRow >= 0);
    QCOMPARE(alerts->topLevelItem(capRow)->text(2), u"10/14/2026"_s);
    QCOMPARE(alerts->topLevelItem(capRow)->text(4), u"50.00 USD"_s);
    // Ungoverned spend has no threshold to show: any spend outside governance is the alert.
    const QList<QTreeWidgetItem *> ungoverned = alerts->findItems(u"Ungoverned spend"_s, Qt::MatchExactly, 0);
    QCOMPARE(ungoverned.size(), 1);
    QCOMPARE(ungoverned.first()->text(1), u"meeting-notes"_s);
    QCOMPARE(ungoverned.first()->text(4), QString());
    alerts->setCurrentItem(alerts->topLevelItem(capRow));
    QSignalSpy openUseCase(&page, &DashboardPage::useCaseRequested);
    for (QPushButton *button : page.findChildren<QPushButton *>()) {
        if (button->text() == u"Open &Use Case"_s)
            button->click();
    }
    QCOMPARE(openUseCase.size(), 1);
    QCOMPARE(openUseCase.first().first().toString(), kCapped);

    refreshed.clear();
    page.showAlertChart(capRow);
    QCOMPARE(page.currentView(), DashboardPage::CostView);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(page.data().filter.useCase, kCapped);
    const ChartPanel *cost = page.panel(DashboardPage::CostView);
    QVERIFY2(cost->caption().contains(u"Daily cap of "_s), qPrintable(cost->caption()));
    QVERIFY(xyNamed(cost->chartView()->chart(), u"Over the cap"_s) != nullptr);
}

void TstDashboard::germanLocaleWritesEveryFigureAsGermanDoes()
{
    // No German words are loaded here: what changes is only how numbers and dates are written, never mixed.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([] { QLocale::setDefault(kAmerican); });

    const RollupFilter weeks{kMonday, kMonday.addDays(20), {}, {}, {}, {}};
    const ViewContent editRate = DashboardViews::editRate(load(weeks), m_portfolio);
    std::unique_ptr<QStandardItemModel> editTable(editRate.table);
    delete editRate.chart(false);
    QCOMPARE(editRate.tooltip(QVariant(kMonday.addDays(9))),
             u"Week of 12.10.2026\n  meeting-notes: 50,0 % (4 of 8 edited)\n  support-reply-draft: 30,0 % (3 of 10 "
             u"edited)"_s);
    QCOMPARE(editTable->item(1, 1)->text(), u"12.10.2026"_s);
    QCOMPARE(cell(editTable.get(), 1, 1), u"2026-10-12"_s); // exported as ISO 8601, as every spreadsheet reads it
    QCOMPARE(editTable->item(1, 4)->text(), u"50,0 %"_s);
    QCOMPARE(editTable->item(1, 5)->text(), u"10,0"_s);
    QCOMPARE(cell(editTable.get(), 1, 5), u"10"_s);

    const RollupFilter capped{kMonday, kMonday.addDays(13), {}, kCapped, {}, {}};
    const ViewContent cost = DashboardViews::costOverTime(load(capped), m_portfolio, CostDimension::Model);
    std::unique_ptr<QStandardItemModel> costTable(cost.table);
    std::unique_ptr<QChart> costChart(cost.chart(false));
    QVERIFY(xyNamed(costChart.get(), u"Daily cap 50,00 USD"_s) != nullptr);
    const QString tip = cost.tooltip(QVariant(kMonday.addDays(9)));
    QVERIFY2(tip.startsWith(u"14.10.2026: "_s) && tip.contains(u"\nDaily cap: 50,00 USD"_s), qPrintable(tip));
    const QRegularExpression germanUsd(u"^\\d{1,3}(\\.\\d{3})*,\\d\\d$"_s);
    QVERIFY2(germanUsd.match(costTable->item(9, costTable->columnCount() - 2)->text()).hasMatch(),
             qPrintable(costTable->item(9, costTable->columnCount() - 2)->text()));
    std::unique_ptr<QChart> far(greenlight::app::ChartFactory::dailyCost(
        {DailyCost{kMonday, QString(), 260'000'000LL, 1}}, kMonday, kMonday, 1234.5));
    QCOMPARE(far->title(), u"Daily cost (cap 1.234,50 USD a day, peak 0,26 USD)"_s);

    const ViewContent tenants = DashboardViews::costPerTenant(load(capped), m_portfolio);
    std::unique_ptr<QStandardItemModel> tenantTable(tenants.table);
    delete tenants.chart(false);
    const QRegularExpression germanPercent(u"^\\d+,\\d %$"_s);
    for (int r = 0; r < tenantTable->rowCount(); ++r)
        QVERIFY2(germanPercent.match(tenantTable->item(r, 5)->text()).hasMatch(),
                 qPrintable(tenantTable->item(r, 5)->text()));

    // The alerts' rows: value, threshold, date and sentence alike.
    greenlight::app::Workspace workspace(greenlight::models::OsAccount{u"tester"_s, u"test-host"_s});
    QVERIFY(workspace.open(m_file).has_value());
    DashboardPage page(workspace);
    page.filterBar()->setRange(kMonday, kMonday.addDays(13));
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    page.show();
    QVERIFY(refreshed.wait(10000));
    QTRY_VERIFY(!page.isLoading());
    const QList<QTreeWidgetItem *> caps = page.alertList()->findItems(u"Cost cap"_s, Qt::MatchExactly, 0);
    QCOMPARE(caps.size(), 1);
    QCOMPARE(caps.first()->text(2), u"14.10.2026"_s);
    QVERIFY2(QRegularExpression(u"^\\d+,\\d\\d USD$"_s).match(caps.first()->text(3)).hasMatch(),
             qPrintable(caps.first()->text(3)));
    QCOMPARE(caps.first()->text(4), u"50,00 USD"_s);
    const QRegularExpression capSentence(
        u"^support-reply-draft spent \\d+,\\d\\d USD on 14\\.10\\.2026, over its daily cap of 50,00 USD$"_s);
    QVERIFY2(capSentence.match(caps.first()->text(5)).hasMatch(), qPrintable(caps.first()->text(5)));
    const QList<QTreeWidgetItem *> shares = page.alertList()->findItems(u"Spend share"_s, Qt::MatchExactly, 0);
    QVERIFY(!shares.isEmpty());
    const QRegularExpression shareSentence(
        u"^globex takes \\d+,\\d % of AI spend but brings \\d+,\\d % of revenue \\(\\d+,\\d\\d× > 3×\\)$"_s);
    QVERIFY2(shareSentence.match(shares.first()->text(5)).hasMatch(), qPrintable(shares.first()->text(5)));
    QVERIFY2(QRegularExpression(u"^\\d+,\\d\\d×$"_s).match(shares.first()->text(3)).hasMatch(),
             qPrintable(shares.first()->text(3)));
}

QTEST_MAIN(TstDashboard)
#include "tst_dashboard.moc"
