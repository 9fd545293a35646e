#pragma once

#include <QByteArray>

#include <optional>

namespace greenlight::models {

/// One request as a gateway or a usage file reports it (DESIGN §1 "Usage record"). Text is UTF-8:
/// records stream from files to the database by the million, and converting each field to UTF-16
/// and back was a large share of an import.
struct UsageRecord {
    QByteArray source;
    QByteArray requestId;
    qint64 occurredAtMs = 0; ///< UTC, milliseconds since the epoch
    QByteArray provider;
    QByteArray model;
    QByteArray tenant;
    QByteArray useCase;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 costNanos = 0; ///< USD × 1e9 (NanoUsd), so sums are exact to the nano-dollar
    std::optional<qint64> latencyMs;
    QByteArray status; ///< success | failure | …; anything but empty or "success" counts as an error
};

enum class FeedbackOutcome { Accepted, Edited, Rejected };

/// One piece of user feedback on an AI answer (DESIGN §1 "Feedback record").
struct FeedbackRecord {
    QByteArray source;
    qint64 occurredAtMs = 0;
    QByteArray useCase;
    QByteArray tenant;
    QByteArray requestId;
    FeedbackOutcome outcome = FeedbackOutcome::Accepted;
};

/// Days since 1970-01-01 (UTC) for a time in milliseconds: the rollup key.
constexpr qint64 epochDay(qint64 ms)
{
    return (ms >= 0 ? ms : ms - 86'399'999) / 86'400'000;
}

} // namespace greenlight::models
