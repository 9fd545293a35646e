#include "../support/actor.h"
#include "audit/auditchain.h"
#include "audit/auditexporter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace Qt::StringLiterals;
using greenlight::tests::as;

class TstAuditChain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void hashesTheCanonicalForm();
    void hashesTheDocumentedExample_data();
    void hashesTheDocumentedExample();
    void keepsVerifyingEventsOfTheOldForm();
    void refusesAPayloadThatIsNoObject();
    void verifiesAnIntactChain();
    void namesTheFirstBadEvent_data();
    void namesTheFirstBadEvent();
    void exportsJsonLines();
    void exportsCsvWithQuoting();

private:
    void exec(const QString &sql);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<AuditEvent> m_events;
};

void TstAuditChain::init()
{
    auto db = Database::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' +
                                            QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s));
    QVERIFY(db.has_value());
    m_db = std::move(*db);
    m_events.clear();
    Transaction tx(*m_db);
    AuditStore store(*m_db);
    for (int i = 1; i <= 5; ++i) {
        const QByteArray payload = QJsonDocument(QJsonObject{{u"n"_s, i}, {u"note"_s, u"a, \"quoted\" note"_s}})
                                       .toJson(QJsonDocument::Compact);
        auto event = store.append(AuditEntry{as(u"ana"_s), u"use_case"_s, u"uc-%1"_s.arg(i), u"update"_s, payload},
                                  QDateTime(QDate(2026, 11, 1), QTime(9, 0, i, 250), Qt::UTC));
        QVERIFY(event.has_value());
        m_events.append(*event);
    }
    QVERIFY(tx.commit().has_value());
}

void TstAuditChain::exec(const QString &sql)
{
    for (const QString &statement : sql.split(u';', Qt::SkipEmptyParts)) {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }
}

void TstAuditChain::hashesTheCanonicalForm()
{
    const AuditEvent &first = m_events.first();
    QCOMPARE(first.format, AuditFormat::WithAccount);
    // RFC 8785: members sorted, no whitespace, the payload an object (stored in the same form); format 3 adds the
    // OS account and host the event came from, and how the person was established.
    const QByteArray canonical =
        R"({"account":"ana","action":"update","actor":"ana","entity":"use_case","entity_id":"uc-1","format":3,)"
        R"("host":"test-host","identity":"bound","payload":{"n":1,"note":"a, \"quoted\" note"},)"
        R"("prev_hash":"0000000000000000000000000000000000000000000000000000000000000000",)"
        R"("seq":1,"time":"2026-11-01T09:00:01.250Z"})";
    QCOMPARE(AuditChain::canonicalForm(first), canonical);
    QCOMPARE(first.hash, QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    const QByteArray storedPayload = R"({"n":1,"note":"a, \"quoted\" note"})";
    QCOMPARE(first.entry.payload, storedPayload);
    QCOMPARE(m_events[1].prevHash, first.hash);
}

void TstAuditChain::hashesTheDocumentedExample_data()
{
    QTest::addColumn<AuditFormat>("format");
    QTest::addColumn<int>("example");
    // The page shows the current form first, then the schema 6 form that older events keep.
    QTest::newRow("format 3: with the account and host") << AuditFormat::WithAccount << 0;
    QTest::newRow("format 2: schema 6") << AuditFormat::Rfc8785 << 1;
}

void TstAuditChain::hashesTheDocumentedExample()
{
    // docs/audit-log.md shows a command a reader can run; the code must compute exactly its bytes and hash.
    QFile doc(QStringLiteral(GREENLIGHT_SOURCE_DIR "/docs/audit-log.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    QFETCH(AuditFormat, format);
    QFETCH(int, example);
    QRegularExpressionMatchIterator examples =
        QRegularExpression(u"printf '%s' '([^']+)' \\| sha256sum\n([0-9a-f]{64})  -\n"_s).globalMatch(text);
    QRegularExpressionMatch match;
    for (int i = 0; i <= example; ++i) {
        QVERIFY2(examples.hasNext(), "too few printf … | sha256sum examples in docs/audit-log.md");
        match = examples.next();
    }
    const QByteArray documentedBytes = match.captured(1).toUtf8();
    const QString documentedHash = match.captured(2);

    AuditEvent event;
    event.seq = 12;
    event.format = format;
    event.at = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    event.entry = AuditEntry{Actor::bound(u"sam"_s, u"sam"_s, u"sec-laptop-2"_s), u"data_approval"_s,
                             u"support-reply-draft/customer"_s, u"approve"_s,
                             QJsonDocument(QJsonObject{{u"use_case"_s, u"support-reply-draft"_s},
                                                       {u"index"_s, 0},
                                                       {u"data_class"_s, u"customer"_s},
                                                       {u"role"_s, u"security"_s},
                                                       {u"person"_s, u"sam"_s},
                                                       {u"decision"_s, u"approved"_s},
                                                       {u"date"_s, u"2026-11-02"_s},
                                                       {u"note"_s, u"EU tenants only; prüfen in Q1"_s}})
                                 .toJson()};
    event.prevHash = u"83da00849878f9af5fc0b4652e2d07279fee0bf0181921323feb6101c4258ff7"_s;
    QCOMPARE(AuditChain::canonicalForm(event), documentedBytes);
    QCOMPARE(AuditChain::computeHash(event), documentedHash);
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(documentedBytes, QCryptographicHash::Sha256).toHex()),
             documentedHash);
}

void TstAuditChain::keepsVerifyingEventsOfTheOldForm()
{
    // A chain started before schema 6: two events hashed in the old form, written as they were then.
    auto db = Database::open(m_dir.filePath(u"old-form.sqlite"_s));
    QVERIFY(db.has_value());
    QString prev = AuditChain::genesisHash();
    for (qint64 seq = 1; seq <= 2; ++seq) {
        AuditEvent old;
        old.seq = seq;
        old.format = AuditFormat::QtCompactArray;
        old.at = QDateTime(QDate(2026, 10, 1), QTime(8, 0, int(seq)), Qt::UTC);
        old.entry = AuditEntry{as(u"ana"_s), u"use_case"_s, u"uc"_s, u"update"_s, R"({"b":1,"a":2})"};
        old.prevHash = prev;
        old.hash = AuditChain::computeHash(old);
        QSqlQuery q((*db)->connection());
        q.prepare(u"INSERT INTO audit_events (seq, occurred_at, actor, entity, entity_id, action, payload, prev_hash, "
                  u"hash, format) VALUES (?, ?, 'ana', 'use_case', 'uc', 'update', ?, ?, ?, 1)"_s);
        for (const QVariant &v : QVariantList{seq, AuditChain::timeText(old.at), QString::fromUtf8(old.entry.payload),
                                              old.prevHash, old.hash})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        prev = old.hash;
    }
    // The old form is Qt's compact array with the payload as a string, exactly as before schema 6.
    AuditEvent first;
    first.seq = 1;
    first.format = AuditFormat::QtCompactArray;
    first.at = QDateTime(QDate(2026, 10, 1), QTime(8, 0, 1), Qt::UTC);
    first.entry = AuditEntry{as(u"ana"_s), u"use_case"_s, u"uc"_s, u"update"_s, R"({"b":1,"a":2})"};
    first.prevHash = AuditChain::genesisHash();
    const QByteArray legacy = R"([1,"2026-10-01T08:00:01.000Z","ana","use_case","uc","update","{\"b\":1,\"a\":2}",)"
                              R"("0000000000000000000000000000000000000000000000000000000000000000"])";
    QCOMPARE(AuditChain::canonicalForm(first), legacy);

    Transaction tx(**db);
    const auto next = AuditStore(**db).append(AuditEntry{as(u"ana"_s), u"use_case"_s, u"uc"_s, u"update"_s, "{}"},
                                              QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    QVERIFY(next.has_value());
    QVERIFY(tx.commit().has_value());
    QCOMPARE(next->format, AuditFormat::WithAccount);
    QCOMPARE(next->prevHash, prev);

    const auto result = AuditStore(**db).verify();
    QVERIFY(result.has_value());
    QVERIFY2(result->intact(), qPrintable(result->problem));
    QCOMPARE(result->count, 3);
    QCOMPARE(result->headHash, next->hash);
}

void TstAuditChain::refusesAPayloadThatIsNoObject()
{
    Transaction tx(*m_db);
    const auto event = AuditStore(*m_db).append(AuditEntry{as(u"ana"_s), u"use_case"_s, u"uc"_s, u"update"_s, "[1,2"},
                                                QDateTime::currentDateTimeUtc());
    QVERIFY(!event.has_value());
    QCOMPARE(event.error().toString(), u"use_case uc: the audit payload is not a JSON object"_s);
}

void TstAuditChain::verifiesAnIntactChain()
{
    const auto result = AuditStore(*m_db).verify();
    QVERIFY(result.has_value());
    QVERIFY(result->intact());
    QCOMPARE(result->count, 5);
    QCOMPARE(result->headHash, m_events.last().hash);
}

void TstAuditChain::namesTheFirstBadEvent_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("badSeq");
    QTest::addColumn<QString>("problem");
    QTest::newRow("payload altered") << u"UPDATE audit_events SET payload = '{\"n\":99}' WHERE seq = 3"_s << qint64(3)
                                     << u"event 3 was altered: its hash does not match its contents"_s;
    QTest::newRow("actor altered") << u"UPDATE audit_events SET actor = 'mallory' WHERE seq = 2"_s << qint64(2)
                                   << u"event 2 was altered: its hash does not match its contents"_s;
    QTest::newRow("event removed") << u"DELETE FROM audit_events WHERE seq = 3"_s << qint64(4)
                                   << u"event 4 follows event 2: an event was removed or the order changed"_s;
    QTest::newRow("events swapped")
        << u"UPDATE audit_events SET seq = 100 WHERE seq = 2; UPDATE audit_events SET seq = 2 WHERE seq = 3; "
           u"UPDATE audit_events SET seq = 3 WHERE seq = 100"_s
        << qint64(2)
        << u"event 2 does not link to event 1 (its previous hash differs): the order changed or an event was "
           u"replaced"_s;
    QTest::newRow("first event removed") << u"DELETE FROM audit_events WHERE seq = 1"_s << qint64(2)
                                         << u"event 2 follows event 0: an event was removed or the order changed"_s;
    QTest::newRow("new event relabelled as old") << u"UPDATE audit_events SET format = 1 WHERE seq = 3"_s << qint64(3)
                                                 << u"event 3 uses hash format 1 after event 2 used format 3"_s;
    // Format 2 would verify without the account: relabelling must not take the account out of the hash.
    QTest::newRow("event with an account relabelled as format 2")
        << u"UPDATE audit_events SET format = 2 WHERE seq = 3"_s << qint64(3)
        << u"event 3 uses hash format 2 after event 2 used format 3"_s;
    QTest::newRow("account changed") << u"UPDATE audit_events SET account = 'mallory' WHERE seq = 2"_s << qint64(2)
                                     << u"event 2 was altered: its hash does not match its contents"_s;
    QTest::newRow("host changed") << u"UPDATE audit_events SET host = 'elsewhere' WHERE seq = 2"_s << qint64(2)
                                  << u"event 2 was altered: its hash does not match its contents"_s;
    QTest::newRow("identity changed") << u"UPDATE audit_events SET identity = 'unverified' WHERE seq = 2"_s << qint64(2)
                                      << u"event 2 was altered: its hash does not match its contents"_s;
    QTest::newRow("unknown format") << u"UPDATE audit_events SET format = 7 WHERE seq = 4"_s << qint64(4)
                                    << u"event 4 has an unknown hash format 7"_s;
}

void TstAuditChain::namesTheFirstBadEvent()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, badSeq);
    QFETCH(QString, problem);
    exec(tamper);
    const auto result = AuditStore(*m_db).verify();
    QVERIFY(result.has_value());
    QVERIFY(!result->intact());
    QCOMPARE(result->firstBadSeq, std::optional<qint64>(badSeq));
    QCOMPARE(result->problem, problem);
}

void TstAuditChain::exportsJsonLines()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AuditExporter exporter(buffer, AuditExporter::Format::JsonLines);
    QVERIFY(AuditStore(*m_db).forEach([&](const AuditEvent &e) { exporter.write(e); }).has_value());
    const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    const QJsonObject third = QJsonDocument::fromJson(lines[2]).object();
    QCOMPARE(third.value(u"seq"_s).toInt(), 3);
    QCOMPARE(third.value(u"time"_s).toString(), u"2026-11-01T09:00:03.250Z"_s);
    QCOMPARE(third.value(u"entity_id"_s).toString(), u"uc-3"_s);
    QCOMPARE(third.value(u"payload"_s).toObject().value(u"n"_s).toInt(), 3);
    QCOMPARE(third.value(u"hash"_s).toString(), m_events[2].hash);
    QCOMPARE(third.value(u"prev_hash"_s).toString(), m_events[1].hash);
}

void TstAuditChain::exportsCsvWithQuoting()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AuditExporter exporter(buffer, AuditExporter::Format::Csv);
    QVERIFY(AuditStore(*m_db).forEach([&](const AuditEvent &e) { exporter.write(e); }).has_value());
    const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0],
             QByteArray("seq,time,actor,account,host,identity,entity,entity_id,action,payload,prev_hash,hash"));
    QCOMPARE(lines[1], "1,2026-11-01T09:00:01.250Z,ana,ana,test-host,bound,use_case,uc-1,update,"
                       "\"{\"\"n\"\":1,\"\"note\"\":\"\"a, \\\"\"quoted\\\"\" note\"\"}\"," +
                           m_events[0].prevHash.toLatin1() + ',' + m_events[0].hash.toLatin1());
}

QTEST_GUILESS_MAIN(TstAuditChain)
#include "tst_auditchain.moc"
