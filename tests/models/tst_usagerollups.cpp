// The smaller usage rollups (schema 19, issue 17): usage_daily_model, usage_daily_tenant and
// usage_daily_use_case_tenant must equal usage_daily grouped by their keys, row for row and to the nano-dollar, after
// whatever writes usage_daily: imports (row by row on SQLite, through COPY on PostgreSQL), re-imports, identifier maps
// that re-attribute stored usage, and the migration that fills them on an existing database. The same for feedback
// (schema 20): feedback_daily_use_case is feedback_daily grouped by day and use case. Runs on both backends
// (BOTH_BACKENDS).
#include "../support/connections.h"
#include "../support/testdatabase.h"
#include "../support/why.h"

#include "storage/connectionstore.h"
#include "storage/database.h"
#include "storage/identifiermaps.h"
#include "storage/migrations.h"
#include "storage/usagerollups.h"
#include "usage/recordimporter.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

/// A smaller rollup and its key, spelled out here rather than taken from UsageRollups, so the test checks the code.
struct Expected {
    QString table;
    QString keys;
};

const QList<Expected> kSmaller{{u"usage_daily_model"_s, u"day, source, use_case, model"_s},
                               {u"usage_daily_tenant"_s, u"day, tenant"_s},
                               {u"usage_daily_use_case_tenant"_s, u"day, use_case, tenant"_s}};

const QString kMeasures = u"requests, prompt_tokens, completion_tokens, cost_nanos, errors, latency_ms_sum, "
                          u"latency_count"_s;

/// Every row of @p sql as text, a row a line.
Result<QStringList> rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return fail(sql, q.lastError().text());
    QStringList out;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << q.value(i).toString();
        out << columns.join(u'|');
    }
    return out;
}

/// The records of one batch: @p days × two sources × three use cases × three tenants (one empty) × two models, two
/// records each, with large costs so that an inexact sum would show; some fail, some have no latency.
QList<UsageRecord> batch(const QByteArray &name, const QList<qint64> &days)
{
    QList<UsageRecord> records;
    qint64 n = 0;
    for (const qint64 day : days) {
        for (const char *source : {"gw", "other"}) {
            for (const char *useCase : {"key-a", "key-b", ""}) {
                for (const char *tenant : {"t1", "t2", ""}) {
                    for (const char *model : {"m1", "m2"}) {
                        for (int k = 0; k < 2; ++k) {
                            ++n;
                            UsageRecord r;
                            r.source = source;
                            r.requestId = name + '-' + QByteArray::number(n);
                            r.occurredAtMs = day * 86'400'000 + n * 1000;
                            r.provider = "openai";
                            r.model = model;
                            r.tenant = tenant;
                            r.useCase = useCase;
                            r.promptTokens = 100 + n;
                            r.completionTokens = 10 + k;
                            r.costNanos = 1'000'000'000'007 * n + 13;
                            if (n % 3 != 0)
                                r.latencyMs = 200 + n;
                            r.status = n % 7 == 0 ? "failure" : (n % 5 == 0 ? "" : "success");
                            records.append(r);
                        }
                    }
                }
            }
        }
    }
    return records;
}

/// The feedback of one batch: @p days × two sources × three use cases × three tenants × every outcome, some twice.
QList<FeedbackRecord> feedbackBatch(const QByteArray &name, const QList<qint64> &days)
{
    QList<FeedbackRecord> records;
    qint64 n = 0;
    for (const qint64 day : days) {
        for (const char *source : {"gw", "other"}) {
            for (const char *useCase : {"key-a", "key-b", ""}) {
                for (const char *tenant : {"t1", "t2", ""}) {
                    for (const FeedbackOutcome outcome :
                         {FeedbackOutcome::Accepted, FeedbackOutcome::Edited, FeedbackOutcome::Rejected}) {
                        for (int k = 0; k < (n % 4 == 0 ? 2 : 1); ++k) {
                            ++n;
                            FeedbackRecord r;
                            r.source = source;
                            r.occurredAtMs = day * 86'400'000 + n * 1000;
                            r.useCase = useCase;
                            r.tenant = tenant;
                            r.requestId = name + '-' + QByteArray::number(n);
                            r.outcome = outcome;
                            records.append(r);
                        }
                    }
                }
            }
        }
    }
    return records;
}

} // namespace

class TstUsageRollups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSmallestRollupHoldingTheColumns_data();
    void readsTheSmallestRollupHoldingTheColumns();
    void smallerRollupsEqualUsageDailyGrouped_data();
    void smallerRollupsEqualUsageDailyGrouped();
    void migrationFillsTheSmallerRollupsFromUsageDaily();
    void feedbackPerUseCaseEqualsFeedbackDailyGrouped_data();
    void feedbackPerUseCaseEqualsFeedbackDailyGrouped();

private:
    /// Fails the test unless every smaller rollup of @p db equals usage_daily grouped by its key.
    void verifyInStep(Database &db);
    /// Fails the test unless feedback_daily_use_case equals feedback_daily grouped by day and use case.
    void verifyFeedbackInStep(Database &db);
    QTemporaryDir m_dir;
};

void TstUsageRollups::readsTheSmallestRollupHoldingTheColumns_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("table");
    QTest::newRow("cost by day") << QStringList{u"day"_s} << u"usage_daily_model"_s;
    QTest::newRow("cost by model") << QStringList{u"day"_s, u"model"_s} << u"usage_daily_model"_s;
    QTest::newRow("cost by use case of one source")
        << QStringList{u"day"_s, u"use_case"_s, u"source"_s} << u"usage_daily_model"_s;
    QTest::newRow("per tenant") << QStringList{u"day"_s, u"tenant"_s} << u"usage_daily_tenant"_s;
    QTest::newRow("one tenant by model") << QStringList{u"day"_s, u"tenant"_s, u"model"_s} << u"usage_daily"_s;
    QTest::newRow("use case and tenant") << QStringList{u"day"_s, u"use_case"_s, u"tenant"_s}
                                         << u"usage_daily_use_case_tenant"_s;
    QTest::newRow("use case and tenant of one source")
        << QStringList{u"day"_s, u"use_case"_s, u"tenant"_s, u"source"_s} << u"usage_daily"_s;
}

void TstUsageRollups::readsTheSmallestRollupHoldingTheColumns()
{
    QFETCH(QStringList, columns);
    QFETCH(QString, table);
    QCOMPARE(UsageRollups::readFor(columns).name, table);
}

void TstUsageRollups::verifyInStep(Database &db)
{
    for (const Expected &e : kSmaller) {
        const Result<QStringList> stored =
            rows(db, u"SELECT %1, %2 FROM %3 ORDER BY %1"_s.arg(e.keys, kMeasures, e.table));
        QVERIFY2(stored.has_value(), why(stored).constData());
        QStringList sums;
        for (const QString &m : kMeasures.split(u", "_s))
            sums << u"CAST(SUM(%1) AS BIGINT)"_s.arg(m);
        const Result<QStringList> grouped =
            rows(db, u"SELECT %1, %2 FROM usage_daily GROUP BY %1 ORDER BY %1"_s.arg(e.keys, sums.join(u", "_s)));
        QVERIFY2(grouped.has_value(), why(grouped).constData());
        QVERIFY2(!grouped->isEmpty(), qPrintable(e.table));
        for (qsizetype i = 0; i < std::min(stored->size(), grouped->size()); ++i) {
            if ((*stored)[i] != (*grouped)[i])
                QFAIL(qPrintable(
                    u"%1 row %2:\n  stored:            %3\n  usage_daily summed: %4"_s.arg(e.table).arg(i + 1).arg(
                        (*stored)[i], (*grouped)[i])));
        }
        QCOMPARE(stored->size(), grouped->size());
    }
    // And the grand totals, which the smaller rollups must keep as usage_daily does.
    QStringList totals;
    for (const QString &m : kMeasures.split(u", "_s))
        totals << u"CAST(SUM(%1) AS BIGINT)"_s.arg(m);
    const Result<QStringList> all = rows(db, u"SELECT %1 FROM usage_daily"_s.arg(totals.join(u", "_s)));
    QVERIFY2(all.has_value(), why(all).constData());
    for (const Expected &e : kSmaller) {
        const Result<QStringList> mine = rows(db, u"SELECT %1 FROM %2"_s.arg(totals.join(u", "_s), e.table));
        QVERIFY2(mine.has_value(), why(mine).constData());
        QCOMPARE(*mine, *all);
    }
}

void TstUsageRollups::smallerRollupsEqualUsageDailyGrouped_data()
{
    // Steps, in order: "import A" / "import B" (B repeats half of A's request ids and adds a day), "flush 7"
    // (the importer adds its rollup deltas every 7 keys from then on), "map DIMENSION VALUE TARGET" for the
    // connection "gw".
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("one import") << QStringList{u"import A"_s};
    QTest::newRow("an import in small flushes") << QStringList{u"flush 7"_s, u"import A"_s};
    QTest::newRow("re-import of the same records") << QStringList{u"import A"_s, u"import A"_s};
    QTest::newRow("overlapping import") << QStringList{u"import A"_s, u"import B"_s};
    QTest::newRow("first use case map") << QStringList{u"import A"_s, u"map use_case key-a support"_s};
    QTest::newRow("first tenant map") << QStringList{u"import A"_s, u"map tenant t1 acme"_s};
    QTest::newRow("map onto a stored value") << QStringList{u"import A"_s, u"map tenant t1 t2"_s};
    QTest::newRow("maps, then a re-import and more usage") << QStringList{u"import A"_s,
                                                                          u"map use_case key-a support"_s,
                                                                          u"map use_case key-b support"_s,
                                                                          u"map tenant t2 acme"_s,
                                                                          u"import A"_s,
                                                                          u"import B"_s,
                                                                          u"map tenant t1 acme"_s};
}

void TstUsageRollups::smallerRollupsEqualUsageDailyGrouped()
{
    QFETCH(QStringList, steps);
    const QString location = freshTestDatabase(m_dir);
    QVERIFY(!location.isEmpty());
    auto db = Database::open(location);
    QVERIFY2(db.has_value(), why(db).constData());
    const auto added = ConnectionStore(**db).add(storedConnection(u"gw"_s, u"langfuse"_s));
    QVERIFY2(added.has_value(), why(added).constData());

    // Days before 1970, around it, and in 2026; B repeats A's first half and adds a day.
    const QList<qint64> daysA{-2, -1, 0, 20'758};
    const QList<UsageRecord> a = batch("a", daysA);
    const QList<UsageRecord> b = a.mid(0, a.size() / 2) + batch("b", {20'758, 20'759});
    RecordImporter importer(**db);
    for (const QString &step : std::as_const(steps)) {
        const QStringList words = step.split(u' ');
        if (words[0] == u"flush"_s) {
            importer.setRollupFlushKeys(words[1].toInt());
            continue;
        }
        if (words[0] == u"import"_s) {
            const auto imported = importer.importUsage(words[1] == u"A"_s ? a : b, AuditEntry{});
            QVERIFY2(imported.has_value(), why(imported).constData());
        } else {
            QCOMPARE(words.size(), 4);
            const auto mapped = IdentifierMapStore(**db).map(u"gw"_s, words[1], words[2], words[3]);
            QVERIFY2(mapped.has_value(), why(mapped).constData());
        }
        verifyInStep(**db);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"after \"%1\""_s.arg(step)));
    }
}

void TstUsageRollups::migrationFillsTheSmallerRollupsFromUsageDaily()
{
    const QString location = freshTestDatabase(m_dir);
    QVERIFY(!location.isEmpty());
    // The schema before the smaller rollups (18), with usage_daily and feedback_daily rows as an older Greenlight
    // wrote them: two sources on the same tenant and day, amounts whose sum needs all 63 bits.
    {
        Database::Options before;
        before.targetVersion = 18;
        auto db = Database::open(location, before);
        QVERIFY2(db.has_value(), why(db).constData());
        QSqlQuery q((*db)->connection());
        QVERIFY2(q.exec(u"INSERT INTO usage_daily (day, source, use_case, tenant, model, %1) VALUES "
                        u"(20758, 'gw', 'uc', 'acme', 'm1', 3, 30, 3, 4000000000000000000, 1, 600, 2), "
                        u"(20758, 'gw', 'uc', 'globex', 'm1', 1, 10, 1, 7, 0, 0, 0), "
                        u"(20758, 'other', 'uc', 'acme', 'm1', 2, 20, 2, 5000000000000000000, 0, 400, 2), "
                        u"(20758, 'other', 'uc', 'acme', 'm2', 1, 10, 1, 11, 1, 0, 0), "
                        u"(-1, 'gw', '', '', '', 1, 1, 1, 1, 0, 0, 0)"_s.arg(kMeasures)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"INSERT INTO feedback_daily (day, use_case, tenant, accepted, edited, rejected) VALUES "
                        u"(20758, 'uc', 'acme', 5, 2, 1), (20758, 'uc', 'globex', 1, 1, 0), "
                        u"(20758, 'other-uc', 'acme', 0, 0, 3), (-1, '', '', 1, 0, 0)"_s),
                 qPrintable(q.lastError().text()));
    }
    auto db = Database::open(location);
    QVERIFY2(db.has_value(), why(db).constData());
    QCOMPARE((*db)->schemaVersion().value_or(-1), latestSchemaVersion());
    verifyInStep(**db);
    const Result<QStringList> acme =
        rows(**db, u"SELECT cost_nanos, requests FROM usage_daily_tenant WHERE tenant = 'acme'"_s);
    QVERIFY2(acme.has_value(), why(acme).constData());
    QCOMPARE(*acme, QStringList{u"9000000000000000011|6"_s});
    verifyFeedbackInStep(**db);
    const Result<QStringList> feedback =
        rows(**db, u"SELECT day, use_case, accepted, edited, rejected FROM feedback_daily_use_case ORDER BY 1, 2"_s);
    QVERIFY2(feedback.has_value(), why(feedback).constData());
    QCOMPARE(*feedback, (QStringList{u"-1||1|0|0"_s, u"20758|other-uc|0|0|3"_s, u"20758|uc|6|3|1"_s}));
}

void TstUsageRollups::verifyFeedbackInStep(Database &db)
{
    const Result<QStringList> stored =
        rows(db, u"SELECT day, use_case, accepted, edited, rejected FROM feedback_daily_use_case ORDER BY 1, 2"_s);
    QVERIFY2(stored.has_value(), why(stored).constData());
    const Result<QStringList> grouped =
        rows(db, u"SELECT day, use_case, CAST(SUM(accepted) AS BIGINT), CAST(SUM(edited) AS BIGINT), "
                 u"CAST(SUM(rejected) AS BIGINT) FROM feedback_daily GROUP BY day, use_case ORDER BY 1, 2"_s);
    QVERIFY2(grouped.has_value(), why(grouped).constData());
    QVERIFY(!grouped->isEmpty());
    QCOMPARE(*stored, *grouped);
}

void TstUsageRollups::feedbackPerUseCaseEqualsFeedbackDailyGrouped_data()
{
    // Steps as above, with feedback batches: B repeats half of A and adds a day.
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("one import") << QStringList{u"import A"_s};
    QTest::newRow("an import in small flushes") << QStringList{u"flush 5"_s, u"import A"_s};
    QTest::newRow("overlapping import") << QStringList{u"import A"_s, u"import B"_s, u"import A"_s};
    QTest::newRow("first use case map") << QStringList{u"import A"_s, u"map use_case key-a support"_s};
    QTest::newRow("map onto a stored use case") << QStringList{u"import A"_s, u"map use_case key-a key-b"_s};
    QTest::newRow("tenant map") << QStringList{u"import A"_s, u"map tenant t1 t2"_s};
    QTest::newRow("maps, then more feedback")
        << QStringList{u"import A"_s, u"map use_case key-a support"_s, u"map tenant t2 acme"_s,
                       u"map use_case key-b support"_s, u"import B"_s};
}

void TstUsageRollups::feedbackPerUseCaseEqualsFeedbackDailyGrouped()
{
    QFETCH(QStringList, steps);
    const QString location = freshTestDatabase(m_dir);
    QVERIFY(!location.isEmpty());
    auto db = Database::open(location);
    QVERIFY2(db.has_value(), why(db).constData());
    const auto added = ConnectionStore(**db).add(storedConnection(u"gw"_s, u"langfuse"_s));
    QVERIFY2(added.has_value(), why(added).constData());

    const QList<FeedbackRecord> a = feedbackBatch("a", {-1, 0, 20'758});
    const QList<FeedbackRecord> b = a.mid(0, a.size() / 2) + feedbackBatch("b", {20'758, 20'759});
    RecordImporter importer(**db);
    for (const QString &step : std::as_const(steps)) {
        const QStringList words = step.split(u' ');
        if (words[0] == u"flush"_s) {
            importer.setRollupFlushKeys(words[1].toInt());
            continue;
        }
        if (words[0] == u"import"_s) {
            const auto imported = importer.importFeedback(words[1] == u"A"_s ? a : b, AuditEntry{});
            QVERIFY2(imported.has_value(), why(imported).constData());
        } else {
            QCOMPARE(words.size(), 4);
            const auto mapped = IdentifierMapStore(**db).map(u"gw"_s, words[1], words[2], words[3]);
            QVERIFY2(mapped.has_value(), why(mapped).constData());
        }
        verifyFeedbackInStep(**db);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"after \"%1\""_s.arg(step)));
    }
    // And the totals: every record counted once, whatever moved.
    const Result<QStringList> totals =
        rows(**db, u"SELECT CAST(SUM(accepted + edited + rejected) AS BIGINT) FROM feedback_daily_use_case"_s);
    QVERIFY2(totals.has_value(), why(totals).constData());
    const Result<QStringList> records = rows(**db, u"SELECT COUNT(*) FROM feedback_records"_s);
    QVERIFY2(records.has_value(), why(records).constData());
    QCOMPARE(*totals, *records);
}

QTEST_GUILESS_MAIN(TstUsageRollups)
#include "tst_usagerollups.moc"
