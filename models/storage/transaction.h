#pragma once

#include "domain/error.h"

#include <QCoreApplication>

namespace greenlight::models {

class Database;

/// A database transaction that rolls back unless commit() succeeded (RAII), so an early return never half-writes.
/// On SQLite it is a write transaction from the start (BEGIN IMMEDIATE): it waits for another writer's commit
/// rather than failing halfway when its first write meets the other writer's lock. Check started() before writing.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    [[nodiscard]] bool isActive() const { return m_active; }
    /// Why the transaction could not begin (read-only database, another writer for too long, disk trouble).
    [[nodiscard]] const Status &started() const { return m_started; }
    [[nodiscard]] Status commit();

private:
    Database &m_db;
    bool m_active = false;
    Status m_started;
};

} // namespace greenlight::models
