#pragma once

#include <QRectF>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QPainter)

namespace greenlight::app {

/// Draws a chart with @p painter into @p target (on a PDF painter, as vectors: lines stay lines and
/// labels stay text). Takes ownership of @p chart. Needs a QApplication (Qt Charts are graphics items).
void renderChart(QChart *chart, QPainter &painter, const QRectF &target);

} // namespace greenlight::app
