#include "services/gatewaysync.h"

#include "gateways/secretstore.h"
#include "gateways/syncrunner.h"
#include "storage/connectionstore.h"
#include "workspace.h"

#include <QThread>

namespace greenlight::app {

using namespace greenlight::models;

GatewaySync::GatewaySync(Workspace &session) : QObject(&session), m_session(session) {}

SyncRunner *GatewaySync::start()
{
    // Keys are read here, on the GUI thread: QtKeychain's jobs must not run in the worker.
    QHash<QString, Result<BoundKey>> secrets;
    if (const Result<QList<Connection>> connections = ConnectionStore(m_session.database()).list()) {
        for (const Connection &c : *connections)
            secrets.insert(c.secretRef, SecretStore::readKey(c.secretRef));
    }
    auto *thread = new QThread(this);
    auto *runner = new SyncRunner(m_session.openedLocation(), secrets, m_session.actor());
    runner->moveToThread(thread);
    connect(thread, &QThread::started, runner, &SyncRunner::run);
    connect(runner, &SyncRunner::finished, thread, &QThread::quit);
    m_session.holdRefreshes();
    connect(runner, &SyncRunner::finished, &m_session, &Workspace::releaseRefreshes);
    connect(thread, &QThread::finished, runner, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return runner;
}

Result<QList<Connection>> GatewaySync::connections() const
{
    return ConnectionStore(m_session.database()).list();
}

Result<ConnectionMaps> GatewaySync::maps(const QString &connection) const
{
    IdentifierMapStore store(m_session.database());
    ConnectionMaps found;
    GL_ASSIGN(found.maps, store.load(connection));
    GL_ASSIGN(found.unmapped, store.unmapped(connection));
    return found;
}

Status GatewaySync::map(const QString &connection, const IdentifierMapping &mapping)
{
    GL_TRY(m_session.checkCanEdit());
    GL_TRY(IdentifierMapStore(m_session.database())
               .record(m_session.portfolio(), connection, {mapping}, m_session.actor(), m_session.now()));
    GL_TRY(m_session.refresh());
    Q_EMIT m_session.usageChanged(); // the moved spend shows under its use case or tenant now
    return {};
}

} // namespace greenlight::app
