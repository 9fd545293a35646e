#include "storage/rollupqueries.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

qint64 toEpochDay(const QDate &date)
{
    return date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

} // namespace

Result<QList<CostRow>> RollupQueries::costs(CostDimension by, const QDate &from, const QDate &to) const
{
    QString column;
    switch (by) {
    case CostDimension::Tenant: column = u"tenant"_s; break;
    case CostDimension::Model: column = u"model"_s; break;
    case CostDimension::UseCase: column = u"use_case"_s; break;
    case CostDimension::Day: column = u"day"_s; break;
    }
    const QString order = by == CostDimension::Day ? u"1"_s : u"2 DESC, 1"_s;
    SqlStatement st(m_db, u"SELECT %1, SUM(cost_micros), SUM(requests), SUM(prompt_tokens), SUM(completion_tokens) "
                          u"FROM usage_daily WHERE day >= ? AND day <= ? GROUP BY %1 ORDER BY %2"_s.arg(column, order));
    const qint64 fromDay = from.isValid() ? toEpochDay(from) : std::numeric_limits<qint32>::min();
    const qint64 toDay = to.isValid() ? toEpochDay(to) : std::numeric_limits<qint32>::max();
    GL_TRY(st.exec({fromDay, toDay}));
    QList<CostRow> rows;
    while (st.next()) {
        const QString key = by == CostDimension::Day
                                ? QDate(1970, 1, 1).addDays(st.value(0).toLongLong()).toString(Qt::ISODate)
                                : st.value(0).toString();
        rows.append(CostRow{key, st.value(1).toLongLong(), st.value(2).toLongLong(), st.value(3).toLongLong(),
                            st.value(4).toLongLong()});
    }
    return rows;
}

} // namespace greenlight::models
