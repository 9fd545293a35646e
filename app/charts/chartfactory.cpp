#include "charts/chartfactory.h"

#include "domain/displayformat.h"
#include "usage/nanousd.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

const QColor kAlertRed(0xc6, 0x28, 0x28);  ///< thresholds, caps and breaches (reads on white paper)
const QColor kAlertPink(0xff, 0x8a, 0x80); ///< the same on a dark background

QColor alertColour(bool dark)
{
    return dark ? kAlertPink : kAlertRed;
}

/// A qualitative palette without red (red is for caps, thresholds and alerts): Okabe and Ito's colours, which
/// colour-blind readers tell apart, then more. The first nine (the demo's use cases) differ pairwise by at least
/// 30 ΔE (CIE 1976) in both themes; the sky blue and cyan that read as a third and fourth blue come last.
constexpr QRgb kSeriesLight[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x8C6D31, 0x6A3D9A,
                                 0x7F7F7F, 0xBCBD22, 0x000000, 0x56B4E9, 0x17BECF, 0xF0E442};
constexpr QRgb kSeriesDark[] = {0x5FA8E8, 0xFFC24D, 0x3FD0A4, 0xF08CC8, 0xB8864B, 0xA98BE8,
                                0x9E9E9E, 0xC5E17A, 0xFFFFFF, 0x9AD4F5, 0x6FE3F0, 0xF8EE8A};

} // namespace

SeriesPalette::SeriesPalette(QStringList knownNames) : m_known(std::move(knownNames))
{
    m_known.sort();
    m_known.removeDuplicates();
}

QColor SeriesPalette::colour(const QString &name, QList<int> &taken, bool dark) const
{
    static_assert(int(std::size(kSeriesLight)) == size && int(std::size(kSeriesDark)) == size);
    const qsizetype known = m_known.indexOf(name);
    // The unnamed series (a chart of one) is the first colour; other unknown names hash into all but the last
    // (yellow reads badly on white and is only for an eleventh known name).
    int index = known >= 0 ? int(known % size) : name.isEmpty() ? 0 : int(qHash(name, 0x5eed) % uint(size - 1));
    if (known < 0) {
        // An unknown name avoids the known names' colours and this chart's, while free ones remain.
        for (int tries = 0; tries < size && (taken.contains(index) || (index < m_known.size())); ++tries)
            index = (index + 1) % size;
    }
    // Never twice in one chart while a colour is free (more known names than colours wrap around).
    for (int tries = 0; tries < size && taken.contains(index); ++tries)
        index = (index + 1) % size;
    taken.append(index);
    return QColor::fromRgb(dark ? kSeriesDark[index] : kSeriesLight[index]);
}

namespace {

qreal msecs(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

QChart *newChart(const QString &title, bool dark = false)
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    // Axis labels in the locale's digits, as every other figure on screen and in the packet.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // a label the legend has to elide is shown whole on hover
    return chart;
}

/// Legends that fit: the entries go in one row below the plot while their labels take at most @p rowWidth pixels,
/// else in a column beside it, where each label has a line of its own instead of being cut.
void fitLegend(QChart *chart, int rowWidth = 560)
{
    QLegend *legend = chart->legend();
    const QFontMetrics metrics(legend->font());
    int width = 0;
    for (const QLegendMarker *marker : legend->markers())
        width += metrics.horizontalAdvance(marker->label()) + 2 * metrics.height() + 8; // box, gap, padding
    legend->setAlignment(width > rowWidth ? Qt::AlignRight : Qt::AlignBottom);
}

QDateTimeAxis *dateAxis(QChart *chart, const QDate &from, const QDate &to)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(DisplayFormat().datePattern());
    axis->setRange(QDateTime(from, QTime(0, 0), Qt::UTC), QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC));
    axis->setTickCount(std::clamp(int(from.daysTo(to)) + 2, 2, 6));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, double min, double max, const QString &format, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setLabelFormat(format);
    axis->setTitleText(title);
    axis->applyNiceNumbers();
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QLineSeries *dashedLine(const QString &name, const QColor &colour)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QPen pen(colour, 1.5, Qt::DashLine);
    line->setPen(pen);
    return line;
}

} // namespace

QChart *ChartFactory::evalPassRate(const QList<EvalRun> &runs, double thresholdPct, bool dark)
{
    QChart *chart = newChart(tr("Eval pass rate"), dark);
    QList<const EvalRun *> dated;
    for (const EvalRun &run : runs) {
        if (run.date.isValid() && run.passRatePct())
            dated.append(&run);
    }
    std::stable_sort(dated.begin(), dated.end(), [](const EvalRun *a, const EvalRun *b) { return a->date < b->date; });
    const QDate from = dated.isEmpty() ? QDate::currentDate().addDays(-30) : dated.first()->date.addDays(-1);
    const QDate to = dated.isEmpty() ? QDate::currentDate() : dated.last()->date.addDays(1);
    double low = thresholdPct;
    auto *rates = new QLineSeries;
    rates->setName(tr("Pass rate"));
    rates->setPointsVisible(true);
    auto *baselines = new QScatterSeries;
    baselines->setName(tr("Approved baseline"));
    baselines->setMarkerSize(10);
    for (const EvalRun *run : dated) {
        const double rate = *run->passRatePct();
        low = std::min(low, rate);
        rates->append(msecs(run->date), rate);
        if (run->baseline)
            baselines->append(msecs(run->date), rate);
    }
    auto *threshold = dashedLine(tr("Threshold %1 %").arg(DisplayFormat().decimal(thresholdPct, 1)), alertColour(dark));
    threshold->append(msecs(from), thresholdPct);
    threshold->append(msecs(to), thresholdPct);
    QDateTimeAxis *x = dateAxis(chart, from, to);
    QValueAxis *y = valueAxis(chart, std::floor(low - 2.0), 100.0, u"%.0f"_s, tr("%"));
    y->setMax(100.0);
    attach(chart, rates, x, y);
    attach(chart, baselines, x, y);
    attach(chart, threshold, x, y);
    fitLegend(chart);
    return chart;
}

QChart *ChartFactory::dailyCost(const QList<DailyCost> &days, const QDate &from, const QDate &to,
                                std::optional<double> capUsd, bool dark, const std::optional<QList<QDate>> &overCapDays,
                                const SeriesPalette &palette)
{
    QChart *chart = newChart(tr("Daily cost"), dark);
    QMap<QString, QHash<QDate, double>> costBySeries; // series → day → USD; ordered so the stack is stable
    for (const DailyCost &d : days)
        costBySeries[d.series][d.day] += NanoUsd::toDouble(d.costNanos);
    if (costBySeries.isEmpty())
        costBySeries.insert(QString(), {});
    QDateTimeAxis *x = dateAxis(chart, from, to);
    QValueAxis *y = valueAxis(chart, 0.0, 1.0, u"%.0f"_s, tr("USD"));

    QHash<QDate, double> total;
    QLineSeries *lower = nullptr;
    QList<int> colours;
    for (auto it = costBySeries.cbegin(); it != costBySeries.cend(); ++it) {
        // A QAreaSeries does not own its boundary lines: each upper line is a child of its area, so it goes
        // with the chart; the next area borrows it as its lower line while the chart holds both.
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            total[day] += it.value().value(day, 0.0);
            upper->append(msecs(day), total[day]);
        }
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(it.key().isEmpty() ? tr("Cost (USD)") : it.key());
        const QColor colour = palette.colour(it.key(), colours, dark);
        area->setColor(colour);
        area->setBorderColor(colour.darker(dark ? 100 : 120));
        attach(chart, area, x, y);
        lower = upper;
    }
    double peak = 0.0;
    for (const double value : std::as_const(total))
        peak = std::max(peak, value);
    // The scale follows the spend: a cap far above it (50 USD against 0.31 USD a day) would flatten the line to
    // nothing, so it is drawn only when it is within twice the peak, and named in the title otherwise.
    const bool capInRange = capUsd && *capUsd <= std::max(peak, 0.0) * 2.0;
    if (capUsd && !capInRange)
        chart->setTitle(tr("Daily cost (cap %1 USD a day, peak %2 USD)")
                            .arg(DisplayFormat().decimal(*capUsd, 2), DisplayFormat().decimal(peak, 2)));
    const double high = capInRange ? std::max(peak, *capUsd) : peak;
    y->setRange(0.0, high <= 0.0 ? 1.0 : high * 1.1);
    y->applyNiceNumbers();
    // Cents where the scale is small: a spend of 0.32 USD a day must not read as a row of zeros.
    y->setLabelFormat(y->max() < 10.0 ? u"%.2f"_s : u"%.0f"_s);

    QList<QDate> over;
    if (overCapDays) {
        over = *overCapDays;
    } else if (capUsd) {
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            if (total.value(day) > *capUsd)
                over.append(day);
        }
    }
    if (capInRange) {
        auto *cap = dashedLine(tr("Daily cap %1 USD").arg(DisplayFormat().decimal(*capUsd, 2)), alertColour(dark));
        cap->append(msecs(from), *capUsd);
        cap->append(msecs(to), *capUsd);
        attach(chart, cap, x, y);
    }
    if (capInRange || !over.isEmpty()) {
        auto *marks = new QScatterSeries;
        marks->setName(tr("Over the cap"));
        marks->setColor(alertColour(dark));
        marks->setMarkerSize(8);
        for (const QDate &day : std::as_const(over)) {
            if (day >= from && day <= to)
                marks->append(msecs(day), total.value(day));
        }
        attach(chart, marks, x, y);
    }
    fitLegend(chart);
    return chart;
}

QChart *ChartFactory::tenantShares(const QList<SpendShare> &shares, int top, bool dark)
{
    QChart *chart = newChart(shares.size() > top ? tr("Share of spend and revenue, top %1 tenants by spend").arg(top)
                                                 : tr("Share of spend and revenue per tenant"),
                             dark);
    auto *spend = new QBarSet(tr("Share of AI spend"));
    auto *revenue = new QBarSet(tr("Share of revenue"));
    QStringList tenants;
    double high = 1.0;
    // Horizontal bars run bottom-up: add the biggest spender last so it stands at the top.
    for (qsizetype i = std::min<qsizetype>(top, shares.size()) - 1; i >= 0; --i) {
        const SpendShare &s = shares[i];
        tenants.append(s.flagged ? s.tenant + u" ⚑"_s : s.tenant);
        *spend << 100.0 * s.spendShare;
        *revenue << 100.0 * s.revenueShare;
        high = std::max({high, 100.0 * s.spendShare, 100.0 * s.revenueShare});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(revenue);
    series->append(spend);
    auto *categories = new QBarCategoryAxis;
    categories->append(tenants);
    chart->addAxis(categories, Qt::AlignLeft);
    auto *percent = new QValueAxis;
    percent->setRange(0.0, std::min(100.0, high * 1.1));
    percent->setLabelFormat(u"%.0f"_s);
    percent->setTitleText(tr("% of the period's total"));
    percent->applyNiceNumbers();
    chart->addAxis(percent, Qt::AlignBottom);
    attach(chart, series, percent, categories);
    fitLegend(chart);
    return chart;
}

QChart *ChartFactory::weeklyEditRates(const QMap<QString, QList<WeeklyEditRate>> &byUseCase,
                                      const QMultiMap<QString, QDate> &alertWeeks, bool dark,
                                      const SeriesPalette &palette)
{
    QChart *chart = newChart(tr("Edit rate per week"), dark);
    QDate from;
    QDate to;
    double high = 10.0;
    for (const QList<WeeklyEditRate> &weeks : byUseCase) {
        for (const WeeklyEditRate &w : weeks) {
            from = from.isValid() ? std::min(from, w.weekStart) : w.weekStart;
            to = to.isValid() ? std::max(to, w.weekStart.addDays(6)) : w.weekStart.addDays(6);
            high = std::max(high, w.ratePct());
        }
    }
    if (!from.isValid()) {
        to = QDate::currentDate();
        from = to.addDays(-7);
    }
    QDateTimeAxis *x = dateAxis(chart, from, to);
    QValueAxis *y = valueAxis(chart, 0.0, std::min(100.0, high * 1.2), u"%.0f"_s, tr("% edited"));
    auto *rises = new QScatterSeries;
    rises->setName(tr("Rise beyond the policy"));
    rises->setColor(alertColour(dark));
    rises->setMarkerSize(11);
    QList<int> colours;
    for (auto it = byUseCase.cbegin(); it != byUseCase.cend(); ++it) {
        auto *rate = new QLineSeries;
        rate->setName(byUseCase.size() == 1 && it.key().isEmpty() ? tr("Edited ÷ all feedback (%)") : it.key());
        rate->setPointsVisible(true);
        rate->setPen(QPen(palette.colour(it.key(), colours, dark), 2.5));
        for (const WeeklyEditRate &w : it.value()) {
            rate->append(msecs(w.weekStart), w.ratePct());
            if (alertWeeks.contains(it.key(), w.weekStart))
                rises->append(msecs(w.weekStart), w.ratePct());
        }
        attach(chart, rate, x, y);
    }
    if (!alertWeeks.isEmpty())
        attach(chart, rises, x, y);
    else
        delete rises;
    fitLegend(chart);
    return chart;
}

} // namespace greenlight::app
