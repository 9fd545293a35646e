#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/why.h"

#include "domain/rulemessage.h"
#include "gate/gatereviewservice.h"
#include "portfolio/portfolioimporter.h"
#include "storage/database.h"
#include "storage/gatereviewstore.h"
#include "storage/portfoliorepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

/// A stand-in for the German catalogue: the GateRules and AlertScanner sources it knows, in capitals with a
/// marker; an enumerator's label as its type and spelling.
class ShoutingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int) const override
    {
        if (qstrcmp(context, "EnumLabel") == 0)
            return u"<%1 %2>"_s.arg(QString::fromUtf8(disambiguation), QString::fromUtf8(source));
        if (qstrcmp(context, "GateRules") != 0 && qstrcmp(context, "AlertScanner") != 0)
            return {};
        return u"«"_s + QString::fromUtf8(source).toUpper() + u"»"_s;
    }
    bool isEmpty() const override { return false; }
};

const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kAmerican(QLocale::English, QLocale::UnitedStates);

} // namespace

/// DESIGN §8 "evidence is language-neutral": rule explanations are kept as source text and arguments, stored
/// in English and translated only when shown.
class TstRuleMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QCoreApplication::removeTranslator(&m_translator); }
    void rendersAndTranslates_data();
    void rendersAndTranslates();
    void formatsFiguresOnlyWhenShown_data();
    void formatsFiguresOnlyWhenShown();
    void translatesEnumeratorsAndOtherContexts();
    void roundTripsThroughItsStoredForm_data();
    void roundTripsThroughItsStoredForm();
    void readsMessagesStoredWithFiguresAsText();
    void frozenReviewIsStoredInEnglishAndTranslatedWhenShown();
    void anEditedMessageCannotChangeWhatIsShown();

private:
    ShoutingTranslator m_translator;
    QTemporaryDir m_dir;
};

void TstRuleMessage::rendersAndTranslates_data()
{
    QTest::addColumn<RuleMessage>("message");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("translated");
    QTest::newRow("plain") << RuleMessage("no runbook") << u"no runbook"_s << u"«NO RUNBOOK»"_s;
    QTest::newRow("literal arguments stay as they are")
        << RuleMessage("on call: %1", {u"Dana Kim, Eli Park"_s}) << u"on call: Dana Kim, Eli Park"_s
        << u"«ON CALL: %1»"_s.replace(u"%1"_s, u"Dana Kim, Eli Park"_s);
    QTest::newRow("numbers") << RuleMessage("%1 of %2 unsafe_tool cases failed in the latest eval (%3)",
                                            {1, 5, RuleMessage("route %1 v%2, %3", {u"r"_s, 3, u"2026-10-10"_s})})
                             << u"1 of 5 unsafe_tool cases failed in the latest eval (route r v3, 2026-10-10)"_s
                             << u"«1 OF 5 UNSAFE_TOOL CASES FAILED IN THE LATEST EVAL («ROUTE r V3, 2026-10-10»)»"_s;
    QTest::newRow("list of messages")
        << RuleMessage("latest eval (%1): %2",
                       {u"x"_s, RuleMessage::list(
                                    {RuleMessage("%1 cases < %2", {90, 100}), RuleMessage("no edge cases")}, u"; "_s)})
        << u"latest eval (x): 90 cases < 100; no edge cases"_s
        << u"«LATEST EVAL (x): «90 CASES < 100»; «NO EDGE CASES»»"_s;
    QTest::newRow("an argument holding %2 is not substituted again")
        << RuleMessage("%1 %2 does not hold the %3 role", {u"owner"_s, u"50%2 off"_s, u"pm"_s})
        << u"owner 50%2 off does not hold the pm role"_s << u"«owner 50%2 off DOES NOT HOLD THE pm ROLE»"_s;
}

void TstRuleMessage::rendersAndTranslates()
{
    QFETCH(RuleMessage, message);
    QFETCH(QString, english);
    QFETCH(QString, translated);
    QCOMPARE(message.english(), english);
    QCOMPARE(message.translated(), english); // no translator installed
    QCoreApplication::installTranslator(&m_translator);
    QCOMPARE(message.translated(), translated);
    QCOMPARE(message.english(), english);
}

void TstRuleMessage::formatsFiguresOnlyWhenShown_data()
{
    QTest::addColumn<RuleMessage>("message");
    QTest::addColumn<QString>("english"); // stored, exported and printed by the command line
    QTest::addColumn<QString>("american");
    QTest::addColumn<QString>("german");
    QTest::newRow("integer") << RuleMessage("%1 cases < %2", {177141, 100}) << u"177141 cases < 100"_s
                             << u"177,141 cases < 100"_s << u"177.141 cases < 100"_s;
    QTest::newRow("number as the policy states it")
        << RuleMessage("threshold %1 % or %2 %", {RuleMessage::number(95), RuleMessage::number(97.5)})
        << u"threshold 95 % or 97.5 %"_s << u"threshold 95 % or 97.5 %"_s << u"threshold 95 % or 97,5 %"_s;
    QTest::newRow("decimal") << RuleMessage("%1 pp lower", {RuleMessage::decimal(2.04, 1)}) << u"2.0 pp lower"_s
                             << u"2.0 pp lower"_s << u"2,0 pp lower"_s;
    QTest::newRow("negative decimal") << RuleMessage("%1 pp higher", {RuleMessage::decimal(-1.5, 1)})
                                      << u"-1.5 pp higher"_s << u"-1.5 pp higher"_s << u"-1,5 pp higher"_s;
    QTest::newRow("money") << RuleMessage("daily cost cap %1 USD", {RuleMessage::decimal(1234.5, 2)})
                           << u"daily cost cap 1234.50 USD"_s << u"daily cost cap 1,234.50 USD"_s
                           << u"daily cost cap 1.234,50 USD"_s;
    QTest::newRow("percent") << RuleMessage("latest eval %1", {RuleMessage::percent(100.0 * 118 / 120)})
                             << u"latest eval 98.3 %"_s << u"latest eval 98.3 %"_s << u"latest eval 98,3 %"_s;
    QTest::newRow("date") << RuleMessage("rollback path tested %1", {RuleMessage::date(QDate(2026, 9, 25))})
                          << u"rollback path tested 2026-09-25"_s << u"rollback path tested 9/25/2026"_s
                          << u"rollback path tested 25.09.2026"_s;
    QTest::newRow("enumerators untranslated")
        << RuleMessage("data classes: %1", {RuleMessage::enumerators(QList{DataClass::Customer, DataClass::Regulated})})
        << u"data classes: customer, regulated"_s << u"data classes: customer, regulated"_s
        << u"data classes: customer, regulated"_s;
    QTest::newRow("nested") << RuleMessage("latest eval %1 (%2) < threshold %3 %",
                                           {RuleMessage::percent(96),
                                            RuleMessage("route %1 v%2, %3",
                                                        {u"r"_s, 3, RuleMessage::date(QDate(2026, 10, 25))}),
                                            RuleMessage::number(98)})
                            << u"latest eval 96.0 % (route r v3, 2026-10-25) < threshold 98 %"_s
                            << u"latest eval 96.0 % (route r v3, 10/25/2026) < threshold 98 %"_s
                            << u"latest eval 96,0 % (route r v3, 25.10.2026) < threshold 98 %"_s;
}

void TstRuleMessage::formatsFiguresOnlyWhenShown()
{
    QFETCH(RuleMessage, message);
    QFETCH(QString, english);
    QFETCH(QString, american);
    QFETCH(QString, german);
    QCOMPARE(message.english(), english);
    QCOMPARE(message.translated(DisplayFormat::plain()), english); // the command line's form
    QCOMPARE(message.translated(DisplayFormat(kAmerican)), american);
    QCOMPARE(message.translated(DisplayFormat(kGerman)), german);
    const QLocale before;
    QLocale::setDefault(kGerman);
    const QString shown = message.translated();
    QLocale::setDefault(before);
    QCOMPARE(shown, german);
    QCOMPARE(message.english(), english);
}

void TstRuleMessage::translatesEnumeratorsAndOtherContexts()
{
    const RuleMessage rejected("%1 was rejected by %2 (%3, %4)",
                               {RuleMessage::enumerator(DataClass::Regulated),
                                RuleMessage::enumerator(Role::Compliance), u"Nina Petrov"_s,
                                RuleMessage::date(QDate(2026, 9, 25))});
    const RuleMessage alert = RuleMessage::inContext("AlertScanner", "%1 takes %2 % of AI spend",
                                                     {u"globex"_s, RuleMessage::decimal(26.04, 1)});
    QCoreApplication::installTranslator(&m_translator);
    QCOMPARE(rejected.english(), u"regulated was rejected by compliance (Nina Petrov, 2026-09-25)"_s);
    QCOMPARE(rejected.translated(DisplayFormat(kGerman)),
             u"«<DataClass regulated> WAS REJECTED BY <Role compliance> (Nina Petrov, 25.09.2026)»"_s);
    QCOMPARE(alert.english(), u"globex takes 26.0 % of AI spend"_s);
    QCOMPARE(alert.translated(DisplayFormat(kGerman)), u"«globex TAKES 26,0 % OF AI SPEND»"_s);
    const RuleMessage back = RuleMessage::fromJson(alert.toJson());
    QVERIFY(back == alert);
    QCOMPARE(back.translated(DisplayFormat(kGerman)), alert.translated(DisplayFormat(kGerman)));
}

void TstRuleMessage::roundTripsThroughItsStoredForm_data()
{
    rendersAndTranslates_data();
    const auto add = [](const char *tag, const RuleMessage &message, const QString &english) {
        QTest::newRow(tag) << message << english << QString();
    };
    add("typed figures",
        RuleMessage("%1: %2 pp lower, within the %3 pp allowed (%4, %5, %6)",
                    {RuleMessage("latest %1 vs baseline %2",
                                 {RuleMessage::percent(100.0 * 118 / 120), RuleMessage::percent(98)}),
                     RuleMessage::decimal(100.0 * 2 / 120 + 0.1, 1), RuleMessage::number(2.5), 9007199254740993LL,
                     RuleMessage::date(QDate(2026, 9, 28)), RuleMessage::enumerator(LogMode::Redacted)}),
        u"latest 98.3 % vs baseline 98.0 %: 1.8 pp lower, within the 2.5 pp allowed (9007199254740993, 2026-09-28, "
        u"redacted)"_s);
    add("another context",
        RuleMessage::inContext("AlertScanner", "%1 spent %2 USD", {u"x"_s, RuleMessage::decimal(50, 2)}),
        u"x spent 50.00 USD"_s);
}

void TstRuleMessage::roundTripsThroughItsStoredForm()
{
    QFETCH(RuleMessage, message);
    QFETCH(QString, english);
    const RuleMessage back = RuleMessage::fromJson(message.toJson());
    QCOMPARE(back.english(), english);
    QVERIFY(back == message);
    QVERIFY(RuleMessage::fromStored(message.toJson(), english) == message);
    QVERIFY(RuleMessage::fromStored(message.toJson(), english + u" (edited)"_s).isEmpty());
}

void TstRuleMessage::readsMessagesStoredWithFiguresAsText()
{
    // As databases before typed figures stored the threshold rule: every figure already written out.
    const QByteArray stored = R"({"text":"latest eval %1 (%2) ≥ threshold %3 %","args":["97.5 %",)"
                              R"({"text":"route %1 v%2, %3","args":["support-draft","3","2026-10-10"]},"95"]})";
    const QString english = u"latest eval 97.5 % (route support-draft v3, 2026-10-10) ≥ threshold 95 %"_s;
    const RuleMessage message = RuleMessage::fromStored(stored, english);
    QVERIFY(!message.isEmpty());
    QCOMPARE(message.english(), english);
    QCOMPARE(message.translated(DisplayFormat(kGerman)), english); // no translator: the words and figures as stored
    QCoreApplication::installTranslator(&m_translator);
    QCOMPARE(message.translated(DisplayFormat(kGerman)),
             u"«LATEST EVAL 97.5 % («ROUTE support-draft V3, 2026-10-10») ≥ THRESHOLD 95 %»"_s);
}

void TstRuleMessage::frozenReviewIsStoredInEnglishAndTranslatedWhenShown()
{
    auto db = Database::open(m_dir.filePath(u"frozen.sqlite"_s));
    QVERIFY(db.has_value());
    const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    QVERIFY(PortfolioImporter(**db).import(readExample(), u"example.json"_s, as(u"tester"_s), now).has_value());
    // Started while another language is active: what is frozen is still English.
    QCoreApplication::installTranslator(&m_translator);
    const auto review =
        GateReviewService(**db, [now] { return now; }).start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY2(review.has_value(), why(review).constData());
    const QString english = u"latest eval 97.5 % (route support-draft v3, 2026-10-10) ≥ threshold 95 %"_s;
    // Shown on a German screen: translated, with the figures and the date as German writes them.
    const QString shown = u"«LATEST EVAL 97,5 % («ROUTE support-draft V3, 10.10.2026») ≥ THRESHOLD 95 %»"_s;
    const DisplayFormat german(kGerman);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT explanation FROM gate_rule_results WHERE rule_id = 'eval.threshold' AND review_id = '"_s +
                   review->id + u'\'') &&
            q.next());
    QCOMPARE(q.value(0).toString(), english);

    const auto stored = GateReviewStore(**db).load(review->id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->review.ruleResults[6].explanation, english);
    QCOMPARE(stored->review.ruleResults[6].displayText(german), shown);
    const Portfolio portfolio = PortfolioRepository(**db).load().value();
    const RuleResult &loaded = portfolio.useCases[0].gateReviews.last().ruleResults[6];
    QCOMPARE(loaded.displayText(german), shown);
    // A review imported from a file has only the English text, and shows it.
    QCOMPARE(portfolio.useCases[0].gateReviews.first().ruleResults[0].displayText(),
             portfolio.useCases[0].gateReviews.first().ruleResults[0].explanation);
}

void TstRuleMessage::anEditedMessageCannotChangeWhatIsShown()
{
    auto db = Database::open(m_dir.filePath(u"edited.sqlite"_s));
    QVERIFY(db.has_value());
    const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    QVERIFY(PortfolioImporter(**db).import(readExample(), u"example.json"_s, as(u"tester"_s), now).has_value());
    const auto review =
        GateReviewService(**db, [now] { return now; }).start(u"support-reply-draft"_s, {}, as(u"ana"_s));
    QVERIFY(review.has_value());
    // The audit chain covers the English explanation, not the message column: an edit there is ignored.
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"UPDATE gate_rule_results SET message = '{\"text\":\"all good\",\"args\":[]}' "
                   u"WHERE rule_id = 'eval.threshold'"_s));
    const auto stored = GateReviewStore(**db).load(review->id);
    QCOMPARE(stored->review.ruleResults[6].displayText(),
             u"latest eval 97.5 % (route support-draft v3, 2026-10-10) ≥ threshold 95 %"_s);
}

QTEST_GUILESS_MAIN(TstRuleMessage)
#include "tst_rulemessage.moc"
