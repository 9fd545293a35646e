#include "alerts/weeklyeditrate.h"

#include <QMap>

namespace greenlight::models {

QList<WeeklyEditRate> weeklyEditRates(const QList<DailyFeedback> &days)
{
    QMap<QDate, WeeklyEditRate> weeks;
    for (const DailyFeedback &d : days) {
        const QDate monday = d.day.addDays(1 - d.day.dayOfWeek());
        WeeklyEditRate &week = weeks[monday];
        week.weekStart = monday;
        week.edited += d.edited;
        week.total += d.accepted + d.edited + d.rejected;
    }
    return weeks.values();
}

} // namespace greenlight::models
