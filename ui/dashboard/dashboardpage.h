#pragma once

#include "dashboard/dashboardquery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace greenlight::app {
class DashboardLoader;
class Workspace;
} // namespace greenlight::app

namespace greenlight::ui {

class ChartPanel;
class DashboardFilterBar;

/**
 * Where AI money goes and whether quality holds: cost over time, cost per tenant, weekly edit rate,
 * eval pass rate and the alerts gathering their flags, all under one date range and filter. The
 * figures load off the GUI thread (DashboardLoader); the page shows "Loading…" meanwhile and
 * re-reads when the filter, the portfolio or the usage changes, or when it is shown after a change.
 */
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    enum View { CostView, TenantView, EditRateView, EvalView, AlertsView };

    explicit DashboardPage(app::Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardPage() override;

    [[nodiscard]] DashboardFilterBar *filterBar() const { return m_filter; }
    [[nodiscard]] ChartPanel *panel(View view) const;
    [[nodiscard]] QTreeWidget *alertList() const { return m_alerts; }
    [[nodiscard]] View currentView() const;
    void showView(View view);
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] const models::DashboardData &data() const { return m_data; }
    /// Opens the chart the alert in row @p row belongs to, filtered to its use case.
    void showAlertChart(int row);

Q_SIGNALS:
    /// The user asked to see a use case (from an alert): the window opens it in the portfolio.
    void useCaseRequested(const QString &useCaseId);
    /// A chart or table was exported to @p fileName.
    void exported(const QString &fileName);
    /// New figures are on screen (after each load).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markStale(bool dimensionsToo);
    void reload();
    void display(const models::DashboardData &data);
    void showCosts();
    void showAlerts();
    [[nodiscard]] QString evalUseCase() const;
    [[nodiscard]] const models::Alert *selectedAlert() const;

    app::Workspace &m_workspace;
    app::DashboardLoader *m_loader = nullptr;
    models::DashboardData m_data;
    bool m_stale = true;
    bool m_dimensionsStale = true;
    DashboardFilterBar *m_filter = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_stackBy = nullptr;
    QList<ChartPanel *> m_panels;
    QTreeWidget *m_alerts = nullptr;
    QPushButton *m_showChart = nullptr;
    QPushButton *m_openUseCase = nullptr;
};

} // namespace greenlight::ui
