#pragma once

#include "evalimport/evalcases.h"
#include "portfolio/evalrunservice.h"

namespace greenlight::models {

class Database;

/// What `greenlight import eval` records: which use case and route version the results are of, the run's date,
/// and the key that names each case's category.
struct EvalImportRequest {
    QString useCaseId;
    QString route;
    int routeVersion = 0;
    QDate date;
    QString categoryKey = QString(EvalResultsFile::defaultCategoryKey);
};

/// The run as recorded, and the file it came from.
struct EvalImportSummary {
    EvalRun run;
    EvalRunSource source;
};

/**
 * Records one eval run from a harness's results file (promptfoo JSON, JUnit XML or the eval CSV): reads it, maps
 * each case to its category, and records the run through EvalRunService, so the run gets the same checks and its
 * audit event, which also names the file and its SHA-256. A bad file records nothing; its error says where
 * ("results.xml: line 12: …", "results.json: $.results.results[3].testCase: …").
 */
class EvalImporter final
{
public:
    explicit EvalImporter(Database &db) : m_db(db) {}

    /// @p bytes are the file's contents; @p fileName names it in errors and in the audit event (without its folder).
    [[nodiscard]] Result<EvalImportSummary> import(const QByteArray &bytes, const QString &fileName,
                                                   const EvalImportRequest &request, const Actor &actor,
                                                   const QDateTime &at);

private:
    Database &m_db;
};

} // namespace greenlight::models
