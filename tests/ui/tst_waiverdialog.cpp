// Waivers in the window (issue 20 item 1): a failing rule is waived from the portfolio page's gate or the gate review
// wizard's rules by whom WaiverRules allows, in a dialog filled like a user fills it; the rule then reads waived, the
// Waivers tab lists the waiver, and Revoke Waiver… ends it.
#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/testclock.h"
#include "../support/why.h"

#include "domain/displayformat.h"
#include "gatereviewwizard.h"
#include "itemmodels/portfoliotablemodel.h"
#include "mainwindow.h"
#include "portfolio/portfolioimporter.h"
#include "portfoliopage.h"
#include "revokewaiverdialog.h"
#include "services/audittrail.h"
#include "services/governancerecords.h"
#include "storage/database.h"
#include "waiveractions.h"
#include "waiverdialog.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace greenlight;
using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

const QString useCaseId = u"support-reply-draft"_s;

/// Why the window is read-only for an OS account that no person is bound to.
const QString strangerIsReadOnly =
    u"You are signed in to this computer as stranger@test-host, which no person in the portfolio is bound to; the "
    u"window is read-only. Add stranger@test-host to your entry's accounts in the portfolio file and import it."_s;

/// The example without a daily cost cap and without a logging policy, so that ops.cost_cap (the cto's to waive) and
/// logging.policy (security's, legal's or compliance's) fail at customer-launch; every person is bound to the OS
/// account named like them.
QByteArray failingExample()
{
    QJsonObject root =
        QJsonDocument::fromJson(jsonWith(exampleWith("use_cases/0/operations/daily_cost_cap_usd", QJsonValue::Null),
                                         "use_cases/0/logging", QJsonValue::Null))
            .object();
    QJsonArray people = root.value(u"people"_s).toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        QJsonObject person = people[i].toObject();
        person.insert(u"accounts"_s, QJsonArray{person.value(u"id"_s)});
        people[i] = person;
    }
    root.insert(u"people"_s, people);
    return QJsonDocument(root).toJson();
}

} // namespace

class TstWaiverDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctoWaivesAFailingRuleFromTheGate();
    void waiveSaysWhyItIsDisabled_data();
    void waiveSaysWhyItIsDisabled();
    void anIncompleteFormKeepsGrantDisabled_data();
    void anIncompleteFormKeepsGrantDisabled();
    void aRefusalIsShownInTheDialog();
    void revokeEndsTheWaiverFromToday();
    void goEligibleBadgeCountsTheWaivedRules();
    void waiversTabRevokesTheSelectedWaiver();
    void waiversTabSaysWhyRevokeIsDisabled_data();
    void waiversTabSaysWhyRevokeIsDisabled();
    void wizardWaivesUntilTheReviewStarts();

private:
    /// Opens the window as the person bound to OS account @p account.
    void signInAs(const QString &account);
    /// Selects @p rule in the Gate tab's rule list with a click, as a user does; the item, or nullptr.
    QTreeWidgetItem *clickRule(QTreeWidget *rules, const QString &rule) const;
    QPushButton *pageButton(const char *name) const;
    /// The dialog of type D that the window opened (open(), not exec()), or nullptr.
    template <typename D>
    D *openedDialog() const;
    [[nodiscard]] const Waiver *storedWaiver(const QString &id) const;
    /// Max grants a waiver of ops.cost_cap at his own desk; its id.
    QString grantCostCapWaiver() const;
    /// Selects the waiver in row @p row of the Waivers tab with a click; the item, or nullptr.
    QTreeWidgetItem *clickWaiver(int row) const;
    /// The portfolio table's Gate badge of the use case under test.
    [[nodiscard]] QString badge() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<app::Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TstWaiverDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TstWaiverDialog::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' +
                            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".sqlite"_s);
    auto db = Database::open(m_path);
    QVERIFY2(db.has_value(), why(db).constData());
    const auto imported = PortfolioImporter(**db).import(failingExample(), u"example.json"_s, as(u"t"_s), testNow());
    QVERIFY2(imported.has_value(), why(imported).constData());
}

void TstWaiverDialog::cleanup()
{
    m_window.reset();
    m_workspace.reset();
}

void TstWaiverDialog::signInAs(const QString &account)
{
    m_window.reset();
    m_workspace = std::make_unique<app::Workspace>(OsAccount{account, testHost()});
    m_workspace->setClock(testClock());
    const auto opened = m_workspace->open(m_path);
    QVERIFY2(opened.has_value(), why(opened).constData());
    m_window = std::make_unique<ui::MainWindow>(*m_workspace);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->portfolioPage()->selectUseCase(useCaseId);
    m_window->portfolioPage()->tabs()->setCurrentIndex(0);
}

QTreeWidgetItem *TstWaiverDialog::clickRule(QTreeWidget *rules, const QString &rule) const
{
    const QList<QTreeWidgetItem *> found = rules->findItems(rule, Qt::MatchExactly, rules->columnCount() == 3 ? 1 : 2);
    if (found.size() != 1)
        return nullptr;
    rules->scrollToItem(found.first());
    QTest::mouseClick(rules->viewport(), Qt::LeftButton, {}, rules->visualItemRect(found.first()).center());
    return rules->currentItem() == found.first() ? found.first() : nullptr;
}

QPushButton *TstWaiverDialog::pageButton(const char *name) const
{
    return m_window->portfolioPage()->findChild<QPushButton *>(QString::fromLatin1(name));
}

template <typename D>
D *TstWaiverDialog::openedDialog() const
{
    D *dialog = nullptr;
    // open() shows the dialog at once; it is the only one of its kind while it is up.
    for (D *candidate : m_window->findChildren<D *>()) {
        if (candidate->isVisible())
            dialog = candidate;
    }
    return dialog;
}

const Waiver *TstWaiverDialog::storedWaiver(const QString &id) const
{
    const UseCase *u = m_workspace->portfolio().useCase(useCaseId);
    return u != nullptr ? u->waiver(id) : nullptr;
}

QString TstWaiverDialog::grantCostCapWaiver() const
{
    app::Workspace maxsDesk(OsAccount{u"max"_s, testHost()});
    maxsDesk.setClock(testClock());
    if (!maxsDesk.open(m_path).has_value())
        return {};
    const auto granted = maxsDesk.records().grantWaiver(
        WaiverRequest{useCaseId, {}, u"ops.cost_cap"_s, u"pilot"_s, u"spend alert"_s, Role::Cto, QDate(2026, 12, 7)});
    return granted.has_value() ? granted->id : QString();
}

QTreeWidgetItem *TstWaiverDialog::clickWaiver(int row) const
{
    ui::PortfolioPage *page = m_window->portfolioPage();
    page->tabs()->setCurrentWidget(page->waivers()->parentWidget());
    QTreeWidgetItem *item = page->waivers()->topLevelItem(row);
    if (item == nullptr)
        return nullptr;
    QTest::mouseClick(page->waivers()->viewport(), Qt::LeftButton, {}, page->waivers()->visualItemRect(item).center());
    return page->waivers()->currentItem() == item ? item : nullptr;
}

QString TstWaiverDialog::badge() const
{
    const QAbstractItemModel *model = m_window->portfolioPage()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PortfolioTableModel::UseCaseIdRole).toString() == useCaseId)
            return model->index(row, PortfolioTableModel::Gate).data().toString();
    }
    return {};
}

void TstWaiverDialog::ctoWaivesAFailingRuleFromTheGate()
{
    signInAs(u"max"_s);
    ui::PortfolioPage *page = m_window->portfolioPage();
    QTreeWidgetItem *rule = clickRule(page->rules(), u"ops.cost_cap"_s);
    QVERIFY(rule != nullptr);
    QCOMPARE(rule->text(0), u"missing"_s);
    QPushButton *waive = pageButton("waiveRuleButton");
    QVERIFY(waive != nullptr);
    QVERIFY(waive->isEnabled());
    QCOMPARE(waive->toolTip(),
             u"Let ops.cost_cap count as passing until a date, with a reason and a compensating control"_s);
    QVERIFY(!pageButton("revokeWaiverButton")->isEnabled());
    QCOMPARE(pageButton("revokeWaiverButton")->toolTip(), u"ops.cost_cap has no waiver in force"_s);

    QTest::mouseClick(waive, Qt::LeftButton);
    auto *dialog = openedDialog<ui::WaiverDialog>();
    QVERIFY(dialog != nullptr);
    // What the rule found, the one role Max may grant it in (preselected), and the expiry two weeks out by the
    // session's clock, at most 90 days.
    QCOMPARE(dialog->foundLabel()->text(), u"no daily cost cap"_s);
    QCOMPARE(dialog->roleBox()->count(), 1);
    QCOMPARE(dialog->roleBox()->currentText(), u"cto"_s);
    QCOMPARE(dialog->expiryEdit()->date(), QDate(2026, 12, 7));
    QCOMPARE(dialog->expiryEdit()->minimumDate(), QDate(2026, 11, 23));
    QCOMPARE(dialog->expiryEdit()->maximumDate(), QDate(2027, 2, 21));
    QVERIFY(!dialog->grantButton()->isEnabled());
    QVERIFY(!dialog->errorLabel()->isVisible());
    dialog->activateWindow(); // what the window manager does; the offscreen platform leaves it to the test
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QCOMPARE(QApplication::focusWidget(), dialog->reasonEdit());

    QTest::keyClicks(dialog->reasonEdit(), u"two-week pilot with three tenants"_s);
    QVERIFY(!dialog->grantButton()->isEnabled());
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->controlEdit());
    QTest::keyClicks(dialog->controlEdit(), u"spend alert at 40 USD a day"_s);
    QVERIFY(dialog->grantButton()->isEnabled());
    QTest::keyClick(dialog->controlEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->expiryEdit());
    // Two weeks more than proposed: the day stepped up with the arrow key, as a user who clicked into the day does.
    dialog->expiryEdit()->setCurrentSection(QDateTimeEdit::DaySection);
    for (int i = 0; i < 14; ++i)
        QTest::keyClick(dialog->expiryEdit(), Qt::Key_Up);
    QCOMPARE(dialog->expiryEdit()->date(), QDate(2026, 12, 21));
    QTest::mouseClick(dialog->grantButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());

    const Waiver *stored = storedWaiver(u"waiver-2026-11-23"_s);
    QVERIFY(stored != nullptr);
    QCOMPARE(stored->gate, u"customer-launch"_s);
    QCOMPARE(stored->rule, u"ops.cost_cap"_s);
    QCOMPARE(stored->reason, u"two-week pilot with three tenants"_s);
    QCOMPARE(stored->control, u"spend alert at 40 USD a day"_s);
    QCOMPARE(stored->grantedBy, u"max"_s);
    QCOMPARE(stored->role, Role::Cto);
    QCOMPARE(stored->grantedOn, QDate(2026, 11, 23));
    QCOMPARE(stored->expires, QDate(2026, 12, 21));
    QCOMPARE(stored->revocation, std::nullopt);
    QCOMPARE(m_workspace->portfolio().useCase(useCaseId)->waivers.size(), 1);
    const auto events = m_workspace->audit().events();
    QVERIFY2(events.has_value(), why(events).constData());
    QCOMPARE(events->last().entry.entity, u"waiver"_s);
    QCOMPARE(events->last().entry.entityId, u"waiver-2026-11-23"_s);
    QCOMPARE(events->last().entry.action, u"grant"_s);
    QCOMPARE(events->last().entry.actor.person, u"max"_s);

    // The rule reads waived in place, marked and coloured, with who and until when; it stays selected, and now offers
    // Revoke Waiver… instead.
    rule = page->rules()->currentItem();
    QVERIFY(rule != nullptr);
    QCOMPARE(rule->text(2), u"ops.cost_cap"_s);
    QCOMPARE(rule->text(0), u"waived"_s);
    QCOMPARE(rule->text(3), u"waived by Max Adler (cto) until %1 (waiver-2026-11-23): no daily cost cap"_s.arg(
                                DisplayFormat().date(QDate(2026, 12, 21))));
    QVERIFY(!rule->icon(0).isNull());
    QCOMPARE(rule->foreground(0).color(), QColor(0x8a, 0x53, 0x00));
    QVERIFY(!waive->isEnabled());
    QCOMPARE(waive->toolTip(),
             u"ops.cost_cap is already waived (waiver-2026-11-23); revoke that waiver first to replace it"_s);
    QVERIFY(pageButton("revokeWaiverButton")->isEnabled());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Granted waiver-2026-11-23: ops.cost_cap counts as passing at the Customer launch gate until %1."_s.arg(
                 DisplayFormat().date(QDate(2026, 12, 21))));

    // The Waivers tab lists it.
    QTreeWidget *waivers = page->waivers();
    QCOMPARE(waivers->topLevelItemCount(), 1);
    QStringList row;
    for (int c = 0; c < waivers->columnCount(); ++c)
        row.append(waivers->topLevelItem(0)->text(c));
    QCOMPARE(row, (QStringList{u"waiver-2026-11-23"_s, u"ops.cost_cap"_s, u"Customer launch"_s, u"Max Adler (cto)"_s,
                               DisplayFormat().date(QDate(2026, 11, 23)), DisplayFormat().date(QDate(2026, 12, 21)),
                               u"active"_s, u"two-week pilot with three tenants"_s, u"spend alert at 40 USD a day"_s}));
}

void TstWaiverDialog::waiveSaysWhyItIsDisabled_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("tooltip");
    QTest::newRow("a pm, the cost cap") << u"ana"_s << u"ops.cost_cap"_s << u"Only the cto waives ops.cost_cap"_s;
    QTest::newRow("the cto, a logging rule")
        << u"max"_s << u"logging.policy"_s << u"Only these roles waive logging.policy: security, legal, compliance"_s;
    QTest::newRow("credentials, whoever asks")
        << u"sam"_s << u"data.no_credentials"_s << u"data.no_credentials can never be waived"_s;
    QTest::newRow("a rule that passes") << u"max"_s << u"owner.product"_s
                                        << u"owner.product passes; there is nothing to waive"_s;
    QTest::newRow("an account bound to nobody") << u"stranger"_s << u"ops.cost_cap"_s << strangerIsReadOnly;
}

void TstWaiverDialog::waiveSaysWhyItIsDisabled()
{
    QFETCH(QString, account);
    QFETCH(QString, rule);
    QFETCH(QString, tooltip);
    signInAs(account);
    QVERIFY(clickRule(m_window->portfolioPage()->rules(), rule) != nullptr);
    QPushButton *waive = pageButton("waiveRuleButton");
    QVERIFY(!waive->isEnabled());
    QCOMPARE(waive->toolTip(), tooltip);
    // The rule's context menu offers the same action, disabled, and shows why when hovered.
    QAction *action = m_window->portfolioPage()->waiverActions()->waiveAction();
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), tooltip);
    QMenu menu;
    m_window->portfolioPage()->waiverActions()->addTo(&menu);
    QCOMPARE(menu.actions(), QList<QAction *>{action});
    QVERIFY(menu.toolTipsVisible());
    // Clicking the disabled button opens nothing.
    QTest::mouseClick(waive, Qt::LeftButton);
    QCOMPARE(openedDialog<ui::WaiverDialog>(), nullptr);
}

void TstWaiverDialog::anIncompleteFormKeepsGrantDisabled_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("missing");
    QTest::newRow("nothing entered") << u"max"_s << u"ops.cost_cap"_s << QString() << QString()
                                     << u"Say why the risk is accepted."_s;
    QTest::newRow("no control") << u"max"_s << u"ops.cost_cap"_s << u"pilot"_s << QString()
                                << u"Name the compensating control that holds the risk until the waiver expires."_s;
    QTest::newRow("a blank reason") << u"max"_s << u"ops.cost_cap"_s << u"   "_s << u"spend alert"_s
                                    << u"Say why the risk is accepted."_s;
    // Lea is legal and compliance: either may grant a logging waiver, and she says which.
    QTest::newRow("no role chosen") << u"lea"_s << u"logging.policy"_s << u"pilot"_s << u"prompts hashed upstream"_s
                                    << u"Choose the role you grant the waiver in."_s;
}

void TstWaiverDialog::anIncompleteFormKeepsGrantDisabled()
{
    QFETCH(QString, account);
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    QFETCH(QString, control);
    QFETCH(QString, missing);
    signInAs(account);
    QVERIFY(clickRule(m_window->portfolioPage()->rules(), rule) != nullptr);
    QTest::mouseClick(pageButton("waiveRuleButton"), Qt::LeftButton);
    auto *dialog = openedDialog<ui::WaiverDialog>();
    QVERIFY(dialog != nullptr);
    QTest::keyClicks(dialog->reasonEdit(), reason);
    QTest::keyClicks(dialog->controlEdit(), control);
    QVERIFY(!dialog->grantButton()->isEnabled());
    QCOMPARE(dialog->grantButton()->toolTip(), missing);
    // Enter does not grant an incomplete form; Escape closes the dialog, and nothing is recorded either way.
    QTest::keyClick(dialog->controlEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog->controlEdit(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QVERIFY(m_workspace->portfolio().useCase(useCaseId)->waivers.isEmpty());
}

void TstWaiverDialog::aRefusalIsShownInTheDialog()
{
    // Lea chooses compliance and fills the form; meanwhile Sam waives the same rule at his desk. Her grant is
    // refused by the service, and the dialog says why and stays open with what she typed.
    signInAs(u"lea"_s);
    QVERIFY(clickRule(m_window->portfolioPage()->rules(), u"logging.policy"_s) != nullptr);
    QTest::mouseClick(pageButton("waiveRuleButton"), Qt::LeftButton);
    auto *dialog = openedDialog<ui::WaiverDialog>();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->roleBox()->count(), 2);
    QCOMPARE(dialog->roleBox()->currentIndex(), -1);
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QCOMPARE(QApplication::focusWidget(), dialog->roleBox());
    QTest::keyClick(dialog->roleBox(), Qt::Key_Down); // legal
    QTest::keyClick(dialog->roleBox(), Qt::Key_Down); // compliance
    QCOMPARE(dialog->roleBox()->currentText(), u"compliance"_s);
    QTest::keyClicks(dialog->reasonEdit(), u"policy drafted, awaiting sign-off"_s);
    QTest::keyClicks(dialog->controlEdit(), u"no prompts are stored at all"_s);

    app::Workspace samsDesk(OsAccount{u"sam"_s, testHost()});
    samsDesk.setClock(testClock());
    QVERIFY(samsDesk.open(m_path).has_value());
    const auto sams = samsDesk.records().grantWaiver(WaiverRequest{
        useCaseId, {}, u"logging.policy"_s, u"pilot"_s, u"nothing kept"_s, Role::Security, QDate(2026, 11, 30)});
    QVERIFY2(sams.has_value(), why(sams).constData());

    QTest::keyClick(dialog->controlEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    QCOMPARE(dialog->errorLabel()->text(), u"logging.policy: already waived until 2026-11-30 (waiver-2026-11-23); "
                                           u"revoke that waiver first to replace it"_s);
    QCOMPARE(dialog->reasonEdit()->text(), u"policy drafted, awaiting sign-off"_s);
    (void)m_workspace->refresh();
    QCOMPARE(m_workspace->portfolio().useCase(useCaseId)->waivers.size(), 1);
    QCOMPARE(m_workspace->portfolio().useCase(useCaseId)->waivers.first().grantedBy, u"sam"_s);
}

void TstWaiverDialog::revokeEndsTheWaiverFromToday()
{
    signInAs(u"max"_s);
    const auto granted = m_workspace->records().grantWaiver(
        WaiverRequest{useCaseId, {}, u"ops.cost_cap"_s, u"pilot"_s, u"spend alert"_s, Role::Cto, QDate(2026, 12, 7)});
    QVERIFY2(granted.has_value(), why(granted).constData());
    ui::PortfolioPage *page = m_window->portfolioPage();
    QTreeWidgetItem *rule = clickRule(page->rules(), u"ops.cost_cap"_s);
    QVERIFY(rule != nullptr);
    QCOMPARE(rule->text(0), u"waived"_s);
    // A waived rule's context menu offers Revoke Waiver…
    QMenu menu;
    page->waiverActions()->addTo(&menu);
    QCOMPARE(menu.actions(), QList<QAction *>{page->waiverActions()->revokeAction()});
    QPushButton *revoke = pageButton("revokeWaiverButton");
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    auto *dialog = openedDialog<ui::RevokeWaiverDialog>();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->roleBox()->currentText(), u"cto"_s);
    QVERIFY(!dialog->revokeButton()->isEnabled());
    QCOMPARE(dialog->revokeButton()->toolTip(), u"Say why the waiver ends early."_s);
    QTest::keyClicks(dialog->reasonEdit(), u"the cost cap is set"_s);
    QVERIFY(dialog->revokeButton()->isEnabled());
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());

    const Waiver *stored = storedWaiver(granted->id);
    QVERIFY(stored != nullptr);
    QVERIFY(stored->revocation.has_value());
    QCOMPARE(*stored->revocation,
             (WaiverRevocation{u"max"_s, Role::Cto, QDate(2026, 11, 23), u"the cost cap is set"_s}));
    // Everything else stays as granted.
    QCOMPARE(stored->reason, u"pilot"_s);
    QCOMPARE(stored->expires, QDate(2026, 12, 7));
    rule = page->rules()->currentItem();
    QVERIFY(rule != nullptr);
    QCOMPARE(rule->text(2), u"ops.cost_cap"_s);
    QCOMPARE(rule->text(0), u"missing"_s);
    QCOMPARE(rule->text(3), u"no daily cost cap"_s);
    QVERIFY(pageButton("waiveRuleButton")->isEnabled());
    QVERIFY(!revoke->isEnabled());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Revoked waiver-2026-11-23: ops.cost_cap is judged on its evidence again."_s);
    QCOMPARE(page->waivers()->topLevelItem(0)->text(6),
             u"revoked on %1 by Max Adler"_s.arg(DisplayFormat().date(QDate(2026, 11, 23))));
    QCOMPARE(
        page->waivers()->topLevelItem(0)->toolTip(6),
        u"Revoked on %1 by Max Adler as cto: the cost cap is set"_s.arg(DisplayFormat().date(QDate(2026, 11, 23))));
}

void TstWaiverDialog::goEligibleBadgeCountsTheWaivedRules()
{
    // ops.cost_cap, logging.policy and logging.raw_prompts are the example's three failing blockers here. Max waives
    // the first, Sam the two logging rules at his desk: the use case is go-eligible, but only because of three
    // waivers, and the badge says so.
    signInAs(u"max"_s);
    QCOMPARE(badge(), u"3 blockers"_s);
    const auto maxs = m_workspace->records().grantWaiver(
        WaiverRequest{useCaseId, {}, u"ops.cost_cap"_s, u"pilot"_s, u"spend alert"_s, Role::Cto, QDate(2026, 12, 7)});
    QVERIFY2(maxs.has_value(), why(maxs).constData());
    QCOMPARE(badge(), u"2 blockers"_s);
    app::Workspace samsDesk(OsAccount{u"sam"_s, testHost()});
    samsDesk.setClock(testClock());
    QVERIFY(samsDesk.open(m_path).has_value());
    for (const QString &rule : {u"logging.policy"_s, u"logging.raw_prompts"_s}) {
        const auto sams = samsDesk.records().grantWaiver(
            WaiverRequest{useCaseId, {}, rule, u"pilot"_s, u"nothing kept"_s, Role::Security, QDate(2026, 11, 30)});
        QVERIFY2(sams.has_value(), why(sams).constData());
    }
    QVERIFY(m_workspace->refresh().has_value());
    QCOMPARE(badge(), u"go-eligible (3 waived)"_s);
    // The heading above the rules says the same.
    const auto *heading = m_window->portfolioPage()->findChild<QLabel *>(u"gateHeading"_s);
    QVERIFY(heading != nullptr);
    QCOMPARE(heading->text().section(u'\n', 0, 0),
             u"Support reply drafts — Customer launch gate: go-eligible (3 waived)"_s);
    // One waiver revoked: a blocker fails again, and the badge counts blockers, not waivers.
    const auto revoked = m_workspace->records().revokeWaiver(maxs->id, Role::Cto, u"the cost cap is set"_s);
    QVERIFY2(revoked.has_value(), why(revoked).constData());
    QCOMPARE(badge(), u"1 blocker"_s);
}

void TstWaiverDialog::waiversTabRevokesTheSelectedWaiver()
{
    const QString id = grantCostCapWaiver();
    QVERIFY(!id.isEmpty());
    signInAs(u"max"_s);
    ui::PortfolioPage *page = m_window->portfolioPage();
    QPushButton *revoke = pageButton("revokeListedWaiverButton");
    QVERIFY(revoke != nullptr);
    QVERIFY(!revoke->isEnabled());
    QCOMPARE(revoke->toolTip(), u"Select a waiver to revoke it"_s);
    QVERIFY(clickWaiver(0) != nullptr);
    QVERIFY(revoke->isVisible());
    QVERIFY(revoke->isEnabled());
    QCOMPARE(revoke->toolTip(), u"End waiver %1 from today, with a reason"_s.arg(id));
    // The list's context menu offers the same action.
    QMenu menu;
    page->listedWaiverActions()->addTo(&menu);
    QCOMPARE(menu.actions(), QList<QAction *>{page->listedWaiverActions()->revokeAction()});

    QTest::mouseClick(revoke, Qt::LeftButton);
    auto *dialog = openedDialog<ui::RevokeWaiverDialog>();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->roleBox()->currentText(), u"cto"_s);
    QTest::keyClicks(dialog->reasonEdit(), u"the cost cap is set"_s);
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());

    const Waiver *stored = storedWaiver(id);
    QVERIFY(stored != nullptr);
    QCOMPARE(*stored->revocation,
             (WaiverRevocation{u"max"_s, Role::Cto, QDate(2026, 11, 23), u"the cost cap is set"_s}));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Revoked %1: ops.cost_cap is judged on its evidence again."_s.arg(id));
    // The waiver stays selected and reads revoked; there is nothing left to revoke.
    QTreeWidgetItem *row = page->waivers()->currentItem();
    QVERIFY(row != nullptr);
    QCOMPARE(row->text(0), id);
    QCOMPARE(row->text(6), u"revoked on %1 by Max Adler"_s.arg(DisplayFormat().date(QDate(2026, 11, 23))));
    QVERIFY(!revoke->isEnabled());
    QCOMPARE(revoke->toolTip(), u"%1: already revoked on 2026-11-23"_s.arg(id));
}

void TstWaiverDialog::waiversTabSaysWhyRevokeIsDisabled_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("tooltip");
    QTest::newRow("a pm") << u"ana"_s << u"Only the cto revokes a waiver of ops.cost_cap"_s;
    QTest::newRow("an account bound to nobody") << u"stranger"_s << strangerIsReadOnly;
}

void TstWaiverDialog::waiversTabSaysWhyRevokeIsDisabled()
{
    QFETCH(QString, account);
    QFETCH(QString, tooltip);
    QVERIFY(!grantCostCapWaiver().isEmpty());
    signInAs(account);
    QVERIFY(clickWaiver(0) != nullptr);
    QPushButton *revoke = pageButton("revokeListedWaiverButton");
    QVERIFY(!revoke->isEnabled());
    QCOMPARE(revoke->toolTip(), tooltip);
    QAction *action = m_window->portfolioPage()->listedWaiverActions()->revokeAction();
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), tooltip);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QCOMPARE(openedDialog<ui::RevokeWaiverDialog>(), nullptr);
}

void TstWaiverDialog::wizardWaivesUntilTheReviewStarts()
{
    signInAs(u"max"_s);
    ui::GateReviewWizard wizard(*m_workspace, useCaseId, m_window.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(clickRule(wizard.ruleList(), u"ops.cost_cap"_s) != nullptr);
    QPushButton *waive = wizard.findChild<QPushButton *>(u"waiveRuleButton"_s);
    QVERIFY(waive != nullptr);
    QVERIFY(waive->isEnabled());
    QTest::mouseClick(waive, Qt::LeftButton);
    ui::WaiverDialog *dialog = nullptr;
    for (ui::WaiverDialog *candidate : wizard.findChildren<ui::WaiverDialog *>()) {
        if (candidate->isVisible())
            dialog = candidate;
    }
    QVERIFY(dialog != nullptr);
    QTest::keyClicks(dialog->reasonEdit(), u"pilot"_s);
    QTest::keyClicks(dialog->controlEdit(), u"spend alert"_s);
    QTest::mouseClick(dialog->grantButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());

    // The rule reads waived in the wizard too, still selected, and the page says what was granted.
    QTreeWidgetItem *rule = wizard.ruleList()->currentItem();
    QVERIFY(rule != nullptr);
    QCOMPARE(rule->text(1), u"ops.cost_cap"_s);
    QCOMPARE(rule->text(0), u"waived"_s);
    QVERIFY(!rule->icon(0).isNull());
    const QString granted = u"Granted waiver-2026-11-23: ops.cost_cap counts as passing at the Customer launch gate "
                            u"until %1."_s.arg(DisplayFormat().date(QDate(2026, 12, 7)));
    QCOMPARE(wizard.rulesMessage()->text(), granted);
    QVERIFY(storedWaiver(u"waiver-2026-11-23"_s) != nullptr);

    // Starting the review freezes the results (with the waiver): from then on, waiving here would change nothing.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::GateReviewWizard::SignoffsPage));
    QVERIFY(!wizard.reviewId().isEmpty());
    const QList<RuleResult> frozen = m_workspace->portfolio().useCase(useCaseId)->gateReviews.last().ruleResults;
    QVERIFY(std::any_of(frozen.cbegin(), frozen.cend(), [](const RuleResult &r) {
        return r.rule == u"ops.cost_cap"_s && r.result == RuleOutcome::Waived;
    }));
    QVERIFY(!wizard.waiverActions()->revokeAction()->isEnabled());
    QCOMPARE(wizard.waiverActions()->revokeAction()->toolTip(),
             u"Review %1 froze these results when it started: a waiver granted or revoked now does not change it"_s.arg(
                 wizard.reviewId()));
}

QTEST_MAIN(TstWaiverDialog)
#include "tst_waiverdialog.moc"
