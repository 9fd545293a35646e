#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace greenlight::models {

class Database;

/// A named gateway connection (DESIGN §3). The API key is not here: secretRef names its keychain entry.
struct Connection {
    QString name;
    QString kind; ///< litellm | openai | anthropic | helicone | langfuse
    QString url;
    QString tenantField;  ///< dotted path into the source's record; empty = the kind's default
    QString useCaseField; ///< likewise
    QString secretRef;    ///< the keychain entry holding the API key
    QString cursor;       ///< where the next sync resumes (the kind's own JSON), empty before the first sync
    QDateTime lastSyncedAt;
    QDateTime createdAt;
};

/// The connections table. Joins the caller's transaction, so a cursor commits with the page it belongs to.
class ConnectionStore final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStore)

public:
    explicit ConnectionStore(Database &db) : m_db(db) {}
    [[nodiscard]] Status add(const Connection &connection);
    [[nodiscard]] Result<QList<Connection>> list() const;
    [[nodiscard]] Result<Connection> find(const QString &name) const;
    /// Removes the connection; its records stay (they are evidence). Fails for an unknown name.
    [[nodiscard]] Status remove(const QString &name);
    [[nodiscard]] Status setCursor(const QString &name, const QString &cursor, const QDateTime &syncedAt);
    /// Points @p name at @p url with its key in @p secretRef (the key was entered again for it).
    [[nodiscard]] Status rebind(const QString &name, const QString &url, const QString &secretRef);

    /// This database's own id (a UUID made on first use): keychain entries are named after it, so two databases
    /// with a connection of the same name keep two keys.
    [[nodiscard]] Result<QString> databaseId();

private:
    Database &m_db;
};

} // namespace greenlight::models
