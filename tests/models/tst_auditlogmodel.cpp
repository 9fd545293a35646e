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
                                  << u"facts: {2}, sha256: ab"_s;
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
}

QTEST_GUILESS_MAIN(TstAuditLogModel)
#include "tst_auditlogmodel.moc"
