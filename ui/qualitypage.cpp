#include "qualitypage.h"

#include "evalrundialog.h"
#include "workspace.h"

#include <QPushButton>

#include <QLocale>
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
    record->setToolTip(tr("Enter the per-category results of a run for the selected use case"));
    connect(record, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_runs->currentItem();
        while (item != nullptr && item->parent() != nullptr)
            item = item->parent();
        if (item == nullptr)
            return;
        EvalRunDialog dialog(m_workspace, item->data(0, Qt::UserRole).toString(), this);
        dialog.exec();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(record, 0, Qt::AlignLeft);
    layout->addWidget(m_runs);
    connect(&m_workspace, &app::Workspace::portfolioChanged, this, &QualityPage::reload);
    reload();
}

void QualityPage::reload()
{
    m_runs->clear();
    const Portfolio &p = m_workspace.portfolio();
    const QLocale locale;
    for (const UseCase &u : p.useCases) {
        const double threshold =
            u.riskTier == RiskTier::High ? p.policy.evalThresholdHighRiskPct : p.policy.evalThresholdStandardPct;
        auto *parent = new QTreeWidgetItem(m_runs, {u.name});
        parent->setData(0, Qt::UserRole, u.id);
        for (const EvalRun &run : u.evalRuns) {
            const auto rate = run.passRatePct();
            auto *item = new QTreeWidgetItem(
                parent, {run.id, run.date.toString(Qt::ISODate), u"%1 v%2"_s.arg(run.route).arg(run.routeVersion),
                         locale.toString(run.totalCases()), rate ? locale.toString(*rate, 'f', 1) + u" %"_s : QString(),
                         locale.toString(threshold) + u" %"_s, run.baseline ? tr("approved baseline") : QString()});
            if (rate && *rate < threshold) {
                QFont bold = item->font(4);
                bold.setBold(true);
                item->setFont(4, bold);
                item->setToolTip(4, tr("below the %1 % threshold").arg(locale.toString(threshold)));
            }
        }
    }
    m_runs->expandAll();
    for (int c = 0; c < m_runs->columnCount(); ++c)
        m_runs->resizeColumnToContents(c);
}

} // namespace greenlight::ui
