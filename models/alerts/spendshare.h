#pragma once

#include "domain/portfolio.h"
#include "storage/rollupqueries.h"

namespace greenlight::models {

/// A tenant's share of AI spend against its share of revenue (seed 002's margin problem).
struct SpendShare {
    QString tenant;                ///< the usage's tenant key
    const Tenant *known = nullptr; ///< the portfolio's tenant, or nullptr when the key is not one
    qint64 costNanos = 0;
    double spendShare = 0;   ///< 0…1 of all spend in the rows
    double revenueShare = 0; ///< 0…1 of all tenants' monthly revenue; 0 when unknown
    double ratio = 0;        ///< spendShare ÷ revenueShare; 0 without revenue
    bool flagged = false;    ///< ratio above the policy's spendShareRatioAlert
};

/// Spend shares for per-tenant cost rows (RollupQueries::costs by tenant), in the rows' order. A share is of
/// @p allSpendNanos when given (all spend of the period, when the rows are a filtered part of it), else of the rows'
/// own total. The rows' costs must add up within 64 bits, which RollupQueries::costs guarantees.
[[nodiscard]] QList<SpendShare> spendShares(const QList<CostRow> &tenantRows, const Portfolio &portfolio,
                                            std::optional<qint64> allSpendNanos = std::nullopt);

} // namespace greenlight::models
