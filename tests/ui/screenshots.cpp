// Opens each main screen on a database and saves a screenshot of the window (docs/images/).
//   greenlight_screenshots DATABASE OUTPUT_DIR
#include "gatereviewwizard.h"
#include "mainwindow.h"
#include "portfoliopage.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Greenlight-screenshots"_s);
    if (argc != 3) {
        std::fprintf(stderr, "usage: greenlight_screenshots DATABASE OUTPUT_DIR\n");
        return 2;
    }
    greenlight::app::Workspace workspace;
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
    window.actingAsBox()->setCurrentIndex(window.actingAsBox()->findData(u"nina"_s));
    window.showPage(Page::ApprovalsView);
    shoot(u"data-approvals"_s);
    window.showPage(Page::CostsView);
    shoot(u"costs"_s);
    window.showPage(Page::QualityView);
    shoot(u"quality"_s);
    window.showPage(Page::AuditLogView);
    shoot(u"audit-log"_s);

    workspace.setActingAs(u"ana"_s);
    greenlight::ui::GateReviewWizard wizard(workspace, u"contract-review"_s, &window);
    wizard.show();
    QTest::qWait(200);
    const QString file = out.filePath(u"gate-review-wizard.png"_s);
    if (!wizard.grab().save(file))
        return 2;
    std::printf("%s\n", qPrintable(file));
    return 0;
}
