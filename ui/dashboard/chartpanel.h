#pragma once

#include "domain/error.h"

#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace greenlight::ui {

/**
 * One dashboard chart with the table behind it one click away (Ctrl+T), and exports: the table as
 * CSV, the chart as PNG or SVG. The chart is built by a function so the panel can rebuild it when
 * the palette changes (dark or light) and build a light one for export, which reads on paper.
 * Hovering a point, an area or a bar shows the exact figures the tooltip function gives for it.
 */
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    /// Builds a new chart (the caller owns it); @p dark asks for the dark theme.
    using ChartBuilder = std::function<QChart *(bool dark)>;
    /// Text for the hovered place: a QDate on a time axis, a category index (int) on a bar chart.
    using Tooltip = std::function<QString(const QVariant &key)>;
    enum class Format { Csv, Png, Svg };
    /// The value of a table cell written to CSV and used for sorting (the display text is rounded).
    static constexpr int ExactRole = Qt::UserRole + 1;

    /// @p exportName starts the suggested file names ("cost-per-tenant" → cost-per-tenant.csv).
    explicit ChartPanel(const QString &exportName, QWidget *parent = nullptr);

    /// Shows a new chart and table; the panel takes ownership of @p table.
    void setContent(ChartBuilder build, QStandardItemModel *table, Tooltip tooltip = {});
    void setCaption(const QString &text);
    [[nodiscard]] QString caption() const;

Q_SIGNALS:
    /// A table or chart was written to @p fileName (the window says where, with "Open Folder").
    void exported(const QString &fileName);

public:
    void setTableShown(bool shown);

    /// Writes the table (CSV) or the chart (PNG, SVG) to @p fileName without asking.
    /// Writes the table or chart to @p fileName; emits exported() when it did.
    [[nodiscard]] models::Status exportTo(Format format, const QString &fileName);
    [[nodiscard]] QChartView *chartView() const { return m_view; }
    [[nodiscard]] QTableView *tableView() const { return m_tableView; }
    [[nodiscard]] QStandardItemModel *table() const { return m_table; }
    /// The tooltip text for @p key (what hovering shows), for tests and the keyboard.
    [[nodiscard]] QString tooltipFor(const QVariant &key) const { return m_tooltip ? m_tooltip(key) : QString(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] models::Status writeTo(Format format, const QString &fileName) const;
    void rebuildChart();
    void connectTooltips(QChart *chart);
    void askAndExport(Format format);
    [[nodiscard]] bool darkPalette() const;

    QString m_exportName;
    ChartBuilder m_build;
    Tooltip m_tooltip;
    QStandardItemModel *m_table = nullptr;
    QLabel *m_caption = nullptr;
    QToolButton *m_tableToggle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QTableView *m_tableView = nullptr;
};

} // namespace greenlight::ui
