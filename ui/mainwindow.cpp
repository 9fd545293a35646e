#include "mainwindow.h"

#include "itemmodels/usecasetablemodel.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace greenlight::ui {

MainWindow::MainWindow(std::unique_ptr<models::Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_useCases(new models::UseCaseTableModel(this))
{
    setWindowTitle(tr("Greenlight — %1").arg(m_db->displayName()));
    resize(1100, 700);

    m_sidebar = new QListWidget(this);
    m_sidebar->addItems({tr("Portfolio"), tr("Data approvals"), tr("Costs"), tr("Quality"), tr("Audit log")});
    m_sidebar->setMaximumWidth(200);

    m_pages = new QStackedWidget(this);
    m_useCaseView = new QTableView(m_pages);
    m_useCaseView->setModel(m_useCases);
    m_useCaseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_useCaseView->horizontalHeader()->setStretchLastSection(true);
    m_useCaseView->verticalHeader()->hide();
    m_pages->addWidget(m_useCaseView);
    for (int i = 1; i < m_sidebar->count(); ++i) {
        auto *pending = new QLabel(tr("%1 arrives in a later version.").arg(m_sidebar->item(i)->text()), m_pages);
        pending->setAlignment(Qt::AlignCenter);
        m_pages->addWidget(pending);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 920});
    setCentralWidget(splitter);
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    const auto portfolio = models::PortfolioRepository(*m_db).load();
    if (!portfolio) {
        statusBar()->showMessage(portfolio.error().toString());
        return;
    }
    m_useCases->setPortfolio(*portfolio);
    m_useCaseView->resizeColumnsToContents();
    statusBar()->showMessage(tr("Use cases: %1").arg(portfolio->useCases.size()));
}

} // namespace greenlight::ui
