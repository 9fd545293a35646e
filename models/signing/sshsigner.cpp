#include "signing/sshsigner.h"

#include "signing/opensshtool.h"
#include "signing/sshpublickey.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

Result<OpenSshRun> sshKeygen(const QStringList &arguments, const QByteArray &input,
                             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runOpenSsh(u"ssh-keygen"_s, arguments, input, environment);
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

Result<SshSigner> SshSigner::fromAgentKey(const QString &publicKey)
{
    if (const QString problem = SshPublicKey::problem(publicKey); !problem.isEmpty())
        return fail(publicKey.left(40), problem);
    // ssh-keygen -Y sign -f PUBLIC_KEY_FILE has the agent sign with that key.
    auto file = std::make_shared<QTemporaryFile>();
    const QByteArray line = publicKey.toUtf8() + '\n';
    if (!file->open() || file->write(line) != line.size() || !file->flush())
        return fail(file->fileName(), tr("cannot write the public key for ssh-keygen"));
    SshSigner signer(file->fileName(), publicKey);
    signer.m_publicKeyFile = std::move(file);
    return signer;
}

QString SshSigner::fingerprint() const
{
    return SshPublicKey::fingerprint(m_publicKey);
}

Result<QByteArray> SshSigner::sign(const QByteArray &statement) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_askpass.isEmpty()) {
        // OpenSSH asks for a key file's passphrase with this program, even though ssh-keygen has no terminal here.
        environment.insert(u"SSH_ASKPASS"_s, m_askpass);
        environment.insert(u"SSH_ASKPASS_REQUIRE"_s, u"force"_s);
        environment.insert(QString::fromLatin1(askpassMarker), u"1"_s);
    }
    const Result<OpenSshRun> run =
        sshKeygen({u"-q"_s, u"-Y"_s, u"sign"_s, u"-n"_s, QString::fromLatin1(signatureNamespace), u"-f"_s, m_keyFile},
                  statement, environment);
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
    const Result<OpenSshRun> run =
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
