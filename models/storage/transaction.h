#pragma once

#include "domain/error.h"

#include <QCoreApplication>

namespace greenlight::models {

class Database;

/// A database transaction that rolls back unless commit() succeeded (RAII), so an early return never half-writes.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] Status commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace greenlight::models
