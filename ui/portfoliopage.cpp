#include "portfoliopage.h"

#include "dataloggingeditor.h"
#include "formwidgets.h"
#include "itemmodels/portfoliotablemodel.h"
#include "portfolio/defaultpolicy.h"
#include "routepanel.h"
#include "runbookeditor.h"
#include "usecaseeditor.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;
using form::verdictColour;

namespace {

/// Filters by text (any column) and by lifecycle status; sorts numbers as numbers.
class PortfolioFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatus(const QString &status)
    {
        m_status = status;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_status.isEmpty() &&
            sourceModel()->index(row, PortfolioTableModel::Status, parent).data().toString() != m_status)
            return false;
        if (filterRegularExpression().pattern().isEmpty())
            return true;
        for (int column = 0; column < sourceModel()->columnCount(parent); ++column) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(filterRegularExpression()))
                return true;
        }
        return false;
    }

private:
    QString m_status;
};

/// Colours the gate badge (green when go-eligible, red otherwise) and the latest decision (go green, no-go red).
class BadgeColours final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == PortfolioTableModel::Gate)
            return verdictColour(index.data(PortfolioTableModel::EligibleRole).toBool());
        if (role == Qt::ForegroundRole && index.column() == PortfolioTableModel::Decision) {
            const QString decision = index.data(PortfolioTableModel::DecisionRole).toString();
            return decision.isEmpty() ? QVariant() : QVariant(verdictColour(decision == u"go"_s));
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

PortfolioPage::PortfolioPage(app::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new PortfolioTableModel(this))
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter use cases (name, id, owner, status, gate…); Enter selects the first"));
    m_filter->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->addItem(tr("All statuses"), QString());
    for (LifecycleStatus s : allEnumValues<LifecycleStatus>())
        m_status->addItem(enumLabel(s), enumLabel(s));

    auto *colours = new BadgeColours(this);
    colours->setSourceModel(m_model);
    auto *filter = new PortfolioFilter(this);
    filter->setSourceModel(colours);
    filter->setSortRole(PortfolioTableModel::SortRole);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy = filter;

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PortfolioTableModel::Score, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"gateHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_rules = new QTreeWidget(this);
    m_rules->setRootIsDecorated(false);
    m_rules->setAlternatingRowColors(true);
    m_rules->setHeaderLabels({tr("Result"), tr("Severity"), tr("Rule"), tr("Evidence")});

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    m_editor = new UseCaseEditor(m_workspace, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_rules, tr("&Gate"));
    m_tabs->addTab(m_editor, tr("De&tails"));
    m_data = new DataLoggingEditor(m_workspace, this);
    m_tabs->addTab(m_data, tr("Data && &logging"));
    m_route = new RoutePanel(m_workspace, this);
    m_tabs->addTab(m_route, tr("Rout&e"));
    m_runbook = new RunbookEditor(m_workspace, this);
    m_tabs->addTab(m_runbook, tr("Run&book"));
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_tabs);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, filter, &QSortFilterProxyModel::setFilterFixedString);
    // Enter (or Down) in the filter goes to the first match, selected, as in a browser's find bar.
    connect(m_filter, &QLineEdit::returnPressed, this, &PortfolioPage::goToFirstMatch);
    m_filter->installEventFilter(this);
    // Double-click or Enter on a rule opens the section where its evidence is recorded.
    connect(m_rules, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        showEditorFor(item->text(2));
        m_tabs->currentWidget()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this, filter] { filter->setStatus(m_status->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PortfolioPage::showSelected);
    connect(&m_workspace, &app::Workspace::portfolioChanged, this, &PortfolioPage::reload);
    reload();
}

void PortfolioPage::goToFirstMatch()
{
    if (m_proxy->rowCount() == 0)
        return;
    m_table->setCurrentIndex(m_proxy->index(0, 0));
    m_table->setFocus(Qt::ShortcutFocusReason);
}

bool PortfolioPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        goToFirstMatch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PortfolioPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString PortfolioPage::selectedUseCase() const
{
    return m_table->currentIndex().data(PortfolioTableModel::UseCaseIdRole).toString();
}

void PortfolioPage::showDetails()
{
    m_tabs->setCurrentWidget(m_editor);
}

void PortfolioPage::showEditorFor(const QString &ruleId)
{
    if (ruleId.startsWith(u"data."_s) || ruleId.startsWith(u"logging."_s))
        m_tabs->setCurrentWidget(m_data);
    else if (ruleId.startsWith(u"runbook."_s))
        m_tabs->setCurrentWidget(m_runbook);
    else
        m_tabs->setCurrentWidget(m_editor);
}

void PortfolioPage::reload()
{
    const QString selected = m_table->currentIndex().data(PortfolioTableModel::UseCaseIdRole).toString();
    m_model->setPortfolio(m_workspace.portfolio(), m_workspace.evaluationDay());
    m_table->resizeColumnsToContents();
    selectUseCase(selected.isEmpty() && m_proxy->rowCount() > 0
                      ? m_proxy->index(0, 0).data(PortfolioTableModel::UseCaseIdRole).toString()
                      : selected);
}

void PortfolioPage::selectUseCase(const QString &useCaseId)
{
    const int row = m_model->rowOf(useCaseId);
    if (row < 0) {
        showSelected();
        return;
    }
    const QModelIndex source = m_model->index(row, 0);
    const QModelIndex index =
        m_proxy->mapFromSource(static_cast<QIdentityProxyModel *>(m_proxy->sourceModel())->mapFromSource(source));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showSelected();
}

void PortfolioPage::showSelected()
{
    m_rules->clear();
    const QString id = m_table->currentIndex().data(PortfolioTableModel::UseCaseIdRole).toString();
    const int row = m_model->rowOf(id);
    m_editor->setUseCase(id);
    m_data->setUseCase(id);
    m_route->setUseCase(id);
    m_runbook->setUseCase(id);
    if (row < 0) {
        m_heading->setText(tr("Select a use case to see its gate."));
        return;
    }
    const GateEvaluation &e = m_model->evaluation(row);
    const QString warning = m_model->index(row, 0).data(PortfolioTableModel::WarningRole).toString();
    const GateTemplate *gate = m_workspace.portfolio().gateTemplate(e.gate);
    m_heading->setText(tr("%1 — %2 gate: %3")
                           .arg(m_workspace.portfolio().useCase(id)->name, gate ? gateDisplayName(*gate) : e.gate,
                                PortfolioTableModel::badgeText(e)) +
                       (warning.isEmpty() ? QString() : u"\n⚠ "_s + warning));
    for (const RuleResult &r : e.failuresFirst()) {
        auto *item =
            new QTreeWidgetItem(m_rules, {enumLabel(r.result), enumLabel(r.severity), r.rule, r.displayText()});
        item->setToolTip(3, r.displayText());
        if (GateEngine::fails(r.result)) {
            // Failing: bold, red and marked, so it reads without colour too; double-click opens where it is fixed.
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, verdictColour(false));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(0, tr("Fails; double-click or Enter opens where its evidence is recorded"));
        }
    }
    for (int c = 0; c < 3; ++c)
        m_rules->resizeColumnToContents(c);
}

} // namespace greenlight::ui
