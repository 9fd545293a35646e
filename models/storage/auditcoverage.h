#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace greenlight::models {

class Database;

/// How the fact tables compare with the audit events that recorded them.
struct CoverageResult {
    qint64 rowsChecked = 0;
    QMap<QString, qint64> preCoverage; ///< table → rows written before schema 6, which no event covers
    QString problem;                   ///< the first row that differs from its event; empty when all match
};

/**
 * DESIGN §8 "the chain covers state": every data-class approval, sign-off, gate review (start and
 * decision, with its frozen rule results), eval run (with its per-category results) and route version
 * names the audit event that recorded it (audit_seq, audit_hash), and that event's payload holds every
 * stored field (FactPayload); a portfolio import's event holds every row of the file under "facts". verify() rebuilds
 * each row's payload and compares it field by field, and checks that every recording event since the last portfolio
 * import still has its row, so an UPDATE, DELETE or INSERT behind the application's back shows up by table, row and
 * field.
 */
class AuditCoverage final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCoverage)

public:
    explicit AuditCoverage(Database &db) : m_db(db) {}

    /// Every fact row of @p portfolio as FactPayload objects by table, for the "facts" of an import event.
    [[nodiscard]] static QJsonObject importedFacts(const Portfolio &portfolio);
    /// After PortfolioRepository::replace() and the import event: points every fact row at @p importEvent.
    /// Call inside the import's transaction.
    [[nodiscard]] Status linkImport(const Portfolio &portfolio, const AuditEvent &importEvent);
    /// Compares every fact row with its event; call only on an intact chain.
    [[nodiscard]] Result<CoverageResult> verify() const;

private:
    Database &m_db;
};

} // namespace greenlight::models
