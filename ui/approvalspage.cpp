#include "approvalspage.h"

#include "domain/displayformat.h"
#include "formwidgets.h"
#include "gate/dataapprovalrules.h"
#include "services/audittrail.h"
#include "services/governancerecords.h"
#include "services/signingkeychoice.h"
#include "signingkeybox.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {
enum QueueColumn { UseCaseColumn, ClassColumn, StateColumn, NeedsColumn };
constexpr int kUseCaseRole = Qt::UserRole + 1;
constexpr int kClassRole = Qt::UserRole + 2;

QString roleLabels(const QList<DataApproval> &approvals)
{
    QStringList roles;
    for (const DataApproval &a : approvals)
        roles.append(enumLabel(a.role));
    return roles.join(u", "_s);
}

/// @p expired: the approvals an approved class rests on that no longer count (DataApprovalRules::expiredApprovals).
QString stateText(const DataClassStatus &s, const QList<DataApproval> &expired)
{
    switch (s.state) {
    case DataClassStatus::State::Approved:
        return expired.isEmpty()
                   ? ApprovalsPage::tr("approved")
                   : ApprovalsPage::tr("approved %1 — expired, renew").arg(DisplayFormat().date(expired.first().date));
    case DataClassStatus::State::Pending: return ApprovalsPage::tr("pending");
    case DataClassStatus::State::Rejected: return ApprovalsPage::tr("rejected");
    case DataClassStatus::State::Denied: return ApprovalsPage::tr("never approvable");
    }
    return {};
}
} // namespace

ApprovalsPage::ApprovalsPage(app::Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    m_queue = new QTreeWidget(this);
    m_queue->setRootIsDecorated(false);
    m_queue->setAlternatingRowColors(true);
    m_queue->setHeaderLabels({tr("Use case"), tr("Data class"), tr("State"), tr("Still needs")});
    m_history = new QTreeWidget(this);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Date"), tr("Role"), tr("Person"), tr("Decision"), tr("Note"), tr("Signature")});
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Note kept with the decision (what may be used, conditions); required to reject"));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_reject = new QPushButton(tr("&Reject"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    m_signWith = new SigningKeyBox(m_workspace.signing(), this);
    auto *signWithLabel = new QLabel(tr("Sign &with"), this);
    signWithLabel->setBuddy(m_signWith);
    actions->addWidget(m_note, 1);
    actions->addWidget(signWithLabel);
    actions->addWidget(m_signWith);
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(actions);
    lowerLayout->addWidget(m_message);
    lowerLayout->addWidget(new QLabel(tr("Decisions on this pair"), lower));
    lowerLayout->addWidget(m_history);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_queue);
    splitter->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_queue, &QTreeWidget::currentItemChanged, this, &ApprovalsPage::updateActions);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_signWith, &SigningKeyBox::refused, m_message, &QLabel::setText);
    connect(&m_workspace, &app::Workspace::portfolioChanged, this, &ApprovalsPage::reload);
    connect(&m_workspace, &app::Workspace::identityChanged, this, &ApprovalsPage::updateActions);
    reload();
}

void ApprovalsPage::reload()
{
    const QString selectedUseCase =
        m_queue->currentItem() ? m_queue->currentItem()->data(0, kUseCaseRole).toString() : QString();
    const int selectedClass = m_queue->currentItem() ? m_queue->currentItem()->data(0, kClassRole).toInt() : -1;
    m_queue->clear();
    QTreeWidgetItem *reselect = nullptr;
    // Judged on the session's day, as the gate is: an approval older than the policy allows no longer counts.
    const QDate today = m_workspace.evaluationDay();
    const int maxAge = m_workspace.portfolio().policy.evidenceMaxAge.dataApprovalDays;
    for (const UseCase &u : m_workspace.portfolio().useCases) {
        for (DataClass c : u.dataClasses) {
            const DataClassStatus status = DataApprovalRules::status(u, c, today);
            if (DataApprovalRules::requiredRoles(c).isEmpty() && status.state == DataClassStatus::State::Approved)
                continue; // public and internal need nobody unless someone rejected them
            const QList<DataApproval> expired = DataApprovalRules::expiredApprovals(status, maxAge, today);
            QStringList needs;
            for (Role r : status.missingRoles)
                needs.append(enumLabel(r));
            auto *item = new QTreeWidgetItem(
                m_queue, {u.name, enumLabel(c), stateText(status, expired),
                          expired.isEmpty() ? needs.join(u", "_s) : tr("renewal by %1").arg(roleLabels(expired))});
            item->setData(0, kUseCaseRole, u.id);
            item->setData(0, kClassRole, int(c));
            if (!expired.isEmpty()) {
                // Said in words, marked with an icon and in red: the gate fails on it (data.approved).
                item->setForeground(StateColumn, form::verdictColour(false));
                item->setIcon(StateColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setToolTip(StateColumn, tr("An approval counts for %n day(s) (the policy's "
                                                 "evidence_max_age_days.data_approval); data.approved fails until it "
                                                 "is renewed.",
                                                 nullptr, maxAge));
            }
            if (u.id == selectedUseCase && int(c) == selectedClass)
                reselect = item;
        }
    }
    for (int column = 0; column < m_queue->columnCount(); ++column)
        m_queue->resizeColumnToContents(column);
    m_queue->setCurrentItem(reselect != nullptr ? reselect : m_queue->topLevelItem(0));
    updateActions();
}

void ApprovalsPage::selectPair(const QString &useCaseId, std::optional<DataClass> dataClass)
{
    for (int i = 0; i < m_queue->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_queue->topLevelItem(i);
        if (item->data(0, kUseCaseRole).toString() == useCaseId &&
            (!dataClass || item->data(0, kClassRole).toInt() == int(*dataClass))) {
            m_queue->setCurrentItem(item);
            m_queue->scrollToItem(item);
            return;
        }
    }
}

void ApprovalsPage::updateActions()
{
    m_history->clear();
    const QTreeWidgetItem *item = m_queue->currentItem();
    const Person *person = m_workspace.actingPerson();
    QString why;
    if (person == nullptr)
        why = m_workspace.identity().readOnlyReason();
    else if (item == nullptr)
        why = tr("Select a use case and data class.");
    else if (!DataApprovalRules::mayDecide(*person))
        why = tr("%1 holds none of the roles that decide on data classes (security, legal, compliance).")
                  .arg(person->name);
    const bool credentials = item != nullptr && DataClass(item->data(0, kClassRole).toInt()) == DataClass::Credentials;
    m_approve->setEnabled(why.isEmpty() && !credentials);
    m_reject->setEnabled(why.isEmpty());
    m_approve->setToolTip(credentials ? tr("Credentials can never be approved.") : why);
    m_reject->setToolTip(why);
    // A read-only session sees why beside the buttons, not only in their tooltips.
    m_note->setEnabled(m_workspace.identity().canEdit());
    // A message belongs to the pair it was about: another selection clears it.
    const QString selectedPair = item != nullptr ? item->data(0, kUseCaseRole).toString() + u'/' +
                                                       QString::number(item->data(0, kClassRole).toInt())
                                                 : QString();
    if (selectedPair != m_messagePair) {
        m_message->clear();
        form::setAlert(m_message, false);
        m_messagePair.clear();
    }
    if (!m_workspace.identity().canEdit())
        m_message->setText(why);
    if (item == nullptr)
        return;
    const Portfolio &portfolio = m_workspace.portfolio();
    const UseCase *u = portfolio.useCase(item->data(0, kUseCaseRole).toString());
    const DataClass c = DataClass(item->data(0, kClassRole).toInt());
    const QString pair = u->id + u'/' + enumName(c);
    const QList<AuditEvent> events = m_workspace.audit().events(u"data_approval"_s, pair).value_or(QList<AuditEvent>());
    for (qsizetype i = 0; i < u->dataApprovals.size(); ++i) {
        const DataApproval &a = u->dataApprovals[i];
        if (a.dataClass != c)
            continue;
        const Person *p = portfolio.person(a.person);
        new QTreeWidgetItem(
            m_history,
            {DisplayFormat().date(a.date), enumLabel(a.role), p ? p->name : a.person, enumLabel(a.decision), a.note,
             signatureText(portfolio, a.person, stepSigner(events, u"data_approval"_s, pair, QString(), int(i)))});
    }
}

void ApprovalsPage::decide(bool approve)
{
    const QTreeWidgetItem *item = m_queue->currentItem();
    const Person *person = m_workspace.actingPerson();
    if (item == nullptr || person == nullptr)
        return;
    const DataClass c = DataClass(item->data(0, kClassRole).toInt());
    // An approval that expired is renewed in its own role by whoever holds it.
    const QDate today = m_workspace.evaluationDay();
    const DataClassStatus status =
        DataApprovalRules::status(*m_workspace.portfolio().useCase(item->data(0, kUseCaseRole).toString()), c, today);
    const std::optional<Role> role = DataApprovalRules::decidingRole(
        *person, status,
        DataApprovalRules::expiredApprovals(status, m_workspace.portfolio().policy.evidenceMaxAge.dataApprovalDays,
                                            today));
    if (!role)
        return; // the buttons are disabled for a person without an approver role
    // Deciding reloads the portfolio (and this queue): keep what the message needs before.
    const QString name = person->name;
    const QString personId = person->id;
    const QString useCaseId = item->data(0, kUseCaseRole).toString();
    const QString useCaseName = item->text(0);
    m_messagePair = useCaseId + u'/' + QString::number(int(c));
    // A rejection says what to change: the team reads it in the history and the packet.
    if (!approve && m_note->text().trimmed().isEmpty()) {
        m_message->setText(tr("Say in the note why %1 is rejected for %2: the team needs to know what to change.")
                               .arg(enumLabel(c), useCaseName));
        form::setAlert(m_message, true);
        m_note->setFocus(Qt::OtherFocusReason);
        return;
    }
    const auto result = m_workspace.records().decideDataClass(
        useCaseId, c, *role, approve ? ApprovalDecision::Approved : ApprovalDecision::Rejected, m_note->text());
    const SshSigner *signer = m_workspace.signing().signer();
    const QString signature =
        signatureText(m_workspace.portfolio(), personId, signer != nullptr ? signer->fingerprint() : QString());
    const QString recorded =
        approve ? tr("Recorded: %1 approved %2 for %3 as %4, %5.") : tr("Recorded: %1 rejected %2 for %3 as %4, %5.");
    m_message->setText(result ? recorded.arg(name, enumLabel(c), useCaseName, enumLabel(*role), signature)
                              : result.error().toString());
    form::setAlert(m_message, !result);
    if (result)
        m_note->clear();
}

} // namespace greenlight::ui
