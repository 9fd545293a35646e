#include "portfolio/portfolioranking.h"

#include <QStringList>

#include <algorithm>

namespace greenlight::models {

std::optional<double> PortfolioRanking::score(const UseCase &u)
{
    const Scoring &s = u.scoring;
    if (!s.hoursSaved || !s.complexity || !s.blastRadius)
        return std::nullopt;
    return double(*s.hoursSaved) / *s.complexity / *s.blastRadius;
}

std::optional<double> PortfolioRanking::roiPerYear(const UseCase &u)
{
    const Roi &r = u.roi;
    if (!r.hoursSavedPerWeek || !r.loadedHourlyRateUsd || !r.beneficiaries)
        return std::nullopt;
    return *r.hoursSavedPerWeek * *r.loadedHourlyRateUsd * *r.beneficiaries * 52.0;
}

bool PortfolioRanking::hasWorkingBaseline(const UseCase &u)
{
    const Operations &ops = u.operations;
    return ops.monitoring == true && !ops.killSwitch.isEmpty() && ops.killSwitchTested.isValid() &&
           ops.dailyCostCapUsd.has_value() && u.runbook.has_value() && !u.rollback.fallbackRoute.isEmpty();
}

QList<RankedUseCase> PortfolioRanking::rank(const Portfolio &portfolio)
{
    QStringList baselines;
    for (const UseCase &u : portfolio.useCases) {
        const bool reachedInternal = u.status == LifecycleStatus::Internal || u.status == LifecycleStatus::Customer;
        if (u.audience == Audience::Internal && reachedInternal && hasWorkingBaseline(u))
            baselines.append(u.id);
    }

    QList<RankedUseCase> ranked;
    for (const UseCase &u : portfolio.useCases) {
        RankedUseCase r{u.id, u.name, u.audience, u.status, score(u), roiPerYear(u), {}};
        const bool notLaunched = u.status == LifecycleStatus::Candidate || u.status == LifecycleStatus::Pilot;
        if (u.audience == Audience::Customer && notLaunched && baselines.size() < requiredInternalBaselines) {
            r.sequencingWarning =
                tr("customer-facing before %1 internal use cases have a working operational baseline (%2 so far%3)")
                    .arg(requiredInternalBaselines)
                    .arg(baselines.size())
                    .arg(baselines.isEmpty() ? QString() : QStringLiteral(": ") + baselines.join(QStringLiteral(", ")));
        }
        ranked.append(r);
    }
    // Highest score first; unscored at the end; ties by id so the order is stable.
    std::stable_sort(ranked.begin(), ranked.end(), [](const RankedUseCase &a, const RankedUseCase &b) {
        if (a.score.has_value() != b.score.has_value())
            return a.score.has_value();
        if (a.score != b.score)
            return *a.score > *b.score;
        return a.id < b.id;
    });
    return ranked;
}

} // namespace greenlight::models
