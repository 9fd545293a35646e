#include "qualitypage.h"

#include "charts/chartfactory.h"
#include "domain/displayformat.h"
#include "evalrundialog.h"
#include "gate/gateengine.h"
#include "workspace.h"

#include <QLabel>
#include <QPushButton>

#include <QChart>
#include <QChartView>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

QualityPage::QualityPage(app::Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    m_runs = new QTreeWidget(this);
    m_runs->setAlternatingRowColors(true);
    m_runs->setHeaderLabels(
        {tr("Use case / run"), tr("Date"), tr("Route"), tr("Cases"), tr("Pass rate"), tr("Threshold"), tr("Baseline")});
    auto *record = new QPushButton(tr("&Record Eval Run…"), this);
    record->setObjectName(u"recordEvalRun"_s);
    record->setToolTip(tr("Enter the per-category results of a run for the selected use case"));
    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(u"readOnlyReason"_s);
    m_readOnly->setWordWrap(true);
    // Only a person bound to this account records evidence; the reason stands beside the button.
    const auto applyIdentity = [this, record] {
        const models::Identity &identity = m_workspace.identity();
        record->setEnabled(identity.canEdit());
        m_readOnly->setText(identity.readOnlyReason());
        m_readOnly->setVisible(!identity.canEdit());
    };
    connect(&m_workspace, &app::Workspace::identityChanged, this, applyIdentity);
    applyIdentity();
    connect(record, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_runs->currentItem();
        while (item != nullptr && item->parent() != nullptr)
            item = item->parent();
        if (item == nullptr)
            return;
        EvalRunDialog dialog(m_workspace, item->data(0, Qt::UserRole).toString(), this);
        dialog.exec();
    });
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runs);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(record, 0, Qt::AlignLeft);
    layout->addWidget(m_readOnly);
    layout->addWidget(splitter);
    connect(m_runs, &QTreeWidget::currentItemChanged, this, &QualityPage::showChart);
    connect(&m_workspace, &app::Workspace::portfolioChanged, this, &QualityPage::reload);
    reload();
}

void QualityPage::reload()
{
    m_runs->clear();
    const Portfolio &p = m_workspace.portfolio();
    const DisplayFormat format;
    for (const UseCase &u : p.useCases) {
        const double threshold = GateEngine::thresholdPct(p, u);
        auto *parent = new QTreeWidgetItem(m_runs, {u.name});
        parent->setData(0, Qt::UserRole, u.id);
        for (const EvalRun &run : u.evalRuns) {
            const auto rate = run.passRatePct();
            auto *item = new QTreeWidgetItem(
                parent, {run.id, format.date(run.date), u"%1 v%2"_s.arg(run.route).arg(run.routeVersion),
                         format.integer(run.totalCases()), rate ? format.percent(*rate) : QString(),
                         format.number(threshold) + u" %"_s, run.baseline ? tr("approved baseline") : QString()});
            if (rate && *rate < threshold) {
                QFont bold = item->font(4);
                bold.setBold(true);
                item->setFont(4, bold);
                item->setToolTip(4, tr("below the %1 % threshold").arg(format.number(threshold)));
            }
        }
    }
    m_runs->expandAll();
    for (int c = 0; c < m_runs->columnCount(); ++c)
        m_runs->resizeColumnToContents(c);
    if (m_runs->topLevelItemCount() > 0)
        m_runs->setCurrentItem(m_runs->topLevelItem(0));
    showChart();
}

void QualityPage::selectUseCase(const QString &useCaseId)
{
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_runs->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == useCaseId) {
            m_runs->setCurrentItem(item);
            m_runs->scrollToItem(item);
            return;
        }
    }
}

void QualityPage::showChart()
{
    const QTreeWidgetItem *item = m_runs->currentItem();
    while (item != nullptr && item->parent() != nullptr)
        item = item->parent();
    const Portfolio &p = m_workspace.portfolio();
    const UseCase *u = item != nullptr ? p.useCase(item->data(0, Qt::UserRole).toString()) : nullptr;
    if (u == nullptr)
        return;
    QChart *old = m_chart->chart();
    const bool dark = palette().color(QPalette::Window).lightness() < 128; // follow the system palette
    QChart *chart = app::ChartFactory::evalPassRate(u->evalRuns, GateEngine::thresholdPct(p, *u), dark);
    chart->setTitle(tr("%1: eval pass rate").arg(u->name));
    m_chart->setChart(chart);
    delete old; // the view does not own the chart it replaces
}

} // namespace greenlight::ui
