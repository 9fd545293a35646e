#include "dashboard/dashboardloader.h"

#include "storage/database.h"
#include "workspace.h"

#include <QtConcurrentRun>

namespace greenlight::app {

using namespace greenlight::models;

DashboardLoader::DashboardLoader(Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DashboardLoader::finished);
}

DashboardLoader::~DashboardLoader()
{
    m_watcher.waitForFinished(); // the worker reads nothing of ours, but its result slot would
}

void DashboardLoader::request(const RollupFilter &filter, bool withDimensions)
{
    if (!m_workspace.isOpen())
        return;
    if (m_busy) {
        const bool dimensions = withDimensions || (m_pending && m_pending->withDimensions);
        m_pending = Request{filter, dimensions};
        return;
    }
    m_busy = true;
    start(Request{filter, withDimensions});
    Q_EMIT busyChanged(true);
}

void DashboardLoader::start(const Request &request)
{
    // Copies: the worker must not read the workspace, which the GUI thread may change meanwhile.
    const QString location = m_workspace.openedLocation();
    const Portfolio portfolio = m_workspace.portfolio();
    m_watcher.setFuture(QtConcurrent::run([location, portfolio, request]() -> Outcome {
        Database::Options options;
        options.createIfMissing = false; // the window opened it; a vanished file is an error, not a new one
        auto db = Database::open(location, options);
        if (!db)
            return Outcome{std::unexpected(db.error()), std::nullopt};
        const DashboardQuery query(**db);
        Outcome outcome{query.load(portfolio, request.filter), std::nullopt};
        if (request.withDimensions)
            outcome.dimensions = query.dimensions();
        return outcome;
    }));
}

void DashboardLoader::finished()
{
    const Outcome outcome = m_watcher.result();
    if (m_pending) { // a newer filter is waiting: this result is already out of date
        const Request next = *m_pending;
        m_pending.reset();
        if (outcome.dimensions && *outcome.dimensions)
            Q_EMIT dimensionsLoaded(**outcome.dimensions);
        start(next);
        return;
    }
    m_busy = false;
    Q_EMIT busyChanged(false);
    if (outcome.dimensions) {
        if (!*outcome.dimensions) {
            Q_EMIT failed(outcome.dimensions->error().toString());
            return;
        }
        Q_EMIT dimensionsLoaded(**outcome.dimensions);
    }
    if (!outcome.data) {
        Q_EMIT failed(outcome.data.error().toString());
        return;
    }
    Q_EMIT loaded(*outcome.data);
}

} // namespace greenlight::app
