#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTemporaryFile>

#include <memory>

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

    /// Set in the environment of the askpass program (setAskpass()): Greenlight started with it asks for the
    /// passphrase and prints it for ssh-keygen.
    static constexpr const char *askpassMarker = "GREENLIGHT_ASKPASS";

    /// The signer for @p keyFile: its public key is read from KEYFILE.pub, or from @p keyFile itself when that is
    /// a public key (the agent signs).
    [[nodiscard]] static Result<SshSigner> fromKeyFile(const QString &keyFile);

    /// The signer that has the ssh-agent at SSH_AUTH_SOCK sign with @p publicKey (one key line, as the portfolio
    /// lists it); signing fails when the agent does not hold that key.
    [[nodiscard]] static Result<SshSigner> fromAgentKey(const QString &publicKey);

    /// Asks for a key file's passphrase with @p program (OpenSSH's SSH_ASKPASS, forced: the window has no
    /// terminal). The program is run with the prompt as its argument and prints the passphrase.
    void setAskpass(const QString &program) { m_askpass = program; }

    /// The key file given, or the file the agent's public key was written to.
    [[nodiscard]] const QString &keyFile() const { return m_keyFile; }
    [[nodiscard]] const QString &publicKey() const { return m_publicKey; }
    /// "SHA256:…", as ssh-keygen -l prints it.
    [[nodiscard]] QString fingerprint() const;
    /// The armored SSHSIG signature of @p statement.
    [[nodiscard]] Result<QByteArray> sign(const QByteArray &statement) const;

private:
    SshSigner(QString keyFile, QString publicKey) : m_keyFile(std::move(keyFile)), m_publicKey(std::move(publicKey)) {}

    QString m_keyFile;
    QString m_publicKey;
    QString m_askpass;
    std::shared_ptr<QTemporaryFile> m_publicKeyFile; ///< holds an agent key's public half while the signer lives
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
