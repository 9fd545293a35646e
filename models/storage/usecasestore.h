#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"

namespace greenlight::models {

class Database;

/**
 * Saves the editable details of one use case: its own fields, data classes, logging policy,
 * rollback and runbook. Eval runs, data approvals and gate reviews are records with their own
 * paths and are left alone. Joins the caller's transaction.
 */
class UseCaseStore final
{
public:
    explicit UseCaseStore(Database &db) : m_db(db) {}
    [[nodiscard]] Status saveDetails(const UseCase &useCase);

private:
    Database &m_db;
};

} // namespace greenlight::models
