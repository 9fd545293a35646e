#include "waiveractions.h"

#include "domain/displayformat.h"
#include "gate/waiverrules.h"
#include "portfolio/defaultpolicy.h"
#include "revokewaiverdialog.h"
#include "waiverdialog.h"
#include "workspace.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {

/// Who may waive (or revoke a waiver of) @p rule, as a sentence: "Only the cto waives ops.cost_cap", "Only these
/// roles waive logging.policy: security, legal, compliance".
QString onlyWho(const QString &rule, bool revoking)
{
    const QList<Role> roles = WaiverRules::grantingRoles(rule);
    QStringList labels;
    for (Role role : roles)
        labels.append(enumLabel(role));
    if (roles.size() == 1)
        return (revoking ? WaiverActions::tr("Only the %1 revokes a waiver of %2")
                         : WaiverActions::tr("Only the %1 waives %2"))
            .arg(labels.first(), rule);
    return (revoking ? WaiverActions::tr("Only these roles revoke a waiver of %2: %1")
                     : WaiverActions::tr("Only these roles waive %2: %1"))
        .arg(labels.join(u", "_s), rule);
}

} // namespace

WaiverActions::WaiverActions(app::Workspace &workspace, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_dialogParent(dialogParent)
{
    m_waive = new QAction(tr("Wa&ive…"), this);
    m_waive->setObjectName(u"waiveRule"_s);
    m_revoke = new QAction(tr("Revo&ke Waiver…"), this);
    m_revoke->setObjectName(u"revokeWaiver"_s);
    connect(m_waive, &QAction::triggered, this, &WaiverActions::waive);
    connect(m_revoke, &QAction::triggered, this, &WaiverActions::revoke);
    connect(&m_workspace, &app::Workspace::identityChanged, this, &WaiverActions::update);
    update();
}

void WaiverActions::setRule(const QString &useCaseId, const QString &gateId, const QString &ruleId, RuleOutcome outcome,
                            const QString &waiverId)
{
    m_useCaseId = useCaseId;
    m_gateId = gateId;
    m_ruleId = ruleId;
    m_outcome = outcome;
    m_waiverId = waiverId;
    m_byWaiver = false;
    update();
}

void WaiverActions::setWaiver(const QString &useCaseId, const QString &waiverId)
{
    const UseCase *u = m_workspace.portfolio().useCase(useCaseId);
    const Waiver *w = u != nullptr ? u->waiver(waiverId) : nullptr;
    m_useCaseId = useCaseId;
    m_gateId = w != nullptr ? w->gate : QString();
    m_ruleId = w != nullptr ? w->rule : QString();
    m_outcome = RuleOutcome::Waived;
    m_waiverId = w != nullptr ? w->id : QString();
    m_byWaiver = true;
    update();
}

void WaiverActions::setLocked(const QString &reason)
{
    m_locked = reason;
    update();
}

QString WaiverActions::waiveProblem() const
{
    if (m_ruleId.isEmpty())
        return tr("Select a failing rule to waive it");
    if (!m_locked.isEmpty())
        return m_locked;
    if (!m_workspace.identity().canEdit())
        return m_workspace.identity().readOnlyReason();
    if (!WaiverRules::isWaivable(m_ruleId))
        return tr("%1 can never be waived").arg(m_ruleId);
    if (m_outcome == RuleOutcome::Pass)
        return tr("%1 passes; there is nothing to waive").arg(m_ruleId);
    if (m_outcome == RuleOutcome::Waived)
        return tr("%1 is already waived (%2); revoke that waiver first to replace it").arg(m_ruleId, m_waiverId);
    const Person *me = m_workspace.actingPerson();
    if (me == nullptr || WaiverRules::rolesOf(m_ruleId, *me).isEmpty())
        return onlyWho(m_ruleId, false);
    return {};
}

QString WaiverActions::revokeProblem() const
{
    if (m_byWaiver && m_waiverId.isEmpty())
        return tr("Select a waiver to revoke it");
    if (m_ruleId.isEmpty())
        return tr("Select a waived rule to revoke its waiver");
    if (!m_locked.isEmpty())
        return m_locked;
    if (m_outcome != RuleOutcome::Waived || m_waiverId.isEmpty())
        return tr("%1 has no waiver in force").arg(m_ruleId);
    const UseCase *u = m_workspace.portfolio().useCase(m_useCaseId);
    const Waiver *w = u != nullptr ? u->waiver(m_waiverId) : nullptr;
    if (const QString problem =
            w != nullptr ? WaiverRules::revocationProblem(*w, m_workspace.evaluationDay()) : QString();
        !problem.isEmpty())
        return tr("%1: %2").arg(m_waiverId, problem);
    if (!m_workspace.identity().canEdit())
        return m_workspace.identity().readOnlyReason();
    const Person *me = m_workspace.actingPerson();
    if (me == nullptr || WaiverRules::rolesOf(m_ruleId, *me).isEmpty())
        return onlyWho(m_ruleId, true);
    return {};
}

void WaiverActions::update()
{
    const QString waiveWhy = waiveProblem();
    m_waive->setEnabled(waiveWhy.isEmpty());
    m_waive->setToolTip(
        waiveWhy.isEmpty()
            ? tr("Let %1 count as passing until a date, with a reason and a compensating control").arg(m_ruleId)
            : waiveWhy);
    const QString revokeWhy = revokeProblem();
    m_revoke->setEnabled(revokeWhy.isEmpty());
    m_revoke->setToolTip(revokeWhy.isEmpty() ? tr("End waiver %1 from today, with a reason").arg(m_waiverId)
                                             : revokeWhy);
}

QPushButton *WaiverActions::buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(action->objectName() + u"Button"_s);
    const auto follow = [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    };
    follow();
    connect(action, &QAction::changed, button, follow);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

void WaiverActions::addTo(QMenu *menu) const
{
    // A disabled entry still says why when hovered.
    menu->setToolTipsVisible(true);
    menu->addAction(m_outcome == RuleOutcome::Waived ? m_revoke : m_waive);
}

void WaiverActions::waive()
{
    if (!waiveProblem().isEmpty())
        return;
    auto *dialog = new WaiverDialog(m_workspace, m_useCaseId, m_gateId, m_ruleId, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Waiver &w = dialog->granted();
        const GateTemplate *gate = m_workspace.portfolio().gateTemplate(w.gate);
        Q_EMIT recorded(
            tr("Granted %1: %2 counts as passing at the %3 gate until %4.")
                .arg(w.id, w.rule, gate != nullptr ? gateDisplayName(*gate) : w.gate, DisplayFormat().date(w.expires)));
    });
    dialog->open();
}

void WaiverActions::revoke()
{
    if (!revokeProblem().isEmpty())
        return;
    auto *dialog = new RevokeWaiverDialog(m_workspace, m_useCaseId, m_waiverId, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Waiver &w = dialog->revoked();
        Q_EMIT recorded(tr("Revoked %1: %2 is judged on its evidence again.").arg(w.id, w.rule));
    });
    dialog->open();
}

} // namespace greenlight::ui
