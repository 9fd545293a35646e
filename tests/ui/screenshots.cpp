// Opens each main screen on a database and saves a screenshot of the window (docs/images/).
//   greenlight_screenshots DATABASE OUTPUT_DIR
#include "../support/connections.h"
#include "connectionsdialog.h"
#include "dashboard/dashboardpage.h"
#include "duesoonpage.h"
#include "gatereviewwizard.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "portfolio/portfoliowriter.h"
#include "portfoliopage.h"
#include "routepanel.h"
#include "services/gatewaysync.h"
#include "services/governancerecords.h"
#include "services/portfoliotransfer.h"
#include "services/usecaseediting.h"
#include "signing/sshsigner.h"
#include "signingkeybox.h"
#include "storage/connectionstore.h"
#include "storage/identifiermaps.h"
#include "usage/recordimporter.h"
#include "usecaseeditor.h"
#include "waiveractions.h"
#include "waiverdialog.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

/// Lists a fresh ed25519 key for Sam in the database's portfolio (imported as Ana), has Ana start a customer-launch
/// review of support-reply-draft, and shoots Sam's wizard after he signed it with the key file. The review is left
/// open; its id goes to @p reviewId.
bool shootSignedSignoff(greenlight::app::Workspace &anasDesk, const char *database, const QDir &out, QWidget *parent,
                        QString &reviewId)
{
    QTemporaryDir keys;
    const QString keyFile = keys.filePath(u"id_ed25519"_s);
    if (QProcess::execute(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s,
                                            u"sam@sec-laptop-2"_s, u"-f"_s, keyFile}) != 0)
        return false;
    const auto signer = greenlight::models::SshSigner::fromKeyFile(keyFile);
    if (!signer)
        return false;
    QJsonObject portfolio =
        QJsonDocument::fromJson(greenlight::models::PortfolioWriter::write(anasDesk.portfolio())).object();
    QJsonArray people = portfolio.value(u"people"_s).toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        QJsonObject person = people[i].toObject();
        if (person.value(u"id"_s).toString() == u"sam"_s)
            person.insert(u"signing_keys"_s, QJsonArray{QJsonObject{{u"public_key"_s, signer->publicKey()},
                                                                    {u"valid_from"_s, u"2026-01-01"_s},
                                                                    {u"revoked_on"_s, QJsonValue()}}});
        people[i] = person;
    }
    portfolio.insert(u"people"_s, people);
    QFile file(keys.filePath(u"portfolio.json"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(portfolio).toJson()) < 0)
        return false;
    file.close();
    const auto imported = anasDesk.transfer().importFile(file.fileName());
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().toString()));
        return false;
    }
    const auto review = anasDesk.records().startReview(u"support-reply-draft"_s, u"customer-launch"_s);
    if (!review)
        return false;
    reviewId = review->id;

    greenlight::app::Workspace samsDesk(greenlight::models::OsAccount{u"sam"_s, u"screenshots"_s});
    if (!samsDesk.open(QString::fromLocal8Bit(database)))
        return false;
    greenlight::ui::GateReviewWizard wizard(samsDesk, u"support-reply-draft"_s, parent);
    wizard.continueReview(review->id);
    wizard.show();
    if (!wizard.signWithBox()->chooseKeyFile(keyFile) ||
        !wizard.recordSignoff(greenlight::models::Role::Security, true, u"data flows checked"_s))
        return false;
    QTest::qWait(200);
    const QString shot = out.filePath(u"gate-review-signed.png"_s);
    if (!wizard.grab().save(shot))
        return false;
    std::printf("%s\n", qPrintable(shot));
    return true;
}

/// Ana, who started @p reviewId, cancels her wizard on it: shoots the question whether to keep the review open or
/// abandon it, then goes back to the review.
bool shootCloseQuestion(greenlight::app::Workspace &anasDesk, const QString &reviewId, const QDir &out, QWidget *parent)
{
    greenlight::ui::GateReviewWizard wizard(anasDesk, u"support-reply-draft"_s, parent);
    wizard.continueReview(reviewId);
    wizard.show();
    QTest::qWait(200);
    const QString shot = out.filePath(u"gate-review-close.png"_s);
    bool saved = false;
    // The question is modal: it is shot, and answered, from inside its own event loop.
    QTimer::singleShot(300, &wizard, [&] {
        auto *box = wizard.findChild<QMessageBox *>(u"closeReviewQuestion"_s);
        if (box == nullptr)
            return;
        saved = box->grab().save(shot);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                button->click(); // "Return to the Review": nothing is recorded
        }
    });
    wizard.reject(); // Cancel
    if (!saved || !wizard.isVisible())
        return false;
    wizard.hide();
    std::printf("%s\n", qPrintable(shot));
    return true;
}

/// Adds a LiteLLM connection whose virtual keys the portfolio does not name, maps two of them to use cases as Ana,
/// and shoots the connections dialog with the third still unmapped.
bool shootConnections(greenlight::app::Workspace &anasDesk, const QDir &out, QWidget *parent)
{
    using namespace greenlight::models;
    const Connection gateway =
        greenlight::tests::storedConnection(u"litellm-prod"_s, u"litellm"_s, u"https://llm-gateway.internal.example"_s);
    if (!ConnectionStore(anasDesk.database()).add(gateway))
        return false;
    QList<UsageRecord> records;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const char *keys[] = {"sk-team-support", "sk-team-legal", "sk-batch-7f3a"};
    for (int i = 0; i < 90; ++i)
        records.append(UsageRecord{"litellm-prod", QByteArray::number(i), now - i * 3'600'000LL, "openai",
                                   "gpt-4o-mini", "acme", keys[i % 3], 900, 250, 1'830'000 + i * 1'000, 800,
                                   "success"});
    if (!RecordImporter(anasDesk.database()).importUsage(records, AuditEntry{}))
        return false;
    if (!anasDesk.sync().map(gateway.name, {u"use_case"_s, u"sk-team-support"_s, u"support-reply-draft"_s}) ||
        !anasDesk.sync().map(gateway.name, {u"use_case"_s, u"sk-team-legal"_s, u"contract-review"_s}))
        return false;
    greenlight::ui::ConnectionsDialog dialog(anasDesk, parent);
    dialog.show();
    QTest::qWait(200);
    const QString shot = out.filePath(u"connections.png"_s);
    if (!dialog.grab().save(shot))
        return false;
    std::printf("%s\n", qPrintable(shot));
    return true;
}

/// At Sam's desk (security): the waiver dialog for lead-enrichment's missing abuse-review retention, filled in; then,
/// once granted, the gate with that rule waived and selected beside the demo's own waiver of the rollback path, and
/// the Waivers tab listing both.
bool shootWaiver(const char *database, const QDir &out)
{
    greenlight::app::Workspace samsDesk(greenlight::models::OsAccount{u"sam"_s, u"screenshots"_s});
    if (!samsDesk.open(QString::fromLocal8Bit(database)))
        return false;
    greenlight::ui::MainWindow window(samsDesk);
    window.resize(1280, 800);
    window.show();
    greenlight::ui::PortfolioPage *page = window.portfolioPage();
    page->selectUseCase(u"lead-enrichment"_s);
    page->tabs()->setCurrentIndex(0);
    const QList<QTreeWidgetItem *> rule = page->rules()->findItems(u"logging.policy"_s, Qt::MatchExactly, 2);
    if (rule.size() != 1)
        return false;
    page->rules()->setCurrentItem(rule.first());
    page->waiverActions()->waiveAction()->trigger();
    auto *dialog = page->findChild<greenlight::ui::WaiverDialog *>();
    if (dialog == nullptr)
        return false;
    dialog->reasonEdit()->setText(u"the vendor contract sets abuse-review retention; renegotiated in January"_s);
    dialog->controlEdit()->setText(u"no abuse-review logs are written until then"_s);
    QTest::qWait(200);
    const auto save = [&out](QWidget *widget, const QString &name) {
        const QString file = out.filePath(name + u".png"_s);
        if (!widget->grab().save(file))
            return false;
        std::printf("%s\n", qPrintable(file));
        return true;
    };
    if (!save(dialog, u"waiver-dialog"_s))
        return false;
    dialog->accept();
    if (dialog->isVisible())
        return false; // refused: the dialog shows why
    QTest::qWait(200);
    if (!save(&window, u"gate-waived"_s))
        return false;
    // The Waivers tab: both of the use case's waivers, the new one selected, which Revoke Waiver… below ends.
    page->tabs()->setCurrentWidget(page->waivers()->parentWidget());
    page->waivers()->setCurrentItem(page->waivers()->topLevelItem(0));
    return save(&window, u"waivers"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Greenlight-screenshots"_s);
    greenlight::app::Translations::install(); // the system's language: LANG=de_DE.UTF-8 shoots the German UI
    if (argc != 3) {
        std::fprintf(stderr, "usage: greenlight_screenshots DATABASE OUTPUT_DIR\n");
        return 2;
    }
    // The demo binds each person to the account named like them: the shots are taken at Nina's desk, then Ana's.
    greenlight::app::Workspace workspace(greenlight::models::OsAccount{u"nina"_s, u"screenshots"_s});
    if (const auto opened = workspace.open(QString::fromLocal8Bit(argv[1])); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    greenlight::ui::MainWindow window(workspace);
    window.resize(1280, 800);
    window.show();
    QTest::qWait(200);

    const auto shoot = [&](const QString &name) {
        QTest::qWait(150);
        const QString file = out.filePath(name + u".png"_s);
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            std::exit(2);
        }
        std::printf("%s\n", qPrintable(file));
    };
    using Page = greenlight::ui::MainWindow::Page;
    window.portfolioPage()->selectUseCase(u"contract-review"_s);
    shoot(u"portfolio"_s);
    window.portfolioPage()->selectUseCase(u"support-reply-draft"_s);
    window.portfolioPage()->showDetails();
    shoot(u"use-case-details"_s);
    window.portfolioPage()->showEditorFor(u"data.classified"_s);
    shoot(u"data-and-logging"_s);
    window.portfolioPage()->showEditorFor(u"runbook.present"_s);
    shoot(u"runbook"_s);
    window.portfolioPage()->tabs()->setCurrentIndex(
        window.portfolioPage()->tabs()->indexOf(window.portfolioPage()->routePanel()));
    shoot(u"route"_s);
    window.showPage(Page::ApprovalsView);
    shoot(u"data-approvals"_s);
    window.showPage(Page::DashboardView);
    greenlight::ui::DashboardPage *dashboards = window.dashboardPage();
    const auto shootView = [&](greenlight::ui::DashboardPage::View view, const QString &name) {
        dashboards->showView(view);
        if (!QTest::qWaitFor([&] { return !dashboards->isLoading(); }, 10000)) {
            std::fprintf(stderr, "the dashboard did not load\n");
            std::exit(2);
        }
        shoot(name);
    };
    using View = greenlight::ui::DashboardPage::View;
    shootView(View::CostView, u"dashboard-cost"_s);
    shootView(View::TenantView, u"dashboard-tenants"_s);
    shootView(View::EditRateView, u"dashboard-edit-rate"_s);
    shootView(View::AlertsView, u"dashboard-alerts"_s);
    dashboards->showAlertChart(dashboards->alertList()->topLevelItemCount() - 1); // a cost-cap breach
    shootView(dashboards->currentView(), u"dashboard-alert-chart"_s);
    window.showPage(Page::QualityView);
    shoot(u"quality"_s);
    window.showPage(Page::AuditLogView);
    shoot(u"audit-log"_s);
    // Due soon two months ahead: what each owner renews, grouped, with the soonest first.
    window.showPage(Page::DueSoonView);
    QComboBox *within = window.dueSoonPage()->withinBox();
    within->setCurrentIndex(within->findData(60));
    shoot(u"due-soon"_s);

    // The same window on a dark palette (the system's dark mode).
    QApplication::setStyle(u"Fusion"_s);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3a));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80)); // a disabled button looks it
    QApplication::setPalette(dark);
    window.showPage(Page::PortfolioView);
    window.portfolioPage()->selectUseCase(u"contract-review"_s);
    window.portfolioPage()->tabs()->setCurrentIndex(0);
    shoot(u"portfolio-dark"_s);
    QApplication::setPalette(QApplication::style()->standardPalette());

    greenlight::app::Workspace anasDesk(greenlight::models::OsAccount{u"ana"_s, u"screenshots"_s});
    if (const auto opened = anasDesk.open(QString::fromLocal8Bit(argv[1])); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 2;
    }
    greenlight::ui::GateReviewWizard wizard(anasDesk, u"contract-review"_s, &window);
    wizard.show();
    QTest::qWait(200);
    const QString file = out.filePath(u"gate-review-wizard.png"_s);
    if (!wizard.grab().save(file))
        return 2;
    std::printf("%s\n", qPrintable(file));
    wizard.close();

    // Two people on one use case: Ana raises the cost cap at her desk while Nina edits the description.
    greenlight::models::UseCase capped = *anasDesk.portfolio().useCase(u"support-reply-draft"_s);
    capped.operations.dailyCostCapUsd = 80;
    if (const auto saved = anasDesk.editing().editUseCase(capped, u"cap"_s); !saved || saved->refused())
        return 2;
    window.showPage(Page::PortfolioView);
    window.portfolioPage()->selectUseCase(u"support-reply-draft"_s);
    window.portfolioPage()->showDetails();
    QLineEdit *description = window.portfolioPage()->editor()->descriptionEdit();
    description->setText(u"Drafts a first reply from the knowledge base; an agent always edits it."_s);
    Q_EMIT description->editingFinished();
    shoot(u"edit-conflict"_s);

    // Sam signs his sign-off with his SSH key: a key made for the shot, listed for him in the portfolio.
    if (!shootConnections(anasDesk, out, &window))
        return 2;
    QString reviewId;
    if (!shootSignedSignoff(anasDesk, argv[1], out, &window, reviewId))
        return 2;
    if (!shootCloseQuestion(anasDesk, reviewId, out, &window))
        return 2;
    // Sam waives a failing rule: last, so that no other shot shows that second waiver.
    return shootWaiver(argv[1], out) ? 0 : 2;
}
