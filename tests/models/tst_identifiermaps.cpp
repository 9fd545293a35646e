// Identifier maps (issue 18): mapping a gateway value moves what the connection stored under it — usage records,
// usage rollups, feedback records and the feedback rollup that all sources share — and nothing else.
#include "../support/actor.h"
#include "../support/connections.h"
#include "../support/why.h"

#include "storage/connectionstore.h"
#include "storage/database.h"
#include "storage/identifiermaps.h"
#include "usage/recordimporter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

class TstIdentifierMaps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void mappingMovesFeedbackOfItsSourceOnly();

private:
    /// use_case → "accepted/edited/rejected" of feedback_daily, and whether the rollup equals its records.
    QMap<QString, QString> feedbackByUseCase();
    bool rollupMatchesRecords();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TstIdentifierMaps::init()
{
    auto db = Database::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
    QVERIFY2(db.has_value(), why(db).constData());
    m_db = std::move(*db);
    const auto added = ConnectionStore(*m_db).add(storedConnection(u"gw"_s, u"langfuse"_s));
    QVERIFY2(added.has_value(), why(added).constData());
    // Two days of feedback from the gateway "gw" on two API keys, and from another source on one of the same names.
    const qint64 day1 = 1'793'491'200'000; // 2026-11-01
    const qint64 day2 = day1 + 86'400'000;
    QList<FeedbackRecord> records;
    int n = 0;
    const auto add = [&](const char *source, qint64 at, const char *useCase, FeedbackOutcome outcome) {
        records.append(FeedbackRecord{source, at, useCase, "acme", "req-" + QByteArray::number(++n), outcome});
    };
    add("gw", day1, "key-a", FeedbackOutcome::Accepted);
    add("gw", day1, "key-a", FeedbackOutcome::Edited);
    add("gw", day2, "key-a", FeedbackOutcome::Rejected);
    add("gw", day1, "key-b", FeedbackOutcome::Edited);
    add("gw", day2, "key-b", FeedbackOutcome::Edited);
    add("other", day1, "key-b", FeedbackOutcome::Accepted);
    const auto imported = RecordImporter(*m_db).importFeedback(
        records, AuditEntry{as(u"tester"_s), u"feedback"_s, u"*"_s, u"import"_s, "{}"});
    QVERIFY2(imported.has_value(), why(imported).constData());
}

QMap<QString, QString> TstIdentifierMaps::feedbackByUseCase()
{
    QMap<QString, QString> found;
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT use_case, SUM(accepted), SUM(edited), SUM(rejected) FROM feedback_daily GROUP BY use_case"_s))
        qFatal("%s", qPrintable(q.lastQuery()));
    while (q.next())
        found.insert(
            q.value(0).toString(),
            u"%1/%2/%3"_s.arg(q.value(1).toLongLong()).arg(q.value(2).toLongLong()).arg(q.value(3).toLongLong()));
    return found;
}

bool TstIdentifierMaps::rollupMatchesRecords()
{
    QSqlQuery q(m_db->connection());
    // Every (day, use case, tenant) of the records against its rollup row, and no rollup row without records.
    const bool ok =
        q.exec(u"SELECT COUNT(*) FROM (SELECT occurred_at_ms / 86400000 AS day, use_case, tenant, "
               u"SUM(CASE WHEN outcome = 'accepted' THEN 1 ELSE 0 END) AS a, "
               u"SUM(CASE WHEN outcome = 'edited' THEN 1 ELSE 0 END) AS e, "
               u"SUM(CASE WHEN outcome = 'rejected' THEN 1 ELSE 0 END) AS r "
               u"FROM feedback_records GROUP BY 1, 2, 3) rec "
               u"JOIN feedback_daily d ON d.day = rec.day AND d.use_case = rec.use_case AND "
               u"d.tenant = rec.tenant AND d.accepted = rec.a AND d.edited = rec.e AND d.rejected = rec.r"_s) &&
        q.next();
    const qint64 matched = ok ? q.value(0).toLongLong() : -1;
    QSqlQuery rows(m_db->connection());
    return rows.exec(u"SELECT COUNT(*) FROM feedback_daily"_s) && rows.next() && rows.value(0).toLongLong() == matched;
}

void TstIdentifierMaps::mappingMovesFeedbackOfItsSourceOnly()
{
    QCOMPARE(feedbackByUseCase(), (QMap<QString, QString>{{u"key-a"_s, u"1/1/1"_s}, {u"key-b"_s, u"1/2/0"_s}}));
    QVERIFY(rollupMatchesRecords());

    // The first map of gw's use cases: key-a is mapped, gw's key-b becomes unmapped; the other source's key-b stays.
    IdentifierMapStore maps(*m_db);
    const auto first = maps.map(u"gw"_s, u"use_case"_s, u"key-a"_s, u"support-reply-draft"_s);
    QVERIFY2(first.has_value(), why(first).constData());
    QCOMPARE(feedbackByUseCase(),
             (QMap<QString, QString>{
                 {u"support-reply-draft"_s, u"1/1/1"_s}, {u"unmapped:key-b"_s, u"0/2/0"_s}, {u"key-b"_s, u"1/0/0"_s}}));
    QVERIFY(rollupMatchesRecords());
    // The next sync re-reads the same feedback, now with the map applied: nothing is added twice.
    const auto reread = [this](const QByteArray &keyB) {
        const qint64 day1 = 1'793'491'200'000;
        const qint64 day2 = day1 + 86'400'000;
        QList<FeedbackRecord> again{{"gw", day1, "support-reply-draft", "acme", "req-1", FeedbackOutcome::Accepted},
                                    {"gw", day1, "support-reply-draft", "acme", "req-2", FeedbackOutcome::Edited},
                                    {"gw", day2, "support-reply-draft", "acme", "req-3", FeedbackOutcome::Rejected},
                                    {"gw", day1, keyB, "acme", "req-4", FeedbackOutcome::Edited},
                                    {"gw", day2, keyB, "acme", "req-5", FeedbackOutcome::Edited}};
        return RecordImporter(*m_db).importFeedback(again, AuditEntry{});
    };
    const auto firstReread = reread("unmapped:key-b");
    QVERIFY2(firstReread.has_value(), why(firstReread).constData());
    QCOMPARE(firstReread->added, 0);
    QCOMPARE(feedbackByUseCase(),
             (QMap<QString, QString>{
                 {u"support-reply-draft"_s, u"1/1/1"_s}, {u"unmapped:key-b"_s, u"0/2/0"_s}, {u"key-b"_s, u"1/0/0"_s}}));

    // Mapping key-b later moves gw's two edits, and only those.
    const auto later = maps.map(u"gw"_s, u"use_case"_s, u"key-b"_s, u"ticket-classifier"_s);
    QVERIFY2(later.has_value(), why(later).constData());
    QCOMPARE(feedbackByUseCase(), (QMap<QString, QString>{{u"support-reply-draft"_s, u"1/1/1"_s},
                                                          {u"ticket-classifier"_s, u"0/2/0"_s},
                                                          {u"key-b"_s, u"1/0/0"_s}}));
    QVERIFY(rollupMatchesRecords());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM feedback_records WHERE source = 'gw' AND use_case = 'ticket-classifier'"_s) &&
            q.next());
    QCOMPARE(q.value(0).toLongLong(), 2);
    const auto secondReread = reread("ticket-classifier");
    QVERIFY2(secondReread.has_value(), why(secondReread).constData());
    QCOMPARE(secondReread->added, 0);
}

QTEST_GUILESS_MAIN(TstIdentifierMaps)
#include "tst_identifiermaps.moc"
