#pragma once

#include "audit/auditchain.h"
#include "audit/auditevent.h"
#include "domain/error.h"

#include <functional>
#include <optional>

namespace greenlight::models {

class Database;
class SshSigner;

/// The append-only audit_events table. Appends join the caller's transaction, so a change and its event commit
/// together.
class AuditStore final
{
public:
    explicit AuditStore(Database &db) : m_db(db) {}

    /// Appends @p entry at time @p at after the current head; call inside a Transaction. With @p signer, the event
    /// is signed by the actor's key: its payload names the key ("signer": its fingerprint, covered by the hash) and
    /// the signature over the hashed bytes is stored with it. The key must be one the portfolio lists for the actor,
    /// valid at @p at.
    [[nodiscard]] Result<AuditEvent> append(const AuditEntry &entry, const QDateTime &at,
                                            const SshSigner *signer = nullptr);
    /// Every event in sequence order, or only those of one entity when @p entity is given.
    [[nodiscard]] Status forEach(const std::function<void(const AuditEvent &)> &visit, const QString &entity = {},
                                 const QString &entityId = {}) const;
    /// Refuses a signer whose key the portfolio does not list for @p person, valid on the day of @p at.
    [[nodiscard]] Status checkSigningKey(const QString &person, const SshSigner &signer, const QDateTime &at) const;
    /// The event with sequence number @p seq, or nullopt when there is none.
    [[nodiscard]] Result<std::optional<AuditEvent>> event(qint64 seq) const;
    /// Checks the chain and, when it is intact, that every fact row equals what its event recorded.
    [[nodiscard]] Result<AuditVerification> verify() const;

private:
    Database &m_db;
};

} // namespace greenlight::models
