#include "evalimport/evalcases.h"

#include "evalimport/evalcsv.h"
#include "evalimport/junitresults.h"
#include "evalimport/promptfooresults.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

QString EvalCases::formatName(Format format)
{
    switch (format) {
    case Format::Promptfoo: return u"promptfoo"_s;
    case Format::JUnit: return u"junit"_s;
    case Format::Csv: return u"csv"_s;
    }
    return {};
}

EvalRun EvalCases::toRun(const QString &route, int routeVersion, const QDate &date) const
{
    EvalRun run;
    run.date = date;
    run.route = route;
    run.routeVersion = routeVersion;
    for (const EvalCase &c : cases) {
        CategoryResult &result = run.results[c.category];
        ++result.total;
        if (c.passed)
            ++result.passed;
        if (c.secretsFound)
            ++run.secretsFound;
    }
    return run;
}

Result<EvalCases> EvalResultsFile::read(const QByteArray &bytes, const QString &categoryKey)
{
    QByteArrayView text(bytes);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    const QByteArrayView start = text.trimmed();
    if (start.isEmpty())
        return fail({}, tr("the file is empty"));
    if (start.front() == '{')
        return PromptfooResults::read(bytes, categoryKey);
    if (start.front() == '<')
        return JUnitResults::read(bytes, categoryKey);
    return EvalCsv::read(bytes, categoryKey);
}

Result<EvalCategory> EvalResultsFile::category(const QString &text)
{
    if (const auto c = enumFromName<EvalCategory>(text))
        return *c;
    return fail({}, tr("unknown category \"%1\" (expected: %2)").arg(text, enumChoices<EvalCategory>()));
}

std::optional<bool> EvalResultsFile::flag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true"_s || t == u"1"_s)
        return true;
    if (t.isEmpty() || t == u"false"_s || t == u"0"_s)
        return false;
    return std::nullopt;
}

QString EvalResultsFile::lineText(qint64 line)
{
    return tr("line %1").arg(line);
}

} // namespace greenlight::models
