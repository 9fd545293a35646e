#include "charts/chartfactory.h"

#include <QChart>
#include <QDateTimeAxis>
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

const QColor kAlertRed(0xc6, 0x28, 0x28); ///< thresholds, caps and breaches (reads on white paper)

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
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QDateTimeAxis *dateAxis(QChart *chart, const QDate &from, const QDate &to)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(u"yyyy-MM-dd"_s);
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
    auto *threshold =
        dashedLine(tr("Threshold %1 %").arg(thresholdPct, 0, 'f', 1), dark ? QColor(0xff, 0x8a, 0x80) : kAlertRed);
    threshold->append(msecs(from), thresholdPct);
    threshold->append(msecs(to), thresholdPct);
    QDateTimeAxis *x = dateAxis(chart, from, to);
    QValueAxis *y = valueAxis(chart, std::floor(low - 2.0), 100.0, u"%.0f"_s, tr("%"));
    y->setMax(100.0);
    attach(chart, rates, x, y);
    attach(chart, baselines, x, y);
    attach(chart, threshold, x, y);
    return chart;
}

QChart *ChartFactory::dailyCost(const QList<DailyCost> &days, const QDate &from, const QDate &to,
                                std::optional<double> capUsd)
{
    QChart *chart = newChart(tr("Daily cost"));
    QHash<QDate, double> costByDay;
    for (const DailyCost &d : days)
        costByDay[d.day] += double(d.costMicros) / 1e6;
    auto *cost = new QLineSeries;
    cost->setName(tr("Cost (USD)"));
    QScatterSeries *over = nullptr; // days over the cap, when there is one
    if (capUsd) {
        over = new QScatterSeries;
        over->setName(tr("Over the cap"));
        over->setColor(kAlertRed);
        over->setMarkerSize(8);
    }
    double high = capUsd.value_or(0.0);
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const double value = costByDay.value(day, 0.0);
        high = std::max(high, value);
        cost->append(msecs(day), value);
        if (over != nullptr && value > *capUsd)
            over->append(msecs(day), value);
    }
    QDateTimeAxis *x = dateAxis(chart, from, to);
    QValueAxis *y = valueAxis(chart, 0.0, high <= 0.0 ? 1.0 : high * 1.1, u"%.0f"_s, tr("USD"));
    attach(chart, cost, x, y);
    if (capUsd) {
        auto *cap = dashedLine(tr("Daily cap %1 USD").arg(*capUsd, 0, 'f', 2), kAlertRed);
        cap->append(msecs(from), *capUsd);
        cap->append(msecs(to), *capUsd);
        attach(chart, cap, x, y);
        attach(chart, over, x, y);
    }
    return chart;
}

QChart *ChartFactory::weeklyEditRate(const QList<WeeklyEditRate> &weeks)
{
    QChart *chart = newChart(tr("Edit rate per week"));
    auto *rate = new QLineSeries;
    rate->setName(tr("Edited ÷ all feedback (%)"));
    rate->setPointsVisible(true);
    double high = 10.0;
    for (const WeeklyEditRate &w : weeks) {
        rate->append(msecs(w.weekStart), w.ratePct());
        high = std::max(high, w.ratePct());
    }
    const QDate from = weeks.isEmpty() ? QDate::currentDate().addDays(-7) : weeks.first().weekStart;
    const QDate to = weeks.isEmpty() ? QDate::currentDate() : weeks.last().weekStart.addDays(6);
    QDateTimeAxis *x = dateAxis(chart, from, to);
    QValueAxis *y = valueAxis(chart, 0.0, std::min(100.0, high * 1.2), u"%.0f"_s, tr("%"));
    attach(chart, rate, x, y);
    return chart;
}

} // namespace greenlight::app
