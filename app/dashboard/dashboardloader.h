#pragma once

#include "dashboard/dashboardquery.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace greenlight::app {

class Workspace;

/**
 * Runs the dashboard queries off the GUI thread, on a connection of its own to the workspace's
 * database. Requests made while one runs are coalesced: only the newest runs next, and a result
 * for a filter that is no longer wanted is dropped, so the views never show stale figures.
 */
class DashboardLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardLoader)

public:
    explicit DashboardLoader(Workspace &workspace, QObject *parent = nullptr);
    ~DashboardLoader() override;

    /// Loads the figures for @p filter; with @p withDimensions also the values the filters offer.
    void request(const models::RollupFilter &filter, bool withDimensions = false);
    /// True from a request until its figures (or its error) have been announced.
    [[nodiscard]] bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void loaded(const greenlight::models::DashboardData &data);
    void dimensionsLoaded(const greenlight::models::RollupDimensions &dimensions);
    void failed(const QString &message);

private:
    struct Request {
        models::RollupFilter filter;
        bool withDimensions = false;
    };
    struct Outcome {
        models::Result<models::DashboardData> data;
        std::optional<models::Result<models::RollupDimensions>> dimensions;
    };
    void start(const Request &request);
    void finished();

    Workspace &m_workspace;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<Request> m_pending;
    bool m_busy = false;
};

} // namespace greenlight::app
