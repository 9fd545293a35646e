#include "charts/chartrenderer.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace greenlight::app {

void renderChart(QChart *chart, QPainter &painter, const QRectF &target)
{
    QGraphicsScene scene; // owns the chart from here on
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    scene.setSceneRect(chart->geometry());
    scene.render(&painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

} // namespace greenlight::app
