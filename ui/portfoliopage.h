#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QTreeWidget;

namespace greenlight::models {
class PortfolioTableModel;
}

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

class DataLoggingEditor;
class RoutePanel;
class RunbookEditor;
class UseCaseEditor;

/// The portfolio: a sortable, filterable table of use cases with gate badges, and the selected
/// use case's rule results (failing blockers first).
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
    void selectUseCase(const QString &useCaseId);
    /// The id of the selected use case, or empty.
    [[nodiscard]] QString selectedUseCase() const;
    /// Shows the selected use case's editable details instead of its gate.
    void showDetails();
    /// Shows the section where the evidence of gate rule @p ruleId is recorded.
    void showEditorFor(const QString &ruleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void showSelected();
    void goToFirstMatch();

    app::Workspace &m_workspace;
    models::PortfolioTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_rules = nullptr;
    QTabWidget *m_tabs = nullptr;
    UseCaseEditor *m_editor = nullptr;
    DataLoggingEditor *m_data = nullptr;
    RunbookEditor *m_runbook = nullptr;
    RoutePanel *m_route = nullptr;
};

} // namespace greenlight::ui
