#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"
#include "domain/portfolio.h"

#include <QCoreApplication>

#include <optional>

namespace greenlight::models {

class Database;

/// The results file an imported eval run was read from (`greenlight import eval`). It is not part of the run: the
/// audit event that records the run holds it (payload member "source"), so the run can be traced to the file.
struct EvalRunSource {
    QString file;    ///< the file's name, without its folder
    QString format;  ///< promptfoo, junit or csv
    QString sha256;  ///< of the file's bytes, in lowercase hex
    int skipped = 0; ///< cases the harness skipped, which the run does not count
};

/// Records an eval run of a use case as one transaction with a "create" audit event. Runs are
/// evidence: they are added, never edited, so a decision can always be traced to the numbers it saw.
class EvalRunService final
{
    Q_DECLARE_TR_FUNCTIONS(EvalRunService)

public:
    explicit EvalRunService(Database &db) : m_db(db) {}

    /// Checks the run (route version exists, 0 ≤ passed ≤ total, at least one case); an empty id becomes
    /// "run-YYYY-MM-DD" (with a suffix when taken). Returns the run as stored. With a @p source the event's action
    /// is "import" and its payload names the file; without one it is "create".
    [[nodiscard]] Result<EvalRun> record(const QString &useCaseId, EvalRun run, const Actor &actor, const QDateTime &at,
                                         const std::optional<EvalRunSource> &source = {});

private:
    Database &m_db;
};

} // namespace greenlight::models
