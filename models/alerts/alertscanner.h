#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"
#include "storage/rollupqueries.h"

#include <QCoreApplication>
#include <QDate>

namespace greenlight::models {

class Database;

enum class AlertKind { SpendShare, EditRateRise, CostCap, EvalRegression, UngovernedSpend };

/// One thing a CTO should look at, with the figure and the threshold it crossed.
struct Alert {
    AlertKind kind = AlertKind::SpendShare;
    QString useCase; ///< empty for a tenant alert
    QString tenant;  ///< empty for a use-case alert
    QDate date;      ///< the day (cost cap), week start (edit rate), run date (eval) or period end (spend share)
    double value = 0;
    double threshold = 0;
    RuleMessage message; ///< English with locale-free figures via english(); translated() when shown
    /// Why, as a code (ungoverned spend: not_in_portfolio, retired, no_go, no_go_for_customers); empty otherwise.
    QString cause;
    QStringList tenants; ///< the tenants the spend served (ungoverned spend)
};

/// The rollup figures of a whole period that the alerts are computed from.
struct AlertFigures {
    QList<CostRow> tenants;                      ///< RollupQueries::costs by tenant
    QList<DailyFeedback> feedback;               ///< RollupQueries::dailyFeedback
    QList<DailyCost> dailyByUseCase;             ///< RollupQueries::dailyCosts split by use case
    QList<UseCaseTenantCost> byUseCaseAndTenant; ///< RollupQueries::spendByUseCaseAndTenant
};

/**
 * The alerts of DESIGN §3 over a period, from the rollups and the stored evals: tenants whose share
 * of spend exceeds the policy ratio times their share of revenue; weeks where a use case's edit rate
 * rose more than the policy's points over the week before; days a use case spent more than its daily
 * cost cap; latest eval runs more than the allowed points below their previous approved baseline; and spend
 * that governance does not cover (ungoverned spend: a use case not in the portfolio, retired, or without a go
 * decision for the audience its traffic serves: traffic of the portfolio's tenants needs a go at a customer gate).
 * Each fires only strictly beyond its threshold. Sorted by kind, then date, then subject.
 */
class AlertScanner final
{
    Q_DECLARE_TR_FUNCTIONS(AlertScanner)

public:
    explicit AlertScanner(Database &db) : m_db(db) {}
    /// Reads the period's figures from the rollups, then evaluate()s them.
    [[nodiscard]] Result<QList<Alert>> scan(const Portfolio &portfolio, const QDate &from, const QDate &to) const;
    /// The alerts of the period [@p from, @p to] in figures already read for it (unfiltered). Every kind keeps to
    /// the period: an eval regression is reported for the latest run on or before @p to only when it was in it.
    [[nodiscard]] static QList<Alert> evaluate(const Portfolio &portfolio, const QDate &from, const QDate &to,
                                               const AlertFigures &figures);
    [[nodiscard]] static QString kindName(AlertKind kind);
    /// The ungoverned-spend alerts of @p spend (a period's spend per use case and tenant), one per use case.
    [[nodiscard]] static QList<Alert> ungovernedSpend(const Portfolio &portfolio, const QDate &periodEnd,
                                                      const QList<UseCaseTenantCost> &spend);

private:
    Database &m_db;
};

} // namespace greenlight::models
