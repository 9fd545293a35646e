#include "waiverdialog.h"

#include "domain/displayformat.h"
#include "formwidgets.h"
#include "gate/gateengine.h"
#include "gate/waiverrules.h"
#include "portfolio/defaultpolicy.h"
#include "services/governancerecords.h"
#include "signingkeybox.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {

/// How long a waiver runs when nobody says otherwise: a short pilot, renewed by granting another.
constexpr int kDefaultDays = 14;

} // namespace

WaiverDialog::WaiverDialog(app::Workspace &workspace, const QString &useCaseId, const QString &gateId,
                           const QString &ruleId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_useCaseId(useCaseId), m_gateId(gateId), m_ruleId(ruleId),
      m_today(workspace.evaluationDay())
{
    const Portfolio &p = m_workspace.portfolio();
    const UseCase *u = p.useCase(useCaseId);
    const GateTemplate *gate = p.gateTemplate(gateId);
    const Person *me = m_workspace.actingPerson();
    setWindowTitle(tr("Waive %1 — %2").arg(ruleId, u != nullptr ? u->name : useCaseId));

    // What the rule finds today, in the words the gate uses.
    QString found;
    Severity severity = Severity::Blocker;
    if (u != nullptr && gate != nullptr) {
        for (const RuleResult &r : GateEngine::evaluate(p, *u, *gate, m_today).rules) {
            if (r.rule == ruleId) {
                found = r.displayText();
                severity = r.severity;
            }
        }
    }
    auto *intro = new QLabel(tr("A waiver lets this rule count as passing up to and including its expiry day. It stays "
                                "on record as granted: it is never edited, only revoked."),
                             this);
    intro->setWordWrap(true);
    m_found = form::valueLabel(found, this);
    m_found->setObjectName(u"waiverFound"_s);

    m_role = new QComboBox(this);
    m_role->setPlaceholderText(tr("Choose a role"));
    const QList<Role> roles = me != nullptr ? WaiverRules::rolesOf(ruleId, *me) : QList<Role>();
    for (Role role : roles)
        m_role->addItem(enumLabel(role), int(role));
    m_role->setCurrentIndex(roles.size() == 1 ? 0 : -1);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Required: why the risk is accepted, e.g. a two-week pilot with three tenants"));
    m_control = new QLineEdit(this);
    m_control->setPlaceholderText(tr("Required: what holds the risk until it expires, e.g. a daily spend alert"));
    m_expires = new QDateEdit(this);
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(DisplayFormat().datePattern());
    m_expires->setDateRange(m_today, m_today.addDays(WaiverRules::maxDays));
    m_expires->setDate(m_today.addDays(kDefaultDays));
    m_days = new QLabel(this);
    m_signWith = new SigningKeyBox(m_workspace.signing(), this);
    m_error = form::alertLabel(u"waiverError"_s, this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_grant = buttons->button(QDialogButtonBox::Ok);
    m_grant->setText(tr("&Grant Waiver"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WaiverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WaiverDialog::reject);

    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_days, 1);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(tr("Use case"),
                   form::valueLabel(u != nullptr ? tr("%1 (%2)").arg(u->name, useCaseId) : useCaseId, this));
    fields->addRow(tr("Gate"), form::valueLabel(gate != nullptr ? gateDisplayName(*gate) : gateId, this));
    fields->addRow(tr("Rule"), form::valueLabel(tr("%1 (%2)").arg(ruleId, enumLabel(severity)), this));
    fields->addRow(tr("Found"), m_found);
    fields->addRow(tr("Granted by"), form::valueLabel(me != nullptr ? me->name : QString(), this));
    fields->addRow(tr("&Role"), m_role);
    fields->addRow(tr("Rea&son"), m_reason);
    fields->addRow(tr("Compensating &control"), m_control);
    auto *expiresLabel = new QLabel(tr("&Expires"), this); // the field is a row of two: name its date box
    expiresLabel->setBuddy(m_expires);
    fields->addRow(expiresLabel, expiry);
    fields->addRow(tr("Sign &with"), m_signWith);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_role, m_reason);
    setTabOrder(m_reason, m_control);
    setTabOrder(m_control, m_expires);
    setTabOrder(m_expires, m_signWith);
    setTabOrder(m_signWith, buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &WaiverDialog::updateGrant);
    connect(m_reason, &QLineEdit::textChanged, this, &WaiverDialog::updateGrant);
    connect(m_control, &QLineEdit::textChanged, this, &WaiverDialog::updateGrant);
    connect(m_expires, &QDateEdit::dateChanged, this, &WaiverDialog::updateGrant);
    connect(m_signWith, &SigningKeyBox::refused, this, [this](const QString &text) { form::showAlert(m_error, text); });
    if (roles.isEmpty())
        form::showAlert(
            m_error, me != nullptr
                         ? WaiverRules::roleProblem(ruleId, *me, WaiverRules::grantingRoles(ruleId).value(0, Role::Cto))
                         : m_workspace.identity().readOnlyReason());
    (roles.size() == 1 ? static_cast<QWidget *>(m_reason) : m_role)->setFocus(Qt::OtherFocusReason);
    updateGrant();
    resize(std::max(sizeHint().width(), 680), sizeHint().height());
}

QString WaiverDialog::missing() const
{
    if (m_role->currentIndex() < 0)
        return tr("Choose the role you grant the waiver in.");
    if (m_reason->text().trimmed().isEmpty())
        return tr("Say why the risk is accepted.");
    if (m_control->text().trimmed().isEmpty())
        return tr("Name the compensating control that holds the risk until the waiver expires.");
    return WaiverRules::expiryProblem(m_today, m_expires->date());
}

void WaiverDialog::updateGrant()
{
    const qint64 days = m_today.daysTo(m_expires->date());
    m_days->setText(tr("%n day(s) from today; at most %1", nullptr, int(days)).arg(WaiverRules::maxDays));
    form::enableWhenComplete(m_grant, missing());
}

void WaiverDialog::accept()
{
    if (!missing().isEmpty())
        return; // Enter on an incomplete form: Grant is disabled and says what is missing
    const WaiverRequest request{m_useCaseId,      m_gateId,          m_ruleId,
                                m_reason->text(), m_control->text(), Role(m_role->currentData().toInt()),
                                m_expires->date()};
    const Result<Waiver> granted = m_workspace.records().grantWaiver(request);
    if (!granted) {
        form::showAlert(m_error, granted.error().toString());
        return;
    }
    m_granted = *granted;
    QDialog::accept();
}

} // namespace greenlight::ui
