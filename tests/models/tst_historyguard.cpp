#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/testdatabase.h"
#include "../support/why.h"

#include "gate/gatereviewservice.h"
#include "portfolio/portfoliodiff.h"
#include "portfolio/portfolioimporter.h"
#include "portfolio/portfoliowriter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

/// The example with several changes at slash-separated paths (an undefined value removes the member).
QByteArray exampleWithAll(const QList<std::pair<const char *, QJsonValue>> &changes)
{
    QJsonValue root = QJsonDocument::fromJson(readExample()).object();
    for (const auto &[path, value] : changes)
        root = patched(root, QString::fromLatin1(path).split(u'/'), value);
    return QJsonDocument(root.toObject()).toJson();
}

QJsonArray exampleArray(const char *path)
{
    QJsonValue node = QJsonDocument::fromJson(readExample()).object();
    for (const QString &step : QString::fromLatin1(path).split(u'/'))
        node = node.isArray() ? node.toArray().at(step.toInt()) : node.toObject().value(step);
    return node.toArray();
}

QJsonArray without(QJsonArray array, int index)
{
    array.removeAt(index);
    return array;
}

int auditEvents(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT COUNT(*) FROM audit_events"_s) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TstHistoryGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void refusesAnImportThatDropsOrChangesAFact_data();
    void refusesAnImportThatDropsOrChangesAFact();
    void acceptsAnImportThatOnlyAddsOrEditsWhatIsNotHistory_data();
    void acceptsAnImportThatOnlyAddsOrEditsWhatIsNotHistory();
    void planListsEveryDifferenceByKey();
    void reviewIdsAreNeverReused();

private:
    QTemporaryDir m_dir;
};

void TstHistoryGuard::refusesAnImportThatDropsOrChangesAFact_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("violations");
    const QString approval = u"data approval of support-reply-draft: customer by sam (security) on 2026-10-02 would "
                             u"be dropped or changed"_s;
    QTest::newRow("data approval dropped")
        << exampleWith("use_cases/0/data_approvals", QJsonArray()) << QStringList{approval};
    QTest::newRow("data approval note changed")
        << exampleWith("use_cases/0/data_approvals/0/note", u"All of it."_s) << QStringList{approval};
    QTest::newRow("data approval turned into a rejection")
        << exampleWith("use_cases/0/data_approvals/0/decision", u"rejected"_s) << QStringList{approval};
    QTest::newRow("eval run dropped") << exampleWith("use_cases/0/eval_runs",
                                                     without(exampleArray("use_cases/0/eval_runs"), 0))
                                      << QStringList{
                                             u"eval run run-2026-09-15 of support-reply-draft would be dropped"_s};
    QTest::newRow("eval run result changed")
        << exampleWith("use_cases/0/eval_runs/1/results/normal/passed", 60)
        << QStringList{u"eval run run-2026-10-10 of support-reply-draft would be changed (results.normal.passed)"_s};
    QTest::newRow("gate review dropped")
        << exampleWith("use_cases/0/gate_reviews", QJsonArray())
        << QStringList{u"gate review review-2026-10-21 of support-reply-draft would be dropped"_s};
    QTest::newRow("decision changed")
        << exampleWith("use_cases/0/gate_reviews/0/decision", u"no-go"_s)
        << QStringList{u"gate review review-2026-10-21 of support-reply-draft would be changed (decision)"_s};
    QTest::newRow("decision removed")
        << exampleWith("use_cases/0/gate_reviews/0/decision", QJsonValue::Null)
        << QStringList{u"gate review review-2026-10-21 of support-reply-draft would be changed (decision)"_s};
    QTest::newRow("sign-off dropped")
        << exampleWith("use_cases/0/gate_reviews/0/signoffs",
                       without(exampleArray("use_cases/0/gate_reviews/0/signoffs"), 1))
        << QStringList{u"gate review review-2026-10-21 of support-reply-draft would be changed (signoffs[1])"_s};
    QTest::newRow("sign-off given by someone else")
        << exampleWith("use_cases/0/gate_reviews/0/signoffs/1/person", u"max"_s)
        << QStringList{u"gate review review-2026-10-21 of support-reply-draft would be changed (signoffs[1])"_s};
    QTest::newRow("route version changed") << exampleWith("routes/1/model", u"gpt-4o"_s)
                                           << QStringList{u"route support-draft version 3 would be changed (model)"_s};
    QTest::newRow("route version dropped")
        << exampleWithAll({{"routes", without(exampleArray("routes"), 0)},
                           {"use_cases/0/eval_runs", without(exampleArray("use_cases/0/eval_runs"), 0)}})
        << QStringList{u"route support-draft version 2 would be dropped"_s,
                       u"eval run run-2026-09-15 of support-reply-draft would be dropped"_s};
    QTest::newRow("use case with facts deleted")
        << exampleWith("use_cases", QJsonArray())
        << QStringList{u"the file holds no use cases; importing it would delete all 1 use case(s) in the database"_s,
                       u"use case support-reply-draft would be deleted, but it holds 4 recorded fact(s); retire it "
                       u"instead (status \"retired\")"_s};
    QTest::newRow("nothing but the format")
        << QByteArray(R"({"format": "greenlight.portfolio/1"})")
        << QStringList{u"the file holds no use cases; importing it would delete all 1 use case(s) in the database"_s,
                       u"route support-draft version 2 would be dropped"_s,
                       u"route support-draft version 3 would be dropped"_s,
                       u"route support-draft-fallback version 1 would be dropped"_s,
                       u"use case support-reply-draft would be deleted, but it holds 4 recorded fact(s); retire it "
                       u"instead (status \"retired\")"_s};
}

void TstHistoryGuard::refusesAnImportThatDropsOrChangesAFact()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, violations);
    auto db = Database::open(freshTestDatabase(m_dir));
    QVERIFY2(db.has_value(), why(db).constData());
    const QDateTime at(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    const auto first = PortfolioImporter(**db).import(readExample(), u"a.json"_s, as(u"tester"_s), at);
    QVERIFY2(first.has_value(), why(first).constData());
    const auto stored = PortfolioRepository(**db).load();
    QVERIFY2(stored.has_value(), why(stored).constData());
    const QByteArray before = PortfolioWriter::write(*stored);

    const auto plan = PortfolioImporter(**db).plan(json);
    QVERIFY2(plan.has_value(), why(plan).constData());
    QCOMPARE(plan->violations, violations);

    const auto refused = PortfolioImporter(**db).import(json, u"b.json"_s, as(u"tester"_s), at);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().message,
             u"the file would drop or change recorded history, so nothing was imported (import it with --dry-run to "
             u"see every difference):\n  "_s +
                 violations.join(u"\n  "_s));
    const auto after = PortfolioRepository(**db).load();
    QVERIFY2(after.has_value(), why(after).constData());
    QCOMPARE(PortfolioWriter::write(*after), before);
    QCOMPARE(auditEvents(**db), 1);
}

void TstHistoryGuard::acceptsAnImportThatOnlyAddsOrEditsWhatIsNotHistory_data()
{
    QTest::addColumn<QByteArray>("json");
    QJsonArray approvals = exampleArray("use_cases/0/data_approvals");
    approvals.append(QJsonObject{{u"data_class"_s, u"customer"_s},
                                 {u"role"_s, u"legal"_s},
                                 {u"person"_s, u"lea"_s},
                                 {u"decision"_s, u"approved"_s},
                                 {u"date"_s, u"2026-11-02"_s},
                                 {u"note"_s, u"Contract covers it."_s}});
    QTest::newRow("a new data approval") << exampleWith("use_cases/0/data_approvals", approvals);
    QTest::newRow("a description edited") << exampleWith("use_cases/0/description", u"Drafts replies."_s);
    QTest::newRow("retired") << exampleWith("use_cases/0/status", u"retired"_s);
    QTest::newRow("a tenant removed") << exampleWith("tenants", QJsonArray());
    QTest::newRow("the same file again") << readExample();
}

void TstHistoryGuard::acceptsAnImportThatOnlyAddsOrEditsWhatIsNotHistory()
{
    QFETCH(QByteArray, json);
    auto db = Database::open(freshTestDatabase(m_dir, u"-ok"_s));
    QVERIFY2(db.has_value(), why(db).constData());
    const QDateTime at(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    const auto first = PortfolioImporter(**db).import(readExample(), u"a.json"_s, as(u"tester"_s), at);
    QVERIFY2(first.has_value(), why(first).constData());
    const auto second = PortfolioImporter(**db).import(json, u"b.json"_s, as(u"tester"_s), at);
    QVERIFY2(second.has_value(), why(second).constData());
    QCOMPARE(auditEvents(**db), 2);
}

void TstHistoryGuard::planListsEveryDifferenceByKey()
{
    const QJsonObject before = QJsonDocument::fromJson(readExample()).object();
    QJsonArray routes = exampleArray("routes");
    routes.append(QJsonObject{{u"id"_s, u"support-draft"_s}, {u"version"_s, 4}});
    const QJsonObject after =
        QJsonDocument::fromJson(exampleWithAll({{"use_cases/0/owners/support", u"eli"_s},
                                                {"use_cases/0/data_classes", QJsonArray{u"internal"_s}},
                                                {"use_cases/0/gate_reviews/0/decision", u"no-go"_s},
                                                {"routes", routes},
                                                {"tenants", without(exampleArray("tenants"), 0)}}))
            .object();
    const QStringList lines = PortfolioDiff::format(PortfolioDiff::compare(before, after));
    // Members in key order (QJsonObject's), records in the newer document's order, then the removed ones.
    const QStringList expected{
        u"+ $.routes[\"support-draft@4\"]: {\"id\":\"support-draft\",\"version\":4}"_s,
        u"- $.tenants[\"acme\"]: {\"id\":\"acme\",\"monthly_revenue_usd\":12000,\"name\":\"Acme Corp\","
        u"\"residency\":\"eu\"}"_s,
        u"~ $.use_cases[\"support-reply-draft\"].data_classes: [\"internal\",\"customer\"] → [\"internal\"]"_s,
        u"~ $.use_cases[\"support-reply-draft\"].gate_reviews[\"review-2026-10-21\"].decision: \"go\" → \"no-go\""_s,
        u"~ $.use_cases[\"support-reply-draft\"].owners.support: \"dana\" → \"eli\""_s,
    };
    QCOMPARE(lines, expected);
}

void TstHistoryGuard::reviewIdsAreNeverReused()
{
    // A review that the audit log names keeps its id even when its row is gone (a database restored from an
    // older copy, say): the next review of the day gets a new one.
    auto db = Database::open(freshTestDatabase(m_dir));
    QVERIFY2(db.has_value(), why(db).constData());
    const QDateTime at(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(PortfolioImporter(**db).import(readExample(), u"a.json"_s, as(u"tester"_s), at).has_value());
    // The event that started review-2026-11-23, whose row the restore lost.
    QVERIFY(AuditStore(**db)
                .append(AuditEntry{as(u"ana"_s), u"gate_review"_s, u"review-2026-11-23"_s, u"start"_s, "{}"},
                        QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC))
                .has_value());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM gate_reviews WHERE id = 'review-2026-11-23'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    GateReviewService reviews(**db, [] { return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC); });
    const auto review = reviews.start(u"support-reply-draft"_s, QString(), as(u"ana"_s));
    QVERIFY2(review.has_value(), why(review).constData());
    QCOMPARE(review->id, u"review-2026-11-23-2"_s);
}

QTEST_GUILESS_MAIN(TstHistoryGuard)
#include "tst_historyguard.moc"
