#pragma once

#include "storage/rollupqueries.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

namespace greenlight::models {

/// One week's edit rate (edited ÷ all feedback) of a use case; weeks start on Monday.
struct WeeklyEditRate {
    QDate weekStart;
    qint64 edited = 0;
    qint64 total = 0;
    [[nodiscard]] double ratePct() const { return total == 0 ? 0.0 : 100.0 * double(edited) / double(total); }
};

/// Sums daily feedback into Monday-based weeks (ascending); weeks without feedback are absent.
[[nodiscard]] QList<WeeklyEditRate> weeklyEditRates(const QList<DailyFeedback> &days);
/// The same per use case, for daily feedback of several use cases.
[[nodiscard]] QMap<QString, QList<WeeklyEditRate>> weeklyEditRatesByUseCase(const QList<DailyFeedback> &days);
/// Points week @p i's rate moved against the week right before it; nullopt when that week has no feedback.
[[nodiscard]] std::optional<double> changeFromPreviousWeek(const QList<WeeklyEditRate> &weeks, qsizetype i);

} // namespace greenlight::models
