#pragma once

#include "domain/error.h"
#include "storage/usagestore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace greenlight::models {

class Database;

/**
 * One usage rollup table. usage_daily holds every dimension (day × source × use case × tenant × model); the smaller
 * ones of schema 19 leave some out, so a view that neither groups nor filters by those sums a few thousand rows
 * instead of every row of usage_daily. All hold the same measures, and each smaller one is exactly usage_daily
 * grouped by its own key: every path that writes usage_daily writes them in the same transaction.
 */
struct UsageRollupTable {
    QString name;
    bool bySource = true;
    bool byUseCase = true;
    bool byTenant = true;
    bool byModel = true;

    /// Whether @p column ("day", "source", "use_case", "tenant" or "model") is part of the key.
    [[nodiscard]] bool has(const QString &column) const;
    /// The key columns in primary-key order, day first.
    [[nodiscard]] QStringList keyColumns() const;
    /// The key columns, then the measures: the column list of an INSERT.
    [[nodiscard]] QStringList columns() const;
    /// @p full with the dimensions this table leaves out emptied: its row's key, as a hash key.
    [[nodiscard]] UsageRollupKey keyOf(const UsageRollupKey &full) const;
    /// The clause that adds a new row to the stored one with the same key (insert or add).
    [[nodiscard]] QString addition() const;
    /// "SELECT key, SUM(measure)… FROM @p from [WHERE @p where] GROUP BY key": @p from's rows (usage_daily or a
    /// relation with its columns) summed into this table's rows.
    [[nodiscard]] QString summedFrom(const QString &from, const QString &where = {}) const;
};

/// The usage rollups: the full one and the smaller ones, and which of them a query should read.
class UsageRollups final
{
public:
    /// The measures every usage rollup holds, in column order.
    [[nodiscard]] static const QStringList &measures();
    /// usage_daily.
    [[nodiscard]] static const UsageRollupTable &full();
    /// The rollups without some dimensions (schema 19), the one a query prefers first.
    [[nodiscard]] static const QList<UsageRollupTable> &smaller();
    /// The smallest rollup whose key holds every one of @p columns (usage_daily when no smaller one does). Any of
    /// them gives the same sums for a query on those columns.
    [[nodiscard]] static const UsageRollupTable &readFor(const QStringList &columns);
    /// The common table expressions ("rolled AS (INSERT …), …", one per rollup) that add the rows of the CTE
    /// @p grouped (usage_daily's columns, one row per key) to usage_daily and their sums to each smaller rollup, in
    /// one statement (PostgreSQL: a data-modifying WITH runs once, whether or not the statement reads it).
    [[nodiscard]] static QString additionsFrom(const QString &grouped);
    /// Recomputes the rows of the smaller rollup @p table that @p where selects from usage_daily (@p where is a
    /// condition on columns of @p table's key, with its values; empty: the whole table).
    [[nodiscard]] static Status rebuild(Database &db, const UsageRollupTable &table, const QString &where,
                                        const QVariantList &values);
};

} // namespace greenlight::models
