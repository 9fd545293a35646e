#include "signing/sshsigner.h"

#include "signing/sshpublickey.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

/// Runs ssh-keygen with @p arguments, @p input on its standard input; its exit code, output and error text.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Result<Run> sshKeygen(const QStringList &arguments, const QByteArray &input)
{
    const QString program = QStandardPaths::findExecutable(u"ssh-keygen"_s);
    if (program.isEmpty())
        return fail(u"ssh-keygen"_s, SshSigner::tr("OpenSSH's ssh-keygen was not found (install openssh-client)"));
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted())
        return fail(program, process.errorString());
    process.write(input);
    process.closeWriteChannel();
    // A passphrase prompt may wait for the user; an agent confirmation too.
    if (!process.waitForFinished(5 * 60 * 1000)) {
        process.kill();
        process.waitForFinished();
        return fail(program, SshSigner::tr("ssh-keygen did not finish within five minutes"));
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
               QString::fromLocal8Bit(process.readAllStandardError()).trimmed()};
}

} // namespace

Result<SshSigner> SshSigner::fromKeyFile(const QString &keyFile)
{
    for (const QString &candidate : QStringList{keyFile + u".pub"_s, keyFile}) {
        QFile file(candidate);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (SshPublicKey::problem(line).isEmpty())
            return SshSigner(keyFile, line);
    }
    if (!QFile::exists(keyFile))
        return fail(keyFile, tr("no such key file"));
    return fail(keyFile, tr("no public key found for it (expected %1.pub, or a public key file whose private key "
                            "the ssh-agent holds)")
                             .arg(keyFile));
}

QString SshSigner::fingerprint() const
{
    return SshPublicKey::fingerprint(m_publicKey);
}

Result<QByteArray> SshSigner::sign(const QByteArray &statement) const
{
    const Result<Run> run = sshKeygen(
        {u"-q"_s, u"-Y"_s, u"sign"_s, u"-n"_s, QString::fromLatin1(signatureNamespace), u"-f"_s, m_keyFile}, statement);
    if (!run)
        return std::unexpected(run.error());
    if (run->exitCode != 0 || !run->out.startsWith("-----BEGIN SSH SIGNATURE-----"))
        return fail(m_keyFile,
                    tr("ssh-keygen could not sign: %1").arg(run->err.isEmpty() ? tr("no reason given") : run->err));
    return run->out;
}

Result<QString> SshVerifier::verify(const QByteArray &statement, const QByteArray &signature,
                                    const QString &allowedSignersFile, const QString &principal, const QDateTime &at)
{
    QTemporaryFile signatureFile;
    if (!signatureFile.open() || signatureFile.write(signature) != signature.size() || !signatureFile.flush())
        return fail(signatureFile.fileName(), tr("cannot write the signature to check it"));
    const Result<Run> run =
        sshKeygen({u"-Y"_s, u"verify"_s, u"-f"_s, allowedSignersFile, u"-I"_s, principal, u"-n"_s,
                   QString::fromLatin1(SshSigner::signatureNamespace), u"-s"_s, signatureFile.fileName(),
                   u"-Overify-time="_s + at.toUTC().toString(u"yyyyMMddHHmmss"_s)},
                  statement);
    if (!run)
        return std::unexpected(run.error());
    // "Good "greenlight" signature for ana with ED25519 key SHA256:…"
    static const QRegularExpression good(u"^Good \"greenlight\" signature for \\S+ with \\S+ key (SHA256:\\S+)"_s);
    const QRegularExpressionMatch match = good.match(QString::fromUtf8(run->out));
    if (run->exitCode != 0 || !match.hasMatch()) {
        QStringList reasons = run->err.split(u'\n', Qt::SkipEmptyParts);
        reasons.removeIf([](const QString &line) { return line.startsWith(u"Could not verify"_s); });
        return fail(principal, reasons.isEmpty() ? tr("the signature does not verify") : reasons.join(u"; "_s));
    }
    return match.captured(1);
}

} // namespace greenlight::models
