#pragma once

#include "dashboard/chartpanel.h"
#include "dashboard/dashboardquery.h"

#include <QCoreApplication>

namespace greenlight::ui {

/// What one dashboard view shows: how to build its chart, the table behind it, the tooltip text for a
/// hovered place and a one-paragraph caption with the totals.
struct ViewContent {
    ChartPanel::ChartBuilder chart;
    QStandardItemModel *table = nullptr; ///< owned by the caller (ChartPanel::setContent takes it)
    ChartPanel::Tooltip tooltip;
    QString caption;
};

/// Builds each dashboard view from loaded figures. Pure: no database, no widgets shown.
class DashboardViews final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardViews)

public:
    /// Daily cost stacked by model or use case; the cap line when the filter names a use case with a cap.
    [[nodiscard]] static ViewContent costOverTime(const models::DashboardData &data, const models::Portfolio &portfolio,
                                                  models::CostDimension stackBy);
    /// Spend and volume per tenant, spend share against revenue share, flags past the policy ratio.
    [[nodiscard]] static ViewContent costPerTenant(const models::DashboardData &data,
                                                   const models::Portfolio &portfolio);
    /// Weekly edit rate per use case, rises beyond the policy's points marked.
    [[nodiscard]] static ViewContent editRate(const models::DashboardData &data, const models::Portfolio &portfolio);
    /// Eval pass rate of @p useCaseId's runs in the period, with its threshold and approved baselines.
    [[nodiscard]] static ViewContent evalPassRate(const models::DashboardData &data, const models::Portfolio &portfolio,
                                                  const QString &useCaseId);
    /// How many tenants the tenant chart draws (the table has them all).
    static constexpr int kTopTenants = 12;
};

} // namespace greenlight::ui
