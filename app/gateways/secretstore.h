#pragma once

#include "domain/error.h"

#include <QCoreApplication>

namespace greenlight::app {

/**
 * API keys in the OS keychain (Secret Service, macOS Keychain, Windows Credential Store) through
 * QtKeychain, under the service "Greenlight". There is no fallback: a missing or locked keychain is
 * an error that says so, and the key is never written anywhere else. Errors never contain the key.
 */
class SecretStore final
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    /// The keychain entry for a connection (what the database stores instead of the key).
    [[nodiscard]] static QString referenceFor(const QString &connectionName);
    [[nodiscard]] static models::Status write(const QString &reference, const QString &secret);
    [[nodiscard]] static models::Result<QString> read(const QString &reference);
    [[nodiscard]] static models::Status remove(const QString &reference);
};

} // namespace greenlight::app
