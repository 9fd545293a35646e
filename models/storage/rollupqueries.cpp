#include "storage/rollupqueries.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/usagerollups.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

qint64 toEpochDay(const QDate &date)
{
    return date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

QDate fromEpochDay(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

/// A WHERE clause, its values, and the columns it reads.
struct Where {
    QString sql;
    QVariantList values;
    QStringList columns;
};

/// The WHERE clause and its values for @p f; @p withSource is false for tables without a source column.
Where whereClause(const RollupFilter &f, bool withSource)
{
    Where w{u" WHERE day >= ? AND day <= ?"_s,
            {f.from.isValid() ? toEpochDay(f.from) : qint64(std::numeric_limits<qint32>::min()),
             f.to.isValid() ? toEpochDay(f.to) : qint64(std::numeric_limits<qint32>::max())},
            {u"day"_s}};
    const auto match = [&](const QString &column, const QString &value) {
        if (!value.isEmpty()) {
            w.sql += u" AND "_s + column + u" = ?"_s;
            w.values.append(value);
            w.columns.append(column);
        }
    };
    match(u"tenant"_s, f.tenant);
    match(u"use_case"_s, f.useCase);
    if (withSource) {
        match(u"model"_s, f.model);
        match(u"source"_s, f.source);
    }
    return w;
}

/// The usage rollup to read for a query that filters by @p where and groups by @p grouped: the smallest that holds
/// them all, which gives the same sums as usage_daily with fewer rows to add.
QString usageTable(const Where &where, const QStringList &grouped)
{
    return UsageRollups::readFor(where.columns + grouped).name;
}

QString columnOf(CostDimension by)
{
    switch (by) {
    case CostDimension::Tenant: return u"tenant"_s;
    case CostDimension::Model: return u"model"_s;
    case CostDimension::UseCase: return u"use_case"_s;
    case CostDimension::Day: return u"day"_s;
    }
    return u"day"_s;
}

} // namespace

Result<QList<CostRow>> RollupQueries::costs(CostDimension by, const QDate &from, const QDate &to) const
{
    return costs(by, RollupFilter{from, to, {}, {}, {}, {}});
}

Result<QList<DailyCost>> RollupQueries::dailyCosts(const RollupFilter &filter,
                                                   std::optional<CostDimension> splitBy) const
{
    const bool split = splitBy && *splitBy != CostDimension::Day;
    const QString series = split ? columnOf(*splitBy) : QString();
    const Where where = whereClause(filter, true);
    const QString table = usageTable(where, split ? QStringList{series} : QStringList());
    SqlStatement st(m_db, split ? u"SELECT day, %1, SUM(cost_nanos), SUM(requests) FROM %3%2 "
                                  u"GROUP BY day, %1 ORDER BY day, %1"_s.arg(series, where.sql, table)
                                : u"SELECT day, '', SUM(cost_nanos), SUM(requests) FROM %2%1 "
                                  u"GROUP BY day ORDER BY day"_s.arg(where.sql, table));
    GL_TRY(st.exec(where.values));
    QList<DailyCost> rows;
    while (st.next())
        rows.append(DailyCost{fromEpochDay(st.value(0).toLongLong()), st.value(1).toString(), st.value(2).toLongLong(),
                              st.value(3).toLongLong()});
    GL_TRY(st.finished());
    return rows;
}

Result<QList<UseCaseTenantCost>> RollupQueries::spendByUseCaseAndTenant(const RollupFilter &filter) const
{
    const Where where = whereClause(filter, true);
    SqlStatement st(m_db,
                    u"SELECT use_case, tenant, SUM(cost_nanos) FROM %2%1 GROUP BY use_case, tenant "
                    u"ORDER BY use_case, tenant"_s.arg(where.sql, usageTable(where, {u"use_case"_s, u"tenant"_s})));
    GL_TRY(st.exec(where.values));
    QList<UseCaseTenantCost> rows;
    while (st.next())
        rows.append(UseCaseTenantCost{st.value(0).toString(), st.value(1).toString(), st.value(2).toLongLong()});
    GL_TRY(st.finished());
    return rows;
}

Result<QList<DailyFeedback>> RollupQueries::dailyFeedback(const RollupFilter &filter) const
{
    const Where where = whereClause(filter, false);
    // Without a tenant filter the rollup per use case and day (schema 20) gives the same sums from far fewer rows.
    const QString table = where.columns.contains(u"tenant"_s) ? u"feedback_daily"_s : u"feedback_daily_use_case"_s;
    SqlStatement st(m_db, u"SELECT day, use_case, SUM(accepted), SUM(edited), SUM(rejected) FROM %2%1 "
                          u"GROUP BY day, use_case ORDER BY day, use_case"_s.arg(where.sql, table));
    GL_TRY(st.exec(where.values));
    QList<DailyFeedback> rows;
    while (st.next())
        rows.append(DailyFeedback{fromEpochDay(st.value(0).toLongLong()), st.value(1).toString(),
                                  st.value(2).toLongLong(), st.value(3).toLongLong(), st.value(4).toLongLong()});
    GL_TRY(st.finished());
    return rows;
}

Result<QList<CostRow>> RollupQueries::costs(CostDimension by, const RollupFilter &filter) const
{
    const QString column = columnOf(by);
    const QString order = by == CostDimension::Day ? u"1"_s : u"2 DESC, 1"_s;
    const Where where = whereClause(filter, true);
    SqlStatement st(m_db,
                    u"SELECT %1, SUM(cost_nanos), SUM(requests), SUM(prompt_tokens), SUM(completion_tokens) "
                    u"FROM %4%2 GROUP BY %1 ORDER BY %3"_s.arg(column, where.sql, order, usageTable(where, {column})));
    GL_TRY(st.exec(where.values));
    QList<CostRow> rows;
    CostRow total;
    while (st.next()) {
        const QString key = by == CostDimension::Day ? fromEpochDay(st.value(0).toLongLong()).toString(Qt::ISODate)
                                                     : st.value(0).toString();
        rows.append(CostRow{key, st.value(1).toLongLong(), st.value(2).toLongLong(), st.value(3).toLongLong(),
                            st.value(4).toLongLong()});
        // Each group's SUM fits (SQLite refuses one that does not), but their total is what shares and captions
        // divide by: refuse it too rather than let a reader wrap it.
        const CostRow &r = rows.constLast();
        if (__builtin_add_overflow(total.costNanos, r.costNanos, &total.costNanos) ||
            __builtin_add_overflow(total.requests, r.requests, &total.requests) ||
            __builtin_add_overflow(total.promptTokens, r.promptTokens, &total.promptTokens) ||
            __builtin_add_overflow(total.completionTokens, r.completionTokens, &total.completionTokens))
            return std::unexpected(m_db.totalsOverflowError());
    }
    GL_TRY(st.finished());
    return rows;
}

Result<RollupDimensions> RollupQueries::dimensions() const
{
    RollupDimensions dims;
    // The column names are constants of this function, never input.
    const auto distinct = [this](const QString &column, QStringList &into) -> Status {
        SqlStatement st(m_db,
                        u"SELECT DISTINCT %1 FROM %2 ORDER BY 1"_s.arg(column, UsageRollups::readFor({column}).name));
        GL_TRY(st.exec());
        while (st.next())
            into.append(st.value(0).toString());
        return {};
    };
    GL_TRY(distinct(u"tenant"_s, dims.tenants));
    GL_TRY(distinct(u"use_case"_s, dims.useCases));
    GL_TRY(distinct(u"model"_s, dims.models));
    GL_TRY(distinct(u"source"_s, dims.sources));
    return dims;
}

} // namespace greenlight::models
