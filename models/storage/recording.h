#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"

#include <QDateTime>
#include <QJsonObject>

namespace greenlight::models {

class Database;
class SshSigner;

/// Who records a fact, how and when: the audit event written with the row (DESIGN §8).
struct Recording {
    Actor actor;
    QString action;
    QDateTime at;
    /// The actor's own key when the event is to be signed (SshSigner); nullptr records it unsigned.
    const SshSigner *signer = nullptr;

    /// Appends the event that records a fact of @p entity @p entityId with @p payload; joins the caller's
    /// transaction. The store then writes the row with the event's sequence number and hash.
    [[nodiscard]] Result<AuditEvent> append(Database &db, const QString &entity, const QString &entityId,
                                            const QJsonObject &payload) const;
};

/// The next sort_order for the rows of @p table whose @p ownerColumn is @p owner (facts keep their order of entry).
[[nodiscard]] Result<int> nextSortOrder(Database &db, const QString &table, const QString &ownerColumn,
                                        const QString &owner);

} // namespace greenlight::models
