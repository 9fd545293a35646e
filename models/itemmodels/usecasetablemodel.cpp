#include "itemmodels/usecasetablemodel.h"

namespace greenlight::models {

UseCaseTableModel::UseCaseTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void UseCaseTableModel::setPortfolio(const Portfolio &portfolio)
{
    beginResetModel();
    m_portfolio = portfolio;
    endResetModel();
}

int UseCaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_portfolio.useCases.size());
}

int UseCaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UseCaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const UseCase &u = m_portfolio.useCases.at(index.row());
    switch (index.column()) {
    case Name: return role == Qt::ToolTipRole ? u.description : u.name;
    case Status: return enumName(u.status);
    case Audience: return enumName(u.audience);
    case RiskTier: return enumName(u.riskTier);
    case ProductOwner: {
        const Person *owner = m_portfolio.person(u.owners.product);
        return owner != nullptr ? owner->name : QString();
    }
    case LatestEval: {
        const EvalRun *run = u.latestEvalRun();
        const auto rate = run != nullptr ? run->passRatePct() : std::nullopt;
        return rate.has_value() ? QString::number(*rate, 'f', 1) + QStringLiteral(" %") : QString();
    }
    default: return {};
    }
}

QVariant UseCaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Use case");
    case Status: return tr("Status");
    case Audience: return tr("Audience");
    case RiskTier: return tr("Risk tier");
    case ProductOwner: return tr("Product owner");
    case LatestEval: return tr("Latest eval");
    default: return {};
    }
}

} // namespace greenlight::models
