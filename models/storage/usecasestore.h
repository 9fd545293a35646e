#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"

namespace greenlight::models {

class Database;

/**
 * Saves the editable details of one use case: its own fields, data classes, logging policy,
 * rollback and runbook. Eval runs, data approvals and gate reviews are records with their own
 * paths and are left alone. Joins the caller's transaction.
 */
class UseCaseStore final
{
public:
    explicit UseCaseStore(Database &db) : m_db(db) {}
    [[nodiscard]] Status saveDetails(const UseCase &useCase);

    /// The stored version of a use case and the event that made it.
    struct Version {
        qint64 version = 0;
        qint64 changedSeq = 0; ///< 0 when no event is known (a use case inserted before schema 8)
    };
    /// Takes the next version of @p id if it is still at @p expected (any version when nullopt), and holds the
    /// row until the transaction ends (PostgreSQL's row lock; SQLite's write transaction already excludes other
    /// writers). nullopt when the use case is not at @p expected (or does not exist): the caller reads why.
    [[nodiscard]] Result<std::optional<qint64>> claimNextVersion(const QString &id, std::optional<qint64> expected);
    /// The stored version of @p id, or nullopt when there is no such use case.
    [[nodiscard]] Result<std::optional<Version>> version(const QString &id);
    /// Records the version of @p id and the event that made it (after a claim, or to keep it across an import).
    [[nodiscard]] Status setVersion(const QString &id, Version version);

private:
    Database &m_db;
};

} // namespace greenlight::models
