// Money as integer nano-dollars (issue 18 item 4): read exactly from decimal text, rounded half to even past the
// ninth decimal, taken from JSON doubles by their shortest decimal form, printed exactly, summed with overflow checks.
#include "usage/apportion.h"
#include "usage/nanousd.h"

#include <QTest>

#include <limits>
#include <numeric>

using namespace greenlight::models;
using namespace Qt::StringLiterals;

class TstNanoUsd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDecimalText_data();
    void parsesDecimalText();
    void refusesWhatIsNotAnAmount_data();
    void refusesWhatIsNotAnAmount();
    void takesDoublesByTheirShortestForm_data();
    void takesDoublesByTheirShortestForm();
    void printsExactly_data();
    void printsExactly();
    void addRefusesOverflow();
    void apportionsExactly_data();
    void apportionsExactly();
};

void TstNanoUsd::parsesDecimalText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<bool>("rounded");

    QTest::newRow("whole dollars") << QByteArray("12") << qint64(12'000'000'000) << false;
    QTest::newRow("nine decimals") << QByteArray("12.345678901") << qint64(12'345'678'901) << false;
    QTest::newRow("an embedding call") << QByteArray("0.0000002") << qint64(200) << false;
    QTest::newRow("one nano") << QByteArray("0.000000001") << qint64(1) << false;
    QTest::newRow("trailing zeros past nine") << QByteArray("1.500000000000") << qint64(1'500'000'000) << false;
    QTest::newRow("half rounds to even (down)") << QByteArray("0.0000000025") << qint64(2) << true;
    QTest::newRow("half rounds to even (up)") << QByteArray("0.0000000035") << qint64(4) << true;
    QTest::newRow("more than half rounds up") << QByteArray("0.00000000250001") << qint64(3) << true;
    QTest::newRow("less than half rounds down") << QByteArray("0.0000000024999") << qint64(2) << true;
    QTest::newRow("far below a nano") << QByteArray("1e-20") << qint64(0) << true;
    QTest::newRow("exponent") << QByteArray("1.5e-7") << qint64(150) << false;
    QTest::newRow("positive exponent") << QByteArray("2E+3") << qint64(2'000'000'000'000) << false;
    QTest::newRow("negative") << QByteArray("-3.5") << qint64(-3'500'000'000) << false;
    QTest::newRow("leading point") << QByteArray(".25") << qint64(250'000'000) << false;
    QTest::newRow("zero") << QByteArray("0") << qint64(0) << false;
    QTest::newRow("largest") << QByteArray("9223372036.854775807") << std::numeric_limits<qint64>::max() << false;
}

void TstNanoUsd::parsesDecimalText()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, nanos);
    QFETCH(bool, rounded);
    const auto parsed = NanoUsd::parse(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->nanos, nanos);
    QCOMPARE(parsed->rounded, rounded);
}

void TstNanoUsd::refusesWhatIsNotAnAmount_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("sign only") << QByteArray("-");
    QTest::newRow("point only") << QByteArray(".");
    QTest::newRow("two points") << QByteArray("1.2.3");
    QTest::newRow("letters") << QByteArray("12abc");
    QTest::newRow("comma") << QByteArray("1,5");
    QTest::newRow("empty exponent") << QByteArray("1e");
    QTest::newRow("space") << QByteArray(" 1");
    QTest::newRow("nan") << QByteArray("nan");
    QTest::newRow("one nano too many") << QByteArray("9223372036.854775808");
    QTest::newRow("huge exponent") << QByteArray("1e400");
    QTest::newRow("huge") << QByteArray("1e10");
}

void TstNanoUsd::refusesWhatIsNotAnAmount()
{
    QFETCH(QByteArray, text);
    QVERIFY(!NanoUsd::parse(text).has_value());
}

void TstNanoUsd::takesDoublesByTheirShortestForm_data()
{
    QTest::addColumn<double>("usd");
    QTest::addColumn<qint64>("nanos");
    // 0.0000075 is 7.4999999999999997e-06 in binary: multiplying by 1e9 and rounding would be exact here, but
    // 0.1 + 0.2 shows why the decimal form is read, not the binary value scaled.
    QTest::newRow("per-request price") << 0.0000075 << qint64(7'500);
    QTest::newRow("0.1 + 0.2") << (0.1 + 0.2) << qint64(300'000'000);
    QTest::newRow("cents") << 12.34 << qint64(12'340'000'000);
    QTest::newRow("tiny") << 2e-7 << qint64(200);
}

void TstNanoUsd::takesDoublesByTheirShortestForm()
{
    QFETCH(double, usd);
    QFETCH(qint64, nanos);
    QCOMPARE(NanoUsd::fromDouble(usd), std::optional<qint64>(nanos));
}

void TstNanoUsd::printsExactly_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("text");
    QTest::newRow("dollars") << qint64(12'345'678'901) << u"12.345678901"_s;
    QTest::newRow("nano") << qint64(200) << u"0.000000200"_s;
    QTest::newRow("zero") << qint64(0) << u"0.000000000"_s;
    QTest::newRow("negative") << qint64(-200) << u"-0.000000200"_s;
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << u"-9223372036.854775808"_s;
}

void TstNanoUsd::printsExactly()
{
    QFETCH(qint64, nanos);
    QFETCH(QString, text);
    QCOMPARE(NanoUsd::toDecimal(nanos), text);
    if (nanos != std::numeric_limits<qint64>::min())
        QCOMPARE(NanoUsd::parse(text.toLatin1())->nanos, nanos);
}

void TstNanoUsd::addRefusesOverflow()
{
    qint64 sum = std::numeric_limits<qint64>::max() - 5;
    QVERIFY(NanoUsd::add(sum, 5));
    QCOMPARE(sum, std::numeric_limits<qint64>::max());
    QVERIFY(!NanoUsd::add(sum, 1));
    QCOMPARE(sum, std::numeric_limits<qint64>::max());
}

void TstNanoUsd::apportionsExactly_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("parts");
    QTest::newRow("even") << qint64(900) << QList<qint64>{1, 1, 1} << QList<qint64>{300, 300, 300};
    QTest::newRow("one nano left, to the largest remainder")
        << qint64(100) << QList<qint64>{1, 1, 1} << QList<qint64>{34, 33, 33};
    QTest::newRow("remainders decide") << qint64(10) << QList<qint64>{2, 5, 7} << QList<qint64>{1, 4, 5};
    QTest::newRow("a zero weight gets nothing") << qint64(7) << QList<qint64>{0, 3, 4} << QList<qint64>{0, 3, 4};
    QTest::newRow("nothing to split by") << qint64(7) << QList<qint64>{0, 0} << QList<qint64>{};
    QTest::newRow("negative (a credit)") << qint64(-100) << QList<qint64>{1, 1, 1} << QList<qint64>{-34, -33, -33};
    QTest::newRow("huge amount and weights")
        << std::numeric_limits<qint64>::max() << QList<qint64>{std::numeric_limits<qint64>::max(), 1}
        << QList<qint64>{std::numeric_limits<qint64>::max() - 1, 1};
}

void TstNanoUsd::apportionsExactly()
{
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, parts);
    const QList<qint64> got = apportion(amount, weights);
    QCOMPARE(got, parts);
    if (!parts.isEmpty())
        QCOMPARE(std::accumulate(got.cbegin(), got.cend(), qint64(0)), amount);
}

QTEST_GUILESS_MAIN(TstNanoUsd)
#include "tst_nanousd.moc"
