#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace greenlight::models {

class Database;

/// What an import did, for the command line and the status bar.
struct ImportSummary {
    qsizetype people = 0;
    qsizetype tenants = 0;
    qsizetype routes = 0;
    qsizetype useCases = 0;
    QString sha256;
};

/**
 * Imports a portfolio file as one transaction: validate everything first, then replace the stored
 * portfolio and record an "import" audit event with the file's SHA-256. On any error the database
 * is left exactly as it was.
 */
class PortfolioImporter final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioImporter)

public:
    explicit PortfolioImporter(Database &db) : m_db(db) {}

    [[nodiscard]] Result<ImportSummary> import(const QByteArray &json, const QString &fileName, const QString &actor,
                                               const QDateTime &at);

private:
    Database &m_db;
};

} // namespace greenlight::models
