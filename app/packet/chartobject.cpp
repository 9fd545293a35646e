#include "packet/chartobject.h"

#include "charts/chartrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

namespace greenlight::app {

namespace {
constexpr int MakerProperty = QTextFormat::UserProperty + 10;
constexpr int SizeProperty = QTextFormat::UserProperty + 11;
} // namespace

void ChartObject::install(QTextDocument *document)
{
    document->documentLayout()->registerHandler(Type, this);
}

QTextCharFormat ChartObject::add(Maker make, const QSizeF &size)
{
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(MakerProperty, int(m_makers.size()));
    format.setProperty(SizeProperty, size);
    m_makers.append(std::move(make));
    return format;
}

QSizeF ChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(SizeProperty).toSizeF();
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.property(MakerProperty).toInt();
    if (index >= 0 && index < m_makers.size())
        renderChart(m_makers[index](), *painter, rect);
}

} // namespace greenlight::app
