#pragma once

#include "audit/auditevent.h"

#include <QCoreApplication>

#include <optional>

namespace greenlight::models {

/// The state of the chain after checking every stored event in sequence order.
struct AuditVerification {
    qint64 count = 0;
    QString headHash;
    std::optional<qint64> firstBadSeq; ///< the first event that breaks the chain, if any
    QString problem;                   ///< one sentence on what is wrong with it

    [[nodiscard]] bool intact() const { return !firstBadSeq.has_value(); }
};

/**
 * The hash chain of the audit log: each event's SHA-256 covers its sequence number, time, actor,
 * entity, action, payload and the previous event's hash, so altering, removing or reordering a
 * stored event breaks every hash after it.
 */
class AuditChain final
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    /// The previous hash of the first event: 64 zeros.
    [[nodiscard]] static QString genesisHash();
    /// The canonical serialisation the hash is computed over (a compact JSON array).
    [[nodiscard]] static QByteArray canonicalForm(const AuditEvent &event);
    [[nodiscard]] static QString computeHash(const AuditEvent &event);
    /// The time text stored and hashed: UTC, milliseconds, "Z".
    [[nodiscard]] static QString timeText(const QDateTime &at);

    /// Checks events one at a time, in the order they are stored (by sequence number).
    class Verifier final
    {
    public:
        void add(const AuditEvent &event);
        [[nodiscard]] const AuditVerification &result() const { return m_result; }

    private:
        AuditVerification m_result;
        qint64 m_lastSeq = 0;
        QString m_lastHash = genesisHash();
    };
};

} // namespace greenlight::models
