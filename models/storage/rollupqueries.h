#pragma once

#include "domain/error.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace greenlight::models {

class Database;

enum class CostDimension { Tenant, Model, UseCase, Day };

/// Spend and volume for one key (a tenant, a model, a use case or a day).
struct CostRow {
    QString key;
    qint64 costMicros = 0;
    qint64 requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
};

/// Figures read from the daily rollups, never from the raw records.
class RollupQueries final
{
public:
    explicit RollupQueries(Database &db) : m_db(db) {}

    /// Totals per key between two dates (inclusive; open ends allowed), by cost descending, or by day ascending.
    [[nodiscard]] Result<QList<CostRow>> costs(CostDimension by, const QDate &from, const QDate &to) const;

private:
    Database &m_db;
};

} // namespace greenlight::models
