#pragma once

#include "alerts/alertscanner.h"
#include "domain/error.h"
#include "domain/portfolio.h"
#include "storage/rollupqueries.h"
#include "usage/nanousd.h"

#include <QList>
#include <QStringList>

namespace greenlight::models {

class Database;

/// What every dashboard view draws for one filter, read from the rollups (plain values: it crosses threads).
struct DashboardData {
    RollupFilter filter;
    QList<DailyCost> dailyByModel;   ///< spend per day and model
    QList<DailyCost> dailyByUseCase; ///< spend per day and use case
    QList<CostRow> tenants;          ///< spend and volume per tenant, by cost descending
    /// All spend of the period, whatever the filter: shares of spend are of this, not of the filtered part.
    qint64 periodSpendNanos = 0;
    /// Whether the filter narrows the period to a tenant, use case, model or source.
    [[nodiscard]] bool narrowed() const
    {
        return !filter.tenant.isEmpty() || !filter.useCase.isEmpty() || !filter.model.isEmpty() ||
               !filter.source.isEmpty();
    }
    QList<DailyFeedback> feedback; ///< feedback outcomes per day and use case (no model or source)
    QList<Alert> alerts;           ///< the period's alerts that concern the filter's tenant and use case
};

/// Runs the dashboard's queries; each is one GROUP BY over the daily rollups.
class DashboardQuery final
{
public:
    explicit DashboardQuery(Database &db) : m_db(db) {}

    [[nodiscard]] Result<DashboardData> load(const Portfolio &portfolio, const RollupFilter &filter) const;
    [[nodiscard]] Result<RollupDimensions> dimensions() const;

private:
    Database &m_db;
};

} // namespace greenlight::models
