#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>

namespace greenlight::models {

class Database;
class SshSigner;

/**
 * The head of the audit chain at a moment, signed by the person who took it: a small file meant to be committed
 * next to the portfolio file. Events after the newest signed one are protected by hashes alone, which anyone who
 * can write the database can recompute; an anchor kept outside the database is what shows that the tail it names
 * is still there. The signed statement is the RFC 8785 form of every field but the signature.
 */
struct AuditAnchor {
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)

public:
    static constexpr const char *formatName = "greenlight.anchor/1";

    qint64 headSeq = 0;
    QString headHash;
    QDateTime at;
    QString person; ///< who anchored (a person id; empty for an account acting alone)
    QString signer; ///< the key's fingerprint, or empty when unsigned
    QByteArray signature;

    /// The bytes signed.
    [[nodiscard]] QByteArray statement() const;
    /// The file: the statement's fields and the armored signature, as pretty JSON.
    [[nodiscard]] QByteArray toFile() const;
    [[nodiscard]] static Result<AuditAnchor> fromFile(const QByteArray &bytes, const QString &fileName);

    /// The head of @p db's chain now, as @p actor (signed with @p signer when given: the key must be one the
    /// portfolio lists for the person, valid today).
    [[nodiscard]] static Result<AuditAnchor> take(Database &db, const Actor &actor, const SshSigner *signer,
                                                  const QDateTime &at);
    /// Whether @p db still holds the anchored head (and, for a signed anchor, that the signature verifies against
    /// the portfolio's keys at the anchor's time). The error names what is wrong.
    [[nodiscard]] Status check(Database &db, const QString &fileName) const;
};

} // namespace greenlight::models
