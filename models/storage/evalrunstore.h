#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"

namespace greenlight::models {

class Database;

/// Appends eval runs (with their per-category results) to a use case; joins the caller's transaction.
class EvalRunStore final
{
public:
    explicit EvalRunStore(Database &db) : m_db(db) {}
    [[nodiscard]] Status append(const QString &useCaseId, const EvalRun &run);

private:
    Database &m_db;
};

} // namespace greenlight::models
