#pragma once

#include "storage/connectionstore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

/**
 * The gateway connections of the open database and what their identifiers mean (issue 18): for the chosen
 * connection, the values it maps to use cases and tenants, and the values it reported that nothing maps yet, with
 * their spend. "Map To…" maps the selected value to a use case or tenant of the portfolio, audited as the
 * signed-in person; its stored usage moves there. Adding connections and keys stays on the command line, where a
 * key can come from stdin.
 */
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    explicit ConnectionsDialog(app::Workspace &workspace, QWidget *parent = nullptr);

    /// Maps the selected unmapped value to @p target (a use case or tenant id); what "Map To…" does once chosen.
    bool mapSelected(const QString &target);
    [[nodiscard]] QString message() const;

private:
    void reloadConnections();
    void showConnection();
    void chooseTarget();
    void updateButtons();
    void setMessage(const QString &text, bool error);

    app::Workspace &m_workspace;
    QList<models::Connection> m_list; ///< as listed by reloadConnections(): the details of the chosen one
    QListWidget *m_connections = nullptr;
    QLabel *m_details = nullptr;
    QTreeWidget *m_mapped = nullptr;
    QTreeWidget *m_unmapped = nullptr;
    QPushButton *m_map = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace greenlight::ui
