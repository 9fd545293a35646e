#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace greenlight::models {

/**
 * Signs with a person's SSH key by running OpenSSH's own `ssh-keygen -Y sign` in the namespace "greenlight" (the
 * SSHSIG format git uses for `gpg.format=ssh`); no cryptography is done here. The key is a private key file
 * (ssh-keygen asks for its passphrase on the terminal, or through SSH_ASKPASS), or a public key file whose private
 * key the ssh-agent at SSH_AUTH_SOCK holds.
 */
class SshSigner final
{
    Q_DECLARE_TR_FUNCTIONS(SshSigner)

public:
    static constexpr const char *signatureNamespace = "greenlight";

    /// The signer for @p keyFile: its public key is read from KEYFILE.pub, or from @p keyFile itself when that is
    /// a public key (the agent signs).
    [[nodiscard]] static Result<SshSigner> fromKeyFile(const QString &keyFile);

    [[nodiscard]] const QString &publicKey() const { return m_publicKey; }
    /// "SHA256:…", as ssh-keygen -l prints it.
    [[nodiscard]] QString fingerprint() const;
    /// The armored SSHSIG signature of @p statement.
    [[nodiscard]] Result<QByteArray> sign(const QByteArray &statement) const;

private:
    SshSigner(QString keyFile, QString publicKey) : m_keyFile(std::move(keyFile)), m_publicKey(std::move(publicKey)) {}

    QString m_keyFile;
    QString m_publicKey;
};

/// Checks SSHSIG signatures with `ssh-keygen -Y verify` against an allowed-signers list (see AllowedSigners).
class SshVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(SshVerifier)

public:
    /// @p allowedSignersFile: the list in ssh-keygen's format; @p principal: who is said to have signed;
    /// @p at: when (a key counts only between its valid-after and valid-before). On success, the fingerprint of the
    /// key that made the signature; else why not, in ssh-keygen's words.
    [[nodiscard]] static Result<QString> verify(const QByteArray &statement, const QByteArray &signature,
                                                const QString &allowedSignersFile, const QString &principal,
                                                const QDateTime &at);
};

} // namespace greenlight::models
