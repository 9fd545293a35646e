#include "charts/chartexport.h"

#include "charts/chartrenderer.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using models::Status;

namespace {

QString csvField(const QVariant &value)
{
    QString text = value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 15) : value.toString();
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

Status commit(QSaveFile &file, const QString &fileName)
{
    if (!file.commit())
        return models::fail(fileName, ChartExport::tr("could not write the file: %1").arg(file.errorString()));
    return {};
}

} // namespace

QByteArray ChartExport::csv(const QAbstractItemModel &table, int exactRole)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < table.columnCount(); ++c)
        header.append(csvField(table.headerData(c, Qt::Horizontal, Qt::DisplayRole)));
    lines.append(header.join(u','));
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < table.columnCount(); ++c) {
            const QModelIndex index = table.index(r, c);
            const QVariant exact = table.data(index, exactRole);
            fields.append(csvField(exact.isValid() ? exact : table.data(index, Qt::DisplayRole)));
        }
        lines.append(fields.join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

Status ChartExport::writeCsv(const QAbstractItemModel &table, const QString &fileName, int exactRole)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return models::fail(fileName, tr("could not write the file: %1").arg(file.errorString()));
    file.write(csv(table, exactRole));
    return commit(file, fileName);
}

Status ChartExport::writePng(QChart *chart, const QSize &size, const QString &fileName)
{
    QImage image(size * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderChart(chart, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG"))
        return models::fail(fileName, tr("could not write the file: %1").arg(file.errorString()));
    return commit(file, fileName);
}

Status ChartExport::writeSvg(QChart *chart, const QSize &size, const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        delete chart;
        return models::fail(fileName, tr("could not write the file: %1").arg(file.errorString()));
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(chart->title());
    svg.setDescription(tr("Exported from Greenlight"));
    {
        QPainter painter(&svg);
        renderChart(chart, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return commit(file, fileName);
}

} // namespace greenlight::app
