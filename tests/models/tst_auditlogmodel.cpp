#include "../support/actor.h"
#include "itemmodels/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace greenlight::models;
using namespace Qt::StringLiterals;
using greenlight::tests::as;

class TstAuditLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summarizesThePayloadOnOneLine_data();
    void summarizesThePayloadOnOneLine();
    void namesTheSigningKeyAndMarksTheFailedEvent();
};

void TstAuditLogModel::summarizesThePayloadOnOneLine_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("details");
    QTest::newRow("a decision") << QByteArray(R"({"decision":"go","rationale":"Ready."})")
                                << u"decision: go, rationale: Ready."_s;
    QTest::newRow("numbers and flags") << QByteArray(R"({"baseline":false,"cases":120,"rate":97.5})")
                                       << u"baseline: false, cases: 120, rate: 97.5"_s;
    // An import holds every fact of the file and a review its frozen rules: counted, not spelled out.
    QTest::newRow("nested facts") << QByteArray(R"({"facts":{"routes":[{}],"eval_runs":[]},"sha256":"ab"})")
                                  << u"facts: eval_runs 0, routes 1, sha256: ab"_s;
    // An edit shows each changed field with its value before and after.
    QTest::newRow("an edit") << QByteArray(R"({"after":{"name":"B","operations":{"daily_cost_cap_usd":999}},)"
                                           R"("before":{"name":"A","operations":{"daily_cost_cap_usd":50}},)"
                                           R"("version":3})")
                             << u"name: A → B, operations.daily_cost_cap_usd: 50 → 999, version: 3"_s;
    QTest::newRow("an edit of a whole object")
        << QByteArray(R"({"after":{"logging":null},"before":{"logging":{"a":1}}})") << u"logging: {1} → null"_s;
    QTest::newRow("nested rules") << QByteArray(R"({"gate":"customer-launch","rules":[{},{},{}],"x":null})")
                                  << u"gate: customer-launch, rules: [3], x: null"_s;
}

void TstAuditLogModel::summarizesThePayloadOnOneLine()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, details);
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditEvent event;
    event.seq = 1;
    event.at = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    event.entry = AuditEntry{as(u"sam"_s), u"gate_review"_s, u"review-1"_s, u"decide"_s, payload};
    model.setEvents({event});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, AuditLogModel::Details).data().toString(), details);
    QCOMPARE(model.index(0, AuditLogModel::Signature).data().toString(), QString());
}

void TstAuditLogModel::namesTheSigningKeyAndMarksTheFailedEvent()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditEvent signedOff;
    signedOff.seq = 1;
    signedOff.at = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    signedOff.entry =
        AuditEntry{as(u"sam"_s), u"gate_review"_s, u"review-1"_s, u"sign"_s,
                   R"({"decision":"approve","signer":"SHA256:CSNREP6MQyyOrXxxGfXy3efgOk+nDwRDAnsF8k1Q5aA"})"};
    AuditEvent next = signedOff;
    next.seq = 2;
    model.setEvents({signedOff, next});
    QCOMPARE(model.index(1, AuditLogModel::Signature).data().toString(), u"signed · SHA256:CSNREP6MQyyO…"_s);
    QCOMPARE(model.index(1, AuditLogModel::Details).data().toString(), u"decision: approve"_s);
    QCOMPARE(model.rowOf(1), 1);
    QCOMPARE(model.rowOf(7), -1);
    model.setFailedSeq(1);
    QVERIFY(model.index(1, AuditLogModel::Action).data(AuditLogModel::FailedRole).toBool());
    QVERIFY(!model.index(0, AuditLogModel::Action).data(AuditLogModel::FailedRole).toBool());
    model.setFailedSeq(std::nullopt);
    QVERIFY(!model.index(1, AuditLogModel::Action).data(AuditLogModel::FailedRole).toBool());
}

QTEST_GUILESS_MAIN(TstAuditLogModel)
#include "tst_auditlogmodel.moc"
