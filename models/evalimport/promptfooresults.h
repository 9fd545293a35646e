#pragma once

#include "evalimport/evalcases.h"

namespace greenlight::models {

/**
 * Reads the JSON that `promptfoo eval -o results.json` writes: each element of `$.results.results` is one test
 * case run on one prompt and provider. Its category is `testCase.metadata.KEY`, else `testCase.vars.KEY`
 * (KEY is "category" unless `--category-from` names another); it holds a live secret when
 * `testCase.metadata.secrets_found` (else `testCase.vars.secrets_found`) is true. An eval run is of one route,
 * so a file with a second provider or prompt is refused. Errors carry the JSON path of the value at fault.
 */
class PromptfooResults final
{
    Q_DECLARE_TR_FUNCTIONS(PromptfooResults)

public:
    [[nodiscard]] static Result<EvalCases> read(const QByteArray &json, const QString &categoryKey);
};

} // namespace greenlight::models
