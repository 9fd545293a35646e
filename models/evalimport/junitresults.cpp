#include "evalimport/junitresults.h"

#include <QHash>
#include <QXmlStreamReader>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

/// A property as read, with the line it is on for messages.
struct Property {
    QString value;
    qint64 line = 0;
};
using Properties = QHash<QString, Property>;

/// The `<testcase>` being read.
struct OpenCase {
    QString name;
    QString classname;
    qint64 line = 0;
    Properties properties;
    bool failed = false;
    bool skipped = false;
};

} // namespace

std::optional<EvalCategory> JUnitResults::categoryOfClassname(const QString &classname)
{
    QString segment = classname.section(u'.', -1);
    for (const QString &prefix : {u"test_"_s, u"Test_"_s, u"Test"_s}) {
        if (segment.startsWith(prefix) && segment.size() > prefix.size()) {
            segment = segment.mid(prefix.size());
            break;
        }
    }
    for (const QString &suffix : {u"_tests"_s, u"_test"_s, u"Tests"_s, u"Test"_s}) {
        if (segment.endsWith(suffix) && segment.size() > suffix.size()) {
            segment.chop(suffix.size());
            break;
        }
    }
    QString snake;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar ch = segment[i];
        if (ch.isUpper() && i > 0 && (segment[i - 1].isLower() || segment[i - 1].isDigit()))
            snake += u'_';
        snake += ch.toLower();
    }
    return enumFromName<EvalCategory>(snake);
}

Result<EvalCases> JUnitResults::read(const QByteArray &xml, const QString &categoryKey)
{
    QXmlStreamReader reader(xml);
    EvalCases cases;
    cases.format = EvalCases::Format::JUnit;
    QList<Properties> suites; ///< the properties of each open <testsuite>, innermost last
    std::optional<OpenCase> open;
    bool rootSeen = false;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView element = reader.name();
            if (!rootSeen) {
                rootSeen = true;
                if (element != u"testsuites"_s && element != u"testsuite"_s)
                    return fail(EvalResultsFile::lineText(reader.lineNumber()),
                                tr("not JUnit XML: the root element is <%1> (expected <testsuites> or <testsuite>)")
                                    .arg(element.toString()));
            }
            if (element == u"testsuite"_s && !open) {
                suites.append(Properties());
            } else if (element == u"testcase"_s) {
                if (open)
                    return fail(EvalResultsFile::lineText(reader.lineNumber()),
                                tr("a <testcase> inside another <testcase>"));
                OpenCase c;
                c.name = reader.attributes().value(u"name"_s).toString();
                c.classname = reader.attributes().value(u"classname"_s).toString();
                c.line = reader.lineNumber();
                open = c;
            } else if (element == u"property"_s) {
                const QString name = reader.attributes().value(u"name"_s).toString();
                const qint64 line = reader.lineNumber();
                // pytest's record_property writes the value as an attribute; some harnesses as the element's text.
                const QString value = reader.attributes().hasAttribute(u"value"_s)
                                          ? reader.attributes().value(u"value"_s).toString()
                                          : reader.readElementText(QXmlStreamReader::SkipChildElements);
                const Property property{value, line};
                if (open)
                    open->properties.insert(name, property);
                else if (!suites.isEmpty())
                    suites.last().insert(name, property);
            } else if (open && (element == u"failure"_s || element == u"error"_s)) {
                open->failed = true;
            } else if (open && element == u"skipped"_s) {
                open->skipped = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView element = reader.name();
            if (element == u"testsuite"_s && !open && !suites.isEmpty()) {
                suites.removeLast();
            } else if (element == u"testcase"_s && open) {
                const OpenCase c = *open;
                open.reset();
                if (c.skipped) {
                    ++cases.skipped;
                    continue;
                }
                const QString which = c.classname.isEmpty()
                                          ? tr("test case \"%1\"").arg(c.name)
                                          : tr("test case \"%1\" (classname \"%2\")").arg(c.name, c.classname);
                EvalCase e;
                e.name = c.name;
                e.passed = !c.failed;
                std::optional<Property> named =
                    c.properties.contains(categoryKey) ? std::optional(c.properties.value(categoryKey)) : std::nullopt;
                for (qsizetype s = suites.size() - 1; !named && s >= 0; --s) {
                    if (suites[s].contains(categoryKey))
                        named = suites[s].value(categoryKey);
                }
                if (named) {
                    const Result<EvalCategory> parsed = EvalResultsFile::category(named->value);
                    if (!parsed)
                        return fail(EvalResultsFile::lineText(named->line), which + u": "_s + parsed.error().message);
                    e.category = *parsed;
                } else if (const auto fromClass = categoryOfClassname(c.classname)) {
                    e.category = *fromClass;
                } else {
                    return fail(EvalResultsFile::lineText(c.line),
                                tr("%1 has no category (give it a property \"%2\", or a classname whose last "
                                   "segment names one, such as evals.TestPromptInjection)")
                                    .arg(which, categoryKey));
                }
                if (const QString secretsKey(EvalResultsFile::secretsKey); c.properties.contains(secretsKey)) {
                    const Property secrets = c.properties.value(secretsKey);
                    const std::optional<bool> flag = EvalResultsFile::flag(secrets.value);
                    if (!flag)
                        return fail(EvalResultsFile::lineText(secrets.line),
                                    tr("%1: property \"%2\" is \"%3\" (expected true or false)")
                                        .arg(which, secretsKey, secrets.value));
                    e.secretsFound = *flag;
                }
                cases.cases.append(e);
            }
        }
    }
    if (reader.hasError()) {
        QString why = reader.errorString();
        if (why.endsWith(u'.')) // Qt ends some of its messages with a full stop, which ours add after
            why.chop(1);
        return fail(EvalResultsFile::lineText(reader.lineNumber()), tr("invalid XML: %1").arg(why));
    }
    if (cases.cases.isEmpty())
        return fail({}, cases.skipped > 0 ? tr("every test case was skipped") : tr("no test cases"));
    return cases;
}

} // namespace greenlight::models
