#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>

QT_FORWARD_DECLARE_CLASS(QAbstractItemModel)
QT_FORWARD_DECLARE_CLASS(QChart)

namespace greenlight::app {

/**
 * Writes what a dashboard shows to files a user can paste elsewhere: a chart as PNG (at twice
 * @p size, for sharp slides) or SVG (vectors, text kept as text), the table behind it as CSV.
 * Each file is written whole or not at all (QSaveFile). The chart functions take ownership of the chart.
 */
class ChartExport final
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    [[nodiscard]] static models::Status writePng(QChart *chart, const QSize &size, const QString &fileName);
    [[nodiscard]] static models::Status writeSvg(QChart *chart, const QSize &size, const QString &fileName);
    [[nodiscard]] static models::Status writeCsv(const QAbstractItemModel &table, const QString &fileName,
                                                 int exactRole = Qt::UserRole + 1);
    /// RFC 4180 text of @p table: a header row, then one line per row; fields with a comma, quote or
    /// line break are quoted, quotes doubled; CRLF line ends. Cells give their @p exactRole value when
    /// they have one (exact figures), else their display text.
    [[nodiscard]] static QByteArray csv(const QAbstractItemModel &table, int exactRole = Qt::UserRole + 1);
};

} // namespace greenlight::app
