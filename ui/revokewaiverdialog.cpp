#include "revokewaiverdialog.h"

#include "domain/displayformat.h"
#include "formwidgets.h"
#include "gate/waiverrules.h"
#include "portfolio/defaultpolicy.h"
#include "services/governancerecords.h"
#include "signingkeybox.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

RevokeWaiverDialog::RevokeWaiverDialog(app::Workspace &workspace, const QString &useCaseId, const QString &waiverId,
                                       QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_waiverId(waiverId)
{
    const Portfolio &p = m_workspace.portfolio();
    const UseCase *u = p.useCase(useCaseId);
    const Waiver *w = u != nullptr ? u->waiver(waiverId) : nullptr;
    const Person *me = m_workspace.actingPerson();
    setWindowTitle(tr("Revoke waiver %1").arg(waiverId));
    const DisplayFormat format;

    auto *intro = new QLabel(tr("From today the rule is judged on its evidence again. The waiver stays on record with "
                                "who revoked it and why."),
                             this);
    intro->setWordWrap(true);
    m_role = new QComboBox(this);
    m_role->setPlaceholderText(tr("Choose a role"));
    const QList<Role> roles = me != nullptr && w != nullptr ? WaiverRules::rolesOf(w->rule, *me) : QList<Role>();
    for (Role role : roles)
        m_role->addItem(enumLabel(role), int(role));
    m_role->setCurrentIndex(roles.size() == 1 ? 0 : -1);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Required: why the waiver ends early, e.g. the cost cap is set"));
    m_signWith = new SigningKeyBox(m_workspace.signing(), this);
    m_error = form::alertLabel(u"revokeError"_s, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_revoke = buttons->button(QDialogButtonBox::Ok);
    m_revoke->setText(tr("&Revoke Waiver"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RevokeWaiverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RevokeWaiverDialog::reject);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(tr("Waiver"), form::valueLabel(waiverId, this));
    if (u != nullptr && w != nullptr) {
        const GateTemplate *gate = p.gateTemplate(w->gate);
        const Person *grantor = p.person(w->grantedBy);
        fields->addRow(tr("Use case"), form::valueLabel(tr("%1 (%2)").arg(u->name, u->id), this));
        fields->addRow(
            tr("Rule"),
            form::valueLabel(tr("%1 at the %2 gate").arg(w->rule, gate != nullptr ? gateDisplayName(*gate) : w->gate),
                             this));
        fields->addRow(tr("Granted"),
                       form::valueLabel(tr("by %1 as %2 on %3, until %4")
                                            .arg(grantor != nullptr ? grantor->name : w->grantedBy, enumLabel(w->role),
                                                 format.date(w->grantedOn), format.date(w->expires)),
                                        this));
        fields->addRow(tr("Because"), form::valueLabel(w->reason, this));
        fields->addRow(tr("Control"), form::valueLabel(w->control, this));
    }
    fields->addRow(tr("Revoked &as"), m_role);
    fields->addRow(tr("Rea&son"), m_reason);
    fields->addRow(tr("Sign &with"), m_signWith);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setTabOrder(m_role, m_reason);
    setTabOrder(m_reason, m_signWith);
    setTabOrder(m_signWith, buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &RevokeWaiverDialog::updateRevoke);
    connect(m_reason, &QLineEdit::textChanged, this, &RevokeWaiverDialog::updateRevoke);
    connect(m_signWith, &SigningKeyBox::refused, this, [this](const QString &text) { form::showAlert(m_error, text); });
    if (w == nullptr)
        form::showAlert(m_error, tr("%1: unknown waiver").arg(waiverId));
    else if (roles.isEmpty())
        form::showAlert(m_error, me != nullptr ? WaiverRules::roleProblem(w->rule, *me, w->role)
                                               : m_workspace.identity().readOnlyReason());
    (roles.size() == 1 ? static_cast<QWidget *>(m_reason) : m_role)->setFocus(Qt::OtherFocusReason);
    updateRevoke();
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

QString RevokeWaiverDialog::missing() const
{
    if (m_role->currentIndex() < 0)
        return tr("Choose the role you revoke the waiver in.");
    if (m_reason->text().trimmed().isEmpty())
        return tr("Say why the waiver ends early.");
    return {};
}

void RevokeWaiverDialog::updateRevoke()
{
    form::enableWhenComplete(m_revoke, missing());
}

void RevokeWaiverDialog::accept()
{
    if (!missing().isEmpty())
        return;
    const Result<Waiver> revoked =
        m_workspace.records().revokeWaiver(m_waiverId, Role(m_role->currentData().toInt()), m_reason->text());
    if (!revoked) {
        form::showAlert(m_error, revoked.error().toString());
        return;
    }
    m_revoked = *revoked;
    QDialog::accept();
}

} // namespace greenlight::ui
