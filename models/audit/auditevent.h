#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace greenlight::models {

/// What a caller records: who did what to which entity, with a JSON payload (before/after for updates).
struct AuditEntry {
    QString actor;
    QString entity;            ///< e.g. "use_case", "portfolio", "gate_review"
    QString entityId;          ///< the entity's id; "*" for the whole portfolio
    QString action;            ///< create | update | delete | import | sign | decide | export …
    QByteArray payload = "{}"; ///< compact JSON object
};

/// One stored, hash-chained audit event.
struct AuditEvent {
    qint64 seq = 0;
    QDateTime at;
    AuditEntry entry;
    QString prevHash;
    QString hash;
};

} // namespace greenlight::models
