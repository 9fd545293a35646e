#pragma once

#include <QObject>

namespace greenlight::app {

class SyncRunner;
class Workspace;

/// Syncs every gateway connection of the open database in a worker thread, as the window's user.
class GatewaySync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewaySync)

public:
    explicit GatewaySync(Workspace &session);

    /// Starts the sync; the runner reports progress and the outcome, and may be cancelled. The session refreshes
    /// once when it finishes (Workspace::usageChanged), not at every page it commits.
    SyncRunner *start();

private:
    Workspace &m_session;
};

} // namespace greenlight::app
