#include "connectionsdialog.h"

#include "domain/displayformat.h"
#include "formwidgets.h"
#include "services/gatewaysync.h"
#include "usage/nanousd.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {

constexpr int DimensionRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole + 1;

QTreeWidget *newTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTreeWidget(parent);
    table->setObjectName(objectName);
    table->setHeaderLabels(headers);
    table->setRootIsDecorated(false);
    table->setUniformRowHeights(true);
    table->header()->setStretchLastSection(false);
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    return table;
}

QString dimensionLabel(const QString &dimension)
{
    return dimension == u"tenant"_s ? ConnectionsDialog::tr("Tenant") : ConnectionsDialog::tr("Use case");
}

/// "Support reply drafts (support-reply-draft)": a map target as the user knows it, or its id when the portfolio
/// no longer has it.
QString targetLabel(const Portfolio &portfolio, const QString &dimension, const QString &id)
{
    if (const UseCase *u = dimension == u"use_case"_s ? portfolio.useCase(id) : nullptr)
        return ConnectionsDialog::tr("%1 (%2)").arg(u->name, id);
    if (const Tenant *t = dimension == u"tenant"_s ? portfolio.tenant(id) : nullptr)
        return ConnectionsDialog::tr("%1 (%2)").arg(t->name, id);
    return id;
}

} // namespace

ConnectionsDialog::ConnectionsDialog(app::Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_connections(new QListWidget(this)), m_details(new QLabel(this)),
      m_mapped(newTable({tr("Kind"), tr("Gateway value"), tr("Means")}, u"mapped"_s, this)),
      m_unmapped(newTable({tr("Kind"), tr("Gateway value"), tr("Spend (USD)"), tr("Requests")}, u"unmapped"_s, this)),
      m_map(new QPushButton(tr("&Map To…"), this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Gateway Connections"));
    m_connections->setObjectName(u"connections"_s);
    m_map->setObjectName(u"mapButton"_s);
    m_message->setObjectName(u"message"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unmapped->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    auto *mappedLabel = new QLabel(tr("Ma&ps: what the gateway's values mean"), right);
    mappedLabel->setBuddy(m_mapped);
    rightLayout->addWidget(mappedLabel);
    rightLayout->addWidget(m_mapped, 1);
    auto *unmappedLabel =
        new QLabel(tr("&Unmapped: reported, stored as \"unmapped\", counted in no use case or tenant"), right);
    unmappedLabel->setWordWrap(true);
    unmappedLabel->setBuddy(m_unmapped);
    rightLayout->addWidget(unmappedLabel);
    rightLayout->addWidget(m_unmapped, 2);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_map);
    rightLayout->addLayout(actions);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_connections);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({200, 640});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 480);

    connect(m_connections, &QListWidget::currentRowChanged, this, [this] {
        setMessage(QString(), false);
        showConnection();
    });
    connect(m_unmapped, &QTreeWidget::itemSelectionChanged, this, &ConnectionsDialog::updateButtons);
    connect(m_unmapped, &QTreeWidget::itemActivated, this, &ConnectionsDialog::chooseTarget);
    connect(m_map, &QPushButton::clicked, this, &ConnectionsDialog::chooseTarget);
    reloadConnections();
}

QString ConnectionsDialog::message() const
{
    return m_message->text();
}

void ConnectionsDialog::reloadConnections()
{
    const QString current = m_connections->currentItem() ? m_connections->currentItem()->text() : QString();
    m_connections->clear();
    const Result<QList<Connection>> connections = m_workspace.sync().connections();
    if (!connections) {
        setMessage(connections.error().toString(), true);
        return;
    }
    m_list = *connections;
    for (const Connection &c : std::as_const(m_list)) {
        auto *item = new QListWidgetItem(c.name, m_connections);
        item->setToolTip(tr("%1 at %2").arg(c.kind, c.url));
        if (c.name == current)
            m_connections->setCurrentItem(item);
    }
    if (m_list.isEmpty())
        m_details->setText(tr("No gateway connections yet. Add one on the command line, where the API key is read "
                              "from stdin:\ngreenlight connection add NAME --kind litellm --url URL"));
    else if (m_connections->currentItem() == nullptr)
        m_connections->setCurrentRow(0);
    showConnection();
}

void ConnectionsDialog::showConnection()
{
    m_mapped->clear();
    m_unmapped->clear();
    const QListWidgetItem *item = m_connections->currentItem();
    if (item == nullptr) {
        updateButtons();
        return;
    }
    const QString name = item->text();
    const Result<app::ConnectionMaps> maps = m_workspace.sync().maps(name);
    if (!maps) {
        setMessage(maps.error().toString(), true);
        updateButtons();
        return;
    }
    for (const Connection &c : std::as_const(m_list)) {
        if (c.name != name)
            continue;
        const QString synced =
            c.lastSyncedAt.isValid() ? DisplayFormat().dateTime(c.lastSyncedAt.toLocalTime()) : tr("never");
        m_details->setText(tr("<b>%1</b> · %2 · %3<br>Last synced: %4")
                               .arg(c.name.toHtmlEscaped(), c.kind, c.url.toHtmlEscaped(), synced));
    }
    const Portfolio &portfolio = m_workspace.portfolio();
    for (const auto &[dimension, map] :
         {std::pair{u"use_case"_s, maps->maps.useCases}, std::pair{u"tenant"_s, maps->maps.tenants}}) {
        QStringList values = map.keys();
        values.sort();
        for (const QString &value : std::as_const(values)) {
            new QTreeWidgetItem(
                m_mapped, {dimensionLabel(dimension), value, targetLabel(portfolio, dimension, map.value(value))});
        }
    }
    const DisplayFormat format;
    for (const UnmappedValue &u : maps->unmapped) {
        auto *row = new QTreeWidgetItem(m_unmapped, {dimensionLabel(u.dimension), u.value,
                                                     format.decimal(NanoUsd::toDouble(u.costNanos), 2),
                                                     format.integer(u.requests)});
        row->setData(0, DimensionRole, u.dimension);
        row->setData(0, ValueRole, u.value);
        row->setToolTip(2, tr("%1 USD exactly").arg(NanoUsd::toDecimal(u.costNanos)));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_unmapped->topLevelItemCount() > 0)
        m_unmapped->setCurrentItem(m_unmapped->topLevelItem(0));
    updateButtons();
}

void ConnectionsDialog::updateButtons()
{
    const bool canEdit = m_workspace.identity().canEdit();
    m_map->setEnabled(canEdit && m_unmapped->currentItem() != nullptr);
    m_map->setToolTip(canEdit ? tr("Say which use case or tenant the selected value is; its spend moves there")
                              : m_workspace.identity().readOnlyReason());
}

void ConnectionsDialog::chooseTarget()
{
    const QTreeWidgetItem *row = m_unmapped->currentItem();
    if (row == nullptr || !m_map->isEnabled())
        return;
    const QString dimension = row->data(0, DimensionRole).toString();
    const Portfolio &portfolio = m_workspace.portfolio();
    QStringList labels;
    QStringList ids;
    if (dimension == u"tenant"_s) {
        for (const Tenant &t : portfolio.tenants)
            ids.append(t.id);
    } else {
        for (const UseCase &u : portfolio.useCases)
            ids.append(u.id);
    }
    for (const QString &id : std::as_const(ids))
        labels.append(targetLabel(portfolio, dimension, id));
    if (ids.isEmpty()) {
        setMessage(dimension == u"tenant"_s ? tr("The portfolio has no tenants to map to.")
                                            : tr("The portfolio has no use cases to map to."),
                   true);
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Map To"),
        tr("What is \"%1\" of %2?").arg(row->data(0, ValueRole).toString(), m_connections->currentItem()->text()),
        labels, 0, false, &ok);
    if (ok)
        mapSelected(ids.value(labels.indexOf(chosen)));
}

bool ConnectionsDialog::mapSelected(const QString &target)
{
    const QTreeWidgetItem *row = m_unmapped->currentItem();
    const QListWidgetItem *connection = m_connections->currentItem();
    if (row == nullptr || connection == nullptr)
        return false;
    const IdentifierMapping mapping{row->data(0, DimensionRole).toString(), row->data(0, ValueRole).toString(), target};
    const QString spend = row->text(2);
    const QString requests = row->text(3);
    if (const Status mapped = m_workspace.sync().map(connection->text(), mapping); !mapped) {
        setMessage(tr("Not mapped: %1").arg(mapped.error().toString()), true);
        return false;
    }
    showConnection();
    setMessage(tr("Mapped \"%1\" to %2: %3 USD in %4 requests moved there.")
                   .arg(mapping.value, mapping.target, spend, requests),
               false);
    return true;
}

void ConnectionsDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    form::setAlert(m_message, error);
}

} // namespace greenlight::ui
