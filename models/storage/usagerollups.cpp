#include "storage/usagerollups.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

bool UsageRollupTable::has(const QString &column) const
{
    if (column == u"source"_s)
        return bySource;
    if (column == u"use_case"_s)
        return byUseCase;
    if (column == u"tenant"_s)
        return byTenant;
    if (column == u"model"_s)
        return byModel;
    return column == u"day"_s;
}

QStringList UsageRollupTable::keyColumns() const
{
    QStringList keys{u"day"_s};
    for (const QString &column : {u"source"_s, u"use_case"_s, u"tenant"_s, u"model"_s}) {
        if (has(column))
            keys.append(column);
    }
    return keys;
}

QStringList UsageRollupTable::columns() const
{
    return keyColumns() + UsageRollups::measures();
}

UsageRollupKey UsageRollupTable::keyOf(const UsageRollupKey &full) const
{
    return UsageRollupKey{full.day, bySource ? full.source : QByteArray(), byUseCase ? full.useCase : QByteArray(),
                          byTenant ? full.tenant : QByteArray(), byModel ? full.model : QByteArray()};
}

QString UsageRollupTable::addition() const
{
    QStringList sets;
    for (const QString &m : UsageRollups::measures())
        sets.append(u"%1 = %2.%1 + excluded.%1"_s.arg(m, name));
    return u"ON CONFLICT (%1) DO UPDATE SET %2"_s.arg(keyColumns().join(u", "_s), sets.join(u", "_s));
}

QString UsageRollupTable::summedFrom(const QString &from, const QString &where) const
{
    QStringList sums;
    for (const QString &m : UsageRollups::measures())
        sums.append(u"SUM(%1)"_s.arg(m));
    const QString keys = keyColumns().join(u", "_s);
    return u"SELECT %1, %2 FROM %3%4 GROUP BY %1"_s.arg(keys, sums.join(u", "_s), from,
                                                        where.isEmpty() ? QString() : u" WHERE "_s + where);
}

const QStringList &UsageRollups::measures()
{
    static const QStringList all{u"requests"_s, u"prompt_tokens"_s,  u"completion_tokens"_s, u"cost_nanos"_s,
                                 u"errors"_s,   u"latency_ms_sum"_s, u"latency_count"_s};
    return all;
}

const UsageRollupTable &UsageRollups::full()
{
    static const UsageRollupTable table{u"usage_daily"_s};
    return table;
}

const QList<UsageRollupTable> &UsageRollups::smaller()
{
    // Smallest first, as readFor() takes the first that fits. Without the tenant (the dimension with the most
    // values): cost by model and by use case, the filters' choices. Tenant × day: spend per tenant and one tenant's
    // totals. Use case × tenant × day: the alerts' spend by use case and tenant (no source, no model).
    static const QList<UsageRollupTable> tables{
        UsageRollupTable{u"usage_daily_model"_s, true, true, false, true},
        UsageRollupTable{u"usage_daily_tenant"_s, false, false, true, false},
        UsageRollupTable{u"usage_daily_use_case_tenant"_s, false, true, true, false},
    };
    return tables;
}

QString UsageRollups::additionsFrom(const QString &grouped)
{
    const UsageRollupTable &all = full();
    QString ctes = u"rolled AS (INSERT INTO %1 (%2) SELECT * FROM %3 ORDER BY %4 %5)"_s.arg(
        all.name, all.columns().join(u", "_s), grouped, all.keyColumns().join(u", "_s), all.addition());
    for (const UsageRollupTable &table : smaller()) {
        const QString keys = table.keyColumns().join(u", "_s);
        ctes += u", rolled_%1 AS (INSERT INTO %1 (%2) %3 ORDER BY %4 %5)"_s.arg(
            table.name, table.columns().join(u", "_s), table.summedFrom(grouped), keys, table.addition());
    }
    return ctes;
}

const UsageRollupTable &UsageRollups::readFor(const QStringList &columns)
{
    for (const UsageRollupTable &table : smaller()) {
        if (std::all_of(columns.cbegin(), columns.cend(), [&](const QString &c) { return table.has(c); }))
            return table;
    }
    return full();
}

Status UsageRollups::rebuild(Database &db, const UsageRollupTable &table, const QString &where,
                             const QVariantList &values)
{
    // Deleted, then summed again from usage_daily: exact whatever moved, with no rows left at zero.
    SqlStatement drop(db, u"DELETE FROM %1%2"_s.arg(table.name, where.isEmpty() ? QString() : u" WHERE "_s + where));
    GL_TRY(drop.exec(values));
    SqlStatement fill(db, u"INSERT INTO %1 (%2) %3"_s.arg(table.name, table.columns().join(u", "_s),
                                                          table.summedFrom(full().name, where)));
    return fill.exec(values);
}

} // namespace greenlight::models
