#include "portfoliopage.h"

#include "dataloggingeditor.h"
#include "domain/displayformat.h"
#include "formwidgets.h"
#include "itemmodels/portfoliotablemodel.h"
#include "portfolio/defaultpolicy.h"
#include "routepanel.h"
#include "runbookeditor.h"
#include "usecaseeditor.h"
#include "waiveractions.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
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

/// Amber for a waived rule: it counts as passing for now, but someone accepted a risk to make it so.
QColor waivedColour()
{
    const bool dark = QPalette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xf0, 0xb9, 0x4a) : QColor(0x8a, 0x53, 0x00);
}

enum RuleColumn { ResultColumn, SeverityColumn, RuleIdColumn, EvidenceColumn };
constexpr int kOutcomeRole = Qt::UserRole + 1;
constexpr int kWaiverRole = Qt::UserRole + 2;

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

    // A failing rule is waived here, and a waiver revoked: buttons below the rules and the rules' context menu.
    m_waiverActions = new WaiverActions(m_workspace, this);
    m_rules->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *gatePane = new QWidget(this);
    auto *ruleButtons = new QHBoxLayout;
    QPushButton *waive = WaiverActions::buttonFor(m_waiverActions->waiveAction(), gatePane);
    ruleButtons->addWidget(waive);
    ruleButtons->addWidget(WaiverActions::buttonFor(m_waiverActions->revokeAction(), gatePane));
    ruleButtons->addStretch(1);
    auto *gateLayout = new QVBoxLayout(gatePane);
    gateLayout->setContentsMargins(0, 0, 0, 0);
    gateLayout->addWidget(m_rules, 1);
    gateLayout->addLayout(ruleButtons);
    m_waivers = new QTreeWidget(this);
    m_waivers->setObjectName(u"waivers"_s);
    m_waivers->setRootIsDecorated(false);
    m_waivers->setAlternatingRowColors(true);
    m_waivers->setHeaderLabels({tr("Waiver"), tr("Rule"), tr("Gate"), tr("Granted by"), tr("Granted on"), tr("Expires"),
                                tr("State"), tr("Reason"), tr("Compensating control")});
    m_noWaivers =
        new QLabel(tr("No waivers. %1 on a failing rule of the gate grants one.").arg(form::buttonLabel(waive)), this);
    m_noWaivers->setWordWrap(true);
    // A waiver in the list is revoked here too, whether or not its rule still fails: a button and the context menu.
    m_listedWaiverActions = new WaiverActions(m_workspace, this);
    m_listedWaiverActions->revokeAction()->setObjectName(u"revokeListedWaiver"_s);
    m_waivers->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *waiversPane = new QWidget(this);
    m_revokeListed = WaiverActions::buttonFor(m_listedWaiverActions->revokeAction(), waiversPane);
    auto *waiverButtons = new QHBoxLayout;
    waiverButtons->addWidget(m_revokeListed);
    waiverButtons->addStretch(1);
    auto *waiversLayout = new QVBoxLayout(waiversPane);
    waiversLayout->setContentsMargins(0, 0, 0, 0);
    waiversLayout->addWidget(m_noWaivers);
    waiversLayout->addWidget(m_waivers, 1);
    waiversLayout->addLayout(waiverButtons);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    m_editor = new UseCaseEditor(m_workspace, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(gatePane, tr("&Gate"));
    m_tabs->addTab(m_editor, tr("De&tails"));
    m_data = new DataLoggingEditor(m_workspace, this);
    m_tabs->addTab(m_data, tr("Data && &logging"));
    m_route = new RoutePanel(m_workspace, this);
    m_tabs->addTab(m_route, tr("Rout&e"));
    m_runbook = new RunbookEditor(m_workspace, this);
    m_tabs->addTab(m_runbook, tr("Run&book"));
    m_tabs->addTab(waiversPane, tr("&Waivers"));
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
    connect(m_rules, &QTreeWidget::currentItemChanged, this, [this](const QTreeWidgetItem *item) {
        if (item == nullptr) {
            m_waiverActions->setRule(selectedUseCase(), {}, {}, RuleOutcome::Pass);
            return;
        }
        const int row = m_model->rowOf(selectedUseCase());
        m_waiverActions->setRule(selectedUseCase(), row >= 0 ? m_model->evaluation(row).gate : QString(),
                                 item->text(RuleIdColumn), RuleOutcome(item->data(0, kOutcomeRole).toInt()),
                                 item->data(0, kWaiverRole).toString());
    });
    connect(m_rules, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) { waiverMenu(m_rules, m_waiverActions, position); });
    connect(m_waiverActions, &WaiverActions::recorded, this, &PortfolioPage::statusMessage);
    connect(m_waivers, &QTreeWidget::currentItemChanged, this, [this](const QTreeWidgetItem *item) {
        m_listedWaiverActions->setWaiver(selectedUseCase(), item != nullptr ? item->text(0) : QString());
    });
    connect(m_waivers, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) { waiverMenu(m_waivers, m_listedWaiverActions, position); });
    connect(m_listedWaiverActions, &WaiverActions::recorded, this, &PortfolioPage::statusMessage);
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
    // The rule and the waiver in view stay selected when the same use case is shown again (after a waiver is granted
    // the rule reads waived, in place); another use case starts with none.
    const QString id = m_table->currentIndex().data(PortfolioTableModel::UseCaseIdRole).toString();
    const QString selectedRule =
        m_rules->currentItem() != nullptr && id == m_rulesOf ? m_rules->currentItem()->text(RuleIdColumn) : QString();
    const QString selectedWaiver =
        m_waivers->currentItem() != nullptr && id == m_rulesOf ? m_waivers->currentItem()->text(0) : QString();
    m_rulesOf = id;
    m_rules->clear();
    m_waivers->clear();
    const int row = m_model->rowOf(id);
    m_editor->setUseCase(id);
    m_data->setUseCase(id);
    m_route->setUseCase(id);
    m_runbook->setUseCase(id);
    if (row < 0) {
        m_heading->setText(tr("Select a use case to see its gate."));
        m_waiverActions->setRule({}, {}, {}, RuleOutcome::Pass);
        m_listedWaiverActions->setWaiver({}, {});
        m_revokeListed->hide();
        return;
    }
    const GateEvaluation &e = m_model->evaluation(row);
    const QString warning = m_model->index(row, 0).data(PortfolioTableModel::WarningRole).toString();
    const GateTemplate *gate = m_workspace.portfolio().gateTemplate(e.gate);
    m_heading->setText(tr("%1 — %2 gate: %3")
                           .arg(m_workspace.portfolio().useCase(id)->name, gate ? gateDisplayName(*gate) : e.gate,
                                PortfolioTableModel::badgeText(e)) +
                       (warning.isEmpty() ? QString() : u"\n⚠ "_s + warning));
    QTreeWidgetItem *reselect = nullptr;
    for (const RuleResult &r : e.failuresFirst()) {
        auto *item =
            new QTreeWidgetItem(m_rules, {enumLabel(r.result), enumLabel(r.severity), r.rule, r.displayText()});
        item->setData(0, kOutcomeRole, int(r.result));
        item->setData(0, kWaiverRole, e.waivers.value(r.rule));
        item->setToolTip(EvidenceColumn, r.displayText());
        if (r.rule == selectedRule)
            reselect = item;
        if (GateEngine::fails(r.result)) {
            // Failing: bold, red and marked, so it reads without colour too; double-click opens where it is fixed.
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, verdictColour(false));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(0, tr("Fails; double-click or Enter opens where its evidence is recorded"));
        } else if (r.result == RuleOutcome::Waived) {
            // Waived: its own word, mark and colour; the evidence says by whom and until when.
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, waivedColour());
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxInformation));
            item->setToolTip(0, tr("Fails, but waiver %1 lets it count as passing until it expires or is revoked")
                                    .arg(e.waivers.value(r.rule)));
        }
    }
    for (int c = 0; c < 3; ++c)
        m_rules->resizeColumnToContents(c);
    if (reselect != nullptr)
        m_rules->setCurrentItem(reselect);
    else
        m_waiverActions->setRule(id, e.gate, {}, RuleOutcome::Pass);
    showWaivers(*m_workspace.portfolio().useCase(id), selectedWaiver);
}

void PortfolioPage::showWaivers(const UseCase &useCase, const QString &selectedWaiver)
{
    const Portfolio &p = m_workspace.portfolio();
    const DisplayFormat format;
    const QDate today = m_workspace.evaluationDay();
    const auto nameOf = [&p](const QString &personId) {
        const Person *person = p.person(personId);
        return person != nullptr ? person->name : personId;
    };
    QTreeWidgetItem *reselect = nullptr;
    for (auto w = useCase.waivers.crbegin(); w != useCase.waivers.crend(); ++w) {
        const GateTemplate *gate = p.gateTemplate(w->gate);
        const WaiverState state = w->stateOn(today);
        const QString stateText =
            state == WaiverState::Revoked
                ? tr("revoked on %1 by %2").arg(format.date(w->revocation->date), nameOf(w->revocation->person))
                : enumLabel(state);
        auto *item = new QTreeWidgetItem(m_waivers, {w->id, w->rule, gate != nullptr ? gateDisplayName(*gate) : w->gate,
                                                     tr("%1 (%2)").arg(nameOf(w->grantedBy), enumLabel(w->role)),
                                                     format.date(w->grantedOn), format.date(w->expires), stateText,
                                                     w->reason, w->control});
        if (state == WaiverState::Revoked)
            item->setToolTip(6, tr("Revoked on %1 by %2 as %3: %4")
                                    .arg(format.date(w->revocation->date), nameOf(w->revocation->person),
                                         enumLabel(w->revocation->role), w->revocation->reason));
        item->setToolTip(7, w->reason);
        item->setToolTip(8, w->control);
        if (w->id == selectedWaiver)
            reselect = item;
    }
    // Every column as wide as its text, but a long reason no wider than about 32 characters: the control beside it
    // stays in view, and the tooltip has the whole reason.
    enum { ReasonColumn = 7 };
    for (int c = 0; c < m_waivers->columnCount() - 1; ++c)
        m_waivers->resizeColumnToContents(c);
    m_waivers->setColumnWidth(
        ReasonColumn, std::min(m_waivers->columnWidth(ReasonColumn), 32 * m_waivers->fontMetrics().averageCharWidth()));
    m_noWaivers->setVisible(useCase.waivers.isEmpty());
    m_waivers->setVisible(!useCase.waivers.isEmpty());
    m_revokeListed->setVisible(!useCase.waivers.isEmpty());
    if (reselect != nullptr)
        m_waivers->setCurrentItem(reselect);
    else
        m_listedWaiverActions->setWaiver(useCase.id, {});
}

void PortfolioPage::waiverMenu(QTreeWidget *list, const WaiverActions *actions, const QPoint &position)
{
    if (list->itemAt(position) == nullptr)
        return;
    QMenu menu(this);
    actions->addTo(&menu);
    menu.exec(list->viewport()->mapToGlobal(position));
}

} // namespace greenlight::ui
