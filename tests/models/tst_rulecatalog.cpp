// The framework crosswalk: the table of docs/command-line.md and RuleCatalog say the same, row by row (issue 20).
#include "gate/rulecatalog.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {

/// One framework's references in a cell, in order: "MANAGE 4.3", "A.6.2.4", "Art. 19(1)"; the words around them
/// (titles, quoted wording) are the docs' to choose.
QStringList references(const QString &cell, const QRegularExpression &pattern)
{
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(cell))
        found.append(match.captured());
    return found;
}

const QRegularExpression &nistPattern()
{
    static const QRegularExpression pattern(u"\\b(?:GOVERN|MAP|MEASURE|MANAGE) \\d+\\.\\d+\\b"_s);
    return pattern;
}

const QRegularExpression &isoPattern()
{
    static const QRegularExpression pattern(u"\\bA\\.\\d+(?:\\.\\d+)+\\b"_s);
    return pattern;
}

const QRegularExpression &euPattern()
{
    static const QRegularExpression pattern(u"\\bArt\\. \\d+(?:\\(\\d+\\))*(?:\\([a-z]\\))?"_s);
    return pattern;
}

/// A row of the docs table: its three reference cells as written.
struct DocsRow {
    QString nist;
    QString iso;
    QString eu;
};

/// The catalog's crosswalk of @p id, a rule or a review record, as {NIST, ISO, EU}; empty when unknown.
QStringList catalogEntry(const QString &id)
{
    if (const RuleInfo *rule = RuleCatalog::find(id))
        return {rule->nistAiRmf, rule->iso42001, rule->euAiAct};
    for (const ReviewRecordInfo &record : RuleCatalog::reviewRecords()) {
        if (record.id == id)
            return {record.nistAiRmf, record.iso42001, record.euAiAct};
    }
    return {};
}

} // namespace

class TstRuleCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void docsTableNamesEveryRuleAndRecordOnce();
    void docsTableMatchesTheCatalog_data();
    void docsTableMatchesTheCatalog();
    void correctedReferences_data();
    void correctedReferences();
    void reviewRecordsAreNotRules();

private:
    QHash<QString, DocsRow> m_docs; ///< by rule or record id
    QStringList m_docsIds;          ///< in the order the table names them, repeats kept
};

void TstRuleCatalog::initTestCase()
{
    QFile file(QStringLiteral(GREENLIGHT_SOURCE_DIR "/docs/command-line.md"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const QString header =
        u"| rule | NIST AI RMF 1.0 | ISO/IEC 42001:2023 Annex A | EU AI Act (Reg. (EU) 2024/1689) |"_s;
    const qsizetype start = lines.indexOf(header);
    QVERIFY2(start >= 0, "docs/command-line.md has no crosswalk table");
    QCOMPARE(lines.value(start + 1), u"| --- | --- | --- | --- |"_s);
    const QRegularExpression id(u"`([a-z_]+\\.[a-z_]+)`"_s);
    for (qsizetype i = start + 2; i < lines.size() && lines[i].startsWith(u'|'); ++i) {
        const QStringList cells = lines[i].split(u'|');
        // "| a | b | c | d |" splits into an empty first and last part around the four cells.
        QVERIFY2(cells.size() == 6, qPrintable(u"line %1 has %2 cells"_s.arg(i + 1).arg(cells.size() - 2)));
        const DocsRow row{cells[2].trimmed(), cells[3].trimmed(), cells[4].trimmed()};
        for (const QString *cell : {&row.nist, &row.iso, &row.eu}) {
            // A cell is a dash or names at least one reference, so a prose-only cell cannot pass for "none".
            const bool dash = *cell == u"—"_s;
            const bool named = !references(*cell, nistPattern()).isEmpty() ||
                               !references(*cell, isoPattern()).isEmpty() || !references(*cell, euPattern()).isEmpty();
            QVERIFY2(dash != named, qPrintable(u"line %1: \"%2\""_s.arg(i + 1).arg(*cell)));
        }
        qsizetype ids = 0;
        for (const QRegularExpressionMatch &match : id.globalMatch(cells[1])) {
            m_docs.insert(match.captured(1), row);
            m_docsIds.append(match.captured(1));
            ++ids;
        }
        QVERIFY2(ids > 0, qPrintable(u"line %1 names no rule"_s.arg(i + 1)));
    }
}

void TstRuleCatalog::docsTableNamesEveryRuleAndRecordOnce()
{
    QStringList catalog;
    for (const RuleInfo &rule : RuleCatalog::all())
        catalog.append(rule.id);
    for (const ReviewRecordInfo &record : RuleCatalog::reviewRecords())
        catalog.append(record.id);
    // Same ids in the same order: nothing missing, nothing extra, nothing twice.
    QCOMPARE(m_docsIds, catalog);
}

void TstRuleCatalog::docsTableMatchesTheCatalog_data()
{
    QTest::addColumn<QString>("id");
    for (const RuleInfo &rule : RuleCatalog::all())
        QTest::newRow(qPrintable(rule.id)) << rule.id;
    for (const ReviewRecordInfo &record : RuleCatalog::reviewRecords())
        QTest::newRow(qPrintable(record.id)) << record.id;
}

void TstRuleCatalog::docsTableMatchesTheCatalog()
{
    QFETCH(QString, id);
    QVERIFY2(m_docs.contains(id), qPrintable(id + u" is not in the docs table"_s));
    const DocsRow docs = m_docs.value(id);
    const QStringList catalog = catalogEntry(id);
    QCOMPARE(catalog.size(), 3);
    QCOMPARE(references(docs.nist, nistPattern()), references(catalog[0], nistPattern()));
    QCOMPARE(references(docs.iso, isoPattern()), references(catalog[1], isoPattern()));
    QCOMPARE(references(docs.eu, euPattern()), references(catalog[2], euPattern()));
    // The catalog's own text is nothing but references and their titles: an entry without one is left empty.
    for (const QString &text : catalog) {
        const bool named = !references(text, nistPattern()).isEmpty() || !references(text, isoPattern()).isEmpty() ||
                           !references(text, euPattern()).isEmpty();
        QVERIFY2(text.isEmpty() || named, qPrintable(text));
    }
}

void TstRuleCatalog::correctedReferences_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("nist");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("eu");
    // Issue 20, checked against NIST AI 100-1 and Regulation (EU) 2024/1689: exact catalog text.
    QTest::newRow("runbook.present: incidents and errors, not unknown risks")
        << u"runbook.present"_s << u"MANAGE 4.3"_s << u"A.6.2.6 AI system operation and monitoring"_s << QString();
    QTest::newRow("ops.cost_cap: no subcategory is about spend")
        << u"ops.cost_cap"_s << QString() << QString() << QString();
    QTest::newRow("logging.policy: retention articles")
        << u"logging.policy"_s << u"MEASURE 2.10"_s << u"A.6.2.8 AI system recording of event logs"_s
        << u"Art. 12 record-keeping; Art. 19(1), Art. 26(6) logs kept at least six months"_s;
    QTest::newRow("eval.threshold: tested against prior defined thresholds")
        << u"eval.threshold"_s << u"MEASURE 2.3"_s << u"A.6.2.4 AI system verification and validation"_s
        << u"Art. 9(8) testing against prior defined thresholds; Art. 15(1) accuracy"_s;
    QTest::newRow("eval.coverage: resilience against adversarial inputs")
        << u"eval.coverage"_s << u"MEASURE 2.1"_s << u"A.6.2.4 AI system verification and validation"_s
        << u"Art. 15(5) resilience against adversarial inputs"_s;
    QTest::newRow("review.decision: whether deployment should proceed")
        << u"review.decision"_s << u"MANAGE 1.1"_s << QString() << QString();
    QTest::newRow("review.signoffs: responsibility for risk decisions")
        << u"review.signoffs"_s << u"GOVERN 2.3"_s << QString() << QString();
}

void TstRuleCatalog::correctedReferences()
{
    QFETCH(QString, id);
    QFETCH(QString, nist);
    QFETCH(QString, iso);
    QFETCH(QString, eu);
    QCOMPARE(catalogEntry(id), (QStringList{nist, iso, eu}));
}

void TstRuleCatalog::reviewRecordsAreNotRules()
{
    // A record id must never be taken for a rule (a template's rule list, a frozen rule result).
    QCOMPARE(RuleCatalog::reviewRecords().size(), 2);
    for (const ReviewRecordInfo &record : RuleCatalog::reviewRecords())
        QVERIFY2(!RuleCatalog::contains(record.id), qPrintable(record.id));
}

QTEST_GUILESS_MAIN(TstRuleCatalog)
#include "tst_rulecatalog.moc"
