#pragma once

#include "domain/portfolio.h"
#include "gate/gateengine.h"
#include "portfolio/portfolioranking.h"

#include <QAbstractTableModel>

namespace greenlight::models {

/**
 * The portfolio at a glance: one row per use case with its status, audience, risk tier, seed 000
 * score and ROI, latest eval and the gate badge of its default gate (computed by the gate engine),
 * plus the sequencing warning. Rows keep the portfolio's order; sort through a proxy.
 */
class PortfolioTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioTableModel)

public:
    enum Column {
        Name,
        Id, ///< the id the command line, alerts and the audit log use (searchable like every column)
        Status,
        Audience,
        RiskTier,
        Score,
        RoiPerYear,
        LatestEval,
        Gate,
        Decision, ///< the latest decided review: go or no-go, its gate and its day
        ProductOwner,
        ColumnCount
    };
    enum Role {
        UseCaseIdRole = Qt::UserRole + 1, ///< the use case id (QString)
        SortRole,                         ///< a value that sorts numerically where the column is a number
        EligibleRole,                     ///< bool: no blocker fails
        WarningRole,                      ///< the sequencing warning, empty when none
        DecisionRole,                     ///< "go" or "no-go" of the latest decided review, empty when none
    };

    explicit PortfolioTableModel(QObject *parent = nullptr);
    /// Evaluates each use case's gate as of @p asOf (the day evidence is judged on).
    void setPortfolio(const Portfolio &portfolio, QDate asOf);
    [[nodiscard]] const Portfolio &portfolio() const { return m_portfolio; }
    /// The gate evaluation behind a row's badge.
    [[nodiscard]] const GateEvaluation &evaluation(int row) const { return m_rows.at(row).evaluation; }
    [[nodiscard]] int rowOf(const QString &useCaseId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// "go-eligible", "go-eligible (1 waived)" or "3 blockers" — the badge text of an evaluation.
    [[nodiscard]] static QString badgeText(const GateEvaluation &evaluation);

private:
    struct Row {
        const UseCase *useCase = nullptr;
        GateEvaluation evaluation;
        RankedUseCase ranking;
        std::optional<double> latestEvalPct;
        const GateReview *latestDecision = nullptr; ///< the last review with a decision, or none
    };
    /// The gate template's name for the screen (gateDisplayName), or @p gateId for a gate the portfolio lacks.
    [[nodiscard]] QString gateName(const QString &gateId) const;
    Portfolio m_portfolio;
    QList<Row> m_rows;
};

} // namespace greenlight::models
