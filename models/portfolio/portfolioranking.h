#pragma once

#include "domain/portfolio.h"

#include <QCoreApplication>

namespace greenlight::models {

struct RankedUseCase {
    QString id;
    QString name;
    Audience audience = Audience::Internal;
    LifecycleStatus status = LifecycleStatus::Candidate;
    std::optional<double> score;      ///< hours saved ÷ complexity ÷ blast radius (seed 000)
    std::optional<double> roiPerYear; ///< hours saved per week × loaded rate × beneficiaries × 52, in USD
    QString sequencingWarning;        ///< empty when the use case is not scheduled too early
};

/**
 * Seed 000's prioritisation: the score orders the portfolio (unscored last), and a customer-facing
 * use case that is not yet launched is flagged while fewer than two internal use cases have reached
 * `internal` status with a working operational baseline.
 */
class PortfolioRanking final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioRanking)

public:
    [[nodiscard]] static QList<RankedUseCase> rank(const Portfolio &portfolio);
    [[nodiscard]] static std::optional<double> score(const UseCase &useCase);
    [[nodiscard]] static std::optional<double> roiPerYear(const UseCase &useCase);
    /// Monitoring on, kill switch tested, daily cost cap, runbook and fallback route (seed 000's baseline).
    [[nodiscard]] static bool hasWorkingBaseline(const UseCase &useCase);
    /// How many internal use cases must have a working baseline before customer-facing work.
    static constexpr int requiredInternalBaselines = 2;
};

} // namespace greenlight::models
