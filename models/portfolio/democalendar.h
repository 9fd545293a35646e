#pragma once

#include <QByteArray>
#include <QDate>

namespace greenlight::models {

/**
 * The demo portfolio was written as of one day (writtenOn()). Loaded on another day, every date in it moves by
 * the same number of days: the dated fields and the dates inside ids (`review-2026-10-21`, `run-2026-09-15`),
 * consistently, so references still match. Its evidence keeps its age and its gates their results, whenever the
 * demo is loaded; evidence that goes stale (issue 20) would otherwise turn the demo red as the calendar moves on.
 */
class DemoCalendar final
{
public:
    [[nodiscard]] static QDate writtenOn();
    /// @p json with every YYYY-MM-DD in it moved by writtenOn().daysTo(@p today) days.
    [[nodiscard]] static QByteArray movedTo(const QByteArray &json, QDate today);
};

} // namespace greenlight::models
