#include "signing/opensshtool.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

namespace greenlight::models {

using namespace Qt::StringLiterals;

Result<OpenSshRun> runOpenSsh(const QString &tool, const QStringList &arguments, const QByteArray &input,
                              const QProcessEnvironment &environment, int timeoutMs)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return fail(tool, QCoreApplication::translate("SshSigner", "OpenSSH's %1 was not found (install "
                                                                   "openssh-client)")
                              .arg(tool));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return fail(program, process.errorString());
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return fail(
            program,
            QCoreApplication::translate("SshSigner", "%1 did not finish within %2 s").arg(tool).arg(timeoutMs / 1000));
    }
    return OpenSshRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                      process.readAllStandardOutput(),
                      QString::fromLocal8Bit(process.readAllStandardError()).trimmed()};
}

} // namespace greenlight::models
