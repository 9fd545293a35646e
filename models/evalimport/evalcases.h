#pragma once

#include "domain/enums.h"
#include "domain/error.h"
#include "domain/portfolio.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace greenlight::models {

/// One test case of an eval harness's results, as the format readers hand it to the mapper.
struct EvalCase {
    QString name; ///< how the file names it (promptfoo description, JUnit name, the CSV's case)
    EvalCategory category = EvalCategory::Normal;
    bool passed = false;
    bool secretsFound = false; ///< tagged as holding a live secret (docs/eval-import.md)
};

/// The cases of one results file, whatever its format.
struct EvalCases {
    enum class Format { Promptfoo, JUnit, Csv };

    Format format = Format::Promptfoo;
    QList<EvalCase> cases;
    int skipped = 0; ///< cases the harness skipped: not run, so not counted as passed or failed

    /// "promptfoo", "junit" or "csv": the spelling the audit event records.
    [[nodiscard]] static QString formatName(Format format);

    /// The eval run these cases make for @p route v@p routeVersion on @p date: per category the cases and how many
    /// passed (a category without cases is left out, as the window records it), and how many cases were tagged as
    /// holding live secrets. The run's id is left empty for EvalRunService to choose.
    [[nodiscard]] EvalRun toRun(const QString &route, int routeVersion, const QDate &date) const;
};

/// Reads an eval results file in any of the three formats, told apart by their first character: `{` promptfoo
/// JSON (`promptfoo eval -o results.json`), `<` JUnit XML, anything else the documented CSV. Errors say where:
/// "line 12" for JUnit and CSV, a JSON path for promptfoo.
class EvalResultsFile final
{
    Q_DECLARE_TR_FUNCTIONS(EvalResultsFile)

public:
    /// The key that names a case's category: promptfoo metadata/vars key, JUnit property, CSV column.
    static constexpr QLatin1StringView defaultCategoryKey{"category"};
    /// The key that tags a case as holding a live secret, in every format (docs/eval-import.md).
    static constexpr QLatin1StringView secretsKey{"secrets_found"};

    [[nodiscard]] static Result<EvalCases> read(const QByteArray &bytes,
                                                const QString &categoryKey = QString(defaultCategoryKey));

    /// The category a text names, exactly as the portfolio spells it; the error lists the spellings.
    [[nodiscard]] static Result<EvalCategory> category(const QString &text);
    /// A secrets tag's text: true/1 or false/0 (any case), empty meaning false.
    [[nodiscard]] static std::optional<bool> flag(const QString &text);
    /// Where a problem of a line-based format (JUnit XML, CSV) is: "line 12".
    [[nodiscard]] static QString lineText(qint64 line);
};

} // namespace greenlight::models
