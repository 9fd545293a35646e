#include "../support/badportfolios.h"
#include "../support/why.h"

#include "portfolio/portfolioreader.h"
#include "portfolio/portfoliowriter.h"
#include "json/orderedjson.h"

#include <QFile>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

class TstPortfolioReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryFieldOfTheExample();
    void writesTheExampleBackByteForByte();
    void writesTheDemoBackByteForByte();
    void fillsDefaultsForAbsentOptionalKeys();
    void evidenceLimitsAreReadAndWrittenWhenSet();
    void runbookReviewDateIsKeptWhenRecorded();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void writesCanonicalReals_data();
    void writesCanonicalReals();
    void escapesControlCharacters();
};

void TstPortfolioReader::readsEveryFieldOfTheExample()
{
    const Result<Portfolio> p = PortfolioReader::read(readExample());
    QVERIFY2(p.has_value(), why(p).constData());
    QCOMPARE(p->people.size(), 8);
    QCOMPARE(p->people[6].roles, (QList<Role>{Role::Legal, Role::Compliance}));
    QCOMPARE(p->tenants[0].monthlyRevenueUsd, std::optional<double>(12000.0));
    QCOMPARE(p->routes.size(), 3);
    QCOMPARE(p->routes[2].fallbackRoute, QString());
    QCOMPARE(p->useCases.size(), 1);
    const UseCase &u = p->useCases[0];
    QCOMPARE(u.owners.support, u"dana"_s);
    QCOMPARE(u.dataClasses, (QList<DataClass>{DataClass::Internal, DataClass::Customer}));
    QCOMPARE(u.dataApprovals[0].date, QDate(2026, 10, 2));
    QCOMPARE(u.release.userWaits, std::optional<bool>(true));
    QCOMPARE(u.scoring.complexity, std::optional<int>(2));
    QCOMPARE(u.operations.killSwitchTested, QDate(2026, 10, 20));
    QVERIFY(u.logging.has_value());
    QCOMPARE(u.logging->retentionDays.evalMetadata, std::optional<int>(365));
    QCOMPARE(u.runbook->covers.size(), 4);
    QCOMPARE(u.evalRuns[1].results[EvalCategory::PromptInjection].passed, 11);
    QCOMPARE(u.evalRuns[1].totalCases(), 120);
    QCOMPARE(u.evalRuns[1].passedCases(), 117);
    QCOMPARE(u.gateReviews[0].requestedAt, QDateTime(QDate(2026, 10, 21), QTime(9, 30), Qt::UTC));
    QCOMPARE(u.gateReviews[0].decision, std::optional<GateDecision>(GateDecision::Go));
    QCOMPARE(p->gateTemplates[2].requiredSignoffs.size(), 4);
    QVERIFY(p->gateTemplates[2].highRiskThreshold);
}

void TstPortfolioReader::writesTheExampleBackByteForByte()
{
    const QByteArray example = readExample();
    const Result<Portfolio> p = PortfolioReader::read(example);
    QVERIFY(p.has_value());
    QCOMPARE(PortfolioWriter::write(*p), example);
}

void TstPortfolioReader::writesTheDemoBackByteForByte()
{
    QFile file(QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/demo/portfolio.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray demo = file.readAll();
    const Result<Portfolio> p = PortfolioReader::read(demo);
    QVERIFY2(p.has_value(), why(p).constData());
    QCOMPARE(PortfolioWriter::write(*p), demo);
}

void TstPortfolioReader::fillsDefaultsForAbsentOptionalKeys()
{
    const Result<Portfolio> p = PortfolioReader::read(R"({"format": "greenlight.portfolio/1",
        "people": [{"id": "ana", "name": "Ana", "roles": ["pm"]}],
        "use_cases": [{"id": "notes", "name": "Notes", "audience": "internal", "risk_tier": "standard",
                       "status": "candidate"}]})");
    QVERIFY2(p.has_value(), why(p).constData());
    QCOMPARE(p->policy, Policy{});
    QCOMPARE(p->gateTemplates.size(), 3);
    const UseCase &u = p->useCases[0];
    QVERIFY(!u.logging.has_value());
    QVERIFY(!u.runbook.has_value());
    QCOMPARE(u.owners.product, QString());
    QCOMPARE(u.scoring.hoursSaved, std::nullopt);
    // The written form names every key, so a reader sees what is unset.
    const QByteArray written = PortfolioWriter::write(*p);
    QVERIFY(written.contains("\"logging\": null"));
    QVERIFY(written.contains("\"kill_switch_tested\": null"));
    QCOMPARE(PortfolioWriter::write(*PortfolioReader::read(written)), written);
}

void TstPortfolioReader::evidenceLimitsAreReadAndWrittenWhenSet()
{
    // Absent: the defaults (and the example writes back without the key, byte for byte, above).
    const Result<Portfolio> defaults = PortfolioReader::read(readExample());
    QVERIFY2(defaults.has_value(), why(defaults).constData());
    QCOMPARE(defaults->policy.evidenceMaxAge, (EvidenceMaxAge{90, 90, 90, 365, 180}));
    // Partly given: the others keep their defaults, and the file written names all four.
    const Result<Portfolio> set = PortfolioReader::read(exampleWith(
        "policy/evidence_max_age_days", QJsonObject{{u"kill_switch_test"_s, 30}, {u"data_approval"_s, 180}}));
    QVERIFY2(set.has_value(), why(set).constData());
    QCOMPARE(set->policy.evidenceMaxAge, (EvidenceMaxAge{30, 90, 90, 180, 180}));
    const QByteArray written = PortfolioWriter::write(*set);
    QVERIFY2(written.contains(R"("evidence_max_age_days": {
      "kill_switch_test": 30,
      "rollback_test": 90,
      "eval_run": 90,
      "data_approval": 180,
      "runbook_review": 180
    })"),
             written.left(600).constData());
    const Result<Portfolio> again = PortfolioReader::read(written);
    QVERIFY2(again.has_value(), why(again).constData());
    QCOMPARE(again->policy, set->policy);
}

void TstPortfolioReader::runbookReviewDateIsKeptWhenRecorded()
{
    const Result<Portfolio> read = PortfolioReader::read(exampleWith("use_cases/0/runbook/reviewed", u"2026-11-02"_s));
    QVERIFY2(read.has_value(), why(read).constData());
    QCOMPARE(read->useCases[0].runbook->reviewed, QDate(2026, 11, 2));
    const QByteArray written = PortfolioWriter::write(*read);
    QVERIFY2(written.contains("        \"on_call\": [\n          \"dana\",\n          \"eli\"\n        ],\n"
                              "        \"reviewed\": \"2026-11-02\"\n"),
             written.constData());
    QCOMPARE(PortfolioReader::read(written)->useCases[0].runbook->reviewed, QDate(2026, 11, 2));
}

void TstPortfolioReader::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    for (const BadPortfolio &bad : badPortfolios())
        QTest::newRow(bad.name) << bad.json << bad.expectedError;
}

void TstPortfolioReader::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const Result<Portfolio> p = PortfolioReader::read(json);
    QVERIFY(!p.has_value());
    QCOMPARE(p.error().toString(), expected);
}

void TstPortfolioReader::writesCanonicalReals_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("whole") << 95.0 << QByteArray("95.0");
    QTest::newRow("fraction") << 0.1 << QByteArray("0.1");
    QTest::newRow("shortest round trip") << 12.43 << QByteArray("12.43");
    QTest::newRow("zero") << 0.0 << QByteArray("0.0");
    QTest::newRow("large") << 1e21 << QByteArray("1e+21");
}

void TstPortfolioReader::writesCanonicalReals()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(canonicalReal(value), text);
}

void TstPortfolioReader::escapesControlCharacters()
{
    const QByteArray out =
        OrderedJson::object().add(u"t"_s, OrderedJson::string(u"a\"b\\c\nd\u0001é😀"_s)).toCanonical();
    QCOMPARE(out, QByteArray("{\n  \"t\": \"a\\\"b\\\\c\\nd\\u0001\xc3\xa9\xf0\x9f\x98\x80\"\n}\n"));
}

QTEST_GUILESS_MAIN(TstPortfolioReader)
#include "tst_portfolioreader.moc"
