#pragma once

#include "packet/packetevidence.h"

#include <QCoreApplication>

#include <memory>

QT_FORWARD_DECLARE_CLASS(QPaintDevice)
QT_FORWARD_DECLARE_CLASS(QTextDocument)
QT_FORWARD_DECLARE_CLASS(QTextFrame)

namespace greenlight::app {

class ChartObject;

/// A heading of the packet as the table of contents lists it.
struct PacketHeading {
    QString title;
    int level = 1;
};

/**
 * The audit packet as a rich-text document (DESIGN §3a): cover, contents, one part per use case
 * with every section, the framework crosswalk and the audit chain's head hash on the last page.
 * Tables repeat their header row when they continue on the next page; charts are ChartObjects.
 * Pagination, page numbers and the footer are PacketPrinter's job.
 */
class PacketDocument final
{
    Q_DECLARE_TR_FUNCTIONS(PacketDocument)

public:
    /// Builds the document for @p evidence, laid out in pages of @p pageSize with @p layoutDevice's font
    /// metrics; @p charts draws the charts it names (it must outlive the document).
    PacketDocument(const PacketEvidence &evidence, ChartObject &charts, QSizeF pageSize,
                   QPaintDevice *layoutDevice = nullptr);
    ~PacketDocument();
    Q_DISABLE_COPY_MOVE(PacketDocument)

    [[nodiscard]] QTextDocument *document() const { return m_document.get(); }
    [[nodiscard]] const QList<PacketHeading> &headings() const { return m_headings; }
    /// Writes the page of each heading into the table of contents (placeholders while @p pages is short).
    void fillContents(const QList<int> &pages);
    /// The page (from 1) each listed heading falls on, as the document is laid out now.
    [[nodiscard]] QList<int> headingPages() const;
    /// The footer text of every page (without the page number).
    [[nodiscard]] QString footer() const { return m_footer; }

    /// Appends headings, paragraphs, tables and charts (defined in the .cpp; the section writers use it).
    class Writer;

private:
    std::unique_ptr<QTextDocument> m_document;
    QList<PacketHeading> m_headings;
    QTextFrame *m_contents = nullptr;
    QString m_footer;
};

} // namespace greenlight::app
