#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"

#include <QCoreApplication>

namespace greenlight::models {

class Database;

/**
 * Adds versions of model routes. A route is never edited in place: a change to any field makes
 * the next version, so every eval run keeps pointing at the route it actually ran against. Each
 * new version is one transaction with a "create" audit event holding the whole version.
 */
class RouteService final
{
    Q_DECLARE_TR_FUNCTIONS(RouteService)

public:
    explicit RouteService(Database &db) : m_db(db) {}

    /// Stores @p route as the next version of its id (version 1 for a new id), after checking
    /// that the id is a slug, provider and model are named, the fallback is another existing
    /// route, and something differs from the latest version. Returns the version as stored.
    [[nodiscard]] Result<Route> addVersion(Route route, const Actor &actor, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace greenlight::models
