#include "duesoonpage.h"

#include "domain/displayformat.h"
#include "formwidgets.h"
#include "gate/evidencedue.h"
#include "settings.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDueUseCaseRole = Qt::UserRole + 1;
constexpr int kDueRuleRole = Qt::UserRole + 2;
constexpr int kDueDataClassRole = Qt::UserRole + 3; ///< the DataClass of a data approval, else -1
constexpr int kDueKeyRole = Qt::UserRole + 4;       ///< identifies a row across reloads

/// What the evidence is, for a reader: its kind and which one, translated; the stored codes stay as they are.
QString whatText(const DueEvidence &d)
{
    if (d.evidence == u"kill_switch_test"_s)
        return d.subject.isEmpty() ? DueSoonPage::tr("Kill-switch test")
                                   : DueSoonPage::tr("Kill-switch test of %1").arg(d.subject);
    if (d.evidence == u"rollback_test"_s)
        return DueSoonPage::tr("Rollback test");
    if (d.evidence == u"eval_run"_s)
        return DueSoonPage::tr("Eval run %1").arg(d.subject);
    if (d.evidence == u"data_approval"_s && d.dataClass && d.approverRole)
        return DueSoonPage::tr("Data approval: %1 by %2").arg(enumLabel(*d.dataClass), enumLabel(*d.approverRole));
    if (d.evidence == u"runbook_review"_s)
        return DueSoonPage::tr("Runbook review");
    if (d.evidence == u"waiver"_s)
        return DueSoonPage::tr("Waiver %1 of %2").arg(d.subject, d.rule);
    return d.subject.isEmpty() ? d.evidence : d.evidence + u' ' + d.subject; // a kind this page does not know yet
}

QString daysLeftText(qint64 left)
{
    if (left < 0)
        return DueSoonPage::tr("expired %n day(s) ago", nullptr, int(-left));
    if (left == 0)
        return DueSoonPage::tr("last day today");
    return DueSoonPage::tr("%n day(s) left", nullptr, int(left));
}

QString ownerText(const Portfolio &portfolio, const QString &owner)
{
    if (owner.isEmpty())
        return DueSoonPage::tr("(no owner)");
    const Person *person = portfolio.person(owner);
    return person != nullptr ? u"%1 (%2)"_s.arg(person->name, owner) : owner;
}

} // namespace

DueSoonPage::DueSoonPage(app::Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    m_within = new QComboBox(this);
    m_within->setObjectName(u"dueWithin"_s);
    for (int days : {30, 60, 90})
        m_within->addItem(tr("%n day(s)", nullptr, days), days);
    const int remembered = Settings::dueWithinDays();
    if (m_within->findData(remembered) < 0 && remembered >= 0)
        m_within->addItem(tr("%n day(s)", nullptr, remembered), remembered);
    m_within->setCurrentIndex(std::max(0, m_within->findData(remembered)));
    auto *withinLabel = new QLabel(tr("&Look ahead:"), this);
    withinLabel->setBuddy(m_within);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"dueSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"dueList"_s);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Owner / use case"), tr("What"), tr("Dated"), tr("Counts until"), tr("Days left")});
    m_list->header()->setStretchLastSection(true);

    // Nothing due is good news, said in a sentence rather than shown as an empty table.
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"dueEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto *controls = new QHBoxLayout;
    controls->addWidget(withinLabel);
    controls->addWidget(m_within);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(m_within, &QComboBox::currentIndexChanged, this, [this] {
        Settings::setDueWithinDays(m_within->currentData().toInt());
        reload();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->parent() == nullptr)
            return; // an owner's heading
        const int dataClass = item->data(0, kDueDataClassRole).toInt();
        Q_EMIT evidenceRequested(item->data(0, kDueUseCaseRole).toString(), item->data(0, kDueRuleRole).toString(),
                                 dataClass < 0 ? std::nullopt : std::optional<DataClass>(DataClass(dataClass)));
    });
    connect(&m_workspace, &app::Workspace::portfolioChanged, this, &DueSoonPage::reload);
    reload();
}

void DueSoonPage::reload()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(0, kDueKeyRole).toString() : QString();
    m_list->clear();
    const Portfolio &portfolio = m_workspace.portfolio();
    const QDate today = m_workspace.evaluationDay();
    const int within = m_within->currentData().toInt();
    const DisplayFormat format;
    const QList<DueEvidence> due = EvidenceDue::list(portfolio, today, within);

    m_summary->setText(tr("Evidence that stops counting within %n day(s) of %1, or has stopped, by the owner who "
                          "renews it. Double-click a row (or press Enter) to open where it is renewed.",
                          nullptr, within)
                           .arg(format.date(today)));
    m_empty->setText(tr("Nothing stops counting within %n day(s) of %1: every kill-switch and rollback test, eval "
                        "run, data approval and runbook review on record counts for longer. Evidence that was never "
                        "recorded is not listed here; the portfolio's gate names it.",
                        nullptr, within)
                         .arg(format.date(today)));
    m_summary->setVisible(!due.isEmpty());
    m_stack->setCurrentWidget(due.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);

    QTreeWidgetItem *owner = nullptr;
    QTreeWidgetItem *reselect = nullptr;
    for (const DueEvidence &d : due) {
        if (owner == nullptr || owner->data(0, kDueKeyRole).toString() != d.owner) {
            owner = new QTreeWidgetItem(m_list, {ownerText(portfolio, d.owner)});
            owner->setData(0, kDueKeyRole, d.owner);
            owner->setFirstColumnSpanned(true);
            QFont bold = owner->font(0);
            bold.setBold(true);
            owner->setFont(0, bold);
        }
        const UseCase *useCase = portfolio.useCase(d.useCase);
        const qint64 left = d.daysLeft(today);
        auto *item = new QTreeWidgetItem(owner, {useCase != nullptr ? useCase->name : d.useCase, whatText(d),
                                                 format.date(d.dated), format.date(d.countsUntil), daysLeftText(left)});
        const QString key = d.useCase + u'\n' + d.rule + u'\n' + d.subject;
        item->setData(0, kDueUseCaseRole, d.useCase);
        item->setData(0, kDueRuleRole, d.rule);
        item->setData(0, kDueDataClassRole, d.dataClass ? int(*d.dataClass) : -1);
        item->setData(0, kDueKeyRole, key);
        const QString why =
            d.evidence == u"waiver"_s
                ? tr("Lets %1 pass until its expiry; from the day after, the rule fails again. Double-click or press "
                     "Enter to open where its evidence is recorded.")
                      .arg(d.rule)
                : tr("Read by the rule %1. Double-click or press Enter to open where it is renewed.").arg(d.rule);
        for (int c = 0; c < m_list->columnCount(); ++c)
            item->setToolTip(c, why);
        if (left <= EvidenceDue::soonDays) {
            QFont bold = item->font(DaysLeftColumn);
            bold.setBold(true);
            item->setFont(DaysLeftColumn, bold);
        }
        if (left < 0) {
            // Expired: the rule fails now. Said in words, marked with an icon, and red.
            item->setIcon(DaysLeftColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setForeground(WhatColumn, form::verdictColour(false));
            item->setForeground(DaysLeftColumn, form::verdictColour(false));
            item->setToolTip(DaysLeftColumn, tr("No longer counts: %1 fails until it is renewed.").arg(d.rule));
        }
        if (key == selected)
            reselect = item;
    }
    m_list->expandAll();
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    if (reselect != nullptr)
        m_list->setCurrentItem(reselect);
}

} // namespace greenlight::ui
