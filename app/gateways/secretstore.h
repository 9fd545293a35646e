#pragma once

#include "domain/error.h"

#include <QCoreApplication>

namespace greenlight::app {

/**
 * API keys in the OS keychain (Secret Service, macOS Keychain, Windows Credential Store) through
 * QtKeychain, under the service "Greenlight". There is no fallback: a missing or locked keychain is
 * an error that says so, and the key is never written anywhere else. Errors never contain the key.
 */
/// An API key with the URL it was entered for: a sync sends it to that URL and nowhere else.
struct BoundKey {
    QString key;
    QString url; ///< empty for a key stored before keys were bound (it must be entered again)
};

class SecretStore final
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    /// The keychain entry for a connection of the database @p databaseId: "greenlight/DB-ID/NAME", so the same
    /// connection name in two databases names two entries.
    [[nodiscard]] static QString referenceFor(const QString &databaseId, const QString &connectionName);
    /// Stores @p key with its URL (as a small JSON object, so the URL cannot be changed without the key).
    [[nodiscard]] static models::Status writeKey(const QString &reference, const BoundKey &key);
    [[nodiscard]] static models::Result<BoundKey> readKey(const QString &reference);
    /// The raw text of an entry (writeKey()/readKey() are what connections use).
    [[nodiscard]] static models::Status write(const QString &reference, const QString &secret);
    [[nodiscard]] static models::Result<QString> read(const QString &reference);
    [[nodiscard]] static models::Status remove(const QString &reference);
};

} // namespace greenlight::app
