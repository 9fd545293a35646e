#include "packet/tablewidths.h"

#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace greenlight::app {

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &tokenPattern()
{
    static const QRegularExpression token(u"\\S+"_s);
    return token;
}

qreal sum(const QList<qreal> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), qreal(0));
}

/// @p base with what is left of @p available given to the columns still short of their @p target, by how short
/// (by their targets when none is).
QList<qreal> topped(const QList<qreal> &base, const QList<qreal> &target, qreal available)
{
    QList<qreal> slack(base.size());
    for (qsizetype c = 0; c < base.size(); ++c)
        slack[c] = std::max(qreal(0), target[c] - base[c]);
    const qreal slacks = sum(slack);
    const qreal rest = available - sum(base);
    QList<qreal> width(base.size());
    for (qsizetype c = 0; c < base.size(); ++c)
        width[c] = base[c] + rest * (slacks > 0 ? slack[c] / slacks : target[c] / sum(target));
    return width;
}

/// Widths between @p floor and @p want that fill @p available (their sums on either side of it): each column at
/// floor ≤ level × @p scale ≤ want, with the level found by halving.
QList<qreal> leveled(const QList<qreal> &floor, const QList<qreal> &want, const QList<qreal> &scale, qreal available)
{
    const auto at = [&](qreal level) {
        QList<qreal> width(floor.size());
        for (qsizetype c = 0; c < floor.size(); ++c)
            width[c] = std::max(floor[c], std::min(want[c], level * scale[c]));
        return width;
    };
    qreal low = 0;
    qreal high = 1;
    while (sum(at(high)) < available && high < 1e9)
        high *= 2;
    for (int i = 0; i < 60; ++i) {
        const qreal mid = (low + high) / 2;
        (sum(at(mid)) <= available ? low : high) = mid;
    }
    return at(low);
}

} // namespace

TableWidths::TableWidths(const QFont &header, const QFont &cells, QPaintDevice *device, qreal padding)
    : m_header(header), m_cells(cells), m_device(device), m_padding(padding)
{
}

qreal TableWidths::advance(Face face, const QString &text) const
{
    QHash<QString, qreal> &known = face == Face::Header ? m_headerAdvances : m_cellAdvances;
    if (const auto it = known.constFind(text); it != known.constEnd())
        return *it;
    QTextLayout layout(text, face == Face::Header ? m_header : m_cells, m_device);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    const qreal width = line.naturalTextWidth();
    known.insert(text, width);
    return width;
}

qreal TableWidths::widestToken(Face face, const QString &text, Split split) const
{
    static const QRegularExpression pieces(u"[^\\s.-]*[.-]+|[^\\s.-]+"_s);
    qreal widest = 0;
    for (auto it = (split == Split::AfterHyphensAndDots ? pieces : tokenPattern()).globalMatch(text); it.hasNext();)
        widest = std::max(widest, advance(face, it.next().captured()));
    return widest;
}

/// Where @p token breaks into lines no wider than @p room: after the last `-` or `.` that fits. A rest with no such
/// place is left whole, for the layout to wrap where it can (a fingerprint after a `/`, else anywhere).
QStringList TableWidths::brokenToken(const QString &token, qreal room) const
{
    const auto width = [&](qsizetype from, qsizetype to) { return advance(Face::Cells, token.mid(from, to - from)); };
    QStringList lines;
    qsizetype start = 0;
    while (width(start, token.size()) > room) {
        qsizetype cut = -1;
        for (qsizetype i = start; i + 1 < token.size(); ++i) {
            const QChar c = token.at(i);
            if ((c == u'-' || c == u'.') && width(start, i + 1) <= room)
                cut = i + 1;
        }
        if (cut < 0)
            break;
        lines.append(token.mid(start, cut - start));
        start = cut;
    }
    lines.append(token.mid(start));
    return lines;
}

QList<qreal> TableWidths::widths(const QStringList &header, const QList<QStringList> &rows, const QList<int> &preferred,
                                 qreal available) const
{
    const qsizetype columns = header.size();
    // What a column needs, from most to least: every cell and the header on one line; the header on one line and
    // every token whole; every header word and token whole; header words whole and tokens broken after their
    // hyphens and dots; header words whole and the cells anywhere; header words broken after their hyphens.
    QList<qreal> natural(columns);
    QList<qreal> phrase(columns);
    QList<qreal> whole(columns);
    QList<qreal> idsBroken(columns);
    QList<qreal> headerWords(columns);
    QList<qreal> headerPieces(columns);
    QList<qreal> target(columns);
    // A longer token is a long value (a key's fingerprint) that may wrap, not an id to keep whole at any cost.
    const qreal longest = available / 3;
    qreal shares = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        const QString title = header[c].simplified();
        headerWords[c] = widestToken(Face::Header, title, Split::AtSpaces);
        headerPieces[c] = widestToken(Face::Header, title, Split::AfterHyphensAndDots);
        natural[c] = advance(Face::Header, title);
        qreal tokens = 0;
        qreal pieces = 0;
        for (const QStringList &row : rows) {
            const QString cell = row.value(c).simplified();
            tokens = std::max(tokens, std::min(longest, widestToken(Face::Cells, cell, Split::AtSpaces)));
            pieces = std::max(pieces, std::min(longest, widestToken(Face::Cells, cell, Split::AfterHyphensAndDots)));
            natural[c] = std::max(natural[c], advance(Face::Cells, cell));
        }
        phrase[c] = std::max(advance(Face::Header, title), tokens);
        whole[c] = std::max(headerWords[c], tokens);
        idsBroken[c] = std::max(headerWords[c], pieces);
        for (QList<qreal> *width : {&natural, &phrase, &whole, &idsBroken, &headerWords, &headerPieces})
            (*width)[c] += m_padding;
        target[c] = preferred.size() == columns ? qreal(preferred[c]) : qreal(1);
        shares += target[c];
    }
    for (qreal &t : target)
        t *= available / shares;

    if (sum(natural) <= available)
        return topped(natural, target, available);
    // Too wide: the columns whose cells are short keep them on one line, the others share out the rest by their
    // preferred shares, each keeping the most it can ask for that still lets every column fit.
    for (const QList<qreal> *floor : {&phrase, &whole, &idsBroken, &headerWords, &headerPieces}) {
        if (sum(*floor) <= available)
            return leveled(*floor, natural, target, available);
    }
    QList<qreal> width(columns);
    for (qsizetype c = 0; c < columns; ++c)
        width[c] = headerPieces[c] * available / sum(headerPieces);
    return width;
}

QString TableWidths::fitted(const QString &text, qreal width) const
{
    const qreal room = width - m_padding;
    QString out;
    qsizetype done = 0;
    for (auto it = tokenPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch token = it.next();
        out += text.mid(done, token.capturedStart() - done);
        done = token.capturedEnd();
        out += advance(Face::Cells, token.captured()) <= room
                   ? token.captured()
                   : brokenToken(token.captured(), room).join(QChar::LineSeparator);
    }
    return out + text.mid(done);
}

} // namespace greenlight::app
