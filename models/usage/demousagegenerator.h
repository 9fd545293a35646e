#pragma once

#include "domain/portfolio.h"
#include "usage/usagerecord.h"

#include <QDate>

namespace greenlight::models {

/// Usage and feedback records that make every chart of the demo database tell a story.
struct DemoUsage {
    QList<UsageRecord> usage;
    QList<FeedbackRecord> feedback;
};

/**
 * Generates deterministic demo traffic for the use cases of a portfolio: the same portfolio and
 * last day always give the same records. Launched and piloted use cases get daily traffic on the
 * model of their current route (weekends quieter), customer-facing ones spread over the tenants
 * (Globex and Hooli spend far beyond their share of revenue), a traffic spike pushes the docs
 * assistant over its daily cost cap, the retired use case stops after its first month, and the
 * support drafts' edit rate climbs in the last weeks.
 */
class DemoUsageGenerator final
{
public:
    static constexpr int defaultDays = 90;
    [[nodiscard]] static DemoUsage generate(const Portfolio &portfolio, const QDate &lastDay, int days = defaultDays);
    /// List price in USD per million tokens (input, output) for the demo's models.
    [[nodiscard]] static std::pair<double, double> pricePerMillion(const QString &model);
};

} // namespace greenlight::models
