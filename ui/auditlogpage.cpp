#include "auditlogpage.h"

#include "domain/displayformat.h"
#include "formwidgets.h"
#include "itemmodels/auditlogmodel.h"
#include "services/audittrail.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace greenlight::ui {

namespace {

/// Paints the event verification failed at in red, bold, so it is found at a glance.
class FailedEventDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(models::AuditLogModel::FailedRole).toBool())
            return;
        const QColor red(0xc6, 0x28, 0x28);
        option->palette.setColor(QPalette::Text, red);
        option->palette.setColor(QPalette::HighlightedText, Qt::white);
        option->palette.setColor(QPalette::Highlight, red);
        option->font.setBold(true);
    }
};

} // namespace

AuditLogPage::AuditLogPage(app::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new models::AuditLogModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter events (actor, entity, action, details)"));
    m_filter->setClearButtonEnabled(true);
    m_verify = new QPushButton(tr("&Verify chain"), this);
    m_verify->setToolTip(tr("Recompute every event's hash, check that each links to the one before, and check every "
                            "signature with OpenSSH"));
    m_state = new QLabel(this);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new FailedEventDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_state);
    layout->addWidget(m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verify);
    connect(&m_workspace, &app::Workspace::portfolioChanged, this, &AuditLogPage::reload);
    reload();
}

void AuditLogPage::reload()
{
    if (!m_workspace.isOpen())
        return;
    const auto events = m_workspace.audit().events();
    if (!events) {
        m_state->setText(events.error().toString());
        return;
    }
    m_model->setEvents(*events);
    m_table->resizeColumnsToContents();
    m_state->setText(tr("%1 events. %2 checks the hash chain.")
                         .arg(models::DisplayFormat().integer(events->size()), form::buttonLabel(m_verify)));
    form::setAlert(m_state, false);
}

void AuditLogPage::verify()
{
    const auto result = m_workspace.audit().verify();
    m_model->setFailedSeq(std::nullopt);
    // Anything but an intact chain is shown as an alert, not as plain text beside the button.
    form::setAlert(m_state, !result || !result->intact());
    if (!result) {
        m_state->setText(result.error().toString());
        return;
    }
    std::optional<qint64> failed;
    if (result->intact()) {
        m_state->setText(result->signedEvents == 0
                             ? tr("✔ Chain intact: %1 events, head hash %2")
                                   .arg(models::DisplayFormat().integer(result->count), result->headHash)
                             : tr("✔ Chain intact: %1 events, head hash %2; %3 signed events verified with OpenSSH")
                                   .arg(models::DisplayFormat().integer(result->count), result->headHash,
                                        models::DisplayFormat().integer(result->signedEvents)));
    } else if (!result->chainIntact()) {
        failed = result->firstBadSeq;
        m_state->setText(tr("✘ Chain broken at event %1: %2").arg(*result->firstBadSeq).arg(result->problem));
    } else if (!result->signatureProblem.isEmpty()) {
        failed = result->firstBadSignatureSeq;
        m_state->setText(tr("✘ Signature check failed at event %1: %2")
                             .arg(*result->firstBadSignatureSeq)
                             .arg(result->signatureProblem));
    } else {
        m_state->setText(tr("✘ Chain intact, but a table differs from it: %1").arg(result->stateProblem));
    }
    if (!failed)
        return;
    // The failing event, in red and selected, in view.
    m_model->setFailedSeq(failed);
    m_filter->clear();
    const QModelIndex source = m_model->index(m_model->rowOf(*failed), 0);
    const QModelIndex shown = m_proxy->mapFromSource(source);
    if (shown.isValid()) {
        m_table->selectRow(shown.row());
        m_table->scrollTo(shown);
    }
}

} // namespace greenlight::ui
