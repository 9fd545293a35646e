#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QStringList>

QT_FORWARD_DECLARE_CLASS(QPaintDevice)

namespace greenlight::app {

/**
 * Column widths for a packet table that keep header words and ids whole. Qt sets a table in the widths it is given:
 * a word wider than its column is broken anywhere ("Baselin e", "review-2026-11-2 5"), and a table whose columns
 * overflow the page is laid out again with every word broken anywhere. So each column first gets what its widest
 * header word and its widest token need, as the document's layout measures them; a column whose cells are short
 * keeps them on one line, and the preferred shares divide the rest among the columns of longer text.
 *
 * When the tokens cannot all fit, the widest columns give way first, as far as their words and ids can break after
 * a `-` or `.` ("Retrieval-Korpus", "support-draft-fallback"). A cell's token wider than its column is broken with a
 * line separator there (Qt would break "review-2026-11-26" anywhere: no break is allowed before a digit), so the
 * text is unchanged and nothing invisible (U+200B, a soft hyphen) enters an id. Header words never break elsewhere. A
 * token wider than a third of the table (a key's fingerprint) is a long value that may wrap: it does not squeeze every
 * other column.
 */
class TableWidths final
{
public:
    /// Measures in @p header's and @p cells' fonts on @p device (the screen when null); @p padding is the room a
    /// cell takes beside its text.
    TableWidths(const QFont &header, const QFont &cells, QPaintDevice *device, qreal padding);

    /// The width of each column, text and padding, that together fill @p available; @p preferred are relative
    /// shares (percentages; all equal when empty).
    [[nodiscard]] QList<qreal> widths(const QStringList &header, const QList<QStringList> &rows,
                                      const QList<int> &preferred, qreal available) const;
    /// @p text as a cell of @p width (with padding) shows it: tokens wider than the text's room broken with
    /// U+2028 after a `-` or `.` where one fits.
    [[nodiscard]] QString fitted(const QString &text, qreal width) const;

private:
    enum class Face { Header, Cells };
    enum class Split { AtSpaces, AfterHyphensAndDots };
    /// The widest token of @p text in @p face: between spaces, or also after each `-` and `.`.
    [[nodiscard]] qreal widestToken(Face face, const QString &text, Split split) const;
    /// How wide @p text is set on one line in @p face, as QTextDocument's layout sets it (a little wider than
    /// QFontMetricsF says: it places glyphs on whole pixels).
    [[nodiscard]] qreal advance(Face face, const QString &text) const;
    [[nodiscard]] QStringList brokenToken(const QString &token, qreal room) const;

    QFont m_header;
    QFont m_cells;
    QPaintDevice *m_device = nullptr;
    qreal m_padding = 0;
    mutable QHash<QString, qreal> m_headerAdvances;
    mutable QHash<QString, qreal> m_cellAdvances;
};

} // namespace greenlight::app
