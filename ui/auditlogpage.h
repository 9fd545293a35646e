#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace greenlight::models {
class AuditLogModel;
}

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

/// The audit log, newest first, with a filter and a Verify button that checks the hash chain.
class AuditLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    explicit AuditLogPage(app::Workspace &workspace, QWidget *parent = nullptr);
    void verify();
    [[nodiscard]] QLabel *chainState() const { return m_state; }
    [[nodiscard]] QTableView *table() const { return m_table; }

private:
    void reload();

    app::Workspace &m_workspace;
    models::AuditLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_state = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace greenlight::ui
