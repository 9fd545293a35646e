#include "../support/badportfolios.h"

#include "itemmodels/usecasetablemodel.h"
#include "portfolio/portfolioreader.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

class TstUseCaseTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOneRowPerUseCase();
};

void TstUseCaseTableModel::showsOneRowPerUseCase()
{
    UseCaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setPortfolio(PortfolioReader::read(readExample()).value());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(UseCaseTableModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, UseCaseTableModel::Name)).toString(), u"Support reply drafts"_s);
    QCOMPARE(model.data(model.index(0, UseCaseTableModel::ProductOwner)).toString(), u"Ana Ruiz"_s);
    // The latest run of the current route: 117 of 120 cases.
    QCOMPARE(model.data(model.index(0, UseCaseTableModel::LatestEval)).toString(), u"97.5 %"_s);
    QCOMPARE(model.headerData(UseCaseTableModel::RiskTier, Qt::Horizontal).toString(), u"Risk tier"_s);
}

QTEST_GUILESS_MAIN(TstUseCaseTableModel)
#include "tst_usecasetablemodel.moc"
