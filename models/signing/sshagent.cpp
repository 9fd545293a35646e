#include "signing/sshagent.h"

#include "signing/opensshtool.h"
#include "signing/sshpublickey.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

QStringList SshAgent::publicKeys()
{
    if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        return {};
    // Exit 1: the agent holds no key; 2: no agent answers at the socket.
    // The window asks this on the GUI thread: an agent that does not answer (a stale forwarded socket) must not
    // freeze it.
    const Result<OpenSshRun> run =
        runOpenSsh(u"ssh-add"_s, {u"-L"_s}, {}, QProcessEnvironment::systemEnvironment(), 3000);
    if (!run || run->exitCode != 0)
        return {};
    QStringList keys;
    for (const QByteArray &line : run->out.split('\n')) {
        const QString key = QString::fromUtf8(line).trimmed();
        if (SshPublicKey::problem(key).isEmpty())
            keys.append(key);
    }
    return keys;
}

} // namespace greenlight::models
