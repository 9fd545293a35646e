#include "evalimport/promptfooresults.h"

#include "json/jsonobjectreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

/// Where a test case keeps @p key: its metadata first, then its vars (a variable the prompt may also use).
struct Found {
    QJsonValue value;
    QString path; ///< the member's JSON path, or empty when neither holds it
};

Found lookUp(const QJsonObject &testCase, const QString &casePath, const QString &key)
{
    for (const QString &holder : {u"metadata"_s, u"vars"_s}) {
        const QJsonValue value = testCase.value(holder).toObject().value(key);
        if (!value.isUndefined() && !value.isNull())
            return {value, u"%1.%2.%3"_s.arg(casePath, holder, key)};
    }
    return {};
}

/// The provider a result ran on, as promptfoo shows it: its label when it has one, else its id.
QString providerOf(const QJsonValue &provider)
{
    if (provider.isString())
        return provider.toString();
    const QJsonObject p = provider.toObject();
    const QString label = p.value(u"label"_s).toString();
    return label.isEmpty() ? p.value(u"id"_s).toString() : label;
}

} // namespace

Result<EvalCases> PromptfooResults::read(const QByteArray &json, const QString &categoryKey)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(JsonObjectReader::lineAndColumn(json, parseError.offset),
                    tr("invalid JSON: %1").arg(parseError.errorString()));
    const QJsonValue list = document.object().value(u"results"_s).toObject().value(u"results"_s);
    if (!list.isArray())
        return fail(u"$.results.results"_s,
                    tr("not promptfoo results: expected the array of test results here (promptfoo eval -o "
                       "results.json writes it)"));
    const QJsonArray results = list.toArray();
    if (results.isEmpty())
        return fail(u"$.results.results"_s,
                    tr("no test results (promptfoo leaves them out of the file when it runs with --no-write)"));

    EvalCases cases;
    cases.format = EvalCases::Format::Promptfoo;
    QString firstProvider;
    int firstPrompt = 0;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString path = u"$.results.results[%1]"_s.arg(i);
        if (!results[i].isObject())
            return fail(path, tr("expected a test result object"));
        const QJsonObject result = results[i].toObject();
        const QJsonValue testCaseValue = result.value(u"testCase"_s);
        if (!testCaseValue.isObject())
            return fail(path + u".testCase"_s, tr("expected the test case object"));
        const QJsonObject testCase = testCaseValue.toObject();
        const QString casePath = path + u".testCase"_s;

        EvalCase c;
        c.name = testCase.value(u"description"_s).toString();
        if (c.name.isEmpty())
            c.name = tr("test %1").arg(result.value(u"testIdx"_s).toInt(int(i)));
        const QString which = tr("test \"%1\"").arg(c.name);

        const QString provider = providerOf(result.value(u"provider"_s));
        const int prompt = result.value(u"promptIdx"_s).toInt();
        if (i == 0) {
            firstProvider = provider;
            firstPrompt = prompt;
        } else if (provider != firstProvider) {
            return fail(path + u".provider"_s,
                        tr("%1 ran on a second provider \"%2\" (the first is \"%3\"); an eval run is of one route "
                           "version, so import each provider's results as its own run")
                            .arg(which, provider, firstProvider));
        } else if (prompt != firstPrompt) {
            return fail(path + u".promptIdx"_s,
                        tr("%1 ran with a second prompt (%2; the first is %3); an eval run is of one route "
                           "version, so import each prompt's results as its own run")
                            .arg(which)
                            .arg(prompt)
                            .arg(firstPrompt));
        }

        const QJsonValue success = result.value(u"success"_s);
        if (!success.isBool())
            return fail(path + u".success"_s, tr("%1: expected true or false").arg(which));
        c.passed = success.toBool();

        const Found category = lookUp(testCase, casePath, categoryKey);
        if (category.path.isEmpty())
            return fail(casePath, tr("%1 has no category (set metadata.%2 or vars.%2)").arg(which, categoryKey));
        if (!category.value.isString())
            return fail(category.path, tr("%1: expected the category as text").arg(which));
        const Result<EvalCategory> parsed = EvalResultsFile::category(category.value.toString());
        if (!parsed)
            return fail(category.path, which + u": "_s + parsed.error().message);
        c.category = *parsed;

        const Found secrets = lookUp(testCase, casePath, QString(EvalResultsFile::secretsKey));
        if (!secrets.path.isEmpty()) {
            std::optional<bool> flag;
            if (secrets.value.isBool())
                flag = secrets.value.toBool();
            else if (secrets.value.isString())
                flag = EvalResultsFile::flag(secrets.value.toString());
            else if (secrets.value.isDouble() && (secrets.value.toDouble() == 0 || secrets.value.toDouble() == 1))
                flag = secrets.value.toDouble() == 1;
            if (!flag)
                return fail(secrets.path, tr("%1: expected true or false").arg(which));
            c.secretsFound = *flag;
        }
        cases.cases.append(c);
    }
    return cases;
}

} // namespace greenlight::models
