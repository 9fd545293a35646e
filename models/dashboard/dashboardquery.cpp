#include "dashboard/dashboardquery.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

/// Alerts name one subject: a tenant (spend share: the tenant's share of all spend) or a use case as a whole (cost
/// cap, edit rate, eval). A use case's alert stays when the view is narrowed to a tenant or model of it: the day
/// was over the cap whatever slice is drawn.
bool concerns(const Alert &alert, const RollupFilter &filter)
{
    if (alert.kind == AlertKind::UngovernedSpend && !filter.tenant.isEmpty() && !alert.tenants.contains(filter.tenant))
        return false; // spend of other tenants
    if (!alert.tenant.isEmpty())
        return filter.useCase.isEmpty() && (filter.tenant.isEmpty() || alert.tenant == filter.tenant);
    return filter.useCase.isEmpty() || alert.useCase == filter.useCase;
}

} // namespace

Result<DashboardData> DashboardQuery::load(const Portfolio &portfolio, const RollupFilter &filter) const
{
    const RollupQueries rollups(m_db);
    DashboardData data;
    data.filter = filter;
    GL_ASSIGN(data.dailyByModel, rollups.dailyCosts(filter, CostDimension::Model));
    GL_ASSIGN(data.dailyByUseCase, rollups.dailyCosts(filter, CostDimension::UseCase));
    GL_ASSIGN(data.tenants, rollups.costs(CostDimension::Tenant, filter));
    GL_ASSIGN(data.feedback, rollups.dailyFeedback(filter));
    QList<Alert> alerts;
    const bool wholePeriod = !data.narrowed();
    QList<CostRow> periodTenants = data.tenants;
    if (!wholePeriod)
        GL_ASSIGN(periodTenants,
                  rollups.costs(CostDimension::Tenant, RollupFilter{filter.from, filter.to, {}, {}, {}, {}}));
    for (const CostRow &row : std::as_const(periodTenants)) {
        if (!NanoUsd::add(data.periodSpendNanos, row.costNanos))
            return fail(u"usage_daily"_s, QCoreApplication::translate("DashboardQuery", "the period's spend is too "
                                                                                        "large to add up exactly"));
    }
    if (wholePeriod) { // the figures above are the ones the alerts read: do not query them twice
        AlertFigures figures{data.tenants, data.feedback, data.dailyByUseCase, {}};
        GL_ASSIGN(figures.byUseCaseAndTenant, rollups.spendByUseCaseAndTenant(filter));
        alerts = AlertScanner::evaluate(portfolio, filter.from, filter.to, figures);
    } else { // alerts concern the whole period, whatever the filter narrows the views to
        GL_ASSIGN(alerts, AlertScanner(m_db).scan(portfolio, filter.from, filter.to));
    }
    for (const Alert &alert : std::as_const(alerts)) {
        if (concerns(alert, filter))
            data.alerts.append(alert);
    }
    return data;
}

Result<RollupDimensions> DashboardQuery::dimensions() const
{
    return RollupQueries(m_db).dimensions();
}

} // namespace greenlight::models
