#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace greenlight::models {

/**
 * Who an event is by (DESIGN §8 "who"): the person and the operating-system account and host the change came
 * from. Identity (identity/identity.h) is the only place that makes one for a session.
 */
struct Actor {
    /// How the person was established; stored and hashed by name ("bound", "unverified", "account").
    enum class Kind {
        Bound,      ///< the account is bound to the person in people[].accounts
        Unverified, ///< a training database: the person was named with --as and nobody checked it
        Account,    ///< no person: the account acted alone (a service account importing or syncing)
        Login,      ///< a team database's login, mapped to the person by its owner; the server checked it
    };
    Actor() = default;
    // A constructor, not an aggregate: AuditEntry{someString, …} must not brace-elide a name into the account.
    Actor(QString personId, QString osAccount, QString osHost, Kind identityKind)
        : person(std::move(personId)), account(std::move(osAccount)), host(std::move(osHost)), kind(identityKind)
    {
    }

    QString person; ///< a person id; empty for Kind::Account (and the whole name of an actor before format 3)
    QString account;
    QString host;
    Kind kind = Kind::Bound;

    /// The account alone, for commands that decide nothing for a person.
    [[nodiscard]] static Actor ofAccount(const QString &account, const QString &host)
    {
        return Actor{QString(), account, host, Kind::Account};
    }
    [[nodiscard]] static Actor bound(const QString &person, const QString &account, const QString &host)
    {
        return Actor{person, account, host, Kind::Bound};
    }
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromName(const QString &name);
    /// "account@host", or empty for an event written before accounts were recorded.
    [[nodiscard]] QString accountText() const;
    /// How the event names its actor in exports and views, in English: "ana (ana@laptop-7)",
    /// "ana, unverified (tester@host)", "ci@build-3"; a format 1–2 event gives its actor as stored.
    [[nodiscard]] QString displayText() const;
};

/// What a caller records: who did what to which entity, with a JSON payload (before/after for updates).
struct AuditEntry {
    Actor actor;
    QString entity;            ///< e.g. "use_case", "portfolio", "gate_review"
    QString entityId;          ///< the entity's id; "*" for the whole portfolio
    QString action;            ///< create | update | delete | import | sign | decide | export …
    QByteArray payload = "{}"; ///< a JSON object; stored in its RFC 8785 form

    /// The payload member naming the key that signed the event (AuditStore::append writes it).
    [[nodiscard]] static QString signerKey();
    /// The fingerprint the payload names as its signer, or empty for an unsigned event.
    [[nodiscard]] QString signer() const;
};

/// How an event's hash is computed (docs/audit-log.md): the form is stored with each event, so events written
/// before RFC 8785 keep verifying under the form they were hashed in and nothing in the history is re-hashed.
enum class AuditFormat {
    QtCompactArray = 1, ///< schema 1–5: a JSON array from QJsonDocument, the payload as a string inside it
    Rfc8785 = 2,        ///< schema 6: an RFC 8785 canonical object with the payload as an object
    WithAccount = 3,    ///< schema 7 on: format 2 with the OS account, host and identity kind of the actor
};

/// One stored, hash-chained audit event.
struct AuditEvent {
    qint64 seq = 0;
    AuditFormat format = AuditFormat::WithAccount;
    QDateTime at;
    AuditEntry entry;
    QString prevHash;
    QString hash;
    /// The SSHSIG signature of canonicalForm() by the key the payload names as "signer"; empty when unsigned.
    QByteArray signature;
};

/// The fingerprint of the key that signed the step of @p entity @p entityId recorded by the newest event of @p action
/// (any action when empty) whose payload "index" is @p index (-1: a step without one, as a review's decision);
/// empty when that step was recorded unsigned or no event in @p events records it.
[[nodiscard]] QString stepSigner(const QList<AuditEvent> &events, const QString &entity, const QString &entityId,
                                 const QString &action, int index = -1);

} // namespace greenlight::models
