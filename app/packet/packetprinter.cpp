#include "packet/packetprinter.h"

#include "packet/packetdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace greenlight::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int kResolution = 96;
constexpr qreal kFooterHeight = 28;

QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
                       QPageLayout::Millimeter);
}

} // namespace

QSizeF PacketPrinter::bodySize()
{
    const QRect paint = pageLayout().paintRectPixels(kResolution);
    return QSizeF(paint.width(), paint.height() - kFooterHeight);
}

PacketPrinter::PacketPrinter(QIODevice &device, const QString &title)
    : m_writer(std::make_unique<QPdfWriter>(&device)), m_title(title)
{
    m_writer->setResolution(kResolution);
    m_writer->setPageLayout(pageLayout());
    m_writer->setTitle(title);
    m_writer->setCreator(u"Greenlight %1"_s.arg(QCoreApplication::applicationVersion()));
}

PacketPrinter::~PacketPrinter() = default;

QByteArray PacketPrinter::datedPdf(QByteArray pdf, const QDateTime &at)
{
    // Qt 6.4 writes the date in local time, as "D:YYYYMMDDHHmmSSZ" in UTC and with "+HH'mm'" elsewhere. The new date
    // keeps the old one's length, so every byte offset in the cross-reference table stays right.
    static const QByteArray key = "/CreationDate (";
    const qsizetype start = pdf.indexOf(key);
    if (start < 0)
        return pdf;
    const qsizetype from = start + key.size();
    const qsizetype end = pdf.indexOf(')', from);
    if (end < 0)
        return pdf;
    const QByteArray utc = at.toUTC().toString(u"'D:'yyyyMMddHHmmss"_s).toLatin1();
    for (const QByteArray &date : QByteArrayList{utc + 'Z', utc + "+00'00'"}) {
        if (date.size() == end - from)
            return pdf.replace(from, date.size(), date);
    }
    return pdf;
}

QPaintDevice *PacketPrinter::layoutDevice() const
{
    return m_writer.get();
}

models::Result<int> PacketPrinter::print(PacketDocument &packet, const std::function<bool(int, int)> &progress)
{
    QPdfWriter &writer = *m_writer;
    const QString &title = m_title;
    QTextDocument *doc = packet.document();
    if (doc->documentLayout()->paintDevice() != &writer)
        doc->documentLayout()->setPaintDevice(&writer);
    const QSizeF body = bodySize();
    doc->setPageSize(body);

    // The contents list page numbers, which exist only once the document is laid out; writing them
    // cannot move a heading (the rows are there already), but check and settle in a second pass.
    QList<int> pages = packet.headingPages();
    for (int pass = 0; pass < 3; ++pass) {
        packet.fillContents(pages);
        const QList<int> settled = packet.headingPages();
        if (settled == pages)
            break;
        pages = settled;
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return models::fail(title, tr("cannot start the PDF"));
    const int pageCount = doc->pageCount();
    QFont footerFont = doc->defaultFont();
    footerFont.setPointSizeF(7.5);
    for (int page = 0; page < pageCount; ++page) {
        if (progress && !progress(page, pageCount))
            return models::fail(title, tr("cancelled"));
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        const QRectF footer(0, body.height() + 8, body.width(), kFooterHeight - 8);
        painter.setPen(QPen(QColor(0x9a, 0xa5, 0xad), 0.5));
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.setPen(QColor(0x44, 0x4b, 0x50));
        painter.setFont(footerFont);
        painter.drawText(footer.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::AlignTop, packet.footer());
        painter.drawText(footer.adjusted(0, 4, 0, 0), Qt::AlignRight | Qt::AlignTop,
                         tr("page %1 of %2").arg(page + 1).arg(pageCount));
    }
    if (!painter.end())
        return models::fail(title, tr("cannot finish the PDF"));
    return pageCount;
}

} // namespace greenlight::app
