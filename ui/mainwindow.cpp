#include "mainwindow.h"

#include "connectionsdialog.h"
#include "loginpassworddialog.h"
#include "portfolio/portfoliodiff.h"

#include "approvalspage.h"
#include "auditlogpage.h"
#include "dashboard/dashboardpage.h"
#include "domain/displayformat.h"
#include "duesoonpage.h"
#include "gate/evidencedue.h"
#include "gate/gatereviewservice.h"
#include "gatereviewwizard.h"
#include "gateways/syncrunner.h"
#include "portfoliopage.h"
#include "preferencesdialog.h"
#include "qualitypage.h"
#include "services/audittrail.h"
#include "services/gatewaysync.h"
#include "services/portfoliotransfer.h"
#include "services/usecaseediting.h"
#include "settings.h"
#include "themedicon.h"
#include "undorouting.h"
#include "wheelguard.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

MainWindow::MainWindow(app::Workspace &workspace, QWidget *parent) : QMainWindow(parent), m_workspace(workspace)
{
    WheelGuard::install(); // the wheel over a box without focus scrolls the form, it never edits
    setWindowIcon(QIcon(u":/greenlight/icons/greenlight.svg"_s));
    setAcceptDrops(true); // a portfolio file dropped on the window is imported (after asking)
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(u"sidebar"_s);
    const QList<std::pair<QString, QString>> entries{
        {tr("Portfolio"), u"portfolio"_s}, {tr("Data approvals"), u"approvals"_s}, {tr("Dashboards"), u"costs"_s},
        {tr("Quality"), u"quality"_s},     {tr("Audit log"), u"auditlog"_s},       {tr("Due soon"), u"due"_s}};
    for (const auto &[label, icon] : entries) {
        auto *item = new QListWidgetItem(label, m_sidebar);
        item->setData(Qt::UserRole, u":/greenlight/icons/%1.svg"_s.arg(icon));
    }
    m_sidebar->setIconSize(QSize(20, 20));
    updateSidebarIcons();
    m_sidebar->setSpacing(3);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    updateDueBadge();
    const int sidebarWidth = fitSidebar();

    m_pages = new QStackedWidget(this);
    m_portfolio = new PortfolioPage(m_workspace, m_pages);
    m_approvals = new ApprovalsPage(m_workspace, m_pages);
    m_auditLog = new AuditLogPage(m_workspace, m_pages);
    m_pages->addWidget(m_portfolio);
    m_pages->addWidget(m_approvals);
    m_dashboards = new DashboardPage(m_workspace, m_pages);
    m_pages->addWidget(m_dashboards);
    m_quality = new QualityPage(m_workspace, m_pages);
    m_pages->addWidget(m_quality);
    m_pages->addWidget(m_auditLog);
    m_dueSoon = new DueSoonPage(m_workspace, m_pages);
    m_pages->addWidget(m_dueSoon);
    connect(m_dueSoon, &DueSoonPage::evidenceRequested, this, &MainWindow::showEvidence);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_dashboards, &DashboardPage::useCaseRequested, this, [this](const QString &id) {
        showPage(PortfolioView);
        m_portfolio->selectUseCase(id);
    });
    connect(m_portfolio, &PortfolioPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 20'000); });
    connect(m_dashboards, &DashboardPage::exported, this, [this](const QString &file) {
        announceFile(tr("Exported %1.").arg(QDir::toNativeSeparators(file)), file);
    });
    // Every file the window writes is announced in the status bar, with a button to its folder.
    m_openFolder = new QPushButton(tr("Open &Folder"), this);
    m_openFolder->setObjectName(u"openFolder"_s);
    m_openFolder->hide();
    statusBar()->addPermanentWidget(m_openFolder);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_announcedFile).absolutePath())); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({sidebarWidth, 1200 - sidebarWidth});
    // Read-only is said once, above everything, in words: a disabled editor alone does not say why.
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setFrameShape(QFrame::StyledPanel);
    m_readOnlyBanner->setMargin(8);
    m_readOnlyBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_readOnlyBanner->setForegroundRole(QPalette::ToolTipText);
    m_readOnlyBanner->setAutoFillBackground(true);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    // Who you are is the OS account's binding, shown and never chosen.
    auto *toolbar = addToolBar(tr("Signed in"));
    toolbar->setObjectName(u"identityToolbar"_s);
    toolbar->setMovable(false);
    m_identity = new QLabel(toolbar);
    m_identity->setObjectName(u"identity"_s);
    toolbar->addWidget(m_identity);

    createMenus();
    connect(&m_workspace, &app::Workspace::portfolioChanged, this, &MainWindow::refreshPeople);
    connect(&m_workspace, &app::Workspace::portfolioChanged, this, &MainWindow::updateDueBadge);
    connect(&m_workspace, &app::Workspace::databaseChanged, this, &MainWindow::showStatus);
    connect(&m_workspace.editing(), &app::UseCaseEditing::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("The change could not be saved"), message);
    });
    refreshPeople();
    showStatus();
    m_sidebar->setCurrentRow(PortfolioView);

    resize(1200, 760);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(page);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), QKeySequence::New, this, [this] { chooseDatabase(true); });
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, [this] { chooseDatabase(false); });
    m_recent = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Import Portfolio…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importPortfolio);
    file->addAction(tr("&Export Portfolio…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportPortfolio);
    file->addSeparator();
    file->addAction(tr("Export Audit &Packet…"), QKeySequence(Qt::CTRL | Qt::Key_P), this, [this] {
        const QString id = m_portfolio->selectedUseCase();
        if (id.isEmpty())
            QMessageBox::information(this, tr("Audit packet"), tr("Select a use case in the portfolio first."));
        else
            exportPacket(id);
    });
    file->addAction(tr("Export Portfolio P&acket…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this,
                    [this] { exportPacket(QString()); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Undo and Redo work from inside the field just edited too (UndoRouting finishes that edit first).
    auto *undoRouting = new UndoRouting(m_workspace.editing().undoStack(), this);
    undoRouting->undoAction()->setObjectName(u"undo"_s);
    undoRouting->redoAction()->setObjectName(u"redo"_s);
    edit->addAction(undoRouting->undoAction());
    edit->addAction(undoRouting->redoAction());
    edit->addSeparator();
    edit->addAction(tr("&Find Use Case"), QKeySequence::Find, this, [this] {
        showPage(PortfolioView);
        m_portfolio->focusFilter();
    });
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    preferences->setObjectName(u"preferences"_s);
    // The platform's key where it has one (Ctrl+, on macOS and KDE); Ctrl+, where it has none, as the guide says.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferenceKeys);

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    m_startReview =
        review->addAction(tr("&Gate Review…"), QKeySequence(Qt::CTRL | Qt::Key_G), this, &MainWindow::startGateReview);
    m_startReview->setObjectName(u"gateReview"_s);
    m_startReview->setToolTip(tr("Start a gate review of the selected use case, or sign and decide its open one"));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Sync Gateways"), QKeySequence(Qt::Key_F5), this, &MainWindow::syncGateways)
        ->setToolTip(tr("Pull usage and feedback from every connection (add them with 'greenlight connection add')"));
    tools
        ->addAction(tr("Gateway &Connections…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this,
                    [this] {
                        ConnectionsDialog dialog(m_workspace, this);
                        dialog.exec();
                    })
        ->setToolTip(tr("What each connection's keys, workspaces and projects mean, and what nothing maps yet"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Portfolio"), tr("&Data Approvals"), tr("Das&hboards"),
                            tr("&Quality"),   tr("&Audit Log"),      tr("D&ue Soon")};
    for (int i = 0; i < names.size(); ++i)
        view->addAction(names[i], QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), this, [this, i] { showPage(Page(i)); });
    view->addSeparator();
    view->addAction(tr("&Verify Audit Chain"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this, [this] {
        showPage(AuditLogView);
        m_auditLog->verify();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Greenlight"), this, [this] {
        QMessageBox::about(this, tr("About Greenlight"),
                           tr("<h3>Greenlight %1</h3><p>Decide whether an AI feature is ready to launch, and prove it "
                              "afterwards.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    refreshRecent();
}

void MainWindow::refreshRecent()
{
    m_recent->clear();
    const QStringList recent = Settings::recentDatabases();
    for (const QString &location : recent)
        m_recent->addAction(location, this, [this, location] { openDatabase(location, false); });
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::refreshPeople()
{
    const Identity &identity = m_workspace.identity();
    if (const Person *person = m_workspace.actingPerson()) {
        QStringList roles;
        for (Role r : person->roles)
            roles.append(enumLabel(r));
        m_identity->setText(
            tr("Signed in as %1 (%2) · %3").arg(person->name, roles.join(u", "_s), identity.os().text()));
    } else {
        m_identity->setText(tr("Signed in as %1 · read-only").arg(identity.os().text()));
    }
    m_readOnlyBanner->setText(identity.readOnlyReason());
    m_readOnlyBanner->setVisible(!identity.canEdit());
    if (m_startReview != nullptr) {
        m_startReview->setEnabled(identity.canEdit());
        m_startReview->setToolTip(identity.readOnlyReason());
    }
}

void MainWindow::showStatus()
{
    setWindowTitle(tr("Greenlight — %1").arg(m_workspace.location()));
    const Portfolio &p = m_workspace.portfolio();
    const DisplayFormat format;
    statusBar()->showMessage(tr("%1 · %2 use cases · %3 people · %4 tenants")
                                 .arg(m_workspace.location(), format.integer(p.useCases.size()),
                                      format.integer(p.people.size()), format.integer(p.tenants.size())));
}

void MainWindow::openDatabase(const QString &location, bool create)
{
    // A recent entry whose file was moved or deleted says so instead of coming back empty.
    const Status opened = LoginPasswordDialog::open(
        m_workspace, location, create ? app::Workspace::Missing::Create : app::Workspace::Missing::Refuse, this);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the database"), opened.error().toString());
        return;
    }
    Settings::addRecentDatabase(m_workspace.location());
    refreshRecent();
}

void MainWindow::chooseDatabase(bool create)
{
    const QString dir = Settings::lastDirectory();
    const QString filter = tr("Greenlight databases (*.sqlite *.db);;All files (*)");
    const QString file = create ? QFileDialog::getSaveFileName(this, tr("New Database"), dir, filter)
                                : QFileDialog::getOpenFileName(this, tr("Open Database"), dir, filter);
    if (file.isEmpty())
        return;
    Settings::setLastDirectory(QFileInfo(file).absolutePath());
    openDatabase(file, create);
}

void MainWindow::importPortfolio()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Portfolio"), Settings::lastDirectory(),
                                                      tr("Portfolio files (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    Settings::setLastDirectory(QFileInfo(file).absolutePath());
    openPortfolioFile(file);
}

void MainWindow::openPortfolioFile(const QString &file)
{
    // Look before asking: a file that would drop recorded history is refused outright, with each fact named;
    // otherwise the question says how much changes and shows every difference on request.
    const auto plan = m_workspace.transfer().planImport(file);
    if (!plan) {
        QMessageBox::warning(this, tr("Import failed; nothing was changed"), plan.error().toString());
        return;
    }
    const QString details = PortfolioDiff::format(plan->changes).join(u'\n');
    if (!plan->violations.isEmpty()) {
        QMessageBox refused(QMessageBox::Warning, tr("Import refused; nothing was changed"),
                            tr("%1 would drop or change recorded history, which an import never does:\n\n%2\n\nAdd "
                               "new facts to the file instead, and retire use cases rather than deleting them.")
                                .arg(QFileInfo(file).fileName(), u"• "_s + plan->violations.join(u"\n• "_s)),
                            QMessageBox::Ok, this);
        refused.setDetailedText(details);
        refused.exec();
        return;
    }
    QMessageBox question(QMessageBox::Question, tr("Import Portfolio"),
                         tr("Importing replaces the portfolio in %1 with %2: %n difference(s), no recorded history "
                            "dropped. The audit log keeps a record. Continue?",
                            nullptr, int(plan->changes.size()))
                             .arg(m_workspace.location(), QFileInfo(file).fileName()),
                         QMessageBox::Yes | QMessageBox::No, this);
    question.setDetailedText(details);
    if (question.exec() != QMessageBox::Yes)
        return;
    const Status imported = m_workspace.transfer().importFile(file, plan->summary.sha256);
    if (!imported)
        QMessageBox::warning(this, tr("Import failed; nothing was changed"), imported.error().toString());
    else
        statusBar()->showMessage(tr("Imported %1.").arg(QFileInfo(file).fileName()), 5000);
}

namespace {

/// The local JSON file among dragged URLs (the first), or empty.
QString droppedPortfolio(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".json"_s, Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPortfolio(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = droppedPortfolio(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    // Ask after the drop has finished: a modal question inside the drop would hold the drag source.
    QTimer::singleShot(0, this, [this, file] { openPortfolioFile(file); });
}

void MainWindow::exportPacket(const QString &useCaseId)
{
    const QString name = (useCaseId.isEmpty() ? u"portfolio"_s : useCaseId) + u"-audit-packet-"_s +
                         QDate::currentDate().toString(Qt::ISODate) + u".pdf"_s;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Audit Packet"), QDir(Settings::lastDirectory()).filePath(name), tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    Settings::setLastDirectory(QFileInfo(file).absolutePath());
    QProgressDialog progress(tr("Writing the audit packet…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto exported = m_workspace.audit().exportPacket(useCaseId, file, [&](int page, int pages) {
        progress.setMaximum(pages);
        progress.setValue(page);
        return !progress.wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!exported) {
        QMessageBox::warning(this, tr("Audit packet not written"), exported.error().toString());
        return;
    }
    announceFile(tr("Wrote the audit packet to %1 (%2 pages); the export is in the audit log.")
                     .arg(QDir::toNativeSeparators(file))
                     .arg(exported->pages),
                 file);
}

void MainWindow::announceFile(const QString &message, const QString &file)
{
    constexpr int shownMs = 20'000;
    statusBar()->showMessage(message, shownMs);
    m_announcedFile = file;
    m_openFolder->setToolTip(QDir::toNativeSeparators(QFileInfo(file).absolutePath()));
    m_openFolder->show();
    QTimer::singleShot(shownMs, m_openFolder, [this, file] {
        if (m_announcedFile == file)
            m_openFolder->hide();
    });
}

void MainWindow::exportPortfolio()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Portfolio"), Settings::lastDirectory(),
                                                      tr("Portfolio files (*.json)"));
    if (file.isEmpty())
        return;
    Settings::setLastDirectory(QFileInfo(file).absolutePath());
    const Status exported = m_workspace.transfer().exportFile(file);
    if (!exported)
        QMessageBox::warning(this, tr("Export failed"), exported.error().toString());
    else
        announceFile(tr("Exported the portfolio to %1.").arg(QDir::toNativeSeparators(file)), file);
}

void MainWindow::startGateReview()
{
    const QString useCaseId = m_portfolio->selectedUseCase();
    const Person *person = m_workspace.actingPerson();
    const UseCase *useCase = m_workspace.portfolio().useCase(useCaseId);
    // An open review is continued by whoever is signed in (each signs for themselves); a new one needs a pm or cto.
    const GateReview *open = useCase != nullptr ? useCase->openReview() : nullptr;
    if (useCase == nullptr || person == nullptr || (open == nullptr && !GateReviewService::mayRequest(*person))) {
        QMessageBox::information(
            this, tr("Gate review"),
            tr("Select a use case and sign in as yourself. A review is started by a person with the pm or cto role; "
               "once it is open, each person signs it in their own session."));
        return;
    }
    auto *wizard = new GateReviewWizard(m_workspace, useCaseId, this);
    if (open != nullptr)
        wizard->continueReview(open->id);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &GateReviewWizard::fixRequested, this,
            [this](const QString &id, const QString &rule) { showEvidence(id, rule); });
    connect(wizard, &GateReviewWizard::packetRequested, this, &MainWindow::exportPacket, Qt::QueuedConnection);
    connect(wizard, &GateReviewWizard::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 20'000); });
    wizard->open();
}

void MainWindow::showEvidence(const QString &useCaseId, const QString &rule, std::optional<DataClass> dataClass)
{
    if (rule == u"data.approved"_s) {
        showPage(ApprovalsView);
        m_approvals->selectPair(useCaseId, dataClass);
    } else if (rule.startsWith(u"eval."_s)) {
        showPage(QualityView);
        m_quality->selectUseCase(useCaseId);
    } else {
        showPage(PortfolioView);
        m_portfolio->selectUseCase(useCaseId);
        m_portfolio->showEditorFor(rule);
    }
}

void MainWindow::updateDueBadge()
{
    QListWidgetItem *item = m_sidebar->item(DueSoonView);
    const qsizetype soon = EvidenceDue::soonCount(m_workspace.portfolio(), m_workspace.evaluationDay());
    item->setText(soon > 0 ? tr("Due soon (%1)").arg(DisplayFormat().integer(soon)) : tr("Due soon"));
    item->setToolTip(tr("%n piece(s) of evidence stopped counting or stop within %1 days", nullptr, int(soon))
                         .arg(EvidenceDue::soonDays));
    fitSidebar(); // the count may widen the label
}

int MainWindow::fitSidebar()
{
    // As wide as its longest label in the interface language ("Datengenehmigungen"), so it never scrolls sideways.
    const int width = m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->spacing() + 2 * m_sidebar->frameWidth();
    m_sidebar->setMinimumWidth(width);
    m_sidebar->setMaximumWidth(width + 40);
    return width;
}

void MainWindow::updateSidebarIcons()
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QListWidgetItem *item = m_sidebar->item(i);
        item->setIcon(themedIcon(item->data(Qt::UserRole).toString(), m_sidebar->palette(), m_sidebar->iconSize()));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateSidebarIcons(); // light ↔ dark
    QMainWindow::changeEvent(event);
}

void MainWindow::syncGateways()
{
    auto *progress = new QProgressDialog(tr("Syncing gateways…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Sync"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    app::SyncRunner *runner = m_workspace.sync().start();
    connect(
        progress, &QProgressDialog::canceled, runner, [runner] { runner->cancel(); }, Qt::DirectConnection);
    connect(runner, &app::SyncRunner::progress, progress,
            [progress](const QString &connection, qint64 pages, qint64 records) {
                progress->setLabelText(
                    tr("%1: page %2, %3 records…")
                        .arg(connection, DisplayFormat().integer(pages), DisplayFormat().integer(records)));
            });
    connect(runner, &app::SyncRunner::finished, this, [this, progress](const QString &summary, int failures) {
        progress->close();
        if (failures > 0)
            QMessageBox::warning(this, tr("Sync finished with errors"), summary);
        else
            statusBar()->showMessage(summary.section(u'\n', 0, 0) +
                                         (summary.contains(u'\n') ? tr(" (and more; see the audit log)") : QString()),
                                     8000);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    event->accept();
}

} // namespace greenlight::ui
