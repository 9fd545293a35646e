#include "dashboard/dashboardpage.h"

#include "dashboard/chartpanel.h"
#include "dashboard/dashboardfilterbar.h"
#include "dashboard/dashboardloader.h"
#include "dashboard/dashboardviews.h"
#include "domain/displayformat.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {

QString kindText(AlertKind kind)
{
    switch (kind) {
    case AlertKind::SpendShare: return DashboardPage::tr("Spend share");
    case AlertKind::EditRateRise: return DashboardPage::tr("Edit rate rise");
    case AlertKind::CostCap: return DashboardPage::tr("Cost cap");
    case AlertKind::EvalRegression: return DashboardPage::tr("Eval regression");
    case AlertKind::UngovernedSpend: return DashboardPage::tr("Ungoverned spend");
    }
    return {};
}

DashboardPage::View viewOf(AlertKind kind)
{
    switch (kind) {
    case AlertKind::SpendShare: return DashboardPage::TenantView;
    case AlertKind::EditRateRise: return DashboardPage::EditRateView;
    case AlertKind::CostCap: return DashboardPage::CostView;
    case AlertKind::EvalRegression: return DashboardPage::EvalView;
    case AlertKind::UngovernedSpend: return DashboardPage::TenantView;
    }
    return DashboardPage::CostView;
}

} // namespace

DashboardPage::DashboardPage(app::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_loader(new app::DashboardLoader(workspace, this))
{
    m_filter = new DashboardFilterBar(this);
    m_status = new QLabel(this);
    m_status->hide();
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    const QList<std::pair<QString, QString>> charts{{tr("Cost over time"), u"cost-over-time"_s},
                                                    {tr("Cost per tenant"), u"cost-per-tenant"_s},
                                                    {tr("Edit rate"), u"edit-rate"_s},
                                                    {tr("Eval pass rate"), u"eval-pass-rate"_s}};
    for (const auto &[title, exportName] : charts) {
        auto *panel = new ChartPanel(exportName, m_tabs);
        m_panels.append(panel);
        connect(panel, &ChartPanel::exported, this, &DashboardPage::exported);
        if (m_panels.size() == 1) { // cost over time: the stacking choice sits above the chart
            auto *page = new QWidget(m_tabs);
            m_stackBy = new QComboBox(page);
            m_stackBy->addItem(tr("Stack by model"), int(CostDimension::Model));
            m_stackBy->addItem(tr("Stack by use case"), int(CostDimension::UseCase));
            connect(m_stackBy, &QComboBox::currentIndexChanged, this, &DashboardPage::showCosts);
            auto *layout = new QVBoxLayout(page);
            layout->addWidget(m_stackBy, 0, Qt::AlignLeft);
            layout->addWidget(panel, 1);
            m_tabs->addTab(page, title);
        } else {
            m_tabs->addTab(panel, title);
        }
    }

    auto *alertsPage = new QWidget(m_tabs);
    m_alerts = new QTreeWidget(alertsPage);
    m_alerts->setRootIsDecorated(false);
    m_alerts->setAlternatingRowColors(true);
    m_alerts->setHeaderLabels(
        {tr("Kind"), tr("Subject"), tr("Date"), tr("Value"), tr("Threshold"), tr("What happened")});
    m_showChart = new QPushButton(tr("Show &Chart"), alertsPage);
    m_showChart->setToolTip(tr("Open the chart this alert comes from, filtered to its use case (Enter)"));
    m_openUseCase = new QPushButton(tr("Open &Use Case"), alertsPage);
    m_openUseCase->setToolTip(tr("Show the use case in the portfolio"));
    connect(m_showChart, &QPushButton::clicked, this, [this] { showAlertChart(m_alerts->currentIndex().row()); });
    connect(m_alerts, &QTreeWidget::itemActivated, this, [this] { showAlertChart(m_alerts->currentIndex().row()); });
    connect(m_openUseCase, &QPushButton::clicked, this, [this] {
        if (const Alert *alert = selectedAlert(); alert != nullptr && !alert->useCase.isEmpty())
            Q_EMIT useCaseRequested(alert->useCase);
    });
    connect(m_alerts, &QTreeWidget::currentItemChanged, this, [this] {
        const Alert *alert = selectedAlert();
        m_showChart->setEnabled(alert != nullptr);
        m_openUseCase->setEnabled(alert != nullptr && !alert->useCase.isEmpty());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showChart);
    buttons->addWidget(m_openUseCase);
    buttons->addStretch(1);
    auto *alertsLayout = new QVBoxLayout(alertsPage);
    alertsLayout->addLayout(buttons);
    alertsLayout->addWidget(m_alerts);
    m_tabs->addTab(alertsPage, tr("Alerts"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_filter, &DashboardFilterBar::changed, this, [this] { markStale(false); });
    connect(&m_workspace, &app::Workspace::databaseChanged, this, [this] { markStale(true); });
    connect(&m_workspace, &app::Workspace::usageChanged, this, [this] { markStale(true); });
    connect(&m_workspace, &app::Workspace::portfolioChanged, this, [this] { markStale(true); });
    connect(m_loader, &app::DashboardLoader::busyChanged, this, [this](bool busy) {
        if (busy) {
            m_status->setText(tr("Loading…"));
            m_status->show();
        }
    });
    connect(m_loader, &app::DashboardLoader::dimensionsLoaded, this,
            [this](const RollupDimensions &dims) { m_filter->setDimensions(dims, m_workspace.portfolio()); });
    connect(m_loader, &app::DashboardLoader::loaded, this, &DashboardPage::display);
    connect(m_loader, &app::DashboardLoader::failed, this, [this](const QString &message) {
        m_status->setText(tr("Could not read the figures: %1").arg(message));
        m_status->show();
    });
}

DashboardPage::~DashboardPage() = default;

ChartPanel *DashboardPage::panel(View view) const
{
    return view < AlertsView ? m_panels.at(view) : nullptr;
}

DashboardPage::View DashboardPage::currentView() const
{
    return View(m_tabs->currentIndex());
}

void DashboardPage::showView(View view)
{
    m_tabs->setCurrentIndex(view);
}

bool DashboardPage::isLoading() const
{
    return m_loader->isBusy() || (m_stale && isVisible());
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardPage::markStale(bool dimensionsToo)
{
    m_stale = true;
    m_dimensionsStale = m_dimensionsStale || dimensionsToo;
    if (isVisible())
        reload();
}

void DashboardPage::reload()
{
    if (!m_workspace.isOpen())
        return;
    m_stale = false;
    m_loader->request(m_filter->filter(), m_dimensionsStale);
    m_dimensionsStale = false;
}

void DashboardPage::display(const DashboardData &data)
{
    m_data = data;
    const Portfolio &p = m_workspace.portfolio();
    m_status->clear();
    m_status->hide();
    showCosts();
    const auto fill = [](ChartPanel *panel, ViewContent view) {
        panel->setContent(std::move(view.chart), view.table, std::move(view.tooltip));
        panel->setCaption(view.caption);
    };
    fill(m_panels[TenantView], DashboardViews::costPerTenant(data, p));
    fill(m_panels[EditRateView], DashboardViews::editRate(data, p));
    fill(m_panels[EvalView], DashboardViews::evalPassRate(data, p, evalUseCase()));
    showAlerts();
    Q_EMIT refreshed();
}

void DashboardPage::showCosts()
{
    ViewContent view =
        DashboardViews::costOverTime(m_data, m_workspace.portfolio(), CostDimension(m_stackBy->currentData().toInt()));
    m_panels[CostView]->setContent(std::move(view.chart), view.table, std::move(view.tooltip));
    m_panels[CostView]->setCaption(view.caption);
}

QString DashboardPage::evalUseCase() const
{
    if (!m_data.filter.useCase.isEmpty())
        return m_data.filter.useCase;
    const Portfolio &p = m_workspace.portfolio();
    for (const UseCase &u : p.useCases) { // the first use case with a run in the period, else with any run
        for (const EvalRun &run : u.evalRuns) {
            if (run.date >= m_data.filter.from && run.date <= m_data.filter.to)
                return u.id;
        }
    }
    for (const UseCase &u : p.useCases) {
        if (!u.evalRuns.isEmpty())
            return u.id;
    }
    return {};
}

void DashboardPage::showAlerts()
{
    m_alerts->clear();
    const DisplayFormat format;
    for (const Alert &a : std::as_const(m_data.alerts)) {
        const bool percent = a.kind == AlertKind::EditRateRise || a.kind == AlertKind::EvalRegression;
        const QString unit = a.kind == AlertKind::SpendShare ? u"×"_s : percent ? tr(" pp") : tr(" USD");
        // Ungoverned spend has no threshold: any spend outside governance is the alert.
        const QString threshold =
            a.kind == AlertKind::UngovernedSpend ? QString() : format.decimal(a.threshold, 2) + unit;
        const QString message = a.message.translated(format);
        auto *item =
            new QTreeWidgetItem(m_alerts, {kindText(a.kind), a.useCase.isEmpty() ? a.tenant : a.useCase,
                                           format.date(a.date), format.decimal(a.value, 2) + unit, threshold, message});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(5, message);
    }
    for (int c = 0; c < m_alerts->columnCount() - 1; ++c)
        m_alerts->resizeColumnToContents(c);
    m_tabs->setTabText(AlertsView,
                       m_data.alerts.isEmpty() ? tr("Alerts") : tr("Alerts (%1)").arg(m_data.alerts.size()));
    m_showChart->setEnabled(false);
    m_openUseCase->setEnabled(false);
}

const Alert *DashboardPage::selectedAlert() const
{
    const int row = m_alerts->currentIndex().row();
    return row >= 0 && row < m_data.alerts.size() ? &m_data.alerts[row] : nullptr;
}

void DashboardPage::showAlertChart(int row)
{
    if (row < 0 || row >= m_data.alerts.size())
        return;
    const Alert alert = m_data.alerts[row];
    showView(viewOf(alert.kind));
    if (!alert.useCase.isEmpty())
        m_filter->setUseCase(alert.useCase); // reloads; the chart then shows this use case alone
}

} // namespace greenlight::ui
