#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QTreeWidget;

namespace greenlight::models {
class PortfolioTableModel;
struct UseCase;
} // namespace greenlight::models

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

class DataLoggingEditor;
class RoutePanel;
class RunbookEditor;
class UseCaseEditor;
class WaiverActions;

/// The portfolio: a sortable, filterable table of use cases with gate badges, and the selected
/// use case's rule results (failing blockers first, then waived rules), where a failing rule is waived and a waiver
/// revoked, and its waivers.
class PortfolioPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioPage)

public:
    explicit PortfolioPage(app::Workspace &workspace, QWidget *parent = nullptr);
    /// Puts the cursor in the filter box (Find).
    void focusFilter();
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QTreeWidget *rules() const { return m_rules; }
    [[nodiscard]] UseCaseEditor *editor() const { return m_editor; }
    [[nodiscard]] DataLoggingEditor *dataEditor() const { return m_data; }
    [[nodiscard]] RunbookEditor *runbookEditor() const { return m_runbook; }
    [[nodiscard]] RoutePanel *routePanel() const { return m_route; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    /// Waive… and Revoke Waiver… for the selected rule (buttons below the rules and their context menu).
    [[nodiscard]] WaiverActions *waiverActions() const { return m_waiverActions; }
    /// The selected use case's waivers, newest first, with where each stands today.
    [[nodiscard]] QTreeWidget *waivers() const { return m_waivers; }
    /// Revoke Waiver… for the waiver selected in the Waivers tab (a button below the list and its context menu).
    [[nodiscard]] WaiverActions *listedWaiverActions() const { return m_listedWaiverActions; }
    void selectUseCase(const QString &useCaseId);
    /// The id of the selected use case, or empty.
    [[nodiscard]] QString selectedUseCase() const;
    /// Shows the selected use case's editable details instead of its gate.
    void showDetails();
    /// Shows the section where the evidence of gate rule @p ruleId is recorded.
    void showEditorFor(const QString &ruleId);

Q_SIGNALS:
    /// Something was recorded that the status bar should say (a waiver granted or revoked, naming it).
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void showSelected();
    void goToFirstMatch();
    /// Lists @p useCase's waivers, keeping @p selectedWaiver selected when it is still there.
    void showWaivers(const models::UseCase &useCase, const QString &selectedWaiver);
    /// The context menu of @p list (the rules or the waivers) at @p position: what @p actions offer there.
    void waiverMenu(QTreeWidget *list, const WaiverActions *actions, const QPoint &position);

    app::Workspace &m_workspace;
    models::PortfolioTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_rules = nullptr;
    WaiverActions *m_waiverActions = nullptr;
    QTreeWidget *m_waivers = nullptr;
    QLabel *m_noWaivers = nullptr;
    WaiverActions *m_listedWaiverActions = nullptr;
    QPushButton *m_revokeListed = nullptr;
    QString m_rulesOf; ///< the use case whose rules are shown
    QTabWidget *m_tabs = nullptr;
    UseCaseEditor *m_editor = nullptr;
    DataLoggingEditor *m_data = nullptr;
    RunbookEditor *m_runbook = nullptr;
    RoutePanel *m_route = nullptr;
};

} // namespace greenlight::ui
