#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"

#include <QCoreApplication>

namespace greenlight::models {

class Database;

/// Reads and writes the whole governance domain (everything the portfolio file holds).
class PortfolioRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioRepository)

public:
    explicit PortfolioRepository(Database &db) : m_db(db) {}

    [[nodiscard]] Result<Portfolio> load() const;
    /// Replaces the stored portfolio with @p portfolio. Call inside a Transaction; it does not commit.
    [[nodiscard]] Status replace(const Portfolio &portfolio);
    /// True when no use case, person, tenant or route is stored.
    [[nodiscard]] Result<bool> isEmpty() const;

private:
    Database &m_db;
};

} // namespace greenlight::models
