#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"
#include "storage/recording.h"

namespace greenlight::models {

class Database;

/// Appends route versions; existing versions are never changed (eval runs point at them).
/// Joins the caller's transaction.
class RouteStore final
{
public:
    explicit RouteStore(Database &db) : m_db(db) {}
    /// Appends @p route with the audit event that records it (its payload holds every stored field).
    [[nodiscard]] Result<AuditEvent> append(const Route &route, const Recording &recording);

private:
    Database &m_db;
};

} // namespace greenlight::models
