#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/clirunner.h"
#include "../support/connections.h"
#include "../support/testclock.h"
#include "../support/why.h"

#include "approvalspage.h"
#include "auditlogpage.h"
#include "conflictbar.h"
#include "connectionsdialog.h"
#include "dashboard/chartpanel.h"
#include "dashboard/dashboardpage.h"
#include "dataloggingeditor.h"
#include "duesoonpage.h"
#include "evalrundialog.h"
#include "gate/gateengine.h"
#include "gatereviewwizard.h"
#include "i18n/translations.h"
#include "itemmodels/auditlogmodel.h"
#include "itemmodels/portfoliotablemodel.h"
#include "mainwindow.h"
#include "optionaldateedit.h"
#include "portfolio/portfolioimporter.h"
#include "portfoliopage.h"
#include "preferencesdialog.h"
#include "qualitypage.h"
#include "routepanel.h"
#include "routeversiondialog.h"
#include "runbookeditor.h"
#include "services/audittrail.h"
#include "services/governancerecords.h"
#include "services/portfoliotransfer.h"
#include "services/usecaseediting.h"
#include "settings.h"
#include "signingkeybox.h"
#include "storage/auditstore.h"
#include "storage/connectionstore.h"
#include "storage/database.h"
#include "storage/identifiermaps.h"
#include "usage/recordimporter.h"
#include "usecaseeditor.h"
#include "usecasesection.h"
#include "workspace.h"

#include <QAction>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QRadioButton>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

using namespace greenlight;
using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

class TstMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void portfolioModelPassesTheModelTester();
    void windowEditRecordsPersonAccountAndHost_data();
    void windowEditRecordsPersonAccountAndHost();
    void unboundAccountOpensReadOnly();
    void wizardSignsOnlyAsTheBoundPerson();
    void portfolioPageProxiesPassTheModelTester();
    void auditLogModelPassesTheModelTester();
    void badgeMatchesGateCheck();
    void personWithoutSecurityRoleCannotApprove();
    void securityApprovalIsRecordedAndAudited();
    void approvalOlderThanThePolicyAllowsShowsAsExpired_data();
    void approvalOlderThanThePolicyAllowsShowsAsExpired();
    void verifyShowsTheChainState();
    void editingAFieldSavesItWithOneAuditEvent();
    void undoAndRedoRestoreTheValue();
    void refusedEditIsPutBack();
    void staleEditIsRefusedAndShownWithBothValues_data();
    void staleEditIsRefusedAndShownWithBothValues();
    void refreshKeepsWhatTheUserIsTyping_data();
    void refreshKeepsWhatTheUserIsTyping();
    void undoNeverPutsBackAnotherPersonsEdit();
    void dataClassesAndLoggingAreEditedAndUndone();
    void runbookTextIsSavedOnceWhenEditingEnds();
    void runbookOnCallFeedsTheBusFactorRule();
    void runbookReviewDateAgesTheRunbook();
    void routeChangeIsANewVersion();
    void fixJumpsToTheSectionOfTheRule_data();
    void fixJumpsToTheSectionOfTheRule();
    void failingRulesStandOutAndOpenTheirSection();
    void wizardRefusesGoWithAFailingBlocker();
    void wizardRecordsAGo();
    void wizardRefusesGoOnEvidenceThatWentStale();
    void wizardCancelKeepsTheReviewOpenOrAbandonsIt();
    void evalRunDialogComputesLiveAndRecords();
    void qualityChartShowsTheSelectedUseCase();
    void droppedPortfolioIsImportedAfterAsking();
    void importRefusesAFileChangedAfterReview();
    void preferencesStoreTheLanguage();
    void connectionsDialogMapsAnUnmappedValue();
    void wheelOverAnUnfocusedBoxChangesNothing();
    void aDateIsTypedOrNever();
    void undoWorksFromInsideTheField();
    void exportsSayWhereTheyWrote();
    void dueSoonListsWhatGreenlightDueLists();
    void dueSoonFollowsTheDataAndMarksWhatExpired();
    void dueSoonRowOpensWhereTheEvidenceIsRenewed();
    void dueSoonSaysSoWhenNothingIsDue();
    void germanTranslationIsLoaded();
    void germanWindowWritesFiguresAndNamesInGerman();

private:
    qsizetype auditCount() const;
    /// The English plural forms, as the application loads them ("1 difference", not "1 difference(s)").
    static void useEnglishPlurals();
    /// Answers the question that closing a wizard with an open review asks, by the button labelled @p button; with
    /// @p reason, also the reason asked for next (a null reason cancels that prompt).
    void answerCloseQuestion(const QString &button, const QString &reason = {});
    static void dropTranslators();
    models::AuditEvent lastAuditEvent() const;
    bool auditChainIntact() const;
    QString demoWithATenthUseCase() const;

    /// The Due soon page set to look @p days ahead.
    ui::DueSoonPage *dueSoonPage(int days) const;
    /// Each row of the Due soon list: the owner's heading, then the row's columns.
    static QList<QStringList> dueRows(const QTreeWidget *list);
    /// The Due soon row about @p what, or nullptr.
    static QTreeWidgetItem *dueRow(const QTreeWidget *list, const QString &what);

    /// Reopens the database in a window whose OS account is @p account (on the test host).
    void signInAs(const QString &account);
    /// Another person's own session on the same database (their sign-offs are theirs).
    std::unique_ptr<app::Workspace> sessionOf(const QString &account) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<app::Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
};

/// The number of audit events on record; -1 (with a warning naming the error) when the log cannot be read.
void TstMainWindow::useEnglishPlurals()
{
    QCOMPARE(app::Translations::install(u"en"_s), u"en"_s);
}

void TstMainWindow::dropTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

qsizetype TstMainWindow::auditCount() const
{
    const auto events = m_workspace->audit().events();
    if (!events) {
        qWarning("audit log unreadable: %s", why(events).constData());
        return -1;
    }
    return events->size();
}

/// The latest audit event; an empty one (with a warning) when there is none or the log cannot be read.
models::AuditEvent TstMainWindow::lastAuditEvent() const
{
    const auto events = m_workspace->audit().events();
    if (!events || events->isEmpty()) {
        qWarning("no audit event to read: %s", events ? "the log is empty" : why(events).constData());
        return {};
    }
    return events->last();
}

bool TstMainWindow::auditChainIntact() const
{
    const auto verification = m_workspace->audit().verify();
    if (!verification)
        qWarning("audit chain unreadable: %s", why(verification).constData());
    return verification && verification->intact();
}

/// A file holding the demo as shipped plus a tenth use case with no recorded history. Importing it over the demo
/// keeps every fact, so it is accepted and reloads the models (a file that dropped a fact would be refused).
QString TstMainWindow::demoWithATenthUseCase() const
{
    QJsonObject demo = QJsonDocument::fromJson(readDemo()).object();
    QJsonArray useCases = demo[u"use_cases"_s].toArray();
    QJsonObject added;
    for (const QJsonValue &useCase : std::as_const(useCases)) {
        if (useCase[u"id"_s] == u"code-review-assistant"_s)
            added = useCase.toObject();
    }
    if (added.isEmpty())
        qFatal("the demo portfolio has no use case code-review-assistant");
    added[u"id"_s] = u"release-notes-drafts"_s;
    added[u"name"_s] = u"Release notes drafts"_s;
    added[u"eval_runs"_s] = QJsonArray();
    useCases.append(added);
    demo[u"use_cases"_s] = useCases;
    const QString path = m_dir.filePath(u"demo-and-a-tenth-use-case.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(demo).toJson()) < 0)
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return path;
}

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstMainWindow::init()
{
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' +
                       QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".sqlite"_s);
    {
        auto db = Database::open(path);
        QVERIFY2(db.has_value(), why(db).constData());
        const auto imported =
            PortfolioImporter(**db).import(readDemo(), u"demo.json"_s, as(u"t"_s), QDateTime::currentDateTimeUtc());
        QVERIFY2(imported.has_value(), why(imported).constData());
    }
    m_path = path;
    // The demo binds each person to the OS account named like them; Ana (a pm) is at the desk by default.
    signInAs(u"ana"_s);
}

void TstMainWindow::signInAs(const QString &account)
{
    m_window.reset();
    m_workspace = std::make_unique<app::Workspace>(models::OsAccount{account, tests::testHost()});
    m_workspace->setClock(tests::testClock());
    const auto opened = m_workspace->open(m_path);
    QVERIFY2(opened.has_value(), why(opened).constData());
    m_window = std::make_unique<ui::MainWindow>(*m_workspace);
    m_window->show();
}

std::unique_ptr<app::Workspace> TstMainWindow::sessionOf(const QString &account) const
{
    auto session = std::make_unique<app::Workspace>(models::OsAccount{account, tests::testHost()});
    session->setClock(tests::testClock());
    if (const auto opened = session->open(m_path); !opened)
        qWarning("cannot open %s: %s", qPrintable(m_path), why(opened).constData());
    return session;
}

void TstMainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
}

void TstMainWindow::portfolioModelPassesTheModelTester()
{
    PortfolioTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPortfolio(m_workspace->portfolio(), m_workspace->evaluationDay());
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.index(0, PortfolioTableModel::Name).data().toString(), u"Support reply drafts"_s);
    QCOMPARE(model.index(0, PortfolioTableModel::LatestEval).data().toString(), u"97.5 %"_s);
    QCOMPARE(model.index(0, PortfolioTableModel::RoiPerYear).data().toString(), u"$1,591,200"_s);
    model.setPortfolio(Portfolio{}, m_workspace->evaluationDay());
    QCOMPARE(model.rowCount(), 0);
}

void TstMainWindow::portfolioPageProxiesPassTheModelTester()
{
    // The page shows PortfolioFilter (sorts, filters) over BadgeColours (colours the badge) over PortfolioTableModel.
    ui::PortfolioPage *page = m_window->portfolioPage();
    QAbstractItemModel *filter = page->table()->model();
    auto *filterProxy = qobject_cast<QAbstractProxyModel *>(filter);
    QVERIFY(filterProxy != nullptr);
    QAbstractItemModel *colours = filterProxy->sourceModel();
    auto *coloursProxy = qobject_cast<QAbstractProxyModel *>(colours);
    QVERIFY(coloursProxy != nullptr);
    QVERIFY(qobject_cast<PortfolioTableModel *>(coloursProxy->sourceModel()) != nullptr);
    QAbstractItemModelTester filterTester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester coloursTester(colours, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter->rowCount(), 9);
    QCOMPARE(colours->rowCount(), 9);
    QCOMPARE(colours->columnCount(), int(PortfolioTableModel::ColumnCount));
    // Row 0 of the source is support-reply-draft: go-eligible, so its badge is green on the light palette.
    QCOMPARE(colours->index(0, PortfolioTableModel::Gate).data().toString(), u"go-eligible"_s);
    QCOMPARE(colours->index(0, PortfolioTableModel::Gate).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0x1b, 0x7f, 0x3b));
    QCOMPARE(colours->index(6, PortfolioTableModel::Name).data().toString(), u"Contract clause review"_s);
    QCOMPARE(colours->index(6, PortfolioTableModel::Gate).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xb3, 0x26, 0x1e));

    QLineEdit *text = nullptr;
    for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
        if (edit->placeholderText().startsWith(u"Filter use cases"_s))
            text = edit;
    }
    QVERIFY(text != nullptr);
    QComboBox *status = nullptr;
    for (QComboBox *box : page->findChildren<QComboBox *>()) {
        if (box->count() > 0 && box->itemText(0) == u"All statuses"_s)
            status = box;
    }
    QVERIFY(status != nullptr);
    // Filtering by text (three names hold "assistant") and by status (three pilots), then sorting by name.
    text->setText(u"assistant"_s);
    QCOMPARE(filter->rowCount(), 3);
    text->clear();
    status->setCurrentIndex(status->findData(u"pilot"_s));
    QCOMPARE(filter->rowCount(), 3);
    status->setCurrentIndex(0);
    QCOMPARE(filter->rowCount(), 9);
    page->table()->sortByColumn(PortfolioTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(filter->index(0, PortfolioTableModel::Name).data().toString(), u"Churn-risk outreach emails"_s);
    QCOMPARE(filter->index(8, PortfolioTableModel::Name).data().toString(), u"Support ticket classifier"_s);

    // Ids are a column and match the filter (the command line, alerts and the log use them); Enter selects the
    // only match and moves to the table.
    QCOMPARE(colours->index(0, PortfolioTableModel::Id).data().toString(), u"support-reply-draft"_s);
    text->setText(u"lead-enrichment"_s);
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, PortfolioTableModel::Id).data().toString(), u"lead-enrichment"_s);
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(page->selectedUseCase(), u"lead-enrichment"_s);
    text->clear();
    // The latest decision shows in its column, with the gate's name: support-reply-draft went through review with a go.
    QCOMPARE(colours->index(0, PortfolioTableModel::Decision).data().toString(),
             u"go · Customer launch · %1"_s.arg(DisplayFormat().date(QDate(2026, 10, 21))));
    QCOMPARE(colours->index(0, PortfolioTableModel::Decision).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0x1b, 0x7f, 0x3b));
    QCOMPARE(colours->index(6, PortfolioTableModel::Decision).data().toString(),
             u"no-go · High-risk launch · %1"_s.arg(DisplayFormat().date(QDate(2026, 10, 27))));
    QCOMPARE(colours->index(6, PortfolioTableModel::Decision).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xb3, 0x26, 0x1e));

    // The refresh paths: an edit reloads the page's model; so does importing another portfolio (the demo as shipped
    // and a tenth use case: nine rows become ten, and the renamed use case has its old name again), with a text
    // filter on ("support " with its space matches the two names, not the id support-reply-draft).
    text->setText(u"support "_s);
    QCOMPARE(filter->rowCount(), 2);
    UseCase renamed = *m_workspace->portfolio().useCase(u"support-reply-draft"_s);
    renamed.name = u"Customer reply drafts"_s;
    const auto edited = m_workspace->editing().editUseCase(renamed, u"Rename"_s);
    QVERIFY2(edited.has_value(), why(edited).constData());
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, PortfolioTableModel::Name).data().toString(), u"Support ticket classifier"_s);
    const auto imported = m_workspace->transfer().importFile(demoWithATenthUseCase());
    QVERIFY2(imported.has_value(), why(imported).constData());
    QCOMPARE(colours->rowCount(), 10);
    QCOMPARE(colours->index(9, PortfolioTableModel::Name).data().toString(), u"Release notes drafts"_s);
    QCOMPARE(filter->rowCount(), 2);
    QCOMPARE(filter->index(0, PortfolioTableModel::Name).data(PortfolioTableModel::UseCaseIdRole).toString(),
             u"support-reply-draft"_s);
    QCOMPARE(filter->index(1, PortfolioTableModel::Name).data(PortfolioTableModel::UseCaseIdRole).toString(),
             u"ticket-classifier"_s);
    text->clear();
    QCOMPARE(filter->rowCount(), 10);
}

void TstMainWindow::auditLogModelPassesTheModelTester()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto imported = m_workspace->audit().events();
    QVERIFY2(imported.has_value(), why(imported).constData());
    model.setEvents(*imported);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
    QCOMPARE(model.index(0, AuditLogModel::Seq).data().toLongLong(), 1);
    QCOMPARE(model.index(0, AuditLogModel::Entity).data().toString(), u"portfolio"_s);
    QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), u"import"_s);

    // The page's own model behind its filter follows the workspace.
    QAbstractItemModel *pageModel = m_window->auditLogPage()->table()->model();
    auto *pageProxy = qobject_cast<QAbstractProxyModel *>(pageModel);
    QVERIFY(pageProxy != nullptr);
    QVERIFY(qobject_cast<AuditLogModel *>(pageProxy->sourceModel()) != nullptr);
    QAbstractItemModelTester pageTester(pageProxy->sourceModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(pageModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(pageModel->rowCount(), 1);

    UseCase renamed = *m_workspace->portfolio().useCase(u"support-reply-draft"_s);
    renamed.name = u"Customer reply drafts"_s;
    const auto edited = m_workspace->editing().editUseCase(renamed, u"Rename"_s);
    QVERIFY2(edited.has_value(), why(edited).constData());
    QCOMPARE(pageModel->rowCount(), 2);
    const auto afterEdit = m_workspace->audit().events();
    QVERIFY2(afterEdit.has_value(), why(afterEdit).constData());
    model.setEvents(*afterEdit);
    QCOMPARE(model.rowCount(), 2);
    // Newest first.
    QCOMPARE(model.index(0, AuditLogModel::Seq).data().toLongLong(), 2);
    QCOMPARE(model.index(0, AuditLogModel::Entity).data().toString(), u"use_case"_s);
    QCOMPARE(model.index(0, AuditLogModel::EntityId).data().toString(), u"support-reply-draft"_s);
    QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), u"update"_s);
    QCOMPARE(model.index(1, AuditLogModel::Seq).data().toLongLong(), 1);

    const auto replaced = m_workspace->transfer().importFile(demoWithATenthUseCase());
    QVERIFY2(replaced.has_value(), why(replaced).constData());
    QCOMPARE(pageModel->rowCount(), 3);
    QCOMPARE(pageModel->index(0, AuditLogModel::Action).data().toString(), u"import"_s);
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void TstMainWindow::badgeMatchesGateCheck()
{
    // The badge of each demo use case at its default gate, as the demo data (resources/demo/portfolio.json) has it;
    // the same four are go-eligible in tst_commandline's gateCheckAllCoversTheDemo, and the packet's portfolio
    // summary shows contract-review's three blockers. lead-enrichment's rollback.path is waived for its pilot.
    const QHash<QString, QString> expected{
        {u"support-reply-draft"_s, u"go-eligible"_s}, {u"ticket-classifier"_s, u"go-eligible"_s},
        {u"meeting-summary"_s, u"go-eligible"_s},     {u"docs-search-assistant"_s, u"go-eligible"_s},
        {u"lead-enrichment"_s, u"1 blocker"_s},       {u"code-review-assistant"_s, u"4 blockers"_s},
        {u"contract-review"_s, u"3 blockers"_s},      {u"churn-outreach-email"_s, u"12 blockers"_s},
        {u"incident-triage-bot"_s, u"6 blockers"_s},
    };
    const QTableView *table = m_window->portfolioPage()->table();
    QCOMPARE(table->model()->rowCount(), 9);
    QSet<QString> seen;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString id = table->model()->index(row, 0).data(PortfolioTableModel::UseCaseIdRole).toString();
        const QString badge = table->model()->index(row, PortfolioTableModel::Gate).data().toString();
        QVERIFY2(expected.contains(id), qPrintable(id));
        QVERIFY2(badge == expected.value(id), qPrintable(id + u": "_s + badge));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 9);
    // The rule list below the table shows the selected use case, failing blockers first.
    m_window->portfolioPage()->selectUseCase(u"contract-review"_s);
    const QTreeWidget *rules = m_window->portfolioPage()->rules();
    QCOMPARE(rules->topLevelItemCount(), 21);
    QCOMPARE(rules->topLevelItem(0)->text(0), u"fail"_s);
    QCOMPARE(rules->topLevelItem(0)->text(2), u"data.approved"_s);
    QCOMPARE(rules->topLevelItem(2)->text(0), u"fail"_s);
    QCOMPARE(rules->topLevelItem(2)->text(2), u"logging.policy"_s);
    QCOMPARE(rules->topLevelItem(3)->text(0), u"pass"_s);
}

void TstMainWindow::personWithoutSecurityRoleCannotApprove()
{
    m_window->showPage(ui::MainWindow::ApprovalsView);
    ui::ApprovalsPage *page = m_window->approvalsPage();
    QVERIFY(page->queue()->topLevelItemCount() > 0);
    QVERIFY(!page->approveButton()->isEnabled());
    QVERIFY(!page->rejectButton()->isEnabled());
    QCOMPARE(page->approveButton()->toolTip(),
             u"Ana Ruiz holds none of the roles that decide on data classes (security, legal, compliance)."_s);
    signInAs(u"sam"_s);
    m_window->showPage(ui::MainWindow::ApprovalsView);
    page = m_window->approvalsPage();
    QVERIFY(page->approveButton()->isEnabled());
    QCOMPARE(page->approveButton()->toolTip(), QString());
}

void TstMainWindow::securityApprovalIsRecordedAndAudited()
{
    m_window->showPage(ui::MainWindow::ApprovalsView);
    signInAs(u"omar"_s);
    m_window->showPage(ui::MainWindow::ApprovalsView);
    ui::ApprovalsPage *page = m_window->approvalsPage();
    // Find lead-enrichment/customer and reject it.
    QTreeWidgetItem *target = nullptr;
    for (int i = 0; i < page->queue()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = page->queue()->topLevelItem(i);
        if (item->text(0) == u"Lead enrichment"_s && item->text(1) == u"customer"_s)
            target = item;
    }
    QVERIFY(target != nullptr);
    page->queue()->setCurrentItem(target);
    const qsizetype before = auditCount();
    // A rejection needs its reason: without a note nothing is recorded, and the page says why.
    QTest::mouseClick(page->rejectButton(), Qt::LeftButton);
    QCOMPARE(auditCount(), before);
    QCOMPARE(page->message()->text(), u"Say in the note why customer is rejected for Lead enrichment: the team needs "
                                      u"to know what to change."_s);
    QVERIFY(!page->message()->styleSheet().isEmpty());
    page->noteEdit()->setText(u"no customer data in enrichment prompts"_s);
    QTest::mouseClick(page->rejectButton(), Qt::LeftButton);
    QCOMPARE(auditCount(), before + 1);
    // The confirmation names the use case, and goes when another pair is selected.
    QVERIFY2(page->message()->text().startsWith(
                 u"Recorded: Omar Haddad rejected customer for Lead enrichment as security, "_s),
             qPrintable(page->message()->text()));
    QVERIFY(page->message()->styleSheet().isEmpty());
    page->queue()->setCurrentItem(page->queue()->topLevelItem(0) == page->queue()->currentItem()
                                      ? page->queue()->topLevelItem(1)
                                      : page->queue()->topLevelItem(0));
    QCOMPARE(page->message()->text(), QString());
    const UseCase *u = m_workspace->portfolio().useCase(u"lead-enrichment"_s);
    QCOMPARE(u->dataApprovals.size(), 2);
    QCOMPARE(u->dataApprovals.last().person, u"omar"_s);
    QCOMPARE(u->dataApprovals.last().decision, ApprovalDecision::Rejected);
    // The portfolio's badge follows: data.approved now fails for lead-enrichment.
    const QAbstractItemModel *table = m_window->portfolioPage()->table()->model();
    int leadRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->index(row, 0).data(PortfolioTableModel::UseCaseIdRole).toString() == u"lead-enrichment"_s)
            leadRow = row;
    }
    QVERIFY2(leadRow >= 0, "lead-enrichment is not in the portfolio table");
    QCOMPARE(table->index(leadRow, PortfolioTableModel::Gate).data().toString(), u"2 blockers"_s);
}

void TstMainWindow::approvalOlderThanThePolicyAllowsShowsAsExpired_data()
{
    // Omar approved customer data for the ticket classifier on 2026-06-10; an approval counts for 365 days.
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("expired");
    QTest::newRow("its last day") << QDate(2027, 6, 10) << false;
    QTest::newRow("the day after") << QDate(2027, 6, 11) << true;
}

void TstMainWindow::approvalOlderThanThePolicyAllowsShowsAsExpired()
{
    QFETCH(QDate, today);
    QFETCH(bool, expired);
    m_workspace->setClock([today] { return QDateTime(today, QTime(9, 0), Qt::UTC); });
    QVERIFY2(m_workspace->refresh().has_value(), "refresh failed");
    const QString approved = DisplayFormat().date(QDate(2026, 6, 10));

    // The queue says it in words, marks it and says who must renew it.
    m_window->showPage(ui::MainWindow::ApprovalsView);
    QTreeWidget *queue = m_window->approvalsPage()->queue();
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < queue->topLevelItemCount(); ++i) {
        if (queue->topLevelItem(i)->text(0) == u"Support ticket classifier"_s &&
            queue->topLevelItem(i)->text(1) == u"customer"_s)
            row = queue->topLevelItem(i);
    }
    QVERIFY(row != nullptr);
    QCOMPARE(row->text(2), expired ? u"approved %1 — expired, renew"_s.arg(approved) : u"approved"_s);
    QCOMPARE(row->text(3), expired ? u"renewal by security"_s : QString());
    QCOMPARE(row->icon(2).isNull(), !expired);
    QCOMPARE(row->foreground(2).color() == QColor(0xb3, 0x26, 0x1e), expired);

    // So does the use case's Data & logging tab.
    m_window->showPage(ui::MainWindow::PortfolioView);
    m_window->portfolioPage()->selectUseCase(u"ticket-classifier"_s);
    const QLabel *state = m_window->portfolioPage()->dataEditor()->dataClassState(DataClass::Customer);
    QCOMPARE(state->text(),
             expired ? u"approved by security on %1 — expired, renew"_s.arg(approved) : u"approved by security"_s);
    QCOMPARE(state->toolTip().isEmpty(), !expired);
    // ...as the gate does: data.approved fails from the day after.
    QTreeWidget *rules = m_window->portfolioPage()->rules();
    const QList<QTreeWidgetItem *> dataApproved = rules->findItems(u"data.approved"_s, Qt::MatchExactly, 2);
    QCOMPARE(dataApproved.size(), 1);
    QCOMPARE(dataApproved.first()->text(0), expired ? u"fail"_s : u"pass"_s);
    if (!expired)
        return;

    // Omar renews it in the queue: approved again, from that day.
    signInAs(u"omar"_s);
    m_workspace->setClock([today] { return QDateTime(today, QTime(10, 0), Qt::UTC); });
    QVERIFY(m_workspace->refresh().has_value());
    ui::ApprovalsPage *approvals = m_window->approvalsPage();
    approvals->selectPair(u"ticket-classifier"_s, DataClass::Customer);
    QCOMPARE(approvals->queue()->currentItem()->text(2), u"approved %1 — expired, renew"_s.arg(approved));
    approvals->noteEdit()->setText(u"Renewed: ticket subject and body only."_s);
    QTest::mouseClick(approvals->approveButton(), Qt::LeftButton);
    QVERIFY2(approvals->message()->text().startsWith(
                 u"Recorded: Omar Haddad approved customer for Support ticket classifier as security, "_s),
             qPrintable(approvals->message()->text()));
    QCOMPARE(approvals->queue()->currentItem()->text(2), u"approved"_s);
    QCOMPARE(approvals->queue()->currentItem()->text(3), QString());
    QCOMPARE(m_workspace->portfolio().useCase(u"ticket-classifier"_s)->dataApprovals.last().date, today);
}

void TstMainWindow::verifyShowsTheChainState()
{
    m_window->showPage(ui::MainWindow::AuditLogView);
    m_window->auditLogPage()->verify();
    QVERIFY2(m_window->auditLogPage()->chainState()->text().startsWith(u"✔ Chain intact: 1 events, head hash "_s),
             qPrintable(m_window->auditLogPage()->chainState()->text()));
    QCOMPARE(m_window->auditLogPage()->table()->model()->rowCount(), 1);
    QVERIFY(m_window->auditLogPage()->chainState()->styleSheet().isEmpty());

    // Two edits, then the first altered behind the application's back: the failing event is red and selected.
    for (const QString &name : {u"Reply drafts"_s, u"Support replies"_s}) {
        UseCase renamed = *m_workspace->portfolio().useCase(u"support-reply-draft"_s);
        renamed.name = name;
        QVERIFY(m_workspace->editing().editUseCase(renamed, u"Rename"_s).has_value());
    }
    {
        auto db = Database::open(m_path);
        QVERIFY2(db.has_value(), why(db).constData());
        QSqlQuery q((*db)->connection());
        QVERIFY(
            q.exec(u"UPDATE audit_events SET payload = replace(payload, 'Reply drafts', 'Forged') WHERE seq = 2"_s));
    }
    ui::AuditLogPage *page = m_window->auditLogPage();
    page->verify();
    QCOMPARE(page->chainState()->text(),
             u"✘ Chain broken at event 2: event 2 was altered: its hash does not match its contents"_s);
    QVERIFY(!page->chainState()->styleSheet().isEmpty()); // shown as an alert, not as plain text
    const QModelIndexList selected = page->table()->selectionModel()->selectedRows(AuditLogModel::Seq);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toLongLong(), 2);
    QVERIFY(selected.first().data(AuditLogModel::FailedRole).toBool());
    const QModelIndex newest = page->table()->model()->index(0, AuditLogModel::Seq);
    QCOMPARE(newest.data().toLongLong(), 3);
    QVERIFY(!newest.data(AuditLogModel::FailedRole).toBool());
}

void TstMainWindow::editingAFieldSavesItWithOneAuditEvent()
{
    m_window->portfolioPage()->selectUseCase(u"support-reply-draft"_s);
    ui::UseCaseEditor *editor = m_window->portfolioPage()->editor();
    QLineEdit *name = editor->nameEdit();
    QCOMPARE(name->text(), u"Support reply drafts"_s);
    const qsizetype before = auditCount();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Support reply drafting"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_workspace->portfolio().useCase(u"support-reply-draft"_s)->name, u"Support reply drafting"_s);
    const auto read = m_workspace->audit().events();
    QVERIFY2(read.has_value(), why(read).constData());
    const QList<AuditEvent> events = *read;
    QCOMPARE(events.size(), before + 1);
    const AuditEvent &last = events.last();
    QCOMPARE(last.entry.entity, u"use_case"_s);
    QCOMPARE(last.entry.entityId, u"support-reply-draft"_s);
    QCOMPARE(last.entry.action, u"update"_s);
    QCOMPARE(QString::fromUtf8(last.entry.payload),
             u"{\"after\":{\"name\":\"Support reply drafting\"},\"before\":{\"name\":\"Support reply drafts\"},"
             u"\"version\":2}"_s);
    // Finishing the field again without a change saves nothing.
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(auditCount(), before + 1);
    QCOMPARE(m_workspace->editing().undoStack()->count(), 1);
    QCOMPARE(m_workspace->editing().undoStack()->undoText(), u"Change the name of Support reply drafts"_s);
}

void TstMainWindow::undoAndRedoRestoreTheValue()
{
    m_window->portfolioPage()->selectUseCase(u"lead-enrichment"_s);
    ui::UseCaseEditor *editor = m_window->portfolioPage()->editor();
    QComboBox *status = editor->statusBox();
    const qsizetype before = auditCount();
    status->setCurrentIndex(status->findData(u"internal"_s));
    Q_EMIT status->activated(status->currentIndex());
    QCOMPARE(m_workspace->portfolio().useCase(u"lead-enrichment"_s)->status, LifecycleStatus::Internal);
    m_workspace->editing().undoStack()->undo();
    QCOMPARE(m_workspace->portfolio().useCase(u"lead-enrichment"_s)->status, LifecycleStatus::Pilot);
    QCOMPARE(status->currentData().toString(), u"pilot"_s);
    m_workspace->editing().undoStack()->redo();
    QCOMPARE(m_workspace->portfolio().useCase(u"lead-enrichment"_s)->status, LifecycleStatus::Internal);
    // edit, undo and redo are each a change on record
    QCOMPARE(auditCount(), before + 3);
    QVERIFY(auditChainIntact());
}

void TstMainWindow::windowEditRecordsPersonAccountAndHost_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("person");
    // The demo binds each person to the bare account named like them: any host matches.
    QTest::newRow("ana") << u"ana"_s << u"ana"_s;
    QTest::newRow("omar") << u"omar"_s << u"omar"_s;
}

void TstMainWindow::windowEditRecordsPersonAccountAndHost()
{
    QFETCH(QString, account);
    QFETCH(QString, person);
    signInAs(account);
    QCOMPARE(m_workspace->identity().personId(), person);
    QVERIFY(!m_window->readOnlyBanner()->isVisible());
    m_window->portfolioPage()->selectUseCase(u"support-reply-draft"_s);
    QLineEdit *name = m_window->portfolioPage()->editor()->nameEdit();
    QVERIFY(name->isEnabled());
    name->setText(u"Support reply drafts, renamed"_s);
    Q_EMIT name->editingFinished();
    const AuditEvent event = lastAuditEvent();
    QCOMPARE(event.entry.entity, u"use_case"_s);
    QCOMPARE(event.format, AuditFormat::WithAccount);
    QCOMPARE(event.entry.actor.person, person);
    QCOMPARE(event.entry.actor.account, account);
    QCOMPARE(event.entry.actor.host, u"test-host"_s);
    QCOMPARE(event.entry.actor.kind, Actor::Kind::Bound);
    QVERIFY(auditChainIntact());
}

void TstMainWindow::unboundAccountOpensReadOnly()
{
    signInAs(u"intruder"_s);
    const QString reason =
        u"You are signed in to this computer as intruder@test-host, which no person in the portfolio is bound to; "
        u"the window is read-only. Add intruder@test-host to your entry's accounts in the portfolio file and "
        u"import it."_s;
    QVERIFY(!m_workspace->identity().canEdit());
    QVERIFY(m_window->readOnlyBanner()->isVisible());
    QCOMPARE(m_window->readOnlyBanner()->text(), reason);
    QCOMPARE(m_window->identityLabel()->text(), u"Signed in as intruder@test-host · read-only"_s);
    QVERIFY(!m_window->startReviewAction()->isEnabled());
    // Nobody to choose: the window has no person picker any more.
    QVERIFY(m_window->findChild<QComboBox *>(u"actingAs"_s) == nullptr);

    // Every editor of every section of a use case is disabled, and the section says why where the editors are.
    ui::PortfolioPage *page = m_window->portfolioPage();
    page->selectUseCase(u"support-reply-draft"_s);
    const QList<ui::UseCaseSection *> sections = page->findChildren<ui::UseCaseSection *>();
    QCOMPARE(sections.size(), 4);
    qsizetype editors = 0;
    for (ui::UseCaseSection *section : sections) {
        page->tabs()->setCurrentWidget(section);
        QVERIFY2(section->message()->isVisible(), section->metaObject()->className());
        QCOMPARE(section->message()->text(), reason);
        for (QWidget *editor : section->editors()) {
            ++editors;
            QVERIFY2(!editor->isEnabled(),
                     qPrintable(QString::fromLatin1(section->metaObject()->className()) + u": "_s +
                                QString::fromLatin1(editor->metaObject()->className()) + u' ' + editor->objectName()));
        }
    }
    QVERIFY2(editors >= 25, qPrintable(QString::number(editors)));

    m_window->showPage(ui::MainWindow::ApprovalsView);
    ui::ApprovalsPage *approvals = m_window->approvalsPage();
    QVERIFY(!approvals->approveButton()->isEnabled());
    QVERIFY(!approvals->rejectButton()->isEnabled());
    QCOMPARE(approvals->approveButton()->toolTip(), reason);
    QVERIFY(approvals->findChildren<QLabel *>().size() > 0);
    bool shown = false;
    for (const QLabel *label : approvals->findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text() == reason);
    QVERIFY(shown);

    m_window->showPage(ui::MainWindow::QualityView);
    auto *record = m_window->findChild<QPushButton *>(u"recordEvalRun"_s);
    QVERIFY(record != nullptr);
    QVERIFY(!record->isEnabled());
    auto *why = m_window->findChild<QLabel *>(u"readOnlyReason"_s);
    QVERIFY(why != nullptr && why->isVisible());
    QCOMPARE(why->text(), reason);

    // The rule lives in the workspace too: a change that reached it anyway is refused, nothing recorded.
    const qsizetype before = auditCount();
    UseCase edited = *m_workspace->portfolio().useCase(u"support-reply-draft"_s);
    edited.name = u"Renamed by nobody"_s;
    const auto refused = m_workspace->editing().editUseCase(edited, u"rename"_s);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().toString(), u"intruder@test-host: "_s + reason);
    QCOMPARE(auditCount(), before);
}

void TstMainWindow::wizardSignsOnlyAsTheBoundPerson()
{
    signInAs(u"ana"_s);
    ui::GateReviewWizard wizard(*m_workspace, u"support-reply-draft"_s);
    wizard.show();
    wizard.next();
    // No list of people to sign for: the signer is Ana, in the roles Ana holds.
    QCOMPARE(wizard.signerLabel()->text(), u"Signing as Ana Ruiz"_s);
    // The gate, the role and the key to sign with (on the sign-off and the decision page); no person picker.
    QList<QComboBox *> boxes = wizard.findChildren<QComboBox *>();
    QCOMPARE(boxes.size(), 4);
    QCOMPARE(boxes.removeIf([](QComboBox *box) { return qobject_cast<ui::SigningKeyBox *>(box) != nullptr; }), 2);
    QStringList roles;
    for (int i = 0; i < wizard.roleBox()->count(); ++i)
        roles.append(wizard.roleBox()->itemText(i));
    QCOMPARE(roles, QStringList{u"pm"_s});
    QVERIFY(wizard.recordSignoff(Role::Pm, true, {}));
    const AuditEvent event = lastAuditEvent();
    QCOMPARE(event.entry.action, u"sign"_s);
    QCOMPARE(event.entry.actor.person, u"ana"_s);
    QCOMPARE(event.entry.actor.account, u"ana"_s);
    // The review waits for security: go is not offered, and says why, until Sam signs in his own session.
    wizard.next();
    QVERIFY(!wizard.goButton()->isEnabled());
    QCOMPARE(wizard.goBlockers()->text(), u"Go is not possible yet: waiting for sign-off from security; the "
                                          u"requester Ana Ruiz is the only approver."_s);
    wizard.goButton()->setChecked(true); // and if it were chosen anyway, the service refuses it
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.decisionMessage()->text(),
             u"go refused: waiting for sign-off from security; the requester Ana Ruiz is the only approver"_s);
    const QString reviewId = wizard.reviewId();
    answerCloseQuestion(u"&Keep Open"_s);
    wizard.close();
    QVERIFY(!wizard.isVisible());

    // Sam, at his own desk, opens the same use case: Review → Gate Review continues the open review on its
    // sign-offs, where he signs as himself in his role.
    const auto continueInWindow = [&]() -> ui::GateReviewWizard * {
        m_window->portfolioPage()->selectUseCase(u"support-reply-draft"_s);
        auto *action = m_window->findChild<QAction *>(u"gateReview"_s);
        if (action == nullptr)
            return nullptr;
        action->trigger();
        return m_window->findChild<ui::GateReviewWizard *>();
    };
    signInAs(u"sam"_s);
    ui::GateReviewWizard *samsWizard = continueInWindow();
    QVERIFY(samsWizard != nullptr);
    QCOMPARE(samsWizard->reviewId(), reviewId);
    QCOMPARE(samsWizard->currentId(), int(ui::GateReviewWizard::SignoffsPage));
    QCOMPARE(samsWizard->signerLabel()->text(), u"Signing as Sam Patel"_s);
    QVERIFY(!samsWizard->gateBox()->isEnabled());
    QVERIFY(samsWizard->recordSignoff(Role::Security, true, u"checked the data flows"_s));
    QCOMPARE(lastAuditEvent().entry.actor.person, u"sam"_s);
    QCOMPARE(lastAuditEvent().entry.actor.account, u"sam"_s);
    answerCloseQuestion(u"&Keep Open"_s);
    samsWizard->close();

    // Back at Ana's desk the review has both sign-offs and she decides go.
    signInAs(u"ana"_s);
    ui::GateReviewWizard *anasWizard = continueInWindow();
    QVERIFY(anasWizard != nullptr);
    QCOMPARE(anasWizard->reviewId(), reviewId);
    anasWizard->next();
    QVERIFY(anasWizard->goButton()->isEnabled());
    QCOMPARE(anasWizard->goBlockers()->text(), u"Nothing stands in the way of go."_s);
    anasWizard->goButton()->setChecked(true);
    anasWizard->button(QWizard::FinishButton)->click();
    QCOMPARE(anasWizard->decisionMessage()->text(), QString());
    const UseCase *decided = m_workspace->portfolio().useCase(u"support-reply-draft"_s);
    QCOMPARE(decided->gateReviews.constLast().id, reviewId);
    QCOMPARE(decided->gateReviews.constLast().decision, std::optional<GateDecision>(GateDecision::Go));
    QCOMPARE(decided->openReview(), nullptr);
}

void TstMainWindow::importRefusesAFileChangedAfterReview()
{
    const QString file = demoWithATenthUseCase();
    const auto plan = m_workspace->transfer().planImport(file);
    QVERIFY2(plan.has_value(), why(plan).constData());
    // The file is rewritten (say, by a git pull) while the user reads the plan: not what they reviewed.
    QFile rewrite(file);
    QVERIFY(rewrite.open(QIODevice::ReadOnly));
    QByteArray json = rewrite.readAll();
    rewrite.close();
    json.replace("Release notes drafts", "Release notes drafted");
    QVERIFY(rewrite.open(QIODevice::WriteOnly | QIODevice::Truncate));
    rewrite.write(json);
    rewrite.close();
    const qsizetype before = auditCount();
    const auto refused = m_workspace->transfer().importFile(file, plan->summary.sha256);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().toString(), file + u": the file changed after you reviewed it, so nothing was imported; "
                                                u"import it again to review what it holds now"_s);
    QCOMPARE(auditCount(), before);
    QCOMPARE(m_workspace->portfolio().useCases.size(), 9);
    // Reviewed again, it goes in.
    const auto again = m_workspace->transfer().planImport(file);
    QVERIFY2(again.has_value(), why(again).constData());
    QVERIFY(m_workspace->transfer().importFile(file, again->summary.sha256).has_value());
    QCOMPARE(m_workspace->portfolio().useCases.size(), 10);
    QCOMPARE(m_workspace->portfolio().useCases.constLast().name, u"Release notes drafted"_s);
}

void TstMainWindow::refusedEditIsPutBack()
{
    m_window->portfolioPage()->selectUseCase(u"support-reply-draft"_s);
    ui::UseCaseEditor *editor = m_window->portfolioPage()->editor();
    QLineEdit *name = editor->nameEdit();
    name->setText(u"   "_s);
    Q_EMIT name->editingFinished();
    QCOMPARE(editor->message()->text(), u"support-reply-draft: the name must not be empty"_s);
    QCOMPARE(name->text(), u"Support reply drafts"_s);
    QCOMPARE(m_workspace->editing().undoStack()->count(), 0);
}

namespace {
const QString kReplyDraft = QStringLiteral("support-reply-draft");
const QString kReplyDescription =
    QStringLiteral("Drafts a first reply to a support ticket from the knowledge base; an agent edits and sends it.");

/// Changes the daily cost cap of the reply-draft use case in @p session (another person's window).
void setCostCap(app::Workspace &session, double cap)
{
    UseCase edited = *session.portfolio().useCase(kReplyDraft);
    edited.operations.dailyCostCapUsd = cap;
    const auto saved = session.editing().editUseCase(edited, u"cap"_s);
    if (!saved || saved->refused())
        qFatal("the other session could not save the cap");
}
} // namespace

void TstMainWindow::staleEditIsRefusedAndShownWithBothValues_data()
{
    QTest::addColumn<bool>("applyMine");
    QTest::newRow("apply mine") << true;
    QTest::newRow("reload") << false;
}

void TstMainWindow::staleEditIsRefusedAndShownWithBothValues()
{
    QFETCH(bool, applyMine);
    m_window->portfolioPage()->selectUseCase(kReplyDraft);
    ui::UseCaseEditor *editor = m_window->portfolioPage()->editor();
    // Ben sets the cap in his own window; this window has not heard of it yet (no event loop ran).
    const auto ben = sessionOf(u"ben"_s);
    setCostCap(*ben, 999);
    const qsizetype before = auditCount();

    QLineEdit *description = editor->descriptionEdit();
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, u"Drafts replies."_s);
    QTest::keyClick(description, Qt::Key_Return);
    ui::ConflictBar *bar = editor->conflictBar();
    QVERIFY(bar->isVisibleTo(editor));
    QVERIFY(bar->text()->text().startsWith(
        u"Your change of the description was not saved: support-reply-draft changed by Ben Okafor (ben@test-host) at "_s));
    QVERIFY(bar->text()->text().endsWith(
        u" since you opened it.\ndescription: yours \"Drafts replies.\", stored \"%1\""_s.arg(kReplyDescription)));
    QCOMPARE(auditCount(), before);                      // nothing written
    QCOMPARE(description->text(), u"Drafts replies."_s); // the user's value waits for their choice

    if (applyMine) {
        bar->applyMineButton()->click();
        QVERIFY(!bar->isVisibleTo(editor));
        const UseCase *stored = m_workspace->portfolio().useCase(kReplyDraft);
        QCOMPARE(stored->description, u"Drafts replies."_s);
        QCOMPARE(stored->operations.dailyCostCapUsd, 999.0); // Ben's cap stays
        QCOMPARE(auditCount(), before + 1);
        const AuditEvent last = lastAuditEvent();
        QCOMPARE(last.entry.actor.person, u"ana"_s);
        QCOMPARE(QString::fromUtf8(last.entry.payload),
                 u"{\"after\":{\"description\":\"Drafts replies.\"},\"before\":{\"description\":\"%1\"},"
                 u"\"version\":3}"_s.arg(kReplyDescription));
        QCOMPARE(m_workspace->editing().undoStack()->count(), 1);
    } else {
        bar->reloadButton()->click();
        QVERIFY(!bar->isVisibleTo(editor));
        QCOMPARE(description->text(), kReplyDescription);
        QCOMPARE(m_workspace->portfolio().useCase(kReplyDraft)->operations.dailyCostCapUsd, 999.0);
        QCOMPARE(auditCount(), before);
        QCOMPARE(m_workspace->editing().undoStack()->count(), 0);
    }
    QVERIFY(auditChainIntact());
}

void TstMainWindow::refreshKeepsWhatTheUserIsTyping_data()
{
    QTest::addColumn<bool>("sameField");
    QTest::newRow("Ben renames it") << false;
    QTest::newRow("Ben changes the description too") << true;
}

void TstMainWindow::refreshKeepsWhatTheUserIsTyping()
{
    QFETCH(bool, sameField);
    m_window->portfolioPage()->selectUseCase(kReplyDraft);
    ui::UseCaseEditor *editor = m_window->portfolioPage()->editor();
    QLineEdit *description = editor->descriptionEdit();
    QApplication::setActiveWindow(m_window.get());
    description->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    description->selectAll();
    QTest::keyClicks(description, u"Drafts replies."_s); // typing, not finished

    const auto ben = sessionOf(u"ben"_s);
    UseCase edited = *ben->portfolio().useCase(kReplyDraft);
    if (sameField)
        edited.description = u"Ben's words."_s;
    else
        edited.name = u"Reply drafts"_s;
    const auto saved = ben->editing().editUseCase(edited, u"Ben"_s);
    QVERIFY2(saved.has_value() && !saved->refused(), why(saved).constData());

    // The window notices within a poll and shows Ben's change; the field being typed in keeps the typing.
    QTRY_COMPARE(m_workspace->portfolio().useCase(kReplyDraft)->version, 2);
    QCOMPARE(editor->nameEdit()->text(), sameField ? u"Support reply drafts"_s : u"Reply drafts"_s);
    QCOMPARE(description->text(), u"Drafts replies."_s);
    QVERIFY(description->hasFocus());

    QTest::keyClick(description, Qt::Key_Return);
    const UseCase *stored = m_workspace->portfolio().useCase(kReplyDraft);
    if (sameField) {
        // Ben changed the very field: the typed value was started before his, so it is refused and shown.
        QVERIFY(editor->conflictBar()->isVisibleTo(editor));
        QVERIFY(editor->conflictBar()->text()->text().endsWith(
            u"description: yours \"Drafts replies.\", stored \"Ben's words.\""_s));
        QCOMPARE(stored->description, u"Ben's words."_s);
    } else {
        QVERIFY(!editor->conflictBar()->isVisibleTo(editor));
        QCOMPARE(stored->description, u"Drafts replies."_s);
        QCOMPARE(stored->name, u"Reply drafts"_s);
        QCOMPARE(stored->version, 3);
    }
}

void TstMainWindow::undoNeverPutsBackAnotherPersonsEdit()
{
    // Two sessions without windows (a refused undo is shown in a message box by the window).
    const auto ana = sessionOf(u"ana"_s);
    const auto ben = sessionOf(u"ben"_s);
    QSignalSpy errors(&ana->editing(), &app::UseCaseEditing::errorOccurred);
    setCostCap(*ana, 999);
    QVERIFY(ben->refresh().has_value());
    UseCase described = *ben->portfolio().useCase(kReplyDraft);
    described.description = u"Drafts replies."_s;
    const auto saved = ben->editing().editUseCase(described, u"Ben"_s);
    QVERIFY2(saved.has_value() && !saved->refused(), why(saved).constData());
    QVERIFY(ana->refresh().has_value());

    // Ana's undo takes back her cap and leaves Ben's description.
    ana->editing().undoStack()->undo();
    QCOMPARE(errors.size(), 0);
    QCOMPARE(ana->portfolio().useCase(kReplyDraft)->operations.dailyCostCapUsd, 50.0);
    QCOMPARE(ana->portfolio().useCase(kReplyDraft)->description, u"Drafts replies."_s);
    QCOMPARE(lastAuditEvent().entry.actor.person, u"ana"_s);
    QCOMPARE(QString::fromUtf8(lastAuditEvent().entry.payload),
             u"{\"after\":{\"operations\":{\"daily_cost_cap_usd\":50}},"
             u"\"before\":{\"operations\":{\"daily_cost_cap_usd\":999}},\"version\":4}"_s);

    // Her redo, then Ben's cap on top: her undo is refused, says why, and leaves the history.
    ana->editing().undoStack()->redo();
    QVERIFY(ben->refresh().has_value());
    setCostCap(*ben, 10);
    const qsizetype before = auditCount();
    ana->editing().undoStack()->undo();
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.startsWith(u"Cannot undo the edit of support-reply-draft: what it would put back was changed by "
                                u"Ben Okafor (ben@test-host) at "_s),
             qPrintable(message));
    QVERIFY2(message.endsWith(u" since your edit."_s), qPrintable(message));
    QCOMPARE(auditCount(), before);
    QCOMPARE(ana->portfolio().useCase(kReplyDraft)->operations.dailyCostCapUsd, 10.0);
    QCOMPARE(ana->editing().undoStack()->count(), 0);
    QVERIFY(auditChainIntact());
}

namespace {
RuleOutcome ruleResult(const Portfolio &p, const QString &useCaseId, const QString &rule)
{
    const UseCase *u = p.useCase(useCaseId);
    // customer-launch applies every rule
    const GateEvaluation e = GateEngine::evaluate(p, *u, *p.gateTemplate(u"customer-launch"_s), QDate(2026, 11, 23));
    for (const RuleResult &r : e.rules) {
        if (r.rule == rule)
            return r.result;
    }
    qFatal("rule %s not evaluated", qPrintable(rule));
}
} // namespace

void TstMainWindow::dataClassesAndLoggingAreEditedAndUndone()
{
    const QString id = u"meeting-summary"_s;
    m_window->portfolioPage()->selectUseCase(id);
    ui::DataLoggingEditor *editor = m_window->portfolioPage()->dataEditor();
    QVERIFY(editor->isEnabled());
    QVERIFY(editor->dataClassBox(DataClass::Internal)->isChecked());
    QVERIFY(!editor->dataClassBox(DataClass::Credentials)->isChecked());
    const qsizetype before = auditCount();

    editor->dataClassBox(DataClass::Credentials)->click();
    QCOMPARE(m_workspace->portfolio().useCase(id)->dataClasses,
             (QList<DataClass>{DataClass::Internal, DataClass::Credentials}));
    QCOMPARE(ruleResult(m_workspace->portfolio(), id, u"data.no_credentials"_s), RuleOutcome::Fail);
    QCOMPARE(auditCount(), before + 1);
    QCOMPARE(QString::fromUtf8(lastAuditEvent().entry.payload),
             u"{\"after\":{\"data_classes\":[\"internal\",\"credentials\"]},"
             u"\"before\":{\"data_classes\":[\"internal\"]},\"version\":2}"_s);

    // No logging policy: the group is unchecked and logging.policy fails.
    editor->loggingGroup()->setChecked(false);
    Q_EMIT editor->loggingGroup()->clicked(false);
    QVERIFY(!m_workspace->portfolio().useCase(id)->logging.has_value());
    QCOMPARE(ruleResult(m_workspace->portfolio(), id, u"logging.policy"_s), RuleOutcome::Missing);
    QCOMPARE(auditCount(), before + 2);

    m_workspace->editing().undoStack()->undo();
    QVERIFY(m_workspace->portfolio().useCase(id)->logging.has_value());
    QVERIFY(editor->loggingGroup()->isChecked());
    m_workspace->editing().undoStack()->undo();
    QCOMPARE(m_workspace->portfolio().useCase(id)->dataClasses, QList<DataClass>{DataClass::Internal});
    QVERIFY(!editor->dataClassBox(DataClass::Credentials)->isChecked());
    QCOMPARE(ruleResult(m_workspace->portfolio(), id, u"data.no_credentials"_s), RuleOutcome::Pass);

    // Raw prompts without an approver fail logging.raw_prompts.
    QComboBox *prompts = editor->promptsBox();
    prompts->setCurrentIndex(prompts->findData(u"raw"_s));
    Q_EMIT prompts->activated(prompts->currentIndex());
    QCOMPARE(m_workspace->portfolio().useCase(id)->logging->prompts, LogMode::Raw);
    QCOMPARE(ruleResult(m_workspace->portfolio(), id, u"logging.raw_prompts"_s), RuleOutcome::Fail);
    QVERIFY(auditChainIntact());
}

void TstMainWindow::runbookTextIsSavedOnceWhenEditingEnds()
{
    const QString id = u"meeting-summary"_s;
    m_window->portfolioPage()->selectUseCase(id);
    ui::RunbookEditor *editor = m_window->portfolioPage()->runbookEditor();
    const QString stored = m_workspace->portfolio().useCase(id)->runbook->text;
    QCOMPARE(editor->textEdit()->toPlainText(), stored);
    const qsizetype before = auditCount();

    QPlainTextEdit *text = editor->textEdit();
    text->moveCursor(QTextCursor::End);
    text->insertPlainText(u"\n\n## Escalation\n\nPage the **support lead**."_s);
    text->insertPlainText(u"\n"_s);
    QCOMPARE(auditCount(), before); // typing saves nothing yet
    editor->commitText();
    QCOMPARE(m_workspace->portfolio().useCase(id)->runbook->text,
             stored + u"\n\n## Escalation\n\nPage the **support lead**.\n"_s);
    QCOMPARE(auditCount(), before + 1);
    editor->commitText(); // nothing new: no second event
    QCOMPARE(auditCount(), before + 1);
    // The preview renders the Markdown: the heading is a heading, the bold text plain words.
    QVERIFY(editor->preview()->toPlainText().contains(u"Escalation\nPage the support lead."_s));
    QVERIFY(editor->preview()->document()->toHtml().contains(u"<h2"_s));

    m_workspace->editing().undoStack()->undo();
    QCOMPARE(m_workspace->portfolio().useCase(id)->runbook->text, stored);
    QCOMPARE(editor->textEdit()->toPlainText(), stored);
}

void TstMainWindow::runbookOnCallFeedsTheBusFactorRule()
{
    const QString id = u"meeting-summary"_s;
    m_window->portfolioPage()->selectUseCase(id);
    QListWidget *onCall = m_window->portfolioPage()->runbookEditor()->onCallList();
    QCOMPARE(onCall->count(), m_workspace->portfolio().people.size());
    const QStringList original = m_workspace->portfolio().useCase(id)->runbook->onCall;
    QVERIFY(original.size() >= 2);
    QCOMPARE(ruleResult(m_workspace->portfolio(), id, u"runbook.bus_factor"_s), RuleOutcome::Pass);
    // Take everyone but the first off call, one click each.
    for (int i = 0; i < onCall->count(); ++i) {
        QListWidgetItem *item = onCall->item(i);
        if (item->data(Qt::UserRole).toString() != original.first() && item->checkState() == Qt::Checked)
            item->setCheckState(Qt::Unchecked);
    }
    QCOMPARE(m_workspace->portfolio().useCase(id)->runbook->onCall, QStringList{original.first()});
    QCOMPARE(ruleResult(m_workspace->portfolio(), id, u"runbook.bus_factor"_s), RuleOutcome::Fail);
    QCOMPARE(m_workspace->editing().undoStack()->count(), int(original.size() - 1));
}

void TstMainWindow::runbookReviewDateAgesTheRunbook()
{
    const QString id = u"ticket-classifier"_s; // its runbook covers what the rule asks
    m_window->portfolioPage()->selectUseCase(id);
    auto *reviewed =
        m_window->portfolioPage()->runbookEditor()->findChild<ui::OptionalDateEdit *>(u"runbookReviewed"_s);
    QVERIFY(reviewed != nullptr);
    QCOMPARE(reviewed->date(), QDate()); // not recorded: the runbook is judged on its content alone
    QCOMPARE(ruleResult(m_workspace->portfolio(), id, u"runbook.present"_s), RuleOutcome::Pass);
    const qsizetype before = auditCount();
    // 181 days before the tests' day: too old for the policy's 180.
    reviewed->setDate(QDate(2026, 5, 26));
    Q_EMIT reviewed->editingFinished();
    QCOMPARE(m_workspace->portfolio().useCase(id)->runbook->reviewed, QDate(2026, 5, 26));
    QCOMPARE(ruleResult(m_workspace->portfolio(), id, u"runbook.present"_s), RuleOutcome::Fail);
    QCOMPARE(auditCount(), before + 1);
    const AuditEvent event = lastAuditEvent();
    QCOMPARE(event.entry.entityId, id);
    QVERIFY2(event.entry.payload.contains("\"reviewed\":\"2026-05-26\""), event.entry.payload.constData());
    reviewed->setDate(QDate(2026, 11, 2));
    Q_EMIT reviewed->editingFinished();
    QCOMPARE(ruleResult(m_workspace->portfolio(), id, u"runbook.present"_s), RuleOutcome::Pass);
    QCOMPARE(auditCount(), before + 2);
}

void TstMainWindow::routeChangeIsANewVersion()
{
    m_window->portfolioPage()->selectUseCase(u"ticket-classifier"_s);
    ui::RoutePanel *panel = m_window->portfolioPage()->routePanel();
    QCOMPARE(panel->versions()->rowCount(), 2);
    QCOMPARE(panel->versions()->item(0, 0)->text(), u"v2"_s);
    QCOMPARE(panel->versions()->item(0, 2)->text(), u"gpt-4.1-mini"_s);

    const Route *latest = m_workspace->portfolio().latestRoute(u"ticket-classify"_s);
    ui::RouteVersionDialog dialog(*m_workspace, *latest);
    dialog.accept(); // unchanged: refused, the dialog stays open
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.errorLabel()->text(), u"ticket-classify: nothing changed since version 2"_s);
    auto *model = dialog.findChildren<QLineEdit *>().at(2);
    model->setText(u"gpt-4.1"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.stored().version, 3);
    QCOMPARE(panel->versions()->rowCount(), 3);
    QCOMPARE(panel->versions()->item(0, 0)->text(), u"v3"_s);
    QCOMPARE(panel->versions()->item(0, 2)->text(), u"gpt-4.1"_s);
    QCOMPARE(lastAuditEvent().entry.entity, u"route"_s);
}

void TstMainWindow::fixJumpsToTheSectionOfTheRule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("tab");
    QTest::newRow("owner") << u"owner.support"_s << u"De&tails"_s;
    QTest::newRow("classes") << u"data.classified"_s << u"Data && &logging"_s;
    QTest::newRow("logging") << u"logging.raw_prompts"_s << u"Data && &logging"_s;
    QTest::newRow("runbook") << u"runbook.bus_factor"_s << u"Run&book"_s;
    QTest::newRow("release") << u"release.fit"_s << u"De&tails"_s;
}

void TstMainWindow::fixJumpsToTheSectionOfTheRule()
{
    QFETCH(QString, rule);
    QFETCH(QString, tab);
    ui::PortfolioPage *page = m_window->portfolioPage();
    page->showEditorFor(rule);
    QCOMPARE(page->tabs()->tabText(page->tabs()->currentIndex()), tab);
}

void TstMainWindow::failingRulesStandOutAndOpenTheirSection()
{
    ui::PortfolioPage *page = m_window->portfolioPage();
    page->selectUseCase(u"lead-enrichment"_s);
    QTreeWidget *rules = page->rules();
    QVERIFY(rules->topLevelItemCount() > 0);
    QTreeWidgetItem *failing = rules->topLevelItem(0); // failures first
    QCOMPARE(failing->text(0), u"fail"_s);
    QCOMPARE(failing->foreground(0).color(), QColor(0xb3, 0x26, 0x1e));
    QVERIFY(!failing->icon(0).isNull());
    QTreeWidgetItem *passing = rules->topLevelItem(rules->topLevelItemCount() - 1);
    QVERIFY(passing->icon(0).isNull());
    // Activating the failing rule (double-click, Enter) opens the section that fixes it.
    const QString rule = failing->text(2);
    page->showEditorFor(rule);
    const int expected = page->tabs()->currentIndex();
    page->tabs()->setCurrentIndex(0);
    Q_EMIT rules->itemActivated(failing, 0);
    QCOMPARE(page->tabs()->currentIndex(), expected);
    QVERIFY(expected != 0);
}

void TstMainWindow::wizardRefusesGoWithAFailingBlocker()
{
    ui::GateReviewWizard wizard(*m_workspace, u"contract-review"_s);
    wizard.show();
    QCOMPARE(wizard.gateBox()->currentData().toString(), u"high-risk-launch"_s);
    wizard.next(); // starts the review: results frozen
    QCOMPARE(wizard.currentId(), int(ui::GateReviewWizard::SignoffsPage));
    QVERIFY(!wizard.reviewId().isEmpty());
    // The page lists what the gate needs, who can give it and whether it was given; Ana's role is the pm's.
    const GateTemplate *gate = m_workspace->portfolio().gateTemplate(u"high-risk-launch"_s);
    QTreeWidget *required = wizard.requiredList();
    QCOMPARE(required->topLevelItemCount(), int(gate->requiredSignoffs.size()));
    const auto requiredRow = [required](const QString &role) -> QTreeWidgetItem * {
        const QList<QTreeWidgetItem *> rows = required->findItems(role, Qt::MatchExactly, 0);
        return rows.isEmpty() ? nullptr : rows.first();
    };
    QVERIFY(requiredRow(u"security"_s) != nullptr);
    QVERIFY2(requiredRow(u"security"_s)->text(1).contains(u"Sam Patel"_s),
             qPrintable(requiredRow(u"security"_s)->text(1)));
    QCOMPARE(requiredRow(u"security"_s)->text(2), u"missing"_s);
    QCOMPARE(wizard.roleBox()->currentData().toInt(), int(Role::Pm));
    QVERIFY(wizard.recordSignoff(Role::Pm, true, {}));
    QCOMPARE(requiredRow(u"pm"_s)->text(2), u"approved by Ana Ruiz"_s);
    // The others sign in their own sessions.
    QVERIFY(sessionOf(u"sam"_s)->records().signReview(wizard.reviewId(), Role::Security, SignoffDecision::Approve, {}));
    QVERIFY(!sessionOf(u"sam"_s)->records().signReview(wizard.reviewId(), Role::Legal, SignoffDecision::Approve, {}));
    QVERIFY(sessionOf(u"ivy"_s)->records().signReview(wizard.reviewId(), Role::Legal, SignoffDecision::Approve, {}));
    QVERIFY(
        sessionOf(u"nina"_s)->records().signReview(wizard.reviewId(), Role::Compliance, SignoffDecision::Approve, {}));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::GateReviewWizard::DecisionPage));
    // Go is not offered while it is impossible, and the page says why, in the alert style; Back is there.
    QVERIFY(!wizard.goButton()->isEnabled());
    QVERIFY(!wizard.goButton()->isChecked());
    QVERIFY2(wizard.goBlockers()->text().startsWith(u"Go is not possible yet: blockers fail: data.approved, "
                                                    u"eval.threshold"_s),
             qPrintable(wizard.goBlockers()->text()));
    QVERIFY(!wizard.goBlockers()->styleSheet().isEmpty());
    QVERIFY(wizard.button(QWizard::BackButton)->isVisible());
    // Whatever reaches the service anyway is refused there too.
    wizard.goButton()->setChecked(true);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.decisionMessage()->text(),
             u"go refused: blockers fail: data.approved, eval.threshold, logging.policy"_s);
    const UseCase *u = m_workspace->portfolio().useCase(u"contract-review"_s);
    QCOMPARE(u->gateReviews.last().id, wizard.reviewId());
    QCOMPARE(u->gateReviews.last().decision, std::nullopt);
}

void TstMainWindow::wizardRecordsAGo()
{
    ui::GateReviewWizard wizard(*m_workspace, u"support-reply-draft"_s);
    wizard.show();
    wizard.next();
    QVERIFY(wizard.recordSignoff(Role::Pm, true, {}));
    QVERIFY(sessionOf(u"sam"_s)->records().signReview(wizard.reviewId(), Role::Security, SignoffDecision::Approve,
                                                      u"Ticket bodies only."_s));
    wizard.next();
    QSignalSpy packet(&wizard, &ui::GateReviewWizard::packetRequested);
    // Nothing is chosen for the user: Finish without a choice asks for one.
    QVERIFY(wizard.goButton()->isEnabled());
    QVERIFY(!wizard.goButton()->isChecked());
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.decisionMessage()->text(), u"Choose Go or No-go."_s);
    QCOMPARE(packet.size(), 0);
    wizard.goButton()->setChecked(true);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(!wizard.isVisible());
    // The wizard ends by offering the packet of the decision (on by default).
    QCOMPARE(packet.size(), 1);
    QCOMPARE(packet.first().first().toString(), u"support-reply-draft"_s);
    const QString file = m_dir.filePath(u"wizard-packet.pdf"_s);
    const auto exported = m_workspace->audit().exportPacket(u"support-reply-draft"_s, file);
    QVERIFY2(exported.has_value(), why(exported).constData());
    QVERIFY(exported->pages >= 6);
    QVERIFY(QFileInfo(file).size() > 10'000);
    QCOMPARE(lastAuditEvent().entry.entity, u"packet"_s);
    const GateReview &review = m_workspace->portfolio().useCase(u"support-reply-draft"_s)->gateReviews.last();
    QCOMPARE(review.id, wizard.reviewId());
    QCOMPARE(review.decision, std::optional<GateDecision>(GateDecision::Go));
    QCOMPARE(review.ruleResults.size(), 21);
    QCOMPARE(review.signoffs.size(), 2);
}

void TstMainWindow::wizardRefusesGoOnEvidenceThatWentStale()
{
    // Started and signed on the tests' day, when every blocker of support-reply-draft passes...
    ui::GateReviewWizard wizard(*m_workspace, u"support-reply-draft"_s);
    wizard.show();
    wizard.next();
    QVERIFY(wizard.recordSignoff(Role::Pm, true, {}));
    QVERIFY(sessionOf(u"sam"_s)->records().signReview(wizard.reviewId(), Role::Security, SignoffDecision::Approve, {}));
    // ...and decided on 9 January, the day after the eval run of 10 October stopped counting.
    m_workspace->setClock([] { return QDateTime(QDate(2027, 1, 9), QTime(9, 0), Qt::UTC); });
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::GateReviewWizard::DecisionPage));
    QVERIFY(!wizard.goButton()->isEnabled());
    const DisplayFormat format;
    QCOMPARE(wizard.goBlockers()->text(),
             u"Go is not possible yet: blockers that passed when the review started fail on %1: eval.threshold (the "
             u"latest eval (route support-draft v3, %2) is 91 days old; at most 90)."_s.arg(
                 format.date(QDate(2027, 1, 9)), format.date(QDate(2026, 10, 10))));
    // Whatever reaches the service anyway is refused there too.
    wizard.goButton()->setChecked(true);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isVisible());
    QVERIFY2(wizard.decisionMessage()->text().startsWith(
                 u"go refused: blockers that passed when the review started fail on "_s),
             qPrintable(wizard.decisionMessage()->text()));
    QCOMPARE(m_workspace->portfolio().useCase(u"support-reply-draft"_s)->gateReviews.last().decision, std::nullopt);
}

void TstMainWindow::answerCloseQuestion(const QString &button, const QString &reason)
{
    QTimer::singleShot(50, this, [this, button, reason] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box != nullptr);
        QCOMPARE(box->objectName(), u"closeReviewQuestion"_s);
        QPushButton *chosen = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == button)
                chosen = qobject_cast<QPushButton *>(b);
        }
        QVERIFY2(chosen != nullptr, qPrintable(button));
        if (!reason.isNull()) {
            QTimer::singleShot(50, this, [reason] {
                auto *prompt = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                QVERIFY(prompt != nullptr);
                prompt->setTextValue(reason);
                prompt->accept();
            });
        }
        chosen->click();
    });
}

void TstMainWindow::wizardCancelKeepsTheReviewOpenOrAbandonsIt()
{
    signInAs(u"ana"_s);
    const auto reviewOf = [this](const QString &id) -> const GateReview * {
        for (const GateReview &r : m_workspace->portfolio().useCase(u"support-reply-draft"_s)->gateReviews) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    };
    ui::GateReviewWizard wizard(*m_workspace, u"support-reply-draft"_s);
    wizard.show();
    // Before the review starts, Cancel just closes.
    wizard.button(QWizard::CancelButton)->click();
    QVERIFY(!wizard.isVisible());
    wizard.show();
    wizard.next();
    const QString id = wizard.reviewId();
    QVERIFY(!id.isEmpty());
    const qsizetype started = auditCount();
    // Once it has started, Cancel asks: going back to the review changes nothing.
    answerCloseQuestion(u"&Return to the Review"_s);
    wizard.button(QWizard::CancelButton)->click();
    QVERIFY(wizard.isVisible());
    // Abandoning asks why; cancelling that prompt keeps everything as it was.
    answerCloseQuestion(u"&Abandon Review…"_s, QString());
    QTimer::singleShot(150, this, [] {
        if (auto *prompt = qobject_cast<QInputDialog *>(QApplication::activeModalWidget()))
            prompt->reject();
    });
    wizard.button(QWizard::CancelButton)->click();
    QVERIFY(wizard.isVisible());
    QCOMPARE(auditCount(), started);
    // Keep Open closes the wizard and leaves the review open for the others.
    answerCloseQuestion(u"&Keep Open"_s);
    wizard.button(QWizard::CancelButton)->click();
    QVERIFY(!wizard.isVisible());
    QCOMPARE(auditCount(), started);
    QVERIFY(reviewOf(id) != nullptr);
    QCOMPARE(reviewOf(id)->decision, std::nullopt);

    // Someone who may not abandon it is offered only Keep Open and Return.
    signInAs(u"sam"_s);
    ui::GateReviewWizard samsWizard(*m_workspace, u"support-reply-draft"_s);
    samsWizard.continueReview(id);
    samsWizard.show();
    bool abandonOffered = true;
    QTimer::singleShot(50, this, [&abandonOffered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box != nullptr);
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == u"&Abandon Review…"_s)
                abandonOffered = b->isEnabled();
        }
        box->reject(); // Escape: back to the review
    });
    samsWizard.reject();
    QVERIFY(!abandonOffered);
    QVERIFY(samsWizard.isVisible());
    samsWizard.hide();

    // Ana abandons it with a reason: closed, audited, and no decision.
    signInAs(u"ana"_s);
    ui::GateReviewWizard again(*m_workspace, u"support-reply-draft"_s);
    again.continueReview(id);
    again.show();
    answerCloseQuestion(u"&Abandon Review…"_s, u"Pilot postponed to Q1."_s);
    again.reject();
    QTRY_VERIFY(!again.isVisible());
    QCOMPARE(auditCount(), started + 1);
    const AuditEvent event = lastAuditEvent();
    QCOMPARE(event.entry.action, u"abandon"_s);
    QCOMPARE(event.entry.entityId, id);
    QCOMPARE(event.entry.actor.person, u"ana"_s);
    QVERIFY(reviewOf(id) != nullptr);
    QCOMPARE(reviewOf(id)->decision, std::optional<GateDecision>(GateDecision::Abandoned));
    QCOMPARE(reviewOf(id)->rationale, u"Pilot postponed to Q1."_s);
    // The portfolio's decision column still shows the last go or no-go, not the abandoned review.
    const UseCase *u = m_workspace->portfolio().useCase(u"support-reply-draft"_s);
    QVERIFY(u->openReview() == nullptr);
    QVERIFY(u->latestVerdict() == nullptr || u->latestVerdict()->id != id);
}

void TstMainWindow::evalRunDialogComputesLiveAndRecords()
{
    ui::EvalRunDialog dialog(*m_workspace, u"support-reply-draft"_s);
    QCOMPARE(dialog.run().route, u"support-draft"_s);
    QCOMPARE(dialog.run().routeVersion, 3);
    QCOMPARE(dialog.summary()->text(), u"Enter the cases of each category."_s);
    useEnglishPlurals();
    dialog.setCategory(EvalCategory::Normal, 60, 55);
    dialog.setCategory(EvalCategory::PromptInjection, 12, 12);
    dialog.setCategory(EvalCategory::UnsafeTool, 8, 8);
    // 75 of 80 = 93.75 %; the latest baseline (run-2026-09-15) had 118 of 120 = 98.3 %. The lines are the
    // threshold and regression rules' own explanations of the run as it would be recorded.
    const QString summary = dialog.summary()->text();
    dropTranslators();
    // English made American English the locale: the run's date as it writes dates.
    QCOMPARE(summary,
             u"80 cases · ⚠ latest eval 93.8 % (route support-draft v3, %1) < threshold 95 %\n"
             u"⚠ latest 93.8 % vs baseline 98.3 % (run-2026-09-15): 4.6 pp lower, more than the 2 pp allowed"_s.arg(
                 m_workspace->evaluationDay().toString(u"M/d/yyyy"_s)));
    const qsizetype before = auditCount();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const UseCase *u = m_workspace->portfolio().useCase(u"support-reply-draft"_s);
    const EvalRun &run = u->evalRuns.last();
    QCOMPARE(run.id, u"run-"_s + m_workspace->evaluationDay().toString(Qt::ISODate));
    QCOMPARE(run.totalCases(), 80);
    QCOMPARE(run.results.size(), 3);
    QCOMPARE(auditCount(), before + 1);
    QCOMPARE(lastAuditEvent().entry.action, u"create"_s);
}

void TstMainWindow::qualityChartShowsTheSelectedUseCase()
{
    ui::QualityPage page(*m_workspace);
    QChart *chart = page.chartView()->chart();
    QCOMPARE(chart->title(), u"Support reply drafts: eval pass rate"_s);
    QCOMPARE(chart->series().size(), 3);
    const auto *rates = qobject_cast<QLineSeries *>(chart->series()[0]);
    QCOMPARE(rates->count(), 3); // the three demo runs
    QCOMPARE(rates->at(2).y(), 97.5);
    QCOMPARE(qobject_cast<QScatterSeries *>(chart->series()[1])->count(), 1); // one approved baseline
    const auto *threshold = qobject_cast<QLineSeries *>(chart->series()[2]);
    QCOMPARE(threshold->at(0).y(), 95.0);
    // Another use case: the high-risk threshold.
    QTreeWidgetItem *contract = page.runs()->findItems(u"Contract clause review"_s, Qt::MatchExactly).value(0);
    QVERIFY(contract != nullptr);
    page.runs()->setCurrentItem(contract);
    QCOMPARE(page.chartView()->chart()->title(), u"Contract clause review: eval pass rate"_s);
    QCOMPARE(qobject_cast<QLineSeries *>(page.chartView()->chart()->series()[2])->at(0).y(), 98.0);
}

void TstMainWindow::droppedPortfolioIsImportedAfterAsking()
{
    QCOMPARE(m_workspace->portfolio().useCases.size(), 9);
    const qsizetype before = auditCount();
    const QPoint at = m_window->rect().center();
    const auto dropFile = [&](const QString &file) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
    };

    // The example would delete the demo's use cases and their recorded decisions: refused, each named.
    QString refusal;
    QTimer::singleShot(50, this, [&refusal] { // the message comes after the drop: read it and close it
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box != nullptr);
        refusal = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    dropFile(QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO));
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.startsWith(u"portfolio-example.json would drop or change recorded history"_s),
             qPrintable(refusal));
    QVERIFY2(refusal.contains(u"• use case lead-enrichment would be deleted, but it holds"_s), qPrintable(refusal));
    QCOMPARE(m_workspace->portfolio().useCases.size(), 9);
    QCOMPARE(auditCount(), before);

    // The demo's own export with one description changed: one difference, asked, then imported.
    QTemporaryDir dir;
    const QString edited = dir.filePath(u"edited.json"_s);
    QVERIFY(m_workspace->transfer().exportFile(edited).has_value());
    QFile file(edited);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray useCases = root.value(u"use_cases"_s).toArray();
    QJsonObject first = useCases.at(0).toObject();
    first.insert(u"description"_s, u"Edited in the file."_s);
    useCases.replace(0, first);
    root.insert(u"use_cases"_s, useCases);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    useEnglishPlurals();
    QString question;
    QTimer::singleShot(50, this, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box != nullptr);
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    dropFile(edited);
    QTRY_VERIFY(!question.isEmpty());
    dropTranslators();
    QVERIFY2(question.contains(u"with edited.json: 1 difference, no recorded history dropped"_s), qPrintable(question));
    QTRY_COMPARE(m_workspace->portfolio().useCases.first().description, u"Edited in the file."_s);
    QCOMPARE(m_workspace->portfolio().useCases.size(), 9);
    QCOMPARE(auditCount(), before + 1);

    // Something else than a JSON file is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(u"/tmp/notes.txt"_s)});
    QDragEnterEvent refused(at, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TstMainWindow::preferencesStoreTheLanguage()
{
    ui::Settings::setLanguage(QString());
    ui::PreferencesDialog dialog(m_window.get());
    QComboBox *language = dialog.languageBox();
    QCOMPARE(language->count(), 3); // the system's, English, Deutsch
    QCOMPARE(language->itemText(2), u"Deutsch"_s);
    language->setCurrentIndex(2);
    QTimer::singleShot(50, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    dialog.accept();
    QCOMPARE(ui::Settings::language(), u"de"_s);
    ui::Settings::setLanguage(QString());
}

ui::DueSoonPage *TstMainWindow::dueSoonPage(int days) const
{
    ui::DueSoonPage *page = m_window->dueSoonPage();
    page->withinBox()->setCurrentIndex(page->withinBox()->findData(days));
    return page;
}

QList<QStringList> TstMainWindow::dueRows(const QTreeWidget *list)
{
    QList<QStringList> rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *owner = list->topLevelItem(i);
        for (int j = 0; j < owner->childCount(); ++j) {
            QStringList row{owner->text(0)};
            for (int c = 0; c < list->columnCount(); ++c)
                row.append(owner->child(j)->text(c));
            rows.append(row);
        }
    }
    return rows;
}

QTreeWidgetItem *TstMainWindow::dueRow(const QTreeWidget *list, const QString &what)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j) {
            if (list->topLevelItem(i)->child(j)->text(ui::DueSoonPage::WhatColumn) == what)
                return list->topLevelItem(i)->child(j);
        }
    }
    return nullptr;
}

void TstMainWindow::dueSoonListsWhatGreenlightDueLists()
{
    useEnglishPlurals();
    signInAs(u"ana"_s); // the page's texts in English with their plural forms
    ui::DueSoonPage *page = dueSoonPage(30);
    m_window->showPage(ui::MainWindow::DueSoonView);
    QCOMPARE(m_window->sidebar()->currentRow(), int(ui::MainWindow::DueSoonView));
    // The demo on the tests' day (2026-11-23): two eval runs stop counting within 30 days, one of them within 14, and
    // Max's waiver of lead-enrichment's rollback.path ends on 2026-12-14.
    const DisplayFormat format;
    const auto d = [&format](int year, int month, int day) { return format.date(QDate(year, month, day)); };
    QCOMPARE(
        dueRows(page->list()),
        (QList<QStringList>{{u"Ana Ruiz (ana)"_s, u"Internal meeting summaries"_s, u"Eval run run-2026-09-01"_s,
                             d(2026, 9, 1), d(2026, 11, 30), u"7 days left"_s},
                            {u"Ben Okafor (ben)"_s, u"Lead enrichment"_s, u"Eval run run-2026-09-10"_s, d(2026, 9, 10),
                             d(2026, 12, 9), u"16 days left"_s},
                            {u"Max Adler (max)"_s, u"Lead enrichment"_s, u"Waiver waiver-2026-11-16 of rollback.path"_s,
                             d(2026, 11, 16), d(2026, 12, 14), u"21 days left"_s}}));
    QCOMPARE(page->summary()->text(),
             u"Evidence that stops counting within 30 days of %1, or has stopped, by the owner who renews it. "
             u"Double-click a row (or press Enter) to open where it is renewed."_s.arg(d(2026, 11, 23)));
    QVERIFY(page->list()->isVisible());
    QVERIFY(!page->emptyState()->isVisible());
    const QTreeWidgetItem *soon = page->list()->topLevelItem(0)->child(0);
    QVERIFY(soon->font(ui::DueSoonPage::DaysLeftColumn).bold());
    QVERIFY(!page->list()->topLevelItem(1)->child(0)->font(ui::DueSoonPage::DaysLeftColumn).bold());
    QVERIFY(soon->icon(ui::DueSoonPage::DaysLeftColumn).isNull()); // still counts
    QCOMPARE(soon->toolTip(ui::DueSoonPage::WhatColumn),
             u"Read by the rule eval.threshold. Double-click or press Enter to open where it is renewed."_s);
    QCOMPARE(page->list()->topLevelItem(2)->child(0)->toolTip(ui::DueSoonPage::WhatColumn),
             u"Lets rollback.path pass until its expiry; from the day after, the rule fails again. Double-click or "
             u"press Enter to open where its evidence is recorded."_s);
    // The sidebar counts what expired or expires within 14 days.
    QListWidgetItem *entry = m_window->sidebar()->item(ui::MainWindow::DueSoonView);
    QCOMPARE(entry->text(), u"Due soon (1)"_s);
    QCOMPARE(entry->toolTip(), u"1 piece of evidence has stopped counting or stops within 14 days"_s);

    // The same as `greenlight due --within 30` on that day, row for row.
    const CliRun due = runCli(m_path, {u"due"_s, u"--within"_s, u"30"_s, u"--json"_s});
    QCOMPARE(due.exitCode, 0);
    QStringList fromCli;
    for (const QJsonValue &item : QJsonDocument::fromJson(due.out.toUtf8()).array())
        fromCli.append(item[u"owner"_s].toString() + u' ' + item[u"use_case"_s].toString() + u' ' +
                       item[u"subject"_s].toString() + u' ' + QString::number(item[u"days_left"_s].toInt()));
    QCOMPARE(fromCli,
             (QStringList{u"ana meeting-summary run-2026-09-01 7"_s, u"ben lead-enrichment run-2026-09-10 16"_s,
                          u"max lead-enrichment waiver-2026-11-16 21"_s}));

    // Looking further ahead lists more, and the choice is remembered.
    page->withinBox()->setCurrentIndex(page->withinBox()->findData(60));
    QCOMPARE(ui::Settings::dueWithinDays(), 60);
    QCOMPARE(dueRows(page->list()).size(), 12);
    QCOMPARE(page->list()->topLevelItemCount(), 5); // Ana, Ben, Chen, Max, Priya
    signInAs(u"ana"_s);
    QCOMPARE(m_window->dueSoonPage()->withinBox()->currentData().toInt(), 60);
    QCOMPARE(dueRows(m_window->dueSoonPage()->list()).size(), 12);
    dueSoonPage(30);
    QCOMPARE(ui::Settings::dueWithinDays(), 30);
    dropTranslators();
}

void TstMainWindow::dueSoonFollowsTheDataAndMarksWhatExpired()
{
    useEnglishPlurals();
    signInAs(u"ana"_s);
    ui::DueSoonPage *page = dueSoonPage(30);
    QCOMPARE(dueRows(page->list()).size(), 3);
    // Someone records that the kill switch was last tested on 1 August: it counted until 30 October.
    UseCase edited = *m_workspace->portfolio().useCase(u"support-reply-draft"_s);
    edited.operations.killSwitchTested = QDate(2026, 8, 1);
    const auto saved = m_workspace->editing().editUseCase(edited, u"Kill switch test date"_s);
    QVERIFY2(saved.has_value(), why(saved).constData());
    const DisplayFormat format;
    QCOMPARE(dueRows(page->list()).size(), 4);
    QCOMPARE(page->list()->topLevelItem(2)->text(0), u"Chen Wei (chen)"_s);
    QCOMPARE(
        dueRows(page->list()).at(2),
        (QStringList{u"Chen Wei (chen)"_s, u"Support reply drafts"_s, u"Kill-switch test of ff.support_reply_draft"_s,
                     format.date(QDate(2026, 8, 1)), format.date(QDate(2026, 10, 30)), u"expired 24 days ago"_s}));
    // Expired reads in words, with a warning mark and in red: not by colour alone.
    const QTreeWidgetItem *expired = page->list()->topLevelItem(2)->child(0);
    QVERIFY(!expired->icon(ui::DueSoonPage::DaysLeftColumn).isNull());
    QCOMPARE(expired->foreground(ui::DueSoonPage::DaysLeftColumn).color(), QColor(0xb3, 0x26, 0x1e));
    QVERIFY(expired->font(ui::DueSoonPage::DaysLeftColumn).bold());
    QCOMPARE(m_window->sidebar()->item(ui::MainWindow::DueSoonView)->text(), u"Due soon (2)"_s);
    // Renewed: gone from the list and from the count.
    edited.operations.killSwitchTested = QDate(2026, 11, 20);
    QVERIFY(m_workspace->editing().editUseCase(edited, u"Kill switch test date"_s).has_value());
    QCOMPARE(dueRows(page->list()).size(), 3);
    QCOMPARE(m_window->sidebar()->item(ui::MainWindow::DueSoonView)->text(), u"Due soon (1)"_s);
    dropTranslators();
}

void TstMainWindow::dueSoonRowOpensWhereTheEvidenceIsRenewed()
{
    ui::DueSoonPage *page = dueSoonPage(60);
    QTreeWidget *list = page->list();
    m_window->showPage(ui::MainWindow::DueSoonView);
    m_window->portfolioPage()->selectUseCase(u"contract-review"_s);

    // Enter on a kill-switch test: the use case's Details tab, where the test date is recorded.
    QTreeWidgetItem *killSwitch = dueRow(list, u"Kill-switch test of ff.support_reply_draft"_s);
    QVERIFY(killSwitch != nullptr);
    list->setCurrentItem(killSwitch);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_window->sidebar()->currentRow(), int(ui::MainWindow::PortfolioView));
    QCOMPARE(m_window->portfolioPage()->selectedUseCase(), u"support-reply-draft"_s);
    QCOMPARE(m_window->portfolioPage()->tabs()->currentWidget(), m_window->portfolioPage()->editor());

    // A double-click on an eval run: the use case's runs on the Quality page, where the next run is recorded.
    m_window->showPage(ui::MainWindow::DueSoonView);
    QTreeWidgetItem *evalRun = dueRow(list, u"Eval run run-2026-09-01"_s);
    QVERIFY(evalRun != nullptr);
    const QPoint centre = list->visualItemRect(evalRun).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(m_window->sidebar()->currentRow(), int(ui::MainWindow::QualityView));
    QCOMPARE(m_window->qualityPage()->runs()->currentItem()->data(0, Qt::UserRole).toString(), u"meeting-summary"_s);

    // A data approval: the approvals queue at that use case and class, where its approver renews it. Omar's
    // approval of 2026-06-10 counts until 2027-06-10: on 2027-05-20 it is due within 30 days.
    m_workspace->setClock([] { return QDateTime(QDate(2027, 5, 20), QTime(9, 0), Qt::UTC); });
    QVERIFY(m_workspace->refresh().has_value());
    m_window->showPage(ui::MainWindow::DueSoonView);
    QTreeWidgetItem *approval = dueRow(list, u"Data approval: customer by security"_s);
    QVERIFY(approval != nullptr);
    QCOMPARE(approval->parent()->text(0), u"Omar Haddad (omar)"_s);
    QCOMPARE(approval->text(ui::DueSoonPage::UseCaseColumn), u"Support ticket classifier"_s);
    Q_EMIT list->itemActivated(approval, 0);
    QCOMPARE(m_window->sidebar()->currentRow(), int(ui::MainWindow::ApprovalsView));
    const QTreeWidgetItem *pair = m_window->approvalsPage()->queue()->currentItem();
    QVERIFY(pair != nullptr);
    QCOMPARE(pair->text(0), u"Support ticket classifier"_s);
    QCOMPARE(pair->text(1), u"customer"_s);
    dueSoonPage(30);
}

void TstMainWindow::dueSoonSaysSoWhenNothingIsDue()
{
    useEnglishPlurals();
    signInAs(u"ana"_s);
    // On New Year's Day nothing of the demo is on record yet, so nothing can stop counting.
    m_workspace->setClock([] { return QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC); });
    QVERIFY(m_workspace->refresh().has_value());
    ui::DueSoonPage *page = dueSoonPage(30);
    m_window->showPage(ui::MainWindow::DueSoonView);
    QCOMPARE(page->list()->topLevelItemCount(), 0);
    QVERIFY(!page->list()->isVisible());
    QVERIFY(!page->summary()->isVisible());
    QVERIFY(page->emptyState()->isVisible());
    QCOMPARE(page->emptyState()->text(),
             u"Nothing stops counting within 30 days of %1: every kill-switch and rollback test, eval run, data "
             u"approval and runbook review on record counts for longer. Evidence that was never recorded is not "
             u"listed here; the portfolio's gate names it."_s.arg(DisplayFormat().date(QDate(2026, 1, 1))));
    QCOMPARE(m_window->sidebar()->item(ui::MainWindow::DueSoonView)->text(), u"Due soon"_s);
    dropTranslators();
}

void TstMainWindow::germanTranslationIsLoaded()
{
    QCOMPARE(app::Translations::install(u"de"_s), u"de"_s);
    const QString file = QCoreApplication::translate("greenlight::ui::MainWindow", "&File");
    const QString plural = QCoreApplication::translate("PacketDocument", "%n day(s)", nullptr, 3);
    const QString cli = QCoreApplication::translate("CommandLine", "unknown command \"%1\"");
    // Closing a review asks to keep it open or abandon it, beside the dialog's Cancel ("Abbrechen"): abandoning
    // is giving the review up, never a second "abbrechen".
    const QString abandon = QCoreApplication::translate("greenlight::ui::GateReviewWizard", "&Abandon Review…");
    const QString abandoned = QCoreApplication::translate("EnumLabel", "abandoned", "GateDecision");
    dropTranslators();
    QCOMPARE(file, u"&Datei"_s);
    QCOMPARE(plural, u"3 Tage"_s);
    QCOMPARE(cli, u"unbekannter Befehl \"%1\""_s);
    QCOMPARE(abandon, u"Review &aufgeben…"_s);
    QCOMPARE(abandoned, u"aufgegeben"_s);
    // English carries the plural forms: without them "%n day(s)" would print "(s)".
    QCOMPARE(app::Translations::install(u"en"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("PacketDocument", "%n day(s)", nullptr, 1), u"1 day"_s);
    QCOMPARE(QCoreApplication::translate("PacketDocument", "%n day(s)", nullptr, 2), u"2 days"_s);
    dropTranslators();
}

void TstMainWindow::germanWindowWritesFiguresAndNamesInGerman()
{
    QCOMPARE(app::Translations::install(u"de"_s), u"de"_s); // German words, and German the default locale
    signInAs(u"ana"_s);
    QCoreApplication::processEvents();
    // The page list is as wide as its longest label: nothing to scroll sideways to.
    auto *sidebar = m_window->findChild<QListWidget *>(u"sidebar"_s);
    QVERIFY(sidebar != nullptr);
    QCOMPARE(sidebar->item(1)->text(), u"Datengenehmigungen"_s);
    QCOMPARE(sidebar->horizontalScrollBar()->maximum(), 0);
    const QFontMetrics metrics(sidebar->font());
    QVERIFY2(sidebar->viewport()->width() >=
                 sidebar->iconSize().width() + metrics.horizontalAdvance(u"Datengenehmigungen"_s),
             qPrintable(QString::number(sidebar->viewport()->width())));

    // Money, rates and dates in the portfolio as German writes them; a default gate by its German name.
    ui::PortfolioPage *page = m_window->portfolioPage();
    const QAbstractItemModel *table = page->table()->model();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->index(r, 0).data(PortfolioTableModel::UseCaseIdRole).toString() == u"support-reply-draft"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(table->index(row, PortfolioTableModel::RoiPerYear).data().toString(), u"1.591.200\u00a0$"_s);
    QCOMPARE(table->index(row, PortfolioTableModel::LatestEval).data().toString(), u"97,5 %"_s);
    QCOMPARE(table->index(row, PortfolioTableModel::Score).data().toString(), u"1,00"_s);
    QCOMPARE(table->index(row, PortfolioTableModel::Decision).data().toString(), u"Go · Kunden-Launch · 21.10.2026"_s);

    // The rules' evidence: translated, with the figures, dates and enumerators of the screen.
    page->selectUseCase(u"contract-review"_s);
    QCOMPARE(page->findChild<QLabel *>(u"gateHeading"_s)->text(),
             u"Contract clause review — Gate Hochrisiko-Launch: 3 Blocker"_s);
    QStringList evidence;
    for (int i = 0; i < page->rules()->topLevelItemCount(); ++i)
        evidence.append(page->rules()->topLevelItem(i)->text(3));
    QVERIFY2(evidence.contains(u"Datenklasse „reguliert“ wurde von Compliance abgelehnt (Nina Petrov, 25.09.2026)"_s),
             qPrintable(evidence.join(u'\n')));
    QVERIFY2(evidence.contains(u"letzter Eval 96,0 % (Route contract-review v1, 25.10.2026) < Schwelle 98 %"_s),
             qPrintable(evidence.join(u'\n')));
    QVERIFY2(evidence.contains(u"Datenklassen: Kundendaten, reguliert"_s), qPrintable(evidence.join(u'\n')));
    QVERIFY2(evidence.contains(u"Tageskostenlimit 40,00 USD"_s), qPrintable(evidence.join(u'\n')));

    // What is due soon, in German words and dates; the stored codes stay as they are.
    QCOMPARE(sidebar->item(ui::MainWindow::DueSoonView)->text(), u"Bald fällig (1)"_s);
    ui::DueSoonPage *due = dueSoonPage(30);
    QCOMPARE(dueRows(due->list()).first(),
             (QStringList{u"Ana Ruiz (ana)"_s, u"Internal meeting summaries"_s, u"Eval-Lauf run-2026-09-01"_s,
                          u"01.09.2026"_s, u"30.11.2026"_s, u"noch 7 Tage"_s}));

    // A hint names the button by the label it has.
    auto *verify = m_window->auditLogPage()->findChild<QPushButton *>();
    QVERIFY(verify != nullptr);
    QCOMPARE(verify->text(), u"Kette &prüfen"_s);
    QVERIFY2(
        m_window->auditLogPage()->chainState()->text().endsWith(u" Ereignisse. „Kette prüfen“ prüft die Hash-Kette."_s),
        qPrintable(m_window->auditLogPage()->chainState()->text()));
    m_window.reset();
    dropTranslators();
}

void TstMainWindow::connectionsDialogMapsAnUnmappedValue()
{
    // A gateway reported two API keys; one is mapped, the other is stored as unmapped and shown with its spend.
    {
        auto db = Database::open(m_path);
        QVERIFY2(db.has_value(), why(db).constData());
        const auto added = models::ConnectionStore(**db).add(storedConnection(u"gw"_s, u"litellm"_s));
        QVERIFY2(added.has_value(), why(added).constData());
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        QList<models::UsageRecord> records;
        for (const auto &[id, key, nanos] :
             {std::tuple{"r1", "key-a", 1'250'000'000LL}, std::tuple{"r2", "key-b", 2'000'000'007LL},
              std::tuple{"r3", "key-b", 1'000'000'000LL}})
            records.append({"gw", id, at, "openai", "gpt-4o-mini", "acme", key, 10, 5, nanos, 40, "success"});
        QVERIFY(models::RecordImporter(**db).importUsage(records, models::AuditEntry{}));
        QVERIFY(models::IdentifierMapStore(**db).record(m_workspace->portfolio(), u"gw"_s,
                                                        {{u"use_case"_s, u"key-a"_s, u"support-reply-draft"_s}},
                                                        as(u"t"_s), QDateTime::currentDateTimeUtc()));
    }
    QVERIFY(m_workspace->refresh());
    ui::ConnectionsDialog dialog(*m_workspace);
    auto *connections = dialog.findChild<QListWidget *>(u"connections"_s);
    auto *mapped = dialog.findChild<QTreeWidget *>(u"mapped"_s);
    auto *unmapped = dialog.findChild<QTreeWidget *>(u"unmapped"_s);
    auto *button = dialog.findChild<QPushButton *>(u"mapButton"_s);
    QVERIFY(connections && mapped && unmapped && button);
    QCOMPARE(connections->count(), 1);
    QCOMPARE(mapped->topLevelItemCount(), 1);
    QCOMPARE(mapped->topLevelItem(0)->text(1), u"key-a"_s);
    QCOMPARE(mapped->topLevelItem(0)->text(2), u"Support reply drafts (support-reply-draft)"_s);
    QCOMPARE(unmapped->topLevelItemCount(), 1);
    QCOMPARE(unmapped->topLevelItem(0)->text(1), u"key-b"_s);
    QCOMPARE(unmapped->topLevelItem(0)->text(2), u"3.00"_s);
    QCOMPARE(unmapped->topLevelItem(0)->toolTip(2), u"3.000000007 USD exactly"_s);
    QVERIFY(button->isEnabled());

    // A target the portfolio lacks is refused and says so; nothing moves.
    QVERIFY(!dialog.mapSelected(u"nope"_s));
    QCOMPARE(dialog.message(), u"Not mapped: gw: nope is not a use case of the portfolio"_s);
    QCOMPARE(unmapped->topLevelItemCount(), 1);

    QVERIFY(dialog.mapSelected(u"ticket-classifier"_s));
    QCOMPARE(dialog.message(), u"Mapped \"key-b\" to ticket-classifier: 3.00 USD in 2 requests moved there."_s);
    QCOMPARE(unmapped->topLevelItemCount(), 0);
    QCOMPARE(mapped->topLevelItemCount(), 2);
    QVERIFY(!button->isEnabled());
    auto db = Database::open(m_path);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT SUM(cost_nanos), COUNT(*) FROM usage_daily WHERE source = 'gw' AND use_case = "
                   u"'ticket-classifier'"_s) &&
            q.next());
    QCOMPARE(q.value(0).toLongLong(), 3'000'000'007LL);
    QList<models::AuditEvent> events;
    QVERIFY(models::AuditStore(**db).forEach([&](const models::AuditEvent &e) { events.append(e); }, u"connection"_s,
                                             u"gw"_s));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.constLast().entry.action, u"map"_s);
    QCOMPARE(events.constLast().entry.actor.person, u"ana"_s);
    QCOMPARE(events.constLast().entry.payload, QByteArray(R"({"tenant":{},"use_case":{"key-b":"ticket-classifier"}})"));

    // Someone the portfolio does not know sees the same and can map nothing.
    signInAs(u"intruder"_s);
    ui::ConnectionsDialog readOnly(*m_workspace);
    QCOMPARE(readOnly.findChild<QTreeWidget *>(u"mapped"_s)->topLevelItemCount(), 2);
    QVERIFY(!readOnly.findChild<QPushButton *>(u"mapButton"_s)->isEnabled());
}

void TstMainWindow::wheelOverAnUnfocusedBoxChangesNothing()
{
    m_window->portfolioPage()->selectUseCase(u"support-reply-draft"_s);
    m_window->portfolioPage()->showDetails();
    ui::UseCaseEditor *editor = m_window->portfolioPage()->editor();
    QList<QWidget *> boxes;
    for (QComboBox *box : editor->findChildren<QComboBox *>())
        boxes.append(box);
    for (QAbstractSpinBox *box : editor->findChildren<QAbstractSpinBox *>())
        boxes.append(box);
    QVERIFY(boxes.size() >= 15);
    const auto valueOf = [](QWidget *w) {
        if (auto *combo = qobject_cast<QComboBox *>(w))
            return QVariant(combo->currentIndex());
        return QVariant(qobject_cast<QAbstractSpinBox *>(w)->text());
    };
    const auto wheel = [](QWidget *w, int steps) {
        const QPointF at(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, 120 * steps), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
    };
    const qsizetype events = auditCount();
    for (QWidget *box : std::as_const(boxes)) {
        // The wheel does not take the focus either: a box is entered by click or Tab.
        QCOMPARE(box->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!box->hasFocus());
        const QVariant before = valueOf(box);
        wheel(box, -1);
        wheel(box, 1);
        wheel(box, 1);
        QVERIFY2(valueOf(box) == before, box->metaObject()->className());
    }
    QCOMPARE(auditCount(), events);

    // A box the user entered takes the wheel as usual.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QComboBox *status = editor->statusBox();
    status->setFocus();
    QTRY_VERIFY(status->hasFocus());
    const int index = status->currentIndex();
    wheel(status, index > 0 ? 1 : -1);
    QVERIFY(status->currentIndex() != index);
}

void TstMainWindow::aDateIsTypedOrNever()
{
    m_window->portfolioPage()->selectUseCase(u"support-reply-draft"_s);
    m_window->portfolioPage()->showDetails();
    auto *date = m_window->portfolioPage()->editor()->findChild<ui::OptionalDateEdit *>(u"killSwitchTested"_s);
    QVERIFY(date != nullptr);
    QLineEdit *field = date->lineEdit();
    const auto stored = [this] {
        return m_workspace->portfolio().useCase(u"support-reply-draft"_s)->operations.killSwitchTested;
    };
    // Shown as the locale writes dates (the test's default locale here), typed that way or as ISO 8601.
    const DisplayFormat format;
    QCOMPARE(field->text(), format.date(stored()));
    const qsizetype events = auditCount();

    // Typed over: saved once, on Enter.
    field->selectAll();
    QTest::keyClicks(field, u"2026-11-20"_s);
    QCOMPARE(auditCount(), events);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(stored(), QDate(2026, 11, 20));
    QCOMPARE(auditCount(), events + 1);
    QTest::keyClick(field, Qt::Key_Return); // nothing changed: nothing saved
    QCOMPARE(auditCount(), events + 1);

    // Not a date: refused, the stored date shown again, nothing saved.
    field->selectAll();
    QTest::keyClicks(field, u"2026-13-40"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(field->text(), format.date(QDate(2026, 11, 20)));
    QCOMPARE(stored(), QDate(2026, 11, 20));
    QCOMPARE(auditCount(), events + 1);

    // Typed as the field shows dates.
    field->selectAll();
    QTest::keyClicks(field, format.date(QDate(2026, 11, 21)));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(stored(), QDate(2026, 11, 21));
    QCOMPARE(auditCount(), events + 2);

    // Emptied: never. The field says so, and the calendar opens at today, not at January 2000.
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(stored(), QDate());
    QCOMPARE(auditCount(), events + 3);
    QCOMPARE(field->text(), QString());
    QCOMPARE(field->placeholderText(),
             u"never (or type a date such as %1)"_s.arg(format.date(QDate(QDate::currentDate().year(), 12, 31))));
    Q_EMIT date->calendarButton()->menu()->aboutToShow();
    QCOMPARE(date->calendar()->selectedDate(), QDate::currentDate());
    // Picked in the calendar: saved at once. Tab never stops at the calendar button.
    Q_EMIT date->calendar()->clicked(QDate(2026, 11, 2));
    QCOMPARE(stored(), QDate(2026, 11, 2));
    QCOMPARE(auditCount(), events + 4);
    QCOMPARE(date->calendarButton()->focusPolicy(), Qt::NoFocus);
}

void TstMainWindow::undoWorksFromInsideTheField()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->portfolioPage()->selectUseCase(u"support-reply-draft"_s);
    m_window->portfolioPage()->showDetails();
    QLineEdit *name = m_window->portfolioPage()->editor()->nameEdit();
    const auto stored = [this] { return m_workspace->portfolio().useCase(u"support-reply-draft"_s)->name; };
    const QString before = stored();
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    name->selectAll();
    QTest::keyClicks(name, u"Reply drafts"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(stored(), u"Reply drafts"_s);
    QVERIFY(name->hasFocus());
    const qsizetype events = auditCount();

    // Ctrl+Z in the field undoes the saved edit (the stored value, not only the text on screen).
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), before);
    QCOMPARE(name->text(), before);
    QCOMPARE(auditCount(), events + 1);
    // And Ctrl+Shift+Z redoes it.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(), u"Reply drafts"_s);

    // Typing not yet saved is saved first, then undone: the field and the record agree again.
    name->selectAll();
    QTest::keyClicks(name, u"Half typed"_s);
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), u"Reply drafts"_s);
    QCOMPARE(name->text(), u"Reply drafts"_s);

    // Outside a use case's fields (the portfolio filter) Ctrl+Z is the field's own: no saved change is undone.
    QLineEdit *filter = nullptr;
    for (QLineEdit *edit : m_window->portfolioPage()->findChildren<QLineEdit *>()) {
        if (edit->placeholderText().startsWith(u"Filter use cases"_s))
            filter = edit;
    }
    QVERIFY(filter != nullptr);
    const qsizetype saved = auditCount();
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"zz"_s);
    QTest::keyClick(filter, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), u"Reply drafts"_s);
    QCOMPARE(auditCount(), saved);
    QCOMPARE(filter->text(), QString()); // the filter's own undo took back what was typed into it
}

void TstMainWindow::exportsSayWhereTheyWrote()
{
    m_window->showPage(ui::MainWindow::DashboardView);
    ui::DashboardPage *dashboards = m_window->dashboardPage();
    QTRY_VERIFY_WITH_TIMEOUT(!dashboards->isLoading(), 10000);
    QVERIFY(!m_window->openFolderButton()->isVisible());
    const QString file = m_dir.filePath(u"cost-over-time.csv"_s);
    QVERIFY(dashboards->panel(ui::DashboardPage::CostView)->exportTo(ui::ChartPanel::Format::Csv, file));
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Exported %1."_s.arg(QDir::toNativeSeparators(file)));
    QVERIFY(m_window->openFolderButton()->isVisible());
    QCOMPARE(m_window->openFolderButton()->toolTip(), QDir::toNativeSeparators(m_dir.path()));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
