#include "costspage.h"

#include "alerts/spendshare.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

CostsPage::CostsPage(app::Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    m_by = new QComboBox(this);
    m_by->addItem(tr("Tenant"), int(CostDimension::Tenant));
    m_by->addItem(tr("Use case"), int(CostDimension::UseCase));
    m_by->addItem(tr("Model"), int(CostDimension::Model));
    m_by->addItem(tr("Day"), int(CostDimension::Day));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-89), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_table = new QTreeWidget(this);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Group by"), this));
    controls->addWidget(m_by);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);

    connect(m_by, &QComboBox::currentIndexChanged, this, &CostsPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &CostsPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &CostsPage::reload);
    connect(&m_workspace, &app::Workspace::databaseChanged, this, &CostsPage::reload);
    connect(&m_workspace, &app::Workspace::usageChanged, this, &CostsPage::reload);
    reload();
}

void CostsPage::reload()
{
    m_table->clear();
    if (!m_workspace.isOpen())
        return;
    const auto by = CostDimension(m_by->currentData().toInt());
    const auto rows = m_workspace.costs(by, m_from->date(), m_to->date());
    if (!rows) {
        m_summary->setText(rows.error().toString());
        return;
    }
    const bool tenants = by == CostDimension::Tenant;
    QStringList headers{m_by->currentText(), tr("Cost (USD)"), tr("Requests"), tr("Prompt tokens"),
                        tr("Completion tokens")};
    if (tenants)
        headers << tr("Spend share") << tr("Revenue share") << tr("Flag");
    m_table->setHeaderLabels(headers);

    const Portfolio &p = m_workspace.portfolio();
    qint64 totalMicros = 0;
    for (const CostRow &r : *rows)
        totalMicros += r.costMicros;
    const QList<SpendShare> shares = tenants ? spendShares(*rows, p) : QList<SpendShare>();
    const QLocale locale;
    int flagged = 0;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const CostRow &r = rows->at(i);
        QStringList cells{r.key.isEmpty() ? tr("(unattributed)") : r.key,
                          locale.toString(double(r.costMicros) / 1e6, 'f', 2), locale.toString(r.requests),
                          locale.toString(r.promptTokens), locale.toString(r.completionTokens)};
        if (tenants) {
            const SpendShare &share = shares[i];
            flagged += share.flagged ? 1 : 0;
            cells << locale.toString(100 * share.spendShare, 'f', 1) + u" %"_s
                  << (share.known ? locale.toString(100 * share.revenueShare, 'f', 1) + u" %"_s : tr("not a tenant"))
                  << (share.flagged ? tr("⚑ spend %1× revenue share").arg(locale.toString(share.ratio, 'f', 1))
                                    : QString());
        }
        auto *item = new QTreeWidgetItem(m_table, cells);
        for (int c = 1; c < cells.size() - (tenants ? 1 : 0); ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->resizeColumnToContents(c);
    m_summary->setText(tenants ? tr("Total %1 USD over %2 days. Tenants flagged when their share of spend exceeds %3× "
                                    "their share of revenue: %4.")
                                     .arg(locale.toString(double(totalMicros) / 1e6, 'f', 2))
                                     .arg(m_from->date().daysTo(m_to->date()) + 1)
                                     .arg(p.policy.spendShareRatioAlert)
                                     .arg(flagged)
                               : tr("Total %1 USD over %2 days.")
                                     .arg(locale.toString(double(totalMicros) / 1e6, 'f', 2))
                                     .arg(m_from->date().daysTo(m_to->date()) + 1));
}

} // namespace greenlight::ui
