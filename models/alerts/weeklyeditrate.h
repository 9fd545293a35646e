#pragma once

#include "storage/rollupqueries.h"

#include <QDate>
#include <QList>

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

} // namespace greenlight::models
