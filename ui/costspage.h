#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTreeWidget;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

/// Spend by tenant, model, use case or day from the daily rollups; by tenant, each tenant's share of
/// spend is set against its share of revenue and flagged past the policy ratio (seed 002).
class CostsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostsPage)

public:
    explicit CostsPage(app::Workspace &workspace, QWidget *parent = nullptr);
    [[nodiscard]] QTreeWidget *table() const { return m_table; }

private:
    void reload();

    app::Workspace &m_workspace;
    QComboBox *m_by = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace greenlight::ui
