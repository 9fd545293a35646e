#include "json/canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <bit>
#include <limits>

using namespace greenlight::models;
using namespace Qt::StringLiterals;

class TstCanonicalJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesNumbersAsEcmaScript_data();
    void writesNumbersAsEcmaScript();
    void refusesNumbersJsonCannotHold_data();
    void refusesNumbersJsonCannotHold();
    void canonicalizesTheRfcExamples_data();
    void canonicalizesTheRfcExamples();
    void escapesOnlyWhatJsonRequires_data();
    void escapesOnlyWhatJsonRequires();
};

void TstCanonicalJson::writesNumbersAsEcmaScript_data()
{
    QTest::addColumn<quint64>("bits");
    QTest::addColumn<QByteArray>("expected");
    // RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript text.
    const auto row = [](const char *name, quint64 bits, const char *expected) {
        QTest::newRow(name) << bits << QByteArray(expected);
    };
    row("zero", 0x0000000000000000, "0");
    row("minus zero", 0x8000000000000000, "0");
    row("min pos number", 0x0000000000000001, "5e-324");
    row("min neg number", 0x8000000000000001, "-5e-324");
    row("max pos number", 0x7fefffffffffffff, "1.7976931348623157e+308");
    row("max neg number", 0xffefffffffffffff, "-1.7976931348623157e+308");
    row("max pos int", 0x4340000000000000, "9007199254740992");
    row("max neg int", 0xc340000000000000, "-9007199254740992");
    row("~2**68", 0x4430000000000000, "295147905179352830000");
    row("9.999999999999997e+22", 0x44b52d02c7e14af5, "9.999999999999997e+22");
    row("1e+23", 0x44b52d02c7e14af6, "1e+23");
    row("1.0000000000000001e+23", 0x44b52d02c7e14af7, "1.0000000000000001e+23");
    row("999999999999999700000", 0x444b1ae4d6e2ef4e, "999999999999999700000");
    row("999999999999999900000", 0x444b1ae4d6e2ef4f, "999999999999999900000");
    row("1e+21", 0x444b1ae4d6e2ef50, "1e+21");
    row("9.999999999999997e-7", 0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7");
    row("0.000001", 0x3eb0c6f7a0b5ed8d, "0.000001");
    row("333333333.3333332", 0x41b3de4355555553, "333333333.3333332");
    row("333333333.33333325", 0x41b3de4355555554, "333333333.33333325");
    row("333333333.3333333", 0x41b3de4355555555, "333333333.3333333");
    row("333333333.3333334", 0x41b3de4355555556, "333333333.3333334");
    row("333333333.33333343", 0x41b3de4355555557, "333333333.33333343");
    row("-0.0000033333333333333333", 0xbecbf647612f3696, "-0.0000033333333333333333");
    row("1424953923781206.2", 0x43143ff3c1cb0959, "1424953923781206.2");
    // The boundaries of ECMAScript's fixed and exponent forms.
    QTest::newRow("1e-7") << std::bit_cast<quint64>(1e-7) << QByteArray("1e-7");
    QTest::newRow("1e21") << std::bit_cast<quint64>(1e21) << QByteArray("1e+21");
    QTest::newRow("1e20") << std::bit_cast<quint64>(1e20) << QByteArray("100000000000000000000");
    QTest::newRow("-1.5e-9") << std::bit_cast<quint64>(-1.5e-9) << QByteArray("-1.5e-9");
    QTest::newRow("333333333.33333329") << std::bit_cast<quint64>(333333333.33333329)
                                        << QByteArray("333333333.3333333");
    QTest::newRow("4.50") << std::bit_cast<quint64>(4.50) << QByteArray("4.5");
    QTest::newRow("2e-3") << std::bit_cast<quint64>(2e-3) << QByteArray("0.002");
    QTest::newRow("integer 42") << std::bit_cast<quint64>(42.0) << QByteArray("42");
    QTest::newRow("97.5") << std::bit_cast<quint64>(97.5) << QByteArray("97.5");
}

void TstCanonicalJson::writesNumbersAsEcmaScript()
{
    QFETCH(quint64, bits);
    QFETCH(QByteArray, expected);
    QCOMPARE(CanonicalJson::number(std::bit_cast<double>(bits)), std::optional<QByteArray>(expected));
    QCOMPARE(CanonicalJson::serialize(QJsonArray{std::bit_cast<double>(bits)}),
             std::optional<QByteArray>('[' + expected + ']'));
}

void TstCanonicalJson::refusesNumbersJsonCannotHold_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("Infinity") << std::numeric_limits<double>::infinity();
    QTest::newRow("-Infinity") << -std::numeric_limits<double>::infinity();
}

void TstCanonicalJson::refusesNumbersJsonCannotHold()
{
    QFETCH(double, value);
    QCOMPARE(CanonicalJson::number(value), std::nullopt);
    QCOMPARE(CanonicalJson::serialize(QJsonObject{{u"n"_s, value}}), std::nullopt);
}

void TstCanonicalJson::canonicalizesTheRfcExamples_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    // RFC 8785 §3.2.2 (whitespace, numbers, strings, literals).
    QTest::newRow("§3.2.2 example")
        << QByteArray(R"({
  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
  "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
  "literals": [null, true, false]
})")
        << QByteArray(R"({"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],)"
                      R"("string":"€$\u000f\nA'B\"\\\\\"/"})");
    // RFC 8785 §3.2.3: names sorted by UTF-16 code units (the emoji's surrogates sort before U+FB33).
    QTest::newRow("§3.2.3 sorting")
        << QByteArray(R"({
  "\u20ac": "Euro Sign",
  "\r": "Carriage Return",
  "\ufb33": "Hebrew Letter Dalet With Dagesh",
  "1": "One",
  "\ud83d\ude00": "Emoji: Grinning Face",
  "\u0080": "Control",
  "\u00f6": "Latin Small Letter O With Diaeresis"
})")
        << QByteArray("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xc2\x80\":\"Control\","
                      "\"\xc3\xb6\":\"Latin Small Letter O With Diaeresis\",\"\xe2\x82\xac\":\"Euro Sign\","
                      "\"\xf0\x9f\x98\x80\":\"Emoji: Grinning Face\","
                      "\"\xef\xac\xb3\":\"Hebrew Letter Dalet With Dagesh\"}");
    QTest::newRow("nested objects sorted at every level")
        << QByteArray(R"({"b": {"z": 1, "a": [ {"y": 2, "x": 3} ]}, "a": {}})")
        << QByteArray(R"({"a":{},"b":{"a":[{"x":3,"y":2}],"z":1}})");
    QTest::newRow("top-level array") << QByteArray(R"([ 1.0, "x", [], {} ])") << QByteArray(R"([1,"x",[],{}])");
}

void TstCanonicalJson::canonicalizesTheRfcExamples()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(CanonicalJson::canonicalize(input), std::optional<QByteArray>(expected));
}

void TstCanonicalJson::escapesOnlyWhatJsonRequires_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("quote and backslash") << u"a\"b\\c"_s << QByteArray(R"("a\"b\\c")");
    QTest::newRow("short forms") << u"\b\f\n\r\t"_s << QByteArray(R"("\b\f\n\r\t")");
    QTest::newRow("other controls as lowercase \\u00xx")
        << QString(QChar(0x01)) + QChar(0x1f) + QChar(0x0b) << QByteArray(R"("\u0001\u001f\u000b")");
    QTest::newRow("slash unescaped") << u"a/b"_s << QByteArray(R"("a/b")");
    QTest::newRow("DEL and non-ASCII unescaped") << u"\x7f≥ü"_s << QByteArray("\"\x7f\xe2\x89\xa5\xc3\xbc\"");
    QTest::newRow("empty") << QString() << QByteArray(R"("")");
}

void TstCanonicalJson::escapesOnlyWhatJsonRequires()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(CanonicalJson::string(text), expected);
}

QTEST_GUILESS_MAIN(TstCanonicalJson)
#include "tst_canonicaljson.moc"
