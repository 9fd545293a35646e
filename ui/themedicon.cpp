#include "themedicon.h"

#include <QPainter>
#include <QPixmap>

namespace greenlight::ui {

namespace {

QPixmap tinted(const QIcon &source, QSize logicalSize, qreal ratio, const QColor &colour)
{
    QPixmap pixmap = source.pixmap(logicalSize, ratio);
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(QRect(QPoint(0, 0), pixmap.size()), colour);
    return pixmap;
}

} // namespace

QIcon themedIcon(const QString &svgPath, const QPalette &palette, QSize logicalSize)
{
    const QIcon source(svgPath);
    QIcon icon;
    for (qreal ratio : {1.0, 2.0}) {
        icon.addPixmap(tinted(source, logicalSize, ratio, palette.color(QPalette::Active, QPalette::WindowText)),
                       QIcon::Normal);
        icon.addPixmap(tinted(source, logicalSize, ratio, palette.color(QPalette::Active, QPalette::HighlightedText)),
                       QIcon::Selected);
        icon.addPixmap(tinted(source, logicalSize, ratio, palette.color(QPalette::Disabled, QPalette::WindowText)),
                       QIcon::Disabled);
    }
    return icon;
}

} // namespace greenlight::ui
