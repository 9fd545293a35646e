#pragma once

#include "audit/auditevent.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>

namespace greenlight::models {

/// The state of the chain after checking every stored event in sequence order.
struct AuditVerification {
    qint64 count = 0;
    QString headHash;
    std::optional<qint64> firstBadSeq; ///< the first event that breaks the chain, if any
    QString problem;                   ///< one sentence on what is wrong with it
    /// DESIGN §8: the fact rows compared with the events that recorded them (only on an intact chain).
    qint64 rowsChecked = 0;
    QMap<QString, qint64> preCoverage; ///< table → rows written before schema 6, which no event covers
    QString stateProblem;              ///< the first row that differs from its event, naming table, row and field
    /// Issue 16: the signed events checked with OpenSSH (only on an intact chain), who signed, and the first failure.
    qint64 signedEvents = 0;
    QStringList signers;
    std::optional<qint64> firstBadSignatureSeq;
    QString signatureProblem;

    [[nodiscard]] bool chainIntact() const { return !firstBadSeq.has_value(); }
    [[nodiscard]] bool intact() const { return chainIntact() && stateProblem.isEmpty() && signatureProblem.isEmpty(); }
};

/**
 * The hash chain of the audit log: each event's SHA-256 covers its sequence number, time, actor,
 * entity, action, payload and the previous event's hash, so altering, removing or reordering a
 * stored event breaks every hash after it. docs/audit-log.md gives the exact bytes hashed.
 */
class AuditChain final
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    /// The previous hash of the first event: 64 zeros.
    [[nodiscard]] static QString genesisHash();
    /// The bytes the hash is computed over, in the event's format: for format 2 the RFC 8785 canonical object
    /// {action, actor, entity, entity_id, format, payload, prev_hash, seq, time}; format 3 adds account, host
    /// and identity (bound | unverified | account).
    [[nodiscard]] static QByteArray canonicalForm(const AuditEvent &event);
    /// The form of schema 1–5 events: QJsonDocument's compact array with the payload as a string.
    [[nodiscard]] static QByteArray legacyForm(const AuditEvent &event);
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
        AuditFormat m_lastFormat = AuditFormat::QtCompactArray;
    };
};

} // namespace greenlight::models
