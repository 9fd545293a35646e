#pragma once

#include "evalimport/evalcases.h"

namespace greenlight::models {

/**
 * Reads Greenlight's eval CSV: a header row, then one row per test case, columns `case` (its name), `category`
 * (or the column `--category-from` names), `passed` (true/false, 1/0) and optionally `secrets_found` (the same;
 * empty means false), in any order. Unknown columns are errors, so a typo cannot drop a tag. Errors carry the
 * line of the row.
 */
class EvalCsv final
{
    Q_DECLARE_TR_FUNCTIONS(EvalCsv)

public:
    [[nodiscard]] static Result<EvalCases> read(const QByteArray &csv, const QString &categoryKey);
};

} // namespace greenlight::models
