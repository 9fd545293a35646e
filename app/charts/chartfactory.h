#pragma once

#include "alerts/weeklyeditrate.h"
#include "domain/portfolio.h"
#include "storage/rollupqueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QChart)

namespace greenlight::app {

using models::WeeklyEditRate;

/**
 * Builds the Qt Charts the dashboards and the audit packet share, from figures already computed
 * (rollups, eval runs). Charts use the light theme and no animation, so they read the same on a
 * screen and on paper; the caller owns the returned chart.
 */
class ChartFactory final
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    /// Eval pass rate by run date (route and version in the point labels are not drawn), the threshold
    /// as a dashed line, approved baselines as marked points.
    /// @p dark picks the dark theme for a screen with a dark palette (print is always light).
    [[nodiscard]] static QChart *evalPassRate(const QList<models::EvalRun> &runs, double thresholdPct,
                                              bool dark = false);
    /// Daily cost in USD between @p from and @p to (days without usage drawn as 0), the daily cost cap as a
    /// dashed line, days over the cap marked.
    [[nodiscard]] static QChart *dailyCost(const QList<models::DailyCost> &days, const QDate &from, const QDate &to,
                                           std::optional<double> capUsd);
    /// Weekly edit rate in percent.
    [[nodiscard]] static QChart *weeklyEditRate(const QList<WeeklyEditRate> &weeks);
};

} // namespace greenlight::app
