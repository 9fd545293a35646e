#pragma once

#include "storage/connectionstore.h"

#include <QDateTime>
#include <QString>

namespace greenlight::tests {

/// A connection as `greenlight connection add` stores it, for tests and screenshots that need its rows without a
/// gateway behind it: the URL is a closed loopback port unless given, and the keychain entry is never read.
inline models::Connection storedConnection(const QString &name, const QString &kind,
                                           const QString &url = QStringLiteral("http://127.0.0.1:9/"))
{
    models::Connection connection;
    connection.name = name;
    connection.kind = kind;
    connection.url = url;
    connection.secretRef = QStringLiteral("greenlight/test/") + name;
    connection.createdAt = QDateTime::currentDateTimeUtc();
    return connection;
}

} // namespace greenlight::tests
