#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/testdatabase.h"
#include "../support/why.h"

#include "evalimport/evalimporter.h"
#include "evalimport/junitresults.h"
#include "portfolio/portfolioimporter.h"
#include "storage/auditcoverage.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

using Counts = QMap<QString, QString>; // category → "passed/total", compared as text so a failure shows both

/// The fixtures scripts/regenerate-eval-fixtures.sh made with the real tools (versions in VERSIONS next to them).
QString fixture(const QString &name)
{
    return QStringLiteral(GREENLIGHT_SOURCE_DIR "/tests/data/evalimport/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

Counts countsOf(const EvalRun &run)
{
    Counts counts;
    for (auto it = run.results.cbegin(); it != run.results.cend(); ++it)
        counts.insert(enumName(it.key()), u"%1/%2"_s.arg(it->passed).arg(it->total));
    return counts;
}

/// A promptfoo results file holding @p testCases (each {"testCase": …, "success": …} or a whole result object).
QByteArray promptfoo(const QJsonArray &results)
{
    return QJsonDocument(QJsonObject{{u"evalId"_s, u"eval-test"_s},
                                     {u"results"_s, QJsonObject{{u"version"_s, 3}, {u"results"_s, results}}}})
        .toJson();
}

QJsonObject result(const QString &description, const QJsonObject &metadata, const QJsonObject &vars, bool success)
{
    return {{u"testCase"_s, QJsonObject{{u"description"_s, description}, {u"metadata"_s, metadata}, {u"vars"_s, vars}}},
            {u"provider"_s, QJsonObject{{u"id"_s, u"echo"_s}, {u"label"_s, u""_s}}},
            {u"promptIdx"_s, 0},
            {u"success"_s, success}};
}

/// The expected counts of the fixture suites (promptfoo/promptfooconfig.yaml, pytest/test_support_bot.py).
const Counts promptfooCounts{{u"normal"_s, u"2/2"_s},           {u"edge"_s, u"1/2"_s},
                             {u"refusal"_s, u"0/1"_s},          {u"unsafe_tool"_s, u"1/1"_s},
                             {u"prompt_injection"_s, u"1/2"_s}, {u"source_grounded"_s, u"1/1"_s},
                             {u"escalation"_s, u"1/1"_s}};
const Counts pytestCounts{{u"normal"_s, u"2/2"_s},          {u"edge"_s, u"1/1"_s},
                          {u"refusal"_s, u"0/1"_s},         {u"prompt_injection"_s, u"1/2"_s},
                          {u"source_grounded"_s, u"1/1"_s}, {u"escalation"_s, u"1/1"_s}};

} // namespace

/// `greenlight import eval`: promptfoo JSON, JUnit XML and the eval CSV become one eval run, each case in its
/// category; a bad file says where and records nothing.
class TstEvalImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRealHarnessOutput_data();
    void readsRealHarnessOutput();
    void readsJUnitThatPytestWritesNow();
    void mapsEachCaseToItsCategory_data();
    void mapsEachCaseToItsCategory();
    void namesTheCategoryByClassname_data();
    void namesTheCategoryByClassname();
    void rejectsBadFilesSayingWhere_data();
    void rejectsBadFilesSayingWhere();
    void recordsOneRunWithTheFilesDigest();
    void recordsNothingFromABadFile();

private:
    QTemporaryDir m_dir;
};

void TstEvalImport::readsRealHarnessOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<Counts>("counts");
    QTest::addColumn<int>("secrets");
    QTest::addColumn<int>("skipped");
    QTest::newRow("promptfoo eval -o") << u"promptfoo-results.json"_s << u"promptfoo"_s << promptfooCounts << 1 << 0;
    QTest::newRow("pytest --junitxml") << u"pytest-junit.xml"_s << u"junit"_s << pytestCounts << 1 << 1;
    QTest::newRow("documented CSV") << u"eval.csv"_s << u"csv"_s
                                    << Counts{{u"normal"_s, u"2/3"_s},
                                              {u"refusal"_s, u"1/1"_s},
                                              {u"prompt_injection"_s, u"2/2"_s},
                                              {u"escalation"_s, u"0/1"_s}}
                                    << 1 << 0;
}

void TstEvalImport::readsRealHarnessOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(Counts, counts);
    QFETCH(int, secrets);
    QFETCH(int, skipped);
    const Result<EvalCases> cases = EvalResultsFile::read(readFile(fixture(file)));
    QVERIFY2(cases.has_value(), why(cases).constData());
    QCOMPARE(EvalCases::formatName(cases->format), format);
    const EvalRun run = cases->toRun(u"support-draft"_s, 3, QDate(2026, 11, 23));
    QCOMPARE(countsOf(run), counts);
    QCOMPARE(run.secretsFound, secrets);
    QCOMPARE(cases->skipped, skipped);
    QCOMPARE(run.route, u"support-draft"_s);
    QCOMPARE(run.routeVersion, 3);
    QCOMPARE(run.date, QDate(2026, 11, 23));
    QVERIFY(run.id.isEmpty()); // EvalRunService picks it
}

void TstEvalImport::readsJUnitThatPytestWritesNow()
{
    // The same suite as the checked-in pytest-junit.xml, run by this machine's pytest: a newer pytest that writes
    // its JUnit differently fails here before a team finds out.
    const QString dir = m_dir.filePath(u"pytest"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::copy(fixture(u"pytest/test_support_bot.py"_s), dir + u"/test_support_bot.py"_s));
    QProcess pytest;
    pytest.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    pytest.setProcessEnvironment(env);
    pytest.start(QStringLiteral(GREENLIGHT_PYTEST),
                 {u"-q"_s, u"-p"_s, u"no:cacheprovider"_s, u"--junitxml=junit.xml"_s, u"test_support_bot.py"_s});
    QVERIFY(pytest.waitForFinished(120'000));
    QCOMPARE(pytest.exitCode(), 1); // two cases fail on purpose
    const Result<EvalCases> cases = EvalResultsFile::read(readFile(dir + u"/junit.xml"_s));
    QVERIFY2(cases.has_value(), why(cases).constData());
    const EvalRun run = cases->toRun(u"support-draft"_s, 3, QDate(2026, 11, 23));
    QCOMPARE(countsOf(run), pytestCounts);
    QCOMPARE(run.secretsFound, 1);
    QCOMPARE(cases->skipped, 1);
}

void TstEvalImport::mapsEachCaseToItsCategory_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("categoryKey");
    QTest::addColumn<Counts>("counts");
    QTest::addColumn<int>("secrets");

    const QJsonObject none;
    QTest::newRow("promptfoo: metadata before vars")
        << promptfoo({result(u"a"_s, {{u"category"_s, u"edge"_s}}, {{u"category"_s, u"normal"_s}}, true),
                      result(u"b"_s, none, {{u"category"_s, u"normal"_s}}, false)})
        << u"category"_s << Counts{{u"normal"_s, u"0/1"_s}, {u"edge"_s, u"1/1"_s}} << 0;
    QTest::newRow("promptfoo: --category-from names another key")
        << promptfoo({result(u"a"_s, {{u"category"_s, u"edge"_s}, {u"kind"_s, u"refusal"_s}}, none, true),
                      result(u"b"_s, none, {{u"kind"_s, u"refusal"_s}}, true)})
        << u"kind"_s << Counts{{u"refusal"_s, u"2/2"_s}} << 0;
    QTest::newRow("promptfoo: secrets_found true, \"true\", 1; false and \"0\" do not count")
        << promptfoo({result(u"a"_s, {{u"category"_s, u"normal"_s}, {u"secrets_found"_s, true}}, none, true),
                      result(u"b"_s, {{u"category"_s, u"normal"_s}}, {{u"secrets_found"_s, u"TRUE"_s}}, true),
                      result(u"c"_s, {{u"category"_s, u"normal"_s}, {u"secrets_found"_s, 1}}, none, true),
                      result(u"d"_s, {{u"category"_s, u"normal"_s}, {u"secrets_found"_s, false}}, none, true),
                      result(u"e"_s, {{u"category"_s, u"normal"_s}, {u"secrets_found"_s, u"0"_s}}, none, true)})
        << u"category"_s << Counts{{u"normal"_s, u"5/5"_s}} << 3;

    QTest::newRow("JUnit: own property, then the suite's, then the classname")
        << QByteArray(R"(<?xml version="1.0"?>
<testsuites>
  <testsuite name="safety">
    <properties><property name="category" value="refusal"/></properties>
    <testcase classname="evals.TestEscalation" name="own">
      <properties><property name="category" value="unsafe_tool"/></properties>
    </testcase>
    <testcase classname="evals.TestEscalation" name="suite"><failure message="no"/></testcase>
  </testsuite>
  <testsuite name="plain">
    <testcase classname="evals.TestEscalation" name="classname"/>
    <testcase classname="evals.test_source_grounded" name="module"><error message="boom"/></testcase>
    <testcase classname="evals.misc" name="skipped"><skipped/></testcase>
  </testsuite>
</testsuites>
)") << u"category"_s
        << Counts{{u"refusal"_s, u"0/1"_s},
                  {u"unsafe_tool"_s, u"1/1"_s},
                  {u"source_grounded"_s, u"0/1"_s},
                  {u"escalation"_s, u"1/1"_s}}
        << 0;
    QTest::newRow("JUnit: --category-from names the property; a value as element text") << QByteArray(R"(<testsuite>
  <testcase classname="evals.TestEdge" name="a">
    <properties><property name="kind">prompt_injection</property>
      <property name="secrets_found" value="True"/></properties>
  </testcase>
  <testcase classname="evals.TestEdge" name="b"/>
</testsuite>
)") << u"kind"_s << Counts{{u"edge"_s, u"1/1"_s}, {u"prompt_injection"_s, u"1/1"_s}} << 1;

    QTest::newRow("CSV: columns in any order, blank lines, quotes, a byte order mark")
        << QByteArray("\xEF\xBB\xBF"
                      "passed,secrets_found,category,case\n"
                      "true,,normal,greeting\n"
                      "\n"
                      "0,1,refusal,\"dose, medical\"\n"
                      "1,false,refusal,legal\n")
        << u"category"_s << Counts{{u"normal"_s, u"1/1"_s}, {u"refusal"_s, u"1/2"_s}} << 1;
    QTest::newRow("CSV: --category-from names the column")
        << QByteArray("case,suite,passed\nx,edge,TRUE\ny,edge,False\n") << u"suite"_s << Counts{{u"edge"_s, u"1/2"_s}}
        << 0;
}

void TstEvalImport::mapsEachCaseToItsCategory()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, categoryKey);
    QFETCH(Counts, counts);
    QFETCH(int, secrets);
    const Result<EvalCases> cases = EvalResultsFile::read(bytes, categoryKey);
    QVERIFY2(cases.has_value(), why(cases).constData());
    const EvalRun run = cases->toRun(u"r"_s, 1, QDate(2026, 11, 23));
    QCOMPARE(countsOf(run), counts);
    QCOMPARE(run.secretsFound, secrets);
}

void TstEvalImport::namesTheCategoryByClassname_data()
{
    QTest::addColumn<QString>("classname");
    QTest::addColumn<QString>("category"); // empty: none
    QTest::newRow("pytest class") << u"test_support_bot.TestPromptInjection"_s << u"prompt_injection"_s;
    QTest::newRow("pytest module") << u"evals.test_unsafe_tool"_s << u"unsafe_tool"_s;
    QTest::newRow("Java suffix") << u"com.acme.SourceGroundedTest"_s << u"source_grounded"_s;
    QTest::newRow("Tests suffix") << u"com.acme.RefusalTests"_s << u"refusal"_s;
    QTest::newRow("plain segment") << u"suite.escalation"_s << u"escalation"_s;
    QTest::newRow("no dots") << u"Edge"_s << u"edge"_s;
    QTest::newRow("the module of a function") << u"test_support_bot"_s << QString();
    QTest::newRow("a word that is no category") << u"evals.TestBilling"_s << QString();
    QTest::newRow("only the prefix") << u"evals.Test"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TstEvalImport::namesTheCategoryByClassname()
{
    QFETCH(QString, classname);
    QFETCH(QString, category);
    const std::optional<EvalCategory> found = JUnitResults::categoryOfClassname(classname);
    QCOMPARE(found ? enumName(*found) : QString(), category);
}

void TstEvalImport::rejectsBadFilesSayingWhere_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("categoryKey");
    QTest::addColumn<QString>("error");

    const QString choices = u"(expected: normal, edge, refusal, unsafe_tool, prompt_injection, source_grounded, "
                            u"escalation)"_s;
    const QString key = u"category"_s;
    const QJsonObject normal{{u"category"_s, u"normal"_s}};
    const QJsonObject none;

    QTest::newRow("empty") << QByteArray(" \n") << key << u"the file is empty"_s;

    // promptfoo
    QTest::newRow("promptfoo: --no-write, real output") << readFile(fixture(u"promptfoo-no-write.json"_s)) << key
                                                        << u"$.results.results: no test results (promptfoo leaves "
                                                           u"them out of the file when it runs with --no-write)"_s;
    QTest::newRow("promptfoo: truncated") << QByteArray("{\n  \"results\": {\n    \"results\": [\n") << key
                                          << u"line 4, column 1: invalid JSON: unterminated array"_s;
    QTest::newRow("promptfoo: some other JSON")
        << QByteArray(R"({"format": "greenlight.portfolio/1"})") << key
        << u"$.results.results: not promptfoo results: expected the array of test results here (promptfoo eval -o "
           u"results.json writes it)"_s;
    QTest::newRow("promptfoo: a result that is no object") << promptfoo({result(u"a"_s, normal, none, true), 7}) << key
                                                           << u"$.results.results[1]: expected a test result object"_s;
    QTest::newRow("promptfoo: no test case") << promptfoo({QJsonObject{{u"success"_s, true}}}) << key
                                             << u"$.results.results[0].testCase: expected the test case object"_s;
    QTest::newRow("promptfoo: no category")
        << promptfoo({result(u"a"_s, normal, none, true), result(u"cite the handbook"_s, none, none, true)}) << key
        << u"$.results.results[1].testCase: test \"cite the handbook\" has no category (set metadata.category or "
           u"vars.category)"_s;
    QTest::newRow("promptfoo: unknown category in vars")
        << promptfoo({result(u"a"_s, none, {{u"category"_s, u"Normal"_s}}, true)}) << key
        << u"$.results.results[0].testCase.vars.category: test \"a\": unknown category \"Normal\" "_s + choices;
    QTest::newRow("promptfoo: --category-from a key whose values are no categories, real output")
        << readFile(fixture(u"promptfoo-results.json"_s)) << u"suite"_s
        << u"$.results.results[0].testCase.metadata.suite: test \"password reset\": unknown category \"smoke\" "_s +
               choices;
    QTest::newRow("promptfoo: category that is no text")
        << promptfoo({result(u"a"_s, {{u"category"_s, 3}}, none, true)}) << key
        << u"$.results.results[0].testCase.metadata.category: test \"a\": expected the category as text"_s;
    QJsonObject noSuccess = result(u"a"_s, normal, none, true);
    noSuccess.insert(u"success"_s, u"yes"_s);
    QTest::newRow("promptfoo: success that is no boolean")
        << promptfoo({noSuccess}) << key << u"$.results.results[0].success: test \"a\": expected true or false"_s;
    QTest::newRow("promptfoo: secrets_found maybe")
        << promptfoo({result(u"a"_s, {{u"category"_s, u"edge"_s}, {u"secrets_found"_s, u"maybe"_s}}, none, true)})
        << key << u"$.results.results[0].testCase.metadata.secrets_found: test \"a\": expected true or false"_s;
    QJsonObject otherProvider = result(u"b"_s, normal, none, true);
    otherProvider.insert(u"provider"_s, QJsonObject{{u"id"_s, u"openai:gpt-4o"_s}});
    QTest::newRow("promptfoo: a second provider")
        << promptfoo({result(u"a"_s, normal, none, true), otherProvider}) << key
        << u"$.results.results[1].provider: test \"b\" ran on a second provider \"openai:gpt-4o\" (the first is "
           u"\"echo\"); an eval run is of one route version, so import each provider's results as its own run"_s;
    QJsonObject otherPrompt = result(u"b"_s, normal, none, true);
    otherPrompt.insert(u"promptIdx"_s, 1);
    QTest::newRow("promptfoo: a second prompt")
        << promptfoo({result(u"a"_s, normal, none, true), otherPrompt}) << key
        << u"$.results.results[1].promptIdx: test \"b\" ran with a second prompt (1; the first is 0); an eval run is "
           u"of one route version, so import each prompt's results as its own run"_s;

    // JUnit
    QTest::newRow("JUnit: another XML document")
        << QByteArray("<?xml version=\"1.0\"?>\n<html><body/></html>\n") << key
        << u"line 2: not JUnit XML: the root element is <html> (expected <testsuites> or <testsuite>)"_s;
    QTest::newRow("JUnit: truncated") << QByteArray(
                                             "<testsuite>\n  <testcase classname=\"evals.TestEdge\" name=\"a\">\n")
                                      << key << u"line 3: invalid XML: Premature end of document"_s;
    QTest::newRow("JUnit: no category")
        << QByteArray("<testsuite>\n  <testcase classname=\"evals.TestEdge\" name=\"a\"/>\n"
                      "  <testcase classname=\"evals.misc\" name=\"b\">\n  </testcase>\n</testsuite>\n")
        << key
        << u"line 3: test case \"b\" (classname \"evals.misc\") has no category (give it a property \"category\", or "
           u"a classname whose last segment names one, such as evals.TestPromptInjection)"_s;
    QTest::newRow("JUnit: unknown category")
        << QByteArray("<testsuite>\n  <testcase name=\"a\">\n    <properties>\n"
                      "      <property name=\"category\" value=\"safety\"/>\n    </properties>\n  </testcase>\n"
                      "</testsuite>\n")
        << key << u"line 4: test case \"a\": unknown category \"safety\" "_s + choices;
    QTest::newRow("JUnit: secrets_found yes")
        << QByteArray("<testsuite>\n  <testcase classname=\"x.TestEdge\" name=\"a\">\n    <properties>\n"
                      "      <property name=\"secrets_found\" value=\"yes\"/>\n    </properties>\n  </testcase>\n"
                      "</testsuite>\n")
        << key
        << u"line 4: test case \"a\" (classname \"x.TestEdge\"): property \"secrets_found\" is \"yes\" (expected "
           u"true or false)"_s;
    QTest::newRow("JUnit: a test case in a test case")
        << QByteArray("<testsuite>\n<testcase name=\"a\">\n<testcase name=\"b\"/>\n</testcase>\n</testsuite>\n") << key
        << u"line 3: a <testcase> inside another <testcase>"_s;
    QTest::newRow("JUnit: every case skipped")
        << QByteArray("<testsuite><testcase name=\"a\"><skipped/></testcase></testsuite>") << key
        << u"every test case was skipped"_s;
    QTest::newRow("JUnit: no cases") << QByteArray("<testsuites/>") << key << u"no test cases"_s;

    // CSV
    QTest::newRow("CSV: unknown column")
        << QByteArray("case,category,passed,score\n") << key
        << u"line 1: unknown column \"score\" (expected: case, category, passed, secrets_found)"_s;
    QTest::newRow("CSV: no passed column")
        << QByteArray("case,category\na,normal\n") << key << u"line 1: the header has no column \"passed\""_s;
    QTest::newRow("CSV: a column twice") << QByteArray("case,category,passed,case\n") << key
                                         << u"line 1: column \"case\" appears twice"_s;
    QTest::newRow("CSV: --category-from a column with its own meaning")
        << QByteArray("case,passed\n") << u"passed"_s
        << u"the category cannot come from the column \"passed\", which has its own meaning"_s;
    QTest::newRow("CSV: a row too short") << QByteArray("case,category,passed\na,normal,true\nb,normal\n") << key
                                          << u"line 3: 2 fields, but the header has 3"_s;
    QTest::newRow("CSV: no case name") << QByteArray("case,category,passed\n,normal,true\n") << key
                                       << u"line 2: case: empty (every row names its test case)"_s;
    QTest::newRow("CSV: unknown category")
        << QByteArray("case,category,passed\na,normal,true\n\"b\nc\",normal,true\nd,Injection,false\n") << key
        << u"line 5: category: case \"d\": unknown category \"Injection\" "_s + choices;
    QTest::newRow("CSV: passed yes") << QByteArray("case,category,passed\na,edge,yes\n") << key
                                     << u"line 2: passed: case \"a\": \"yes\" is not true or false"_s;
    QTest::newRow("CSV: passed empty") << QByteArray("case,category,passed\na,edge,\n") << key
                                       << u"line 2: passed: case \"a\": \"\" is not true or false"_s;
    QTest::newRow("CSV: secrets_found maybe")
        << QByteArray("case,category,passed,secrets_found\na,edge,true,maybe\n") << key
        << u"line 2: secrets_found: case \"a\": \"maybe\" is not true or false"_s;
    QTest::newRow("CSV: header only") << QByteArray("case,category,passed\n") << key
                                      << u"no test cases (only the header row)"_s;
    QTest::newRow("CSV: unterminated quote") << QByteArray("case,category,passed\na,edge,true\n\"b,edge,true\n") << key
                                             << u"line 3: unterminated quoted field"_s;
}

void TstEvalImport::rejectsBadFilesSayingWhere()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, categoryKey);
    QFETCH(QString, error);
    const Result<EvalCases> cases = EvalResultsFile::read(bytes, categoryKey);
    QVERIFY(!cases.has_value());
    QCOMPARE(cases.error().toString(), error);
}

void TstEvalImport::recordsOneRunWithTheFilesDigest()
{
    auto db = Database::open(freshTestDatabase(m_dir));
    QVERIFY(db.has_value());
    const QDateTime at(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    QVERIFY(PortfolioImporter(**db).import(readExample(), u"example.json"_s, as(u"tester"_s), at).has_value());

    const QByteArray bytes = readFile(fixture(u"pytest-junit.xml"_s));
    const EvalImportRequest request{u"support-reply-draft"_s, u"support-draft"_s, 3, QDate(2026, 11, 22),
                                    u"category"_s};
    const auto summary = EvalImporter(**db).import(bytes, u"/ci/out/pytest-junit.xml"_s, request, as(u"ci"_s), at);
    QVERIFY2(summary.has_value(), why(summary).constData());
    QCOMPARE(summary->run.id, u"run-2026-11-22"_s);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    // Stored as any run, with its counts.
    const Result<Portfolio> portfolio = PortfolioRepository(**db).load();
    QVERIFY(portfolio.has_value());
    const EvalRun *stored = nullptr;
    for (const EvalRun &run : portfolio->useCase(u"support-reply-draft"_s)->evalRuns) {
        if (run.id == summary->run.id)
            stored = &run;
    }
    QVERIFY(stored != nullptr);
    QCOMPARE(countsOf(*stored), pytestCounts);
    QCOMPARE(stored->secretsFound, 1);
    QCOMPARE(stored->baseline, false);

    // The audit event names the file, its format and digest, and the skipped case.
    QList<AuditEvent> events;
    QVERIFY(AuditStore(**db)
                .forEach([&](const AuditEvent &e) { events.append(e); }, u"eval_run"_s,
                         u"support-reply-draft/run-2026-11-22"_s)
                .has_value());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].entry.action, u"import"_s);
    const QJsonObject payload = QJsonDocument::fromJson(events[0].entry.payload).object();
    QCOMPARE(
        payload.value(u"source"_s).toObject(),
        (QJsonObject{
            {u"file"_s, u"pytest-junit.xml"_s}, {u"format"_s, u"junit"_s}, {u"sha256"_s, sha256}, {u"skipped"_s, 1}}));
    QCOMPARE(payload.value(u"cases"_s).toInt(), 8);
    QCOMPARE(payload.value(u"passed"_s).toInt(), 6);

    // audit verify still matches every row with its event.
    const auto coverage = AuditCoverage(**db).verify();
    QVERIFY2(coverage.has_value(), why(coverage).constData());
    QCOMPARE(coverage->problem, QString());

    // The same file again is a second run of the day, not a replacement.
    const auto again = EvalImporter(**db).import(bytes, u"pytest-junit.xml"_s, request, as(u"ci"_s), at);
    QVERIFY2(again.has_value(), why(again).constData());
    QCOMPARE(again->run.id, u"run-2026-11-22-2"_s);
}

void TstEvalImport::recordsNothingFromABadFile()
{
    auto db = Database::open(freshTestDatabase(m_dir));
    QVERIFY(db.has_value());
    const QDateTime at(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    QVERIFY(PortfolioImporter(**db).import(readExample(), u"example.json"_s, as(u"tester"_s), at).has_value());
    const auto eventCount = [&] {
        int n = 0;
        [[maybe_unused]] const auto ok = AuditStore(**db).forEach([&](const AuditEvent &) { ++n; });
        return n;
    };
    const int before = eventCount();
    const EvalImportRequest request{u"support-reply-draft"_s, u"support-draft"_s, 3, QDate(2026, 11, 22),
                                    u"category"_s};

    const QByteArray csv("case,category,passed\na,normal,true\nb,normal,nope\n");
    const auto bad = EvalImporter(**db).import(csv, u"ci/eval.csv"_s, request, as(u"ci"_s), at);
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().toString(), u"ci/eval.csv: line 3: passed: case \"b\": \"nope\" is not true or false"_s);

    const QByteArray good("case,category,passed\na,normal,true\n");
    EvalImportRequest unknownRoute = request;
    unknownRoute.routeVersion = 9;
    const auto route = EvalImporter(**db).import(good, u"eval.csv"_s, unknownRoute, as(u"ci"_s), at);
    QVERIFY(!route.has_value());
    QCOMPARE(route.error().toString(), u"support-reply-draft: unknown route version \"support-draft\" v9"_s);

    EvalImportRequest unknownUseCase = request;
    unknownUseCase.useCaseId = u"nope"_s;
    const auto useCase = EvalImporter(**db).import(good, u"eval.csv"_s, unknownUseCase, as(u"ci"_s), at);
    QVERIFY(!useCase.has_value());
    QCOMPARE(useCase.error().toString(), u"nope: unknown use case"_s);

    QCOMPARE(eventCount(), before);
    QCOMPARE(PortfolioRepository(**db).load()->useCase(u"support-reply-draft"_s)->evalRuns.size(), 2);
}

QTEST_GUILESS_MAIN(TstEvalImport)
#include "tst_evalimport.moc"
