#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"
#include "portfolio/portfoliodiff.h"

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

/// What an import would do, before it does it (`import portfolio --dry-run`).
struct ImportPlan {
    ImportSummary summary;
    /// Every difference between the stored portfolio and the file, in canonical form.
    QList<PortfolioChange> changes;
    /// The recorded facts the file would drop or change (HistoryGuard); the import is refused unless empty.
    QStringList violations;
};

/**
 * Imports a portfolio file as one transaction: validate everything first, refuse a file that would
 * drop or change recorded history (HistoryGuard), then replace the stored portfolio and record an
 * "import" audit event with the file's SHA-256. On any error the database is left exactly as it was.
 */
class PortfolioImporter final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioImporter)

public:
    explicit PortfolioImporter(Database &db) : m_db(db) {}

    /// Reads and validates the file and compares it with the stored portfolio; writes nothing.
    [[nodiscard]] Result<ImportPlan> plan(const QByteArray &json) const;
    [[nodiscard]] Result<ImportSummary> import(const QByteArray &json, const QString &fileName, const Actor &actor,
                                               const QDateTime &at);

private:
    /// What importing @p portfolio (read from @p json) over @p stored would change and drop.
    [[nodiscard]] static ImportPlan plan(const Portfolio &stored, const Portfolio &portfolio, const QByteArray &json);
    /// Gives each imported use case its version: the stored one when the file leaves its details as they were,
    /// the next one (made by the import's event) when it changes them, 1 for a new use case.
    [[nodiscard]] Status keepVersions(const Portfolio &stored, const Portfolio &imported, qint64 importSeq);

    Database &m_db;
};

} // namespace greenlight::models
