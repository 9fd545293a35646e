#include "packet/tablewidths.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QTest>
#include <QTextLayout>

#include <numeric>

using namespace greenlight::app;
using namespace Qt::StringLiterals;

class TstTableWidths final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsGetTheirWordsAndFillTheTable_data();
    void columnsGetTheirWordsAndFillTheTable();
    void breaksTooWideIdsOnlyAfterHyphensAndDots_data();
    void breaksTooWideIdsOnlyAfterHyphensAndDots();

private:
    static QFont cells();
    static QFont header();
    /// How wide @p text is set on one line, as the class measures it.
    static qreal advance(const QFont &font, const QString &text);
};

namespace {

constexpr qreal kPadding = 10;

} // namespace

QFont TstTableWidths::cells()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(8.5);
    return font;
}

QFont TstTableWidths::header()
{
    QFont font = cells();
    font.setWeight(QFont::Bold);
    return font;
}

qreal TstTableWidths::advance(const QFont &font, const QString &text)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    return line.naturalTextWidth();
}

void TstTableWidths::columnsGetTheirWordsAndFillTheTable_data()
{
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("preferred");
    QTest::addColumn<qreal>("available");
    QTest::addColumn<bool>("idsWhole");

    // The eval table's shares left "Baseline" 8 % of the page: narrower than the word.
    QTest::newRow("a header word wider than its share")
        << QStringList{u"Date"_s, u"Run"_s, u"Baseline"_s, u"Secrets"_s}
        << QList<QStringList>{{u"2026-10-10"_s, u"run-2026-10-10"_s, u"yes"_s, u"0"_s}} << QList<int>{40, 40, 2, 18}
        << qreal(400) << true;
    // The audit events gave review ids 17 %.
    QTest::newRow("an id wider than its share")
        << QStringList{u"Seq"_s, u"Entity"_s, u"Details"_s}
        << QList<QStringList>{{u"12"_s, u"review-2026-11-25"_s,
                               u"a long text that wraps wherever it must, word by word"_s}}
        << QList<int>{5, 5, 90} << qreal(400) << true;
    // Too narrow for every token whole: header words still are.
    QTest::newRow("a table too narrow for its ids")
        << QStringList{u"Route"_s, u"Provider"_s, u"Fallback"_s}
        << QList<QStringList>{{u"support-draft-fallback v1"_s, u"anthropic"_s, u"support-draft-fallback"_s}}
        << QList<int>{} << qreal(200) << false;
}

void TstTableWidths::columnsGetTheirWordsAndFillTheTable()
{
    QFETCH(QStringList, titles);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, preferred);
    QFETCH(qreal, available);
    QFETCH(bool, idsWhole);
    const TableWidths fit(header(), cells(), nullptr, kPadding);
    const QList<qreal> widths = fit.widths(titles, rows, preferred, available);
    QCOMPARE(widths.size(), titles.size());
    QVERIFY(qAbs(std::accumulate(widths.cbegin(), widths.cend(), qreal(0)) - available) < 0.01);
    for (qsizetype c = 0; c < titles.size(); ++c) {
        for (const QString &word : titles[c].split(u' '))
            QVERIFY2(widths[c] >= advance(header(), word) + kPadding, qPrintable(word));
        // Every cell's id reads whole when they all fit, else broken only after a hyphen.
        for (const QStringList &row : rows) {
            const QString shown = fit.fitted(row[c], widths[c]);
            QCOMPARE(QString(shown).remove(QChar::LineSeparator), row[c]);
            if (idsWhole)
                QCOMPARE(shown, row[c]);
            for (const QString &piece : shown.split(QChar::LineSeparator).mid(0, shown.count(QChar::LineSeparator)))
                QVERIFY2(piece.endsWith(u'-'), qPrintable(shown));
        }
    }
}

void TstTableWidths::breaksTooWideIdsOnlyAfterHyphensAndDots_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fitting"); // the widest first line that must fit
    QTest::addColumn<QString>("shown");

    QTest::newRow("fits") << u"review-2026-11-25"_s << u"review-2026-11-25"_s << u"review-2026-11-25"_s;
    // Qt allows no break before a digit, so it would break the id anywhere: the cell breaks it after a hyphen.
    QTest::newRow("after the last hyphen that fits")
        << u"review-2026-11-25"_s << u"review-2026-11-"_s << u"review-2026-11-\u202825"_s;
    QTest::newRow("after a dot") << u"see ff.support_reply_draft now"_s << u"support_reply_"_s
                                 << u"see ff.\u2028support_reply_draft now"_s;
    QTest::newRow("twice") << u"support-draft-fallback"_s << u"support-"_s << u"support-\u2028draft-\u2028fallback"_s;
    // A fingerprint has nowhere to break: the layout wraps it where it can.
    QTest::newRow("no hyphen or dot") << u"SHA256:Bx1nq9L3c0bQxGkQ2m4Yq2sZ8a0n/S3p0b5yWqL7uT2E"_s << u"SHA256"_s
                                      << u"SHA256:Bx1nq9L3c0bQxGkQ2m4Yq2sZ8a0n/S3p0b5yWqL7uT2E"_s;
}

void TstTableWidths::breaksTooWideIdsOnlyAfterHyphensAndDots()
{
    QFETCH(QString, text);
    QFETCH(QString, fitting);
    QFETCH(QString, shown);
    const TableWidths fit(header(), cells(), nullptr, kPadding);
    QCOMPARE(fit.fitted(text, advance(cells(), fitting) + kPadding + 0.5), shown);
}

QTEST_MAIN(TstTableWidths)
#include "tst_tablewidths.moc"
