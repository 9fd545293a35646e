#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <functional>
#include <memory>

QT_FORWARD_DECLARE_CLASS(QDateTime)
QT_FORWARD_DECLARE_CLASS(QIODevice)
QT_FORWARD_DECLARE_CLASS(QPaintDevice)
QT_FORWARD_DECLARE_CLASS(QPdfWriter)

namespace greenlight::app {

class PacketDocument;

/**
 * Prints a PacketDocument to an A4 PDF: paginates it, fills the table of contents with page
 * numbers, and draws each page with a footer (product, subject, export time, "page N of M").
 * Text stays text and charts stay vectors.
 */
class PacketPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(PacketPrinter)

public:
    PacketPrinter(QIODevice &device, const QString &title);
    ~PacketPrinter();
    Q_DISABLE_COPY_MOVE(PacketPrinter)

    /// The area the document is laid out in, per page (A4 less margins and the footer), at 96 dpi.
    [[nodiscard]] static QSizeF bodySize();
    /// The device whose font metrics the document should be laid out with.
    [[nodiscard]] QPaintDevice *layoutDevice() const;
    /// Writes the PDF; @p progress is told each page (done, total) and may return false to stop.
    /// Returns the number of pages.
    [[nodiscard]] models::Result<int> print(PacketDocument &packet, const std::function<bool(int, int)> &progress = {});
    /// @p pdf (as print() wrote it) dated @p at rather than by the wall clock Qt stamps in its /CreationDate: the same
    /// evidence exported at the same time is the same file, so its digest in the audit chain can be reproduced.
    [[nodiscard]] static QByteArray datedPdf(QByteArray pdf, const QDateTime &at);

private:
    std::unique_ptr<QPdfWriter> m_writer;
    QString m_title;
};

} // namespace greenlight::app
