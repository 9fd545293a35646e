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

QMap<QString, QList<WeeklyEditRate>> weeklyEditRatesByUseCase(const QList<DailyFeedback> &days)
{
    QMap<QString, QList<DailyFeedback>> byUseCase;
    for (const DailyFeedback &d : days)
        byUseCase[d.useCase].append(d);
    QMap<QString, QList<WeeklyEditRate>> weeks;
    for (auto it = byUseCase.cbegin(); it != byUseCase.cend(); ++it)
        weeks.insert(it.key(), weeklyEditRates(it.value()));
    return weeks;
}

std::optional<double> changeFromPreviousWeek(const QList<WeeklyEditRate> &weeks, qsizetype i)
{
    if (i < 1 || i >= weeks.size() || weeks[i - 1].weekStart.addDays(7) != weeks[i].weekStart ||
        weeks[i - 1].total == 0)
        return std::nullopt;
    return weeks[i].ratePct() - weeks[i - 1].ratePct();
}

} // namespace greenlight::models
