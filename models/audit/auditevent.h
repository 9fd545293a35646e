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
    QByteArray payload = "{}"; ///< a JSON object; stored in its RFC 8785 form
};

/// How an event's hash is computed (docs/audit-log.md): the form is stored with each event, so events written
/// before RFC 8785 keep verifying under the form they were hashed in and nothing in the history is re-hashed.
enum class AuditFormat {
    QtCompactArray = 1, ///< schema 1–5: a JSON array from QJsonDocument, the payload as a string inside it
    Rfc8785 = 2,        ///< schema 6 on: an RFC 8785 canonical object with the payload as an object
};

/// One stored, hash-chained audit event.
struct AuditEvent {
    qint64 seq = 0;
    AuditFormat format = AuditFormat::Rfc8785;
    QDateTime at;
    AuditEntry entry;
    QString prevHash;
    QString hash;
};

} // namespace greenlight::models
