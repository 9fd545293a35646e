#pragma once

#include "audit/auditchain.h"
#include "audit/auditevent.h"
#include "charts/chartfactory.h"
#include "domain/error.h"
#include "domain/portfolio.h"
#include "gate/gateengine.h"
#include "storage/rollupqueries.h"

#include <QCoreApplication>

namespace greenlight::models {
class Database;
}

namespace greenlight::app {

/// What the packet says about one use case, read from the database at export time.
struct UseCaseEvidence {
    models::UseCase useCase;
    models::GateEvaluation gate; ///< against the template that fits it, as of export time
    double thresholdPct = 95.0;
    QList<models::AuditEvent> events; ///< the use case's own events, in chain order
    QList<models::DailyCost> dailyCosts;
    QList<WeeklyEditRate> editRates;
};

/// Everything one packet prints: the use cases, the people and routes they name, and the chain's state.
struct PacketEvidence {
    models::Portfolio portfolio;
    QList<UseCaseEvidence> useCases;
    bool wholePortfolio = false;
    models::AuditVerification chain; ///< the head hash is the one the last page prints
    QString exportedBy;              ///< "Name (id), account@host", or the account alone
    QDateTime exportedAt;
    QString databaseLocation;
    QDate periodFrom; ///< the 90 days the cost and edit-rate charts cover
    QDate periodTo;
};

/// Reads the evidence for a packet of one use case, or of the whole portfolio when @p useCaseId is empty.
class PacketEvidenceLoader final
{
    Q_DECLARE_TR_FUNCTIONS(PacketEvidenceLoader)

public:
    explicit PacketEvidenceLoader(models::Database &db) : m_db(db) {}
    [[nodiscard]] models::Result<PacketEvidence> load(const QString &useCaseId, const models::Actor &actor,
                                                      const QDateTime &at) const;

private:
    models::Database &m_db;
};

} // namespace greenlight::app
