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

/// A stand-in for the German catalogue: the GateRules sources it knows, in capitals with a marker.
class ShoutingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "GateRules") != 0)
            return {};
        return u"«"_s + QString::fromUtf8(source).toUpper() + u"»"_s;
    }
    bool isEmpty() const override { return false; }
};

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
    void roundTripsThroughItsStoredForm_data();
    void roundTripsThroughItsStoredForm();
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

void TstRuleMessage::roundTripsThroughItsStoredForm_data()
{
    rendersAndTranslates_data();
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
    const QString shown = u"«LATEST EVAL 97.5 % («ROUTE support-draft V3, 2026-10-10») ≥ THRESHOLD 95 %»"_s;
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT explanation FROM gate_rule_results WHERE rule_id = 'eval.threshold' AND review_id = '"_s +
                   review->id + u'\'') &&
            q.next());
    QCOMPARE(q.value(0).toString(), english);

    const auto stored = GateReviewStore(**db).load(review->id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->review.ruleResults[6].explanation, english);
    QCOMPARE(stored->review.ruleResults[6].displayText(), shown);
    const Portfolio portfolio = PortfolioRepository(**db).load().value();
    const RuleResult &loaded = portfolio.useCases[0].gateReviews.last().ruleResults[6];
    QCOMPARE(loaded.displayText(), shown);
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
