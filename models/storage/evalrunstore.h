#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"
#include "storage/recording.h"

namespace greenlight::models {

class Database;

/// Appends eval runs (with their per-category results) to a use case; joins the caller's transaction.
class EvalRunStore final
{
public:
    explicit EvalRunStore(Database &db) : m_db(db) {}
    /// Appends @p run with the audit event that records it (its payload holds every stored field, and @p source,
    /// when given, as its member "source": the file an imported run was read from).
    [[nodiscard]] Result<AuditEvent> record(const QString &useCaseId, const EvalRun &run, const Recording &recording,
                                            const QJsonObject &source = {});
    /// Appends @p run without an event: for an import, whose events AuditCoverage::recordImport() adds.
    [[nodiscard]] Status append(const QString &useCaseId, const EvalRun &run);

private:
    Database &m_db;
};

} // namespace greenlight::models
