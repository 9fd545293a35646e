#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QStringList>

class QTemporaryFile;

#include <optional>

namespace greenlight::models {

class Database;

/// What checking the signatures of the audit log found.
struct SignatureReport {
    qint64 signedEvents = 0;
    QStringList signers;               ///< person ids, sorted
    std::optional<qint64> firstBadSeq; ///< the first event whose signature fails
    QString problem;                   ///< why, naming the event
};

/**
 * Checks every signed event with OpenSSH (`ssh-keygen -Y verify`) against the keys the portfolio lists, each only
 * within its validity (an allowed-signers list with valid-after and valid-before), at the event's time. An event
 * whose payload names a signer must carry a signature by exactly that key over its hashed bytes; an event that
 * names none must carry none. Because the signed bytes hold the previous event's hash, a change anywhere before a
 * signed event fails here even when every hash after it was recomputed.
 */
class SignatureCheck final
{
    Q_DECLARE_TR_FUNCTIONS(SignatureCheck)

public:
    explicit SignatureCheck(Database &db) : m_db(db) {}

    /// @p events in sequence order (an intact chain).
    [[nodiscard]] Result<SignatureReport> run(const QList<AuditEvent> &events) const;
    /// The allowed-signers list of the stored keys, in ssh-keygen's format (one line per key).
    [[nodiscard]] Result<QByteArray> allowedSigners() const;
    /// The same list written to @p file (open and flushed), for ssh-keygen -Y verify -f.
    [[nodiscard]] Status writeAllowedSigners(QTemporaryFile &file) const;

private:
    Database &m_db;
};

} // namespace greenlight::models
