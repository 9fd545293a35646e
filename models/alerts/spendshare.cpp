#include "alerts/spendshare.h"

#include <limits>

namespace greenlight::models {

QList<SpendShare> spendShares(const QList<CostRow> &tenantRows, const Portfolio &portfolio,
                              std::optional<qint64> allSpendNanos)
{
    qint64 totalNanos = allSpendNanos.value_or(0);
    for (const CostRow &r : allSpendNanos ? QList<CostRow>() : tenantRows) {
        // RollupQueries refuses rows whose costs add up past 64 bits, so this only trips on hand-made rows;
        // they get the largest total rather than a wrapped, negative one.
        if (__builtin_add_overflow(totalNanos, r.costNanos, &totalNanos)) {
            Q_ASSERT_X(false, "spendShares", "the tenants' costs add up past 64 bits");
            totalNanos = std::numeric_limits<qint64>::max();
            break;
        }
    }
    double totalRevenue = 0;
    for (const Tenant &t : portfolio.tenants)
        totalRevenue += t.monthlyRevenueUsd.value_or(0.0);
    QList<SpendShare> shares;
    for (const CostRow &r : tenantRows) {
        SpendShare s;
        s.tenant = r.key;
        s.costNanos = r.costNanos;
        for (const Tenant &t : portfolio.tenants) {
            if (t.id == r.key)
                s.known = &t;
        }
        s.spendShare = totalNanos > 0 ? double(r.costNanos) / double(totalNanos) : 0.0;
        s.revenueShare =
            s.known != nullptr && totalRevenue > 0 ? s.known->monthlyRevenueUsd.value_or(0.0) / totalRevenue : 0.0;
        s.ratio = s.revenueShare > 0 ? s.spendShare / s.revenueShare : 0.0;
        // Compared without dividing: cost × all revenue > ratio × revenue × all cost, exact for whole numbers,
        // so a share exactly at the ratio is never flagged by a rounding error.
        const double revenue = s.known != nullptr ? s.known->monthlyRevenueUsd.value_or(0.0) : 0.0;
        s.flagged = revenue > 0 && double(r.costNanos) * totalRevenue >
                                       portfolio.policy.spendShareRatioAlert * revenue * double(totalNanos);
        shares.append(s);
    }
    return shares;
}

} // namespace greenlight::models
