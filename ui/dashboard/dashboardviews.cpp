#include "dashboard/dashboardviews.h"

#include "alerts/spendshare.h"
#include "alerts/weeklyeditrate.h"
#include "charts/chartfactory.h"
#include "domain/displayformat.h"
#include "gate/gateengine.h"
#include "usage/nanousd.h"

#include <QChart>
#include <QMap>
#include <QSet>
#include <QStandardItemModel>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {

/// The portfolio's use cases, or its routes' models: each keeps its colour in every chart and range. One palette
/// per dimension, so that neither list's length pushes the other past the palette's colours.
app::SeriesPalette seriesPalette(const Portfolio &portfolio, CostDimension dimension = CostDimension::UseCase)
{
    QStringList names;
    if (dimension == CostDimension::Model) {
        for (const Route &r : portfolio.routes)
            names.append(r.model);
    } else {
        for (const UseCase &u : portfolio.useCases)
            names.append(u.id);
    }
    return app::SeriesPalette(names);
}

QStandardItem *textCell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(text, ChartPanel::ExactRole);
    return item;
}

QStandardItem *numberCell(const QString &shown, const QVariant &exact)
{
    auto *item = new QStandardItem(shown);
    item->setData(exact, ChartPanel::ExactRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *usdCell(qint64 nanos)
{
    // Exact: micro-dollars as a decimal string, so a spreadsheet sums to the cent the rollups hold.
    return numberCell(DisplayFormat().decimal(NanoUsd::toDouble(nanos), 2), NanoUsd::toDecimal(nanos));
}

QStandardItem *countCell(qint64 n)
{
    return numberCell(DisplayFormat().integer(n), n);
}

QStandardItem *percentCell(double pct)
{
    return numberCell(DisplayFormat().percent(pct), pct);
}

QString usd(double value)
{
    return DashboardViews::tr("%1 USD").arg(DisplayFormat().decimal(value, 2));
}

QString dayText(const QDate &day)
{
    return DisplayFormat().date(day);
}

/// The day as the locale writes it; exported as ISO 8601, which every spreadsheet reads.
QStandardItem *dayCell(const QDate &day)
{
    auto *item = new QStandardItem(dayText(day));
    item->setData(day.toString(Qt::ISODate), ChartPanel::ExactRole);
    return item;
}

QStandardItemModel *newTable(const QStringList &headers)
{
    auto *table = new QStandardItemModel;
    table->setHorizontalHeaderLabels(headers);
    return table;
}

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

ViewContent DashboardViews::costOverTime(const DashboardData &data, const Portfolio &portfolio, CostDimension stackBy)
{
    const QList<DailyCost> rows = stackBy == CostDimension::Model ? data.dailyByModel : data.dailyByUseCase;
    const QDate from = data.filter.from;
    const QDate to = data.filter.to;
    const UseCase *useCase = data.filter.useCase.isEmpty() ? nullptr : portfolio.useCase(data.filter.useCase);
    const std::optional<double> useCaseCap = useCase != nullptr ? useCase->operations.dailyCostCapUsd : std::nullopt;
    // The cap is of the use case's whole daily spend: a line only over that, never over one tenant's, model's or
    // source's slice of it (the days over it are marked either way, from the alerts).
    const bool wholeUseCase =
        data.filter.tenant.isEmpty() && data.filter.model.isEmpty() && data.filter.source.isEmpty();
    const std::optional<double> cap = wholeUseCase ? useCaseCap : std::nullopt;

    QMap<QDate, QStringList> breaches; // day → "use case (spend > cap)", from the cost-cap alerts
    for (const Alert &a : data.alerts) {
        if (a.kind == AlertKind::CostCap)
            breaches[a.date].append(tr("%1 spent %2 (cap %3)").arg(a.useCase, usd(a.value), usd(a.threshold)));
    }
    QStringList series;
    QMap<QDate, QMap<QString, qint64>> byDay;
    qint64 totalNanos = 0;
    for (const DailyCost &d : rows) {
        if (!series.contains(d.series))
            series.append(d.series);
        byDay[d.day][d.series] += d.costNanos;
        totalNanos += d.costNanos;
    }
    std::sort(series.begin(), series.end());

    QStringList headers{tr("Day")};
    for (const QString &s : std::as_const(series))
        headers.append(s.isEmpty() ? tr("(unattributed)") : s);
    headers << tr("Total (USD)") << tr("Over a cap");
    QStandardItemModel *table = newTable(headers);
    for (QDate day = from; day.isValid() && day <= to; day = day.addDays(1)) {
        QList<QStandardItem *> cells{dayCell(day)};
        qint64 dayTotal = 0;
        for (const QString &s : std::as_const(series)) {
            const qint64 nanos = byDay.value(day).value(s);
            dayTotal += nanos;
            cells.append(usdCell(nanos));
        }
        cells << usdCell(dayTotal) << textCell(breaches.value(day).join(u"; "_s));
        table->appendRow(cells);
    }

    ViewContent view;
    view.table = table;
    const QList<QDate> overDays = breaches.keys();
    const app::SeriesPalette palette = seriesPalette(portfolio, stackBy);
    view.chart = [rows, from, to, cap, overDays, palette](bool dark) {
        return app::ChartFactory::dailyCost(rows, from, to, cap, dark, overDays, palette);
    };
    view.tooltip = [byDay, breaches, cap](const QVariant &key) {
        const QDate day = key.toDate();
        const QMap<QString, qint64> costs = byDay.value(day);
        qint64 dayTotal = 0;
        QStringList lines;
        for (auto it = costs.cbegin(); it != costs.cend(); ++it) {
            dayTotal += it.value();
            lines.append(u"  %1: %2"_s.arg(it.key().isEmpty() ? tr("(unattributed)") : it.key(),
                                           usd(NanoUsd::toDouble(it.value()))));
        }
        lines.prepend(tr("%1: %2 in all").arg(dayText(day), usd(NanoUsd::toDouble(dayTotal))));
        if (cap)
            lines.append(tr("Daily cap: %1").arg(usd(*cap)));
        for (const QString &breach : breaches.value(day))
            lines.append(tr("Over the cap: %1").arg(breach));
        return lines.join(u'\n');
    };
    const qint64 days = from.daysTo(to) + 1;
    view.caption =
        tr("Spend per day, stacked by %1: %2 over %n day(s) (%3 a day on average).", nullptr, int(days))
            .arg(stackBy == CostDimension::Model ? tr("model") : tr("use case"), usd(NanoUsd::toDouble(totalNanos)),
                 usd(days > 0 ? NanoUsd::toDouble(totalNanos) / double(days) : 0));
    if (cap)
        view.caption += u' ' + tr("Daily cap of %1: %2.").arg(useCase->name, usd(*cap));
    else if (useCaseCap)
        view.caption += u' ' + tr("The daily cap of %1 (%2) is for all of its spend, so it is not drawn over this part "
                                  "of it.")
                                   .arg(useCase->name, usd(*useCaseCap));
    if (!breaches.isEmpty())
        view.caption += u' ' + tr("Days over a use case's cap: %1 (marked).").arg(breaches.size());
    return view;
}

ViewContent DashboardViews::costPerTenant(const DashboardData &data, const Portfolio &portfolio)
{
    const QList<SpendShare> shares = spendShares(data.tenants, portfolio, data.periodSpendNanos);
    const double ratio = portfolio.policy.spendShareRatioAlert;
    QStandardItemModel *table =
        newTable({tr("Tenant"), tr("Cost (USD)"), tr("Requests"), tr("Prompt tokens"), tr("Completion tokens"),
                  tr("Share of spend"), tr("Share of revenue"), tr("Spend ÷ revenue"), tr("Flag")});
    qint64 totalNanos = 0;
    QStringList flagged;
    for (qsizetype i = 0; i < data.tenants.size(); ++i) {
        const CostRow &row = data.tenants[i];
        const SpendShare &s = shares[i];
        totalNanos += row.costNanos;
        if (s.flagged)
            flagged.append(s.tenant);
        table->appendRow(
            {textCell(row.key.isEmpty() ? tr("(unattributed)") : row.key), usdCell(row.costNanos),
             countCell(row.requests), countCell(row.promptTokens), countCell(row.completionTokens),
             percentCell(100 * s.spendShare),
             s.known ? percentCell(100 * s.revenueShare) : textCell(tr("not a tenant")),
             s.ratio > 0 ? numberCell(DisplayFormat().decimal(s.ratio, 2) + u"×"_s, s.ratio) : textCell(QString()),
             textCell(s.flagged ? tr("⚑ above %1×").arg(DisplayFormat().number(ratio)) : QString())});
    }
    ViewContent view;
    view.table = table;
    view.chart = [shares](bool dark) { return app::ChartFactory::tenantShares(shares, kTopTenants, dark); };
    const QList<CostRow> rows = data.tenants;
    view.tooltip = [shares, rows](const QVariant &key) {
        const qsizetype drawn = std::min<qsizetype>(kTopTenants, shares.size());
        const qsizetype i = drawn - 1 - key.toInt(); // bars run bottom-up
        if (i < 0 || i >= shares.size())
            return QString();
        const SpendShare &s = shares[i];
        const DisplayFormat format;
        QStringList lines{
            s.tenant,
            tr("%1 in %2 requests").arg(usd(NanoUsd::toDouble(rows[i].costNanos)), format.integer(rows[i].requests)),
            tr("Share of spend: %1 %").arg(format.decimal(100 * s.spendShare, 2)),
            tr("Share of revenue: %1").arg(s.known ? format.percent(100 * s.revenueShare, 2) : tr("unknown"))};
        if (s.flagged)
            lines.append(tr("⚑ spend share %1× the revenue share").arg(format.decimal(s.ratio, 2)));
        return lines.join(u'\n');
    };
    // Counted as the status bar counts: the portfolio's tenants, and apart from them the other keys (internal
    // traffic, or tenants the portfolio does not know).
    const qsizetype known = std::count_if(shares.cbegin(), shares.cend(), [](const SpendShare &s) { return s.known; });
    QString spread = tr("%1 across %n tenant(s)", nullptr, int(known)).arg(usd(NanoUsd::toDouble(totalNanos)));
    if (known < shares.size())
        spread += tr(" and %n other key(s) (internal traffic, or not a tenant of the portfolio)", nullptr,
                     int(shares.size() - known));
    view.caption =
        spread + u". "_s +
        (data.narrowed() ? tr("Shares are of all spend in the period (%1), not of the filtered part.")
                                   .arg(usd(NanoUsd::toDouble(data.periodSpendNanos))) +
                               u' '
                         : QString()) +
        (flagged.isEmpty()
             ? tr("No tenant's share of spend exceeds %1× its share of revenue.").arg(DisplayFormat().number(ratio))
             : tr("Share of spend above %1× the share of revenue: %2.")
                   .arg(DisplayFormat().number(ratio), flagged.join(u", "_s)));
    return view;
}

ViewContent DashboardViews::editRate(const DashboardData &data, const Portfolio &portfolio)
{
    const QMap<QString, QList<WeeklyEditRate>> weeks = weeklyEditRatesByUseCase(data.feedback);
    QMultiMap<QString, QDate> rises;
    for (const Alert &a : data.alerts) {
        if (a.kind == AlertKind::EditRateRise)
            rises.insert(a.useCase, a.date);
    }
    QStandardItemModel *table = newTable({tr("Use case"), tr("Week of"), tr("Edited"), tr("All feedback"),
                                          tr("Edit rate"), tr("Change (pp)"), tr("Alert")});
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
        const QList<WeeklyEditRate> &list = it.value();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const WeeklyEditRate &w = list[i];
            const std::optional<double> change = changeFromPreviousWeek(list, i);
            table->appendRow(
                {textCell(it.key()), dayCell(w.weekStart), countCell(w.edited), countCell(w.total),
                 percentCell(w.ratePct()),
                 change ? numberCell(DisplayFormat().decimal(*change, 1), *change) : textCell(QString()),
                 textCell(rises.contains(it.key(), w.weekStart)
                              ? tr("⚑ up more than %1 pp").arg(DisplayFormat().number(portfolio.policy.editRateAlertPp))
                              : QString())});
        }
    }
    ViewContent view;
    view.table = table;
    const app::SeriesPalette palette = seriesPalette(portfolio);
    view.chart = [weeks, rises, palette](bool dark) {
        return app::ChartFactory::weeklyEditRates(weeks, rises, dark, palette);
    };
    view.tooltip = [weeks](const QVariant &key) {
        const QDate monday = mondayOf(key.toDate());
        QStringList lines{tr("Week of %1").arg(dayText(monday))};
        for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
            for (const WeeklyEditRate &w : it.value()) {
                if (w.weekStart == monday)
                    lines.append(tr("  %1: %2 % (%3 of %4 edited)")
                                     .arg(it.key(), DisplayFormat().decimal(w.ratePct(), 1),
                                          DisplayFormat().integer(w.edited), DisplayFormat().integer(w.total)));
            }
        }
        return lines.join(u'\n');
    };
    view.caption = tr("Edited answers ÷ all feedback, per use case and week (weeks start on Monday). Alerts when "
                      "a week is more than %1 pp above the week before: %2.")
                       .arg(DisplayFormat().number(portfolio.policy.editRateAlertPp))
                       .arg(rises.size());
    if (!data.filter.model.isEmpty() || !data.filter.source.isEmpty())
        view.caption += u' ' + tr("Feedback carries no model or source: those filters do not apply here.");
    return view;
}

ViewContent DashboardViews::evalPassRate(const DashboardData &data, const Portfolio &portfolio,
                                         const QString &useCaseId)
{
    const UseCase *useCase = portfolio.useCase(useCaseId);
    QList<EvalRun> runs;
    if (useCase != nullptr) {
        for (const EvalRun &run : useCase->evalRuns) {
            if (run.date >= data.filter.from && run.date <= data.filter.to)
                runs.append(run);
        }
    }
    const double threshold = useCase != nullptr ? GateEngine::thresholdPct(portfolio, *useCase) : 0.0;
    QStandardItemModel *table = newTable({tr("Run"), tr("Date"), tr("Route"), tr("Cases"), tr("Passed"),
                                          tr("Pass rate"), tr("Threshold"), tr("Approved baseline")});
    for (const EvalRun &run : std::as_const(runs)) {
        const auto rate = run.passRatePct();
        table->appendRow({textCell(run.id), dayCell(run.date),
                          textCell(u"%1 v%2"_s.arg(run.route).arg(run.routeVersion)), countCell(run.totalCases()),
                          countCell(run.passedCases()), rate ? percentCell(*rate) : textCell(QString()),
                          percentCell(threshold), textCell(run.baseline ? tr("yes") : QString())});
    }
    ViewContent view;
    view.table = table;
    const QString name = useCase != nullptr ? useCase->name : QString();
    view.chart = [runs, threshold, name](bool dark) {
        QChart *chart = app::ChartFactory::evalPassRate(runs, threshold, dark);
        if (!name.isEmpty())
            chart->setTitle(tr("%1: eval pass rate").arg(name));
        return chart;
    };
    view.tooltip = [runs, threshold](const QVariant &key) {
        QStringList lines;
        for (const EvalRun &run : runs) {
            if (run.date == key.toDate() && run.passRatePct())
                lines.append(tr("%1 (%2): %3 % of %4 cases passed%5")
                                 .arg(run.id, dayText(run.date), DisplayFormat().decimal(*run.passRatePct(), 1),
                                      DisplayFormat().integer(run.totalCases()),
                                      run.baseline ? tr(", approved baseline") : QString()));
        }
        lines.append(tr("Threshold: %1 %").arg(DisplayFormat().decimal(threshold, 1)));
        return lines.join(u'\n');
    };
    view.caption = useCase == nullptr
                       ? tr("No use case has eval runs yet.")
                       : tr("%1: %n eval run(s) in the period; threshold %2 %.", nullptr, int(runs.size()))
                             .arg(name, DisplayFormat().decimal(threshold, 1));
    if (useCase != nullptr && data.filter.useCase.isEmpty())
        view.caption += u' ' + tr("Choose a use case in the filter to see another.");
    return view;
}

} // namespace greenlight::ui
