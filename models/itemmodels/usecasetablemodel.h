#pragma once

#include "domain/portfolio.h"

#include <QAbstractTableModel>

namespace greenlight::models {

/// The use cases of a portfolio as a table: name, status, audience, risk tier, owners.
class UseCaseTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UseCaseTableModel)

public:
    enum Column { Name, Status, Audience, RiskTier, ProductOwner, LatestEval, ColumnCount };

    explicit UseCaseTableModel(QObject *parent = nullptr);
    void setPortfolio(const Portfolio &portfolio);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Portfolio m_portfolio;
};

} // namespace greenlight::models
