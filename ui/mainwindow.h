#pragma once

#include "domain/enums.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

class AuditLogPage;
class ApprovalsPage;
class DashboardPage;
class DueSoonPage;
class PortfolioPage;
class QualityPage;

/// The main window: a navigation sidebar, the views of the open database, menus and the
/// "acting as" choice that decides which actions are allowed.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { PortfolioView, ApprovalsView, DashboardView, QualityView, AuditLogView, DueSoonView };

    explicit MainWindow(app::Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    /// Imports a portfolio file into the open database after asking (a file given on the command
    /// line or dropped on the window).
    void openPortfolioFile(const QString &file);
    [[nodiscard]] PortfolioPage *portfolioPage() const { return m_portfolio; }
    [[nodiscard]] ApprovalsPage *approvalsPage() const { return m_approvals; }
    [[nodiscard]] AuditLogPage *auditLogPage() const { return m_auditLog; }
    [[nodiscard]] DashboardPage *dashboardPage() const { return m_dashboards; }
    [[nodiscard]] QualityPage *qualityPage() const { return m_quality; }
    [[nodiscard]] DueSoonPage *dueSoonPage() const { return m_dueSoon; }
    /// The navigation list: one entry per Page, in that order.
    [[nodiscard]] QListWidget *sidebar() const { return m_sidebar; }
    /// Opens the place where the evidence of gate rule @p rule for @p useCaseId is recorded or renewed: the use
    /// case's tab, the data approvals queue (at @p dataClass when given) or its eval runs.
    void showEvidence(const QString &useCaseId, const QString &rule,
                      std::optional<models::DataClass> dataClass = std::nullopt);
    /// Who the window's user is: the person bound to the OS account, and the account.
    [[nodiscard]] QLabel *identityLabel() const { return m_identity; }
    /// Shown while the session is read-only: says why and how to bind the account.
    /// Shown beside the status bar's message about a file the window wrote.
    [[nodiscard]] QPushButton *openFolderButton() const { return m_openFolder; }
    [[nodiscard]] QLabel *readOnlyBanner() const { return m_readOnlyBanner; }
    [[nodiscard]] QAction *startReviewAction() const { return m_startReview; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void openDatabase(const QString &location, bool create);
    void chooseDatabase(bool create);
    void importPortfolio();
    void exportPortfolio();
    /// Asks where to save, then writes the audit packet of @p useCaseId (the whole portfolio when empty).
    void exportPacket(const QString &useCaseId);
    /// Says in the status bar that @p file was written (@p message), with "Open Folder" beside it for a while.
    void announceFile(const QString &message, const QString &file);
    void refreshPeople();
    void refreshRecent();
    void showStatus();
    void startGateReview();
    /// Syncs every gateway connection in the background, with progress and Cancel.
    void syncGateways();

    app::Workspace &m_workspace;
    void updateSidebarIcons();
    /// "Due soon (3)": how much evidence has stopped counting or stops within EvidenceDue::soonDays.
    void updateDueBadge();
    /// As wide as the longest label in the interface language, so it never scrolls sideways.
    int fitSidebar();

    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QPushButton *m_openFolder = nullptr; ///< beside the message that names the last file written
    QString m_announcedFile;
    QAction *m_startReview = nullptr;
    QMenu *m_recent = nullptr;
    PortfolioPage *m_portfolio = nullptr;
    ApprovalsPage *m_approvals = nullptr;
    AuditLogPage *m_auditLog = nullptr;
    DashboardPage *m_dashboards = nullptr;
    QualityPage *m_quality = nullptr;
    DueSoonPage *m_dueSoon = nullptr;
};

} // namespace greenlight::ui
