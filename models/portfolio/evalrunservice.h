#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"

#include <QCoreApplication>

namespace greenlight::models {

class Database;

/// Records an eval run of a use case as one transaction with a "create" audit event. Runs are
/// evidence: they are added, never edited, so a decision can always be traced to the numbers it saw.
class EvalRunService final
{
    Q_DECLARE_TR_FUNCTIONS(EvalRunService)

public:
    explicit EvalRunService(Database &db) : m_db(db) {}

    /// Checks the run (route version exists, 0 ≤ passed ≤ total, at least one case); an empty id becomes
    /// "run-YYYY-MM-DD" (with a suffix when taken). Returns the run as stored.
    [[nodiscard]] Result<EvalRun> record(const QString &useCaseId, EvalRun run, const Actor &actor,
                                         const QDateTime &at);

private:
    Database &m_db;
};

} // namespace greenlight::models
