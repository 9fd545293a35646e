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

} // namespace greenlight::app
