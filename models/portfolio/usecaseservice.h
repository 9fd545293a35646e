#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"
#include "portfolio/usecasechange.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace greenlight::models {

class Database;

/// Why a change of a use case was refused: someone else changed it since the editor's version.
struct UseCaseConflict {
    QString useCaseId;
    qint64 yourVersion = 0;   ///< the version the refused change started from (0 for an undo or redo)
    qint64 storedVersion = 0; ///< the version stored now
    /// The event that made the stored version (who and when), when one is known.
    std::optional<AuditEvent> lastChange;
    QJsonObject yours;  ///< the refused values, nested as in UseCaseChange::after
    QJsonObject theirs; ///< what is stored at the same fields now

    /// "changed by Ana Lopez (ana@laptop-7) at 2026-11-26 10:42 UTC since you opened it": the person's name
    /// from @p people when the event names one.
    /// The time is written by @p format: in local time for the screen, or in UTC to the second when plain.
    [[nodiscard]] QString describe(const Portfolio &people, bool sinceYourEdit = false,
                                   const DisplayFormat &format = DisplayFormat::plain()) const;
};

/// What a save did: the change it recorded and the version it made, or the conflict that refused it.
struct UseCaseSave {
    UseCaseChange change;
    qint64 version = 0;
    std::optional<UseCaseConflict> conflict;

    [[nodiscard]] bool refused() const { return conflict.has_value(); }
};

/**
 * Saves edits of a use case's details with optimistic concurrency, as one transaction with one "update" audit
 * event holding the changed fields before and after (in the portfolio file's spelling) and the version made.
 *
 * Only the changed fields are written: inside the transaction the row is claimed at the version the editor
 * started from, the change is put onto what is stored then, and every other field keeps the stored value, so an
 * edit never puts back a field someone else changed. References are checked against the stored portfolio:
 * owners, on-call people and the raw-retention approver must be people; the route and the fallback route must
 * exist.
 */
class UseCaseService final
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseService)

public:
    explicit UseCaseService(Database &db) : m_db(db) {}

    /// Saves what changed from @p base (the version the editor opened) to @p edited. Refused with a conflict when
    /// the stored use case is no longer at base.version; an empty change when nothing differed.
    [[nodiscard]] Result<UseCaseSave> save(const UseCase &base, const UseCase &edited, const Actor &actor,
                                           const QDateTime &at);
    /// Saves @p change of use case @p useCaseId if it is still at @p baseVersion (the form of save() for a change
    /// that is already worked out: applying one's own values again after a conflict).
    [[nodiscard]] Result<UseCaseSave> save(const QString &useCaseId, qint64 baseVersion, const UseCaseChange &change,
                                           const Actor &actor, const QDateTime &at);
    /// Applies @p change (an undo or a redo) at whatever version is stored, but only while every changed field
    /// still holds change.before: a field someone else changed since is never put back.
    [[nodiscard]] Result<UseCaseSave> apply(const QString &useCaseId, const UseCaseChange &change, const Actor &actor,
                                            const QDateTime &at);

private:
    /// @p edited: the editor's whole use case, when the change came from one (its references are checked first).
    Result<UseCaseSave> commit(const QString &useCaseId, std::optional<qint64> baseVersion, const UseCaseChange &change,
                               const Actor &actor, const QDateTime &at, const UseCase *edited);
    UseCaseConflict conflict(const QString &useCaseId, std::optional<qint64> baseVersion, const UseCaseChange &change,
                             const UseCase &stored);
    static Status checkReferences(const Portfolio &portfolio, const UseCase &edited);

    Database &m_db;
};

} // namespace greenlight::models
