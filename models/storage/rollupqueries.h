#pragma once

#include "domain/error.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace greenlight::models {

class Database;

enum class CostDimension { Tenant, Model, UseCase, Day };

/// Spend and volume for one key (a tenant, a model, a use case or a day).
struct CostRow {
    QString key;
    qint64 costNanos = 0;
    qint64 requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
};

/// The spend of one use case on one tenant (both keys as stored; either may be empty).
struct UseCaseTenantCost {
    QString useCase;
    QString tenant;
    qint64 costNanos = 0;
};

/// Which rollup rows a query reads: a date range (inclusive; invalid = open) and optional exact matches.
struct RollupFilter {
    QDate from;
    QDate to;
    QString tenant;
    QString useCase;
    QString model;
    QString source; ///< usage only; feedback has no source
};

/// One day's spend of one series (a model or a use case; empty when not split).
struct DailyCost {
    QDate day;
    QString series;
    qint64 costNanos = 0;
    qint64 requests = 0;
};

/// One day's feedback outcomes of one use case.
struct DailyFeedback {
    QDate day;
    QString useCase;
    qint64 accepted = 0;
    qint64 edited = 0;
    qint64 rejected = 0;
};

/// The values the dashboard filters offer: every tenant, use case, model and source in the rollups.
struct RollupDimensions {
    QStringList tenants;
    QStringList useCases;
    QStringList models;
    QStringList sources;
};

/// Figures read from the daily rollups, never from the raw records: each usage query reads the smallest rollup whose
/// key holds the columns it filters and groups by (UsageRollups::readFor), which sums the same rows into fewer.
class RollupQueries final
{
public:
    explicit RollupQueries(Database &db) : m_db(db) {}

    /// Totals per key between two dates (inclusive; open ends allowed), by cost descending, or by day ascending.
    [[nodiscard]] Result<QList<CostRow>> costs(CostDimension by, const QDate &from, const QDate &to) const;
    [[nodiscard]] Result<QList<CostRow>> costs(CostDimension by, const RollupFilter &filter) const;
    /// Spend per day (ascending), split by model or use case when @p splitBy is given; days without usage are absent.
    [[nodiscard]] Result<QList<DailyCost>> dailyCosts(const RollupFilter &filter,
                                                      std::optional<CostDimension> splitBy = std::nullopt) const;
    /// Feedback outcomes per day and use case (ascending by day, then use case).
    [[nodiscard]] Result<QList<DailyFeedback>> dailyFeedback(const RollupFilter &filter) const;
    /// Spend per use case and tenant, ordered by use case and tenant.
    [[nodiscard]] Result<QList<UseCaseTenantCost>> spendByUseCaseAndTenant(const RollupFilter &filter) const;
    /// Every distinct tenant, use case, model and source in the rollups, each sorted.
    [[nodiscard]] Result<RollupDimensions> dimensions() const;

private:
    Database &m_db;
};

} // namespace greenlight::models
