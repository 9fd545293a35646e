#pragma once

#include <QString>

#include <optional>

namespace greenlight::models {

/// One request as a gateway or a usage file reports it (DESIGN §1 "Usage record").
struct UsageRecord {
    QString source;
    QString requestId;
    qint64 occurredAtMs = 0; ///< UTC, milliseconds since the epoch
    QString provider;
    QString model;
    QString tenant;
    QString useCase;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 costMicros = 0; ///< USD × 1,000,000, so sums are exact to the cent
    std::optional<qint64> latencyMs;
    QString status; ///< success | failure | …; anything but empty or "success" counts as an error
};

enum class FeedbackOutcome { Accepted, Edited, Rejected };

/// One piece of user feedback on an AI answer (DESIGN §1 "Feedback record").
struct FeedbackRecord {
    QString source;
    qint64 occurredAtMs = 0;
    QString useCase;
    QString tenant;
    QString requestId;
    FeedbackOutcome outcome = FeedbackOutcome::Accepted;
};

/// Days since 1970-01-01 (UTC) for a time in milliseconds: the rollup key.
constexpr qint64 epochDay(qint64 ms)
{
    return (ms >= 0 ? ms : ms - 86'399'999) / 86'400'000;
}

} // namespace greenlight::models
