#include "itemmodels/portfoliotablemodel.h"

#include "domain/displayformat.h"
#include "portfolio/defaultpolicy.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

PortfolioTableModel::PortfolioTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PortfolioTableModel::setPortfolio(const Portfolio &portfolio, QDate asOf)
{
    beginResetModel();
    m_portfolio = portfolio;
    m_rows.clear();
    const QList<RankedUseCase> ranked = PortfolioRanking::rank(m_portfolio);
    for (const UseCase &u : m_portfolio.useCases) {
        Row row;
        row.useCase = &u;
        if (const GateTemplate *gate = m_portfolio.gateTemplate(GateEngine::defaultGateId(u)); gate != nullptr)
            row.evaluation = GateEngine::evaluate(m_portfolio, u, *gate, asOf);
        for (const RankedUseCase &r : ranked) {
            if (r.id == u.id)
                row.ranking = r;
        }
        if (const EvalRun *run = u.latestEvalRun(); run != nullptr)
            row.latestEvalPct = run->passRatePct();
        row.latestDecision = u.latestVerdict();
        m_rows.append(row);
    }
    endResetModel();
}

int PortfolioTableModel::rowOf(const QString &useCaseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].useCase->id == useCaseId)
            return i;
    }
    return -1;
}

int PortfolioTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortfolioTableModel::gateName(const QString &gateId) const
{
    return gateDisplayName(m_portfolio, gateId);
}

QString PortfolioTableModel::badgeText(const GateEvaluation &e)
{
    if (e.gate.isEmpty())
        return tr("no gate");
    if (e.eligible()) {
        // A rule that passes only because someone accepted its risk until a date is no plain pass: the badge counts
        // the waived rules, so that a go-eligible that rests on waivers never reads like one that does not.
        const auto waived = e.waivers.size();
        if (e.warningsFailed > 0)
            return waived > 0 ? tr("go-eligible, %1 warnings (%2 waived)").arg(e.warningsFailed).arg(waived)
                              : tr("go-eligible, %1 warnings").arg(e.warningsFailed);
        return waived > 0 ? tr("go-eligible (%1 waived)").arg(waived) : tr("go-eligible");
    }
    return e.blockersFailed == 1 ? tr("1 blocker") : tr("%1 blockers").arg(e.blockersFailed);
}

QVariant PortfolioTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const UseCase &u = *row.useCase;
    switch (role) {
    case UseCaseIdRole: return u.id;
    case EligibleRole: return row.evaluation.eligible();
    case WarningRole: return row.ranking.sequencingWarning;
    case DecisionRole: return row.latestDecision != nullptr ? enumName(*row.latestDecision->decision) : QString();
    case Qt::ToolTipRole:
        if (index.column() == Gate)
            return tr("%1 gate: %2 blockers and %3 warnings fail")
                .arg(gateName(row.evaluation.gate))
                .arg(row.evaluation.blockersFailed)
                .arg(row.evaluation.warningsFailed);
        if (index.column() == Name)
            return row.ranking.sequencingWarning.isEmpty() ? u.description
                                                           : u.description + u"\n⚠ "_s + row.ranking.sequencingWarning;
        if (index.column() == Decision && row.latestDecision != nullptr)
            return tr("%1 at the %2 gate (review %3, requested %4 by %5): %6")
                .arg(enumLabel(*row.latestDecision->decision), gateName(row.latestDecision->gate),
                     row.latestDecision->id, DisplayFormat().dateTime(row.latestDecision->requestedAt.toLocalTime()),
                     row.latestDecision->requestedBy, row.latestDecision->rationale);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == RoiPerYear || index.column() == LatestEval)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Score: return row.ranking.score.value_or(-1.0);
        case RoiPerYear: return row.ranking.roiPerYear.value_or(-1.0);
        case LatestEval: return row.latestEvalPct.value_or(-1.0);
        case Gate: return row.evaluation.eligible() ? -1 : row.evaluation.blockersFailed;
        case Decision:
            return row.latestDecision != nullptr ? row.latestDecision->requestedAt.toString(Qt::ISODate) : QString();
        default: break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole: break;
    default: return {};
    }
    const DisplayFormat format;
    switch (index.column()) {
    case Name: return row.ranking.sequencingWarning.isEmpty() ? u.name : u.name + u" ⚠"_s;
    case Id: return u.id;
    case Status: return enumLabel(u.status);
    case Audience: return enumLabel(u.audience);
    case RiskTier: return enumLabel(u.riskTier);
    case Score: return row.ranking.score ? format.decimal(*row.ranking.score, 2) : QString();
    case RoiPerYear: return row.ranking.roiPerYear ? format.usd(*row.ranking.roiPerYear, 0) : QString();
    case LatestEval: return row.latestEvalPct ? format.percent(*row.latestEvalPct) : QString();
    case Gate: return badgeText(row.evaluation);
    case Decision:
        if (row.latestDecision == nullptr)
            return QString();
        return tr("%1 · %2 · %3")
            .arg(enumLabel(*row.latestDecision->decision), gateName(row.latestDecision->gate),
                 format.date(row.latestDecision->requestedAt.toLocalTime().date()));
    case ProductOwner: {
        const Person *owner = m_portfolio.person(u.owners.product);
        return owner != nullptr ? owner->name : QString();
    }
    default: return {};
    }
}

QVariant PortfolioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Use case");
    case Id: return tr("Id");
    case Status: return tr("Status");
    case Audience: return tr("Audience");
    case RiskTier: return tr("Risk tier");
    case Score: return tr("Score");
    case RoiPerYear: return tr("ROI / year");
    case LatestEval: return tr("Latest eval");
    case Gate: return tr("Gate");
    case Decision: return tr("Decision");
    case ProductOwner: return tr("Product owner");
    default: return {};
    }
}

} // namespace greenlight::models
