#include "usage/demousagegenerator.h"

#include <QHash>

#include <cmath>
#include <random>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

struct TrafficProfile {
    int weekdayRequests = 0;
    int promptTokens = 0;
    int completionTokens = 0;
    int latencyMs = 0;
    double feedbackShare = 0.0; ///< share of requests that get feedback
    double editRate = 0.0;
};

// Hand-picked so that each chart has something to show; unknown use cases get a modest default.
const QHash<QString, TrafficProfile> &profiles()
{
    static const QHash<QString, TrafficProfile> p = {
        {u"support-reply-draft"_s, {600, 1800, 220, 1900, 0.15, 0.22}},
        {u"ticket-classifier"_s, {500, 700, 12, 600, 0.05, 0.06}},
        {u"meeting-summary"_s, {80, 9000, 600, 14000, 0.30, 0.18}},
        {u"docs-search-assistant"_s, {700, 6000, 380, 2300, 0.08, 0.10}},
        {u"lead-enrichment"_s, {150, 2500, 300, 5200, 0.40, 0.31}},
        {u"incident-triage-bot"_s, {60, 12000, 700, 4100, 0.20, 0.25}},
        {u"churn-outreach-email"_s, {200, 2200, 450, 2600, 0.10, 0.40}},
    };
    return p;
}

const Route *currentRoute(const Portfolio &p, const UseCase &u)
{
    const Route *best = nullptr;
    for (const Route &r : p.routes) {
        if (r.id == u.route && (best == nullptr || r.version > best->version))
            best = &r;
    }
    return best;
}

} // namespace

std::pair<double, double> DemoUsageGenerator::pricePerMillion(const QString &model)
{
    static const QHash<QString, std::pair<double, double>> prices = {
        {u"gpt-4o-mini"_s, {0.15, 0.60}},      {u"gpt-4o"_s, {2.50, 10.00}},
        {u"gpt-4.1-mini"_s, {0.40, 1.60}},     {u"gpt-4.1"_s, {2.00, 8.00}},
        {u"claude-3-5-haiku"_s, {0.80, 4.00}}, {u"claude-3-5-sonnet"_s, {3.00, 15.00}},
    };
    return prices.value(model, {0.0, 0.0});
}

DemoUsage DemoUsageGenerator::generate(const Portfolio &portfolio, const QDate &lastDay, int days)
{
    DemoUsage out;
    std::mt19937_64 random(20261123); // fixed seed: the demo is the same on every machine
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> spread(1.0, 0.25);

    // Customer traffic by tenant: Globex and Hooli use far more than their revenue suggests.
    const QList<std::pair<QString, double>> tenantWeights = {{u"acme"_s, 0.22},    {u"globex"_s, 0.30},
                                                             {u"initech"_s, 0.14}, {u"umbrella"_s, 0.16},
                                                             {u"hooli"_s, 0.13},   {u"stark"_s, 0.05}};
    const QDate firstDay = lastDay.addDays(-(days - 1));
    const qint64 epochJulian = QDate(1970, 1, 1).toJulianDay();

    for (const UseCase &u : portfolio.useCases) {
        const bool live = u.status == LifecycleStatus::Pilot || u.status == LifecycleStatus::Internal ||
                          u.status == LifecycleStatus::Customer || u.status == LifecycleStatus::Retired;
        const Route *route = currentRoute(portfolio, u);
        if (!live || route == nullptr)
            continue;
        const TrafficProfile profile = profiles().value(u.id, TrafficProfile{100, 1500, 200, 2000, 0.1, 0.15});
        const auto [inPrice, outPrice] = pricePerMillion(route->model);
        const QByteArray useCaseId = u.id.toUtf8();
        const QByteArray provider = route->provider.toUtf8();
        const QByteArray model = route->model.toUtf8();

        for (int d = 0; d < days; ++d) {
            const QDate date = firstDay.addDays(d);
            if (u.status == LifecycleStatus::Retired && d >= 30)
                break; // retired after its first month
            const bool weekend = date.dayOfWeek() >= 6;
            double volume = profile.weekdayRequests * (weekend ? 0.35 : 1.0) * (0.85 + 0.3 * unit(random));
            // Growth over the quarter, and a launch-week spike for the docs assistant (over its cost cap).
            volume *= 0.8 + 0.4 * d / std::max(1, days - 1);
            if (u.id == u"docs-search-assistant"_s && d >= days - 24 && d < days - 19)
                volume *= 7.0;
            const int requests = int(std::lround(volume));
            const qint64 dayStartMs = (date.toJulianDay() - epochJulian) * 86'400'000LL;
            for (int n = 0; n < requests; ++n) {
                UsageRecord r;
                r.source = "demo-gateway";
                r.requestId = useCaseId + '-' + date.toString(u"yyyyMMdd"_s).toLatin1() + '-' + QByteArray::number(n);
                // Office hours are busier: 06:00–22:00 UTC.
                r.occurredAtMs = dayStartMs + qint64((6 + 16 * unit(random)) * 3'600'000.0);
                r.provider = provider;
                r.model = model;
                r.useCase = useCaseId;
                if (u.audience == Audience::Customer) {
                    double pick = unit(random);
                    r.tenant = tenantWeights.constLast().first.toUtf8();
                    for (const auto &[tenant, weight] : tenantWeights) {
                        if (pick < weight) {
                            r.tenant = tenant.toUtf8();
                            break;
                        }
                        pick -= weight;
                    }
                } else {
                    r.tenant = "internal";
                }
                r.promptTokens =
                    std::max<qint64>(1, std::llround(profile.promptTokens * std::max(0.2, spread(random))));
                r.completionTokens =
                    std::max<qint64>(1, std::llround(profile.completionTokens * std::max(0.2, spread(random))));
                // USD per million tokens × tokens = micro-dollars; × 1000 = nano-dollars.
                r.costNanos = std::llround((r.promptTokens * inPrice + r.completionTokens * outPrice) * 1000.0);
                r.latencyMs = std::max<qint64>(80, std::llround(profile.latencyMs * std::max(0.3, spread(random))));
                r.status = unit(random) < 0.012 ? "failure" : "success";
                out.usage.append(r);

                if (unit(random) >= profile.feedbackShare)
                    continue;
                double editRate = profile.editRate;
                // Support drafts got worse after the v3 prompt: edits climb over the last three weeks.
                if (u.id == u"support-reply-draft"_s && d >= days - 21)
                    editRate += 0.06 * ((d - (days - 21)) / 7 + 1);
                const double roll = unit(random);
                const FeedbackOutcome outcome = roll < editRate          ? FeedbackOutcome::Edited
                                                : roll < editRate + 0.05 ? FeedbackOutcome::Rejected
                                                                         : FeedbackOutcome::Accepted;
                out.feedback.append(
                    FeedbackRecord{"demo-gateway", r.occurredAtMs + 60'000, useCaseId, r.tenant, r.requestId, outcome});
            }
        }
    }
    return out;
}

} // namespace greenlight::models
