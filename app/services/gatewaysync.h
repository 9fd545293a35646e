#pragma once

#include "storage/connectionstore.h"
#include "storage/identifiermaps.h"

#include <QObject>

namespace greenlight::app {

class SyncRunner;
class Workspace;

/// What one connection's maps cover, and what it reported that they do not.
struct ConnectionMaps {
    models::IdentifierMap maps;
    QList<models::UnmappedValue> unmapped;
};

/// Syncs every gateway connection of the open database in a worker thread, as the window's user, and maps the
/// identifiers the gateways report to use cases and tenants.
class GatewaySync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewaySync)

public:
    explicit GatewaySync(Workspace &session);

    /// Starts the sync; the runner reports progress and the outcome, and may be cancelled. The session refreshes
    /// once when it finishes (Workspace::usageChanged), not at every page it commits.
    SyncRunner *start();

    [[nodiscard]] models::Result<QList<models::Connection>> connections() const;
    [[nodiscard]] models::Result<ConnectionMaps> maps(const QString &connection) const;
    /// Maps a gateway value of @p connection as the session's person (audited); its stored usage moves with it.
    [[nodiscard]] models::Status map(const QString &connection, const models::IdentifierMapping &mapping);

private:
    Workspace &m_session;
};

} // namespace greenlight::app
