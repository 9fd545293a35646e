#pragma once

#include "alerts/spendshare.h"
#include "alerts/weeklyeditrate.h"
#include "domain/portfolio.h"
#include "storage/rollupqueries.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QChart)

namespace greenlight::app {

using models::WeeklyEditRate;

/**
 * Builds the Qt Charts the dashboards and the audit packet share, from figures already computed
 * (rollups, eval runs). Charts use the light theme and no animation, so they read the same on a
 * screen and on paper; the caller owns the returned chart.
 */
/**
 * The colours of a chart's series (issue 19): a qualitative palette without red (red is for caps, thresholds and
 * alerts), colour-blind safe first (Okabe and Ito). A name the palette knows (a use case id or model of the
 * portfolio) has its colour from its place among the known names, so it keeps it in every chart and date range
 * whatever else is shown; other names take the colours no known name has, by a hash of the name.
 */
class SeriesPalette final
{
public:
    SeriesPalette() = default;
    explicit SeriesPalette(QStringList knownNames);
    /// The colour of @p name within one chart; @p taken collects the chart's colours so none repeats while free
    /// ones remain.
    [[nodiscard]] QColor colour(const QString &name, QList<int> &taken, bool dark = false) const;
    static constexpr int size = 12;

private:
    QStringList m_known; ///< sorted, without duplicates
};

class ChartFactory final
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    /// Eval pass rate by run date (route and version in the point labels are not drawn), the threshold
    /// as a dashed line, approved baselines as marked points.
    /// @p dark picks the dark theme for a screen with a dark palette (print is always light).
    [[nodiscard]] static QChart *evalPassRate(const QList<models::EvalRun> &runs, double thresholdPct,
                                              bool dark = false);
    /// Daily cost in USD between @p from and @p to (days without usage drawn as 0), stacked by the rows'
    /// series (a model or a use case; one unnamed series draws as "Cost"), the daily cost cap as a dashed
    /// line when there is one, and days over a cap marked at their total: @p overCapDays when given
    /// (several use cases, several caps), else the days whose total exceeds @p capUsd.
    [[nodiscard]] static QChart *dailyCost(const QList<models::DailyCost> &days, const QDate &from, const QDate &to,
                                           std::optional<double> capUsd, bool dark = false,
                                           const std::optional<QList<QDate>> &overCapDays = std::nullopt,
                                           const SeriesPalette &palette = {});
    /// Each tenant's share of AI spend beside its share of revenue (percent), the @p top biggest spenders,
    /// biggest at the top; tenants past the policy ratio carry a ⚑ in their label.
    [[nodiscard]] static QChart *tenantShares(const QList<models::SpendShare> &shares, int top, bool dark = false);
    /// Weekly edit rate in percent, one line per use case; @p alertWeeks (use case → week starts) are
    /// marked as rises beyond the policy's points.
    [[nodiscard]] static QChart *weeklyEditRates(const QMap<QString, QList<WeeklyEditRate>> &byUseCase,
                                                 const QMultiMap<QString, QDate> &alertWeeks = {}, bool dark = false,
                                                 const SeriesPalette &palette = {});
};

} // namespace greenlight::app
