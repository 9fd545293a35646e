#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace greenlight::models {

class Database;

/// What an edit changed: the top-level portfolio keys of a use case, before and after.
struct UseCaseChange {
    QJsonObject before;
    QJsonObject after;
    [[nodiscard]] bool isEmpty() const { return after.isEmpty(); }
};

/**
 * Saves edits to a use case's details as one transaction with one "update" audit event that holds
 * the changed keys before and after (in the portfolio file's spelling). References are checked
 * against the stored portfolio: owners, on-call people and the raw-retention approver must be
 * people; the route and the fallback route must exist.
 */
class UseCaseService final
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseService)

public:
    explicit UseCaseService(Database &db) : m_db(db) {}

    /// Saves @p edited (identified by its id). Returns the change, empty when nothing differed.
    [[nodiscard]] Result<UseCaseChange> save(const UseCase &edited, const Actor &actor, const QDateTime &at);
    [[nodiscard]] static UseCaseChange diff(const UseCase &before, const UseCase &after);

private:
    Database &m_db;
};

} // namespace greenlight::models
