#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace greenlight::models {

/**
 * An OpenSSH public key line as people paste it from ~/.ssh/id_ed25519.pub: "TYPE BASE64 [COMMENT]". Only checks
 * its form and names it; signing and verifying are OpenSSH's own (ssh-keygen -Y), never done here.
 */
class SshPublicKey final
{
    Q_DECLARE_TR_FUNCTIONS(SshPublicKey)

public:
    /// The key types Greenlight accepts: what ssh-keygen -Y signs with, hardware (FIDO) keys included.
    [[nodiscard]] static QStringList acceptedTypes();
    /// Why @p line is not a usable public key, or empty when it is: an accepted type, then base64 whose decoded
    /// blob starts with the same type (a truncated or mispasted key fails here, not at the first signature).
    [[nodiscard]] static QString problem(const QString &line);
    /// "SHA256:…" as `ssh-keygen -l` prints it (the SHA-256 of the key blob in unpadded base64); empty when
    /// @p line is not a key.
    [[nodiscard]] static QString fingerprint(const QString &line);
};

} // namespace greenlight::models
