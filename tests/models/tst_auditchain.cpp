#include "audit/auditchain.h"
#include "audit/auditexporter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace Qt::StringLiterals;

class TstAuditChain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void hashesTheCanonicalForm();
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
        auto event = store.append(AuditEntry{u"ana"_s, u"use_case"_s, u"uc-%1"_s.arg(i), u"update"_s, payload},
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
    const QByteArray canonical =
        R"([1,"2026-11-01T09:00:01.250Z","ana","use_case","uc-1","update","{\"n\":1,\"note\":\"a, \\\"quoted\\\" note\"}",)"
        R"("0000000000000000000000000000000000000000000000000000000000000000"])";
    QCOMPARE(AuditChain::canonicalForm(first), canonical);
    QCOMPARE(first.hash, QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(m_events[1].prevHash, first.hash);
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
    QCOMPARE(lines[0], QByteArray("seq,time,actor,entity,entity_id,action,payload,prev_hash,hash"));
    QCOMPARE(lines[1], "1,2026-11-01T09:00:01.250Z,ana,use_case,uc-1,update,"
                       "\"{\"\"n\"\":1,\"\"note\"\":\"\"a, \\\"\"quoted\\\"\" note\"\"}\"," +
                           m_events[0].prevHash.toLatin1() + ',' + m_events[0].hash.toLatin1());
}

QTEST_GUILESS_MAIN(TstAuditChain)
#include "tst_auditchain.moc"
