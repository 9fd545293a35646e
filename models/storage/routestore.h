#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"

namespace greenlight::models {

class Database;

/// Appends route versions; existing versions are never changed (eval runs point at them).
/// Joins the caller's transaction.
class RouteStore final
{
public:
    explicit RouteStore(Database &db) : m_db(db) {}
    [[nodiscard]] Status append(const Route &route);

private:
    Database &m_db;
};

} // namespace greenlight::models
