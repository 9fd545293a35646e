#include "dashboard/chartpanel.h"

#include "charts/chartexport.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

namespace greenlight::ui {

using namespace Qt::StringLiterals;

namespace {

const QSize kExportSize(960, 540); ///< 16:9, readable on a slide and in a document

QDate dayAt(qreal msecs)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(msecs), Qt::UTC).date();
}

} // namespace

ChartPanel::ChartPanel(const QString &exportName, QWidget *parent) : QWidget(parent), m_exportName(exportName)
{
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tableToggle = new QToolButton(this);
    m_tableToggle->setText(tr("&Table"));
    m_tableToggle->setCheckable(true);
    m_tableToggle->setToolTip(tr("Show the figures behind the chart (Ctrl+T)"));
    auto *toggle = new QAction(this);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(toggle);
    connect(toggle, &QAction::triggered, m_tableToggle, &QToolButton::toggle);

    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Table as &CSV…"), this, [this] { askAndExport(Format::Csv); });
    menu->addAction(tr("Chart as &PNG…"), this, [this] { askAndExport(Format::Png); });
    menu->addAction(tr("Chart as &SVG…"), this, [this] { askAndExport(Format::Svg); });
    exportButton->setMenu(menu);

    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_tableView = new QTableView(this);
    m_tableView->setSortingEnabled(true);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->verticalHeader()->hide();
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_tableView);
    connect(m_tableToggle, &QToolButton::toggled, this, &ChartPanel::setTableShown);

    auto *top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_tableToggle);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
}

void ChartPanel::setContent(ChartBuilder build, QStandardItemModel *table, Tooltip tooltip)
{
    m_build = std::move(build);
    m_tooltip = std::move(tooltip);
    table->setParent(this);
    table->setSortRole(ExactRole);
    m_tableView->setModel(table);
    delete m_table;
    m_table = table;
    m_tableView->resizeColumnsToContents();
    rebuildChart();
}

void ChartPanel::setCaption(const QString &text)
{
    m_caption->setText(text);
}

QString ChartPanel::caption() const
{
    return m_caption->text();
}

void ChartPanel::setTableShown(bool shown)
{
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_tableView) : m_view);
    if (m_tableToggle->isChecked() != shown)
        m_tableToggle->setChecked(shown);
}

bool ChartPanel::darkPalette() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void ChartPanel::rebuildChart()
{
    if (!m_build)
        return;
    QChart *old = m_view->chart();
    QChart *chart = m_build(darkPalette());
    connectTooltips(chart);
    m_view->setChart(chart); // the view owns the new chart and lets go of the old one
    delete old;
}

void ChartPanel::connectTooltips(QChart *chart)
{
    const auto show = [this](const QVariant &key, bool entered) {
        if (!entered || !m_tooltip) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), m_tooltip(key), m_view);
    };
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            connect(xy, &QXYSeries::hovered, this,
                    [show](const QPointF &point, bool state) { show(dayAt(point.x()), state); });
        } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            connect(area, &QAreaSeries::hovered, this,
                    [show](const QPointF &point, bool state) { show(dayAt(point.x()), state); });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(bars, &QAbstractBarSeries::hovered, this,
                    [show](bool state, int index, QBarSet *) { show(index, state); });
        }
    }
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuildChart(); // follow the system palette: a dark chart on a dark desktop
}

models::Status ChartPanel::writeTo(Format format, const QString &fileName) const
{
    if (format == Format::Csv) {
        if (m_table == nullptr)
            return models::fail(fileName, tr("there is no table to export yet"));
        return app::ChartExport::writeCsv(*m_table, fileName);
    }
    if (!m_build)
        return models::fail(fileName, tr("there is no chart to export yet"));
    QChart *chart = m_build(false); // exports are for documents and slides: always the light theme
    return format == Format::Png ? app::ChartExport::writePng(chart, kExportSize, fileName)
                                 : app::ChartExport::writeSvg(chart, kExportSize, fileName);
}

models::Status ChartPanel::exportTo(Format format, const QString &fileName)
{
    models::Status written = writeTo(format, fileName);
    if (written)
        Q_EMIT exported(fileName);
    return written;
}

void ChartPanel::askAndExport(Format format)
{
    const QString suffix = format == Format::Csv ? u"csv"_s : format == Format::Png ? u"png"_s : u"svg"_s;
    const QString filter = format == Format::Csv   ? tr("CSV files (*.csv)")
                           : format == Format::Png ? tr("PNG images (*.png)")
                                                   : tr("SVG images (*.svg)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export"), folder + u'/' + m_exportName + u'.' + suffix, filter);
    if (fileName.isEmpty())
        return;
    if (!fileName.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        fileName += u'.' + suffix;
    if (const models::Status done = exportTo(format, fileName); !done)
        QMessageBox::warning(this, tr("Export failed"), done.error().toString());
}

} // namespace greenlight::ui
