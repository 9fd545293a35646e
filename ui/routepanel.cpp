#include "routepanel.h"

#include "routeversiondialog.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

RoutePanel::RoutePanel(app::Workspace &workspace, QWidget *parent) : UseCaseSection(workspace, parent)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_versions = new QTableWidget(0, 8, this);
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Provider"), tr("Model"), tr("Endpoint"), tr("Prompt"),
                                           tr("Retrieval corpus"), tr("Tool schema"), tr("Fallback")});
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setAlternatingRowColors(true);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_newVersion = new QPushButton(tr("New &version…"), this);
    m_newVersion->setToolTip(tr("Change the route: the change becomes its next version"));
    auto *newRoute = new QPushButton(tr("New &route…"), this);
    connect(m_newVersion, &QPushButton::clicked, this, &RoutePanel::newVersion);
    connect(newRoute, &QPushButton::clicked, this, &RoutePanel::newRoute);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newVersion);
    buttons->addWidget(newRoute);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notices());
    layout->addWidget(m_heading);
    layout->addWidget(m_versions, 1);
    layout->addLayout(buttons);
}

void RoutePanel::load(const Portfolio &p, const UseCase &u)
{
    m_versions->setRowCount(0);
    m_heading->setText(u.route.isEmpty()
                           ? tr("No route chosen: pick one in Details or make a new route.")
                           : tr("Route %1, newest version first. Eval runs name the version they ran against; a "
                                "change makes a new version.")
                                 .arg(u.route));
    m_newVersion->setEnabled(!u.route.isEmpty());
    m_newVersion->setToolTip(u.route.isEmpty() ? tr("Choose a route in Details, or make a new route")
                                               : tr("Change the route: the change becomes its next version"));
    QList<const Route *> versions;
    for (const Route &r : p.routes) {
        if (r.id == u.route)
            versions.append(&r);
    }
    std::sort(versions.begin(), versions.end(), [](const Route *a, const Route *b) { return a->version > b->version; });
    for (const Route *r : versions) {
        const int row = m_versions->rowCount();
        m_versions->insertRow(row);
        const QStringList cells{u"v%1"_s.arg(r->version), r->provider,      r->model,
                                enumLabel(r->endpoint),   r->promptVersion, r->retrievalCorpus,
                                r->toolSchemaVersion,     r->fallbackRoute};
        for (int c = 0; c < cells.size(); ++c)
            m_versions->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_versions->resizeColumnsToContents();
}

void RoutePanel::newVersion()
{
    const UseCase *u = workspace().portfolio().useCase(useCaseId());
    if (u == nullptr || u->route.isEmpty())
        return;
    const Route *latest = workspace().portfolio().latestRoute(u->route);
    Route start;
    start.id = u->route;
    RouteVersionDialog dialog(workspace(), latest != nullptr ? *latest : start, this);
    dialog.exec();
}

void RoutePanel::newRoute()
{
    RouteVersionDialog dialog(workspace(), Route{}, this);
    if (dialog.exec() == QDialog::Accepted && dialog.useForUseCase()) {
        const QString id = dialog.stored().id;
        apply(tr("route"), [&](UseCase &u) { u.route = id; });
    }
}

} // namespace greenlight::ui
