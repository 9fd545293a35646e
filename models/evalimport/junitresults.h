#pragma once

#include "evalimport/evalcases.h"

namespace greenlight::models {

/**
 * Reads JUnit XML (pytest --junitxml, DeepEval, most harnesses): every `<testcase>` under `<testsuites>` or
 * `<testsuite>`, at any depth. A case with `<failure>` or `<error>` failed; one with `<skipped>` was not run and
 * is only counted as skipped. The category is the case's `<property name="KEY">` (KEY is "category" unless
 * `--category-from` names another), else its suite's, else the last segment of its classname
 * (`evals.TestPromptInjection` and `evals.test_prompt_injection` name prompt_injection). A case holds a live
 * secret when its property `secrets_found` is true. Errors carry the line of the element at fault.
 */
class JUnitResults final
{
    Q_DECLARE_TR_FUNCTIONS(JUnitResults)

public:
    [[nodiscard]] static Result<EvalCases> read(const QByteArray &xml, const QString &categoryKey);

    /// The category a classname's last segment names, once a "test" prefix or suffix is dropped and CamelCase is
    /// spelled snake_case; nullopt when it names none.
    [[nodiscard]] static std::optional<EvalCategory> categoryOfClassname(const QString &classname);
};

} // namespace greenlight::models
