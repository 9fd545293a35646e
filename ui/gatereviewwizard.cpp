#include "gatereviewwizard.h"

#include "formwidgets.h"
#include "gate/gateengine.h"
#include "gate/gatereviewservice.h"
#include "portfolio/defaultpolicy.h"
#include "services/audittrail.h"
#include "services/governancerecords.h"
#include "services/signingkeychoice.h"
#include "signingkeybox.h"
#include "waiveractions.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {
enum WizardColumn { WizardResultColumn, WizardRuleIdColumn, WizardEvidenceColumn };
constexpr int kWizardOutcomeRole = Qt::UserRole + 1;
constexpr int kWizardWaiverRole = Qt::UserRole + 2;
} // namespace

GateReviewWizard::GateReviewWizard(app::Workspace &workspace, const QString &useCaseId, QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_useCaseId(useCaseId)
{
    const UseCase *u = m_workspace.portfolio().useCase(useCaseId);
    setWindowTitle(tr("Gate review — %1").arg(u ? u->name : useCaseId));
    resize(900, 640);

    // 1. The gate and its rules.
    auto *rulesPage = new QWizardPage(this);
    rulesPage->setTitle(tr("Rules"));
    rulesPage->setSubTitle(tr("Every rule of the gate with its evidence. Starting the review freezes these results."));
    m_gate = new QComboBox(rulesPage);
    for (const GateTemplate &t : m_workspace.portfolio().gateTemplates)
        m_gate->addItem(gateDisplayName(t), t.id);
    if (u)
        m_gate->setCurrentIndex(std::max(0, m_gate->findData(GateEngine::defaultGateId(*u))));
    m_rules = new QTreeWidget(rulesPage);
    m_rules->setRootIsDecorated(false);
    m_rules->setHeaderLabels({tr("Result"), tr("Rule"), tr("Evidence")});
    auto *fix = new QPushButton(tr("&Fix the selected rule…"), rulesPage);
    fix->setToolTip(tr("Close the review and go to where the selected rule's evidence is recorded"));
    // A failing rule the person may waive is waived here, before the review freezes the results.
    m_waiverActions = new WaiverActions(m_workspace, this);
    m_rules->setContextMenuPolicy(Qt::CustomContextMenu);
    m_rulesMessage = new QLabel(rulesPage);
    m_rulesMessage->setObjectName(u"rulesMessage"_s);
    m_rulesMessage->setWordWrap(true);
    m_rulesMessage->setTextFormat(Qt::PlainText);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(fix);
    ruleButtons->addWidget(WaiverActions::buttonFor(m_waiverActions->waiveAction(), rulesPage));
    ruleButtons->addWidget(WaiverActions::buttonFor(m_waiverActions->revokeAction(), rulesPage));
    ruleButtons->addStretch(1);
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    auto *gateRow = new QFormLayout;
    gateRow->addRow(tr("&Gate"), m_gate);
    rulesLayout->addLayout(gateRow);
    rulesLayout->addWidget(m_rules);
    rulesLayout->addLayout(ruleButtons);
    rulesLayout->addWidget(m_rulesMessage);
    connect(m_rules, &QTreeWidget::currentItemChanged, this, &GateReviewWizard::selectRule);
    connect(m_rules, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (m_rules->itemAt(position) == nullptr)
            return;
        QMenu menu(this);
        m_waiverActions->addTo(&menu);
        menu.exec(m_rules->viewport()->mapToGlobal(position));
    });
    connect(m_waiverActions, &WaiverActions::recorded, this, [this](const QString &message) {
        m_rulesMessage->setText(message);
        showRules();
        Q_EMIT statusMessage(message);
    });
    connect(m_gate, &QComboBox::currentIndexChanged, this, &GateReviewWizard::showRules);
    connect(fix, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_rules->currentItem()) {
            const QString rule = item->text(WizardRuleIdColumn);
            reject(); // a started review asks first; the window moves only once the wizard has closed
            if (!isVisible())
                Q_EMIT fixRequested(m_useCaseId, rule);
        }
    });
    setPage(RulesPage, rulesPage);

    // 2. The bound person's own sign-off: nobody signs for someone else here; the others sign in their own
    // sessions (or with `greenlight gate review sign`) and the decision waits for them.
    auto *signPage = new QWizardPage(this);
    signPage->setTitle(tr("Sign-offs"));
    signPage->setSubTitle(tr("You sign in a role you hold. The others sign in their own sessions; the review waits "
                             "for them."));
    // What the gate needs: each required role, who may give it, and whether it has been given.
    m_required = new QTreeWidget(signPage);
    m_required->setObjectName(u"requiredSignoffs"_s);
    m_required->setRootIsDecorated(false);
    m_required->setHeaderLabels({tr("Required sign-off"), tr("Who can give it"), tr("State")});
    m_required->setMaximumHeight(140);
    m_signoffs = new QTreeWidget(signPage);
    m_signoffs->setRootIsDecorated(false);
    m_signoffs->setHeaderLabels({tr("Role"), tr("Person"), tr("Decision"), tr("Note"), tr("Signature")});
    m_signer = new QLabel(signPage);
    m_signer->setObjectName(u"signer"_s);
    m_role = new QComboBox(signPage);
    if (const Person *me = m_workspace.actingPerson()) {
        m_signer->setText(tr("Signing as %1").arg(me->name));
        for (Role r : me->roles)
            m_role->addItem(enumLabel(r), int(r));
    }
    m_note = new QLineEdit(signPage);
    auto *approve = new QPushButton(tr("A&pprove"), signPage);
    auto *rejectButton = new QPushButton(tr("Re&ject"), signPage);
    m_signoffMessage = new QLabel(signPage);
    m_signoffMessage->setWordWrap(true);
    auto *signRow = new QHBoxLayout;
    signRow->addWidget(m_signer);
    signRow->addWidget(m_role);
    signRow->addWidget(m_note, 1);
    signRow->addWidget(approve);
    signRow->addWidget(rejectButton);
    auto *signLayout = new QVBoxLayout(signPage);
    m_signWith = new SigningKeyBox(m_workspace.signing(), signPage);
    auto *signWithRow = new QFormLayout;
    signWithRow->addRow(tr("Sign &with"), m_signWith);
    auto *requiredLabel = new QLabel(tr("&Required by the gate"), signPage);
    requiredLabel->setBuddy(m_required);
    auto *givenLabel = new QLabel(tr("Sign-offs &given"), signPage);
    givenLabel->setBuddy(m_signoffs);
    signLayout->addWidget(requiredLabel);
    signLayout->addWidget(m_required);
    signLayout->addWidget(givenLabel);
    signLayout->addWidget(m_signoffs);
    signLayout->addLayout(signRow);
    signLayout->addLayout(signWithRow);
    signLayout->addWidget(m_signoffMessage);
    const auto sign = [this](bool yes) { recordSignoff(Role(m_role->currentData().toInt()), yes, m_note->text()); };
    connect(approve, &QPushButton::clicked, this, [sign] { sign(true); });
    connect(m_signWith, &SigningKeyBox::refused, m_signoffMessage, &QLabel::setText);
    connect(rejectButton, &QPushButton::clicked, this, [sign] { sign(false); });
    setPage(SignoffsPage, signPage);

    // 3. The decision.
    auto *decidePage = new QWizardPage(this);
    decidePage->setTitle(tr("Decision"));
    decidePage->setFinalPage(true);
    m_blockers = new QLabel(decidePage);
    m_blockers->setWordWrap(true);
    m_blockers->setObjectName(u"goBlockers"_s);
    m_blockers->setTextFormat(Qt::PlainText);
    m_go = new QRadioButton(tr("&Go"), decidePage);
    m_noGo = new QRadioButton(tr("&No-go"), decidePage);

    m_rationale = new QPlainTextEdit(decidePage);
    m_rationale->setPlaceholderText(tr("Rationale: why, in a sentence or two"));
    m_decisionMessage = new QLabel(decidePage);
    m_decisionMessage->setObjectName(u"decisionMessage"_s);
    m_decisionMessage->setWordWrap(true);
    m_exportPacket = new QCheckBox(tr("&Export the audit packet (PDF) once the decision is recorded"), decidePage);
    m_exportPacket->setChecked(true);
    auto *decideLayout = new QVBoxLayout(decidePage);
    decideLayout->addWidget(m_blockers);
    decideLayout->addWidget(m_go);
    decideLayout->addWidget(m_noGo);
    decideLayout->addWidget(m_rationale);
    m_decideWith = new SigningKeyBox(m_workspace.signing(), decidePage);
    auto *decideWithRow = new QFormLayout;
    decideWithRow->addRow(tr("Sign the decision &with"), m_decideWith);
    decideLayout->addLayout(decideWithRow);
    decideLayout->addWidget(m_decisionMessage);
    decideLayout->addWidget(m_exportPacket);
    setPage(DecisionPage, decidePage);

    showRules();
}

void GateReviewWizard::continueReview(const QString &reviewId)
{
    const UseCase *u = m_workspace.portfolio().useCase(m_useCaseId);
    const GateReview *review = nullptr;
    for (const GateReview &r : u != nullptr ? u->gateReviews : QList<GateReview>()) {
        if (r.id == reviewId)
            review = &r;
    }
    if (review == nullptr)
        return;
    m_reviewId = reviewId;
    m_gate->setCurrentIndex(std::max(0, m_gate->findData(review->gate)));
    m_gate->setEnabled(false); // its results were frozen when it started
    m_waiverActions->setLocked(frozenReason());
    setWindowTitle(tr("Gate review %1 — %2").arg(reviewId, u->name));
    setStartId(SignoffsPage);
}

void GateReviewWizard::showRules()
{
    const QString selected =
        m_rules->currentItem() != nullptr ? m_rules->currentItem()->text(WizardRuleIdColumn) : QString();
    m_rules->clear();
    const Portfolio &p = m_workspace.portfolio();
    const UseCase *u = p.useCase(m_useCaseId);
    const GateTemplate *gate = p.gateTemplate(m_gate->currentData().toString());
    if (u == nullptr || gate == nullptr) {
        selectRule(nullptr);
        return;
    }
    const GateEvaluation evaluation = GateEngine::evaluate(p, *u, *gate, m_workspace.evaluationDay());
    QTreeWidgetItem *reselect = nullptr;
    for (const RuleResult &r : evaluation.failuresFirst()) {
        auto *item = new QTreeWidgetItem(m_rules, {enumLabel(r.result), r.rule, r.displayText()});
        item->setData(WizardResultColumn, kWizardOutcomeRole, int(r.result));
        item->setData(WizardResultColumn, kWizardWaiverRole, evaluation.waivers.value(r.rule));
        item->setToolTip(WizardEvidenceColumn, r.displayText());
        if (r.result == RuleOutcome::Waived) // marked, not only worded: it passes because someone accepted a risk
            item->setIcon(WizardResultColumn, style()->standardIcon(QStyle::SP_MessageBoxInformation));
        if (r.rule == selected)
            reselect = item;
    }
    m_rules->resizeColumnToContents(WizardResultColumn);
    m_rules->resizeColumnToContents(WizardRuleIdColumn);
    if (reselect != nullptr)
        m_rules->setCurrentItem(reselect);
    else
        selectRule(nullptr);
}

void GateReviewWizard::selectRule(const QTreeWidgetItem *item)
{
    if (item == nullptr) {
        m_waiverActions->setRule(m_useCaseId, m_gate->currentData().toString(), {}, RuleOutcome::Pass);
        return;
    }
    m_waiverActions->setRule(m_useCaseId, m_gate->currentData().toString(), item->text(WizardRuleIdColumn),
                             RuleOutcome(item->data(WizardResultColumn, kWizardOutcomeRole).toInt()),
                             item->data(WizardResultColumn, kWizardWaiverRole).toString());
}

QString GateReviewWizard::frozenReason() const
{
    return tr("Review %1 froze these results when it started: a waiver granted or revoked now does not change it")
        .arg(m_reviewId);
}

void GateReviewWizard::showSignoffs()
{
    m_signoffs->clear();
    const UseCase *u = m_workspace.portfolio().useCase(m_useCaseId);
    if (u == nullptr)
        return;
    const Portfolio &p = m_workspace.portfolio();
    for (const GateReview &review : u->gateReviews) {
        if (review.id != m_reviewId)
            continue;
        const QList<AuditEvent> events =
            m_workspace.audit().events(u"gate_review"_s, review.id).value_or(QList<AuditEvent>());
        for (qsizetype i = 0; i < review.signoffs.size(); ++i) {
            const Signoff &s = review.signoffs[i];
            const Person *person = p.person(s.person);
            new QTreeWidgetItem(
                m_signoffs,
                {enumLabel(s.role), person ? person->name : s.person, enumLabel(s.decision), s.note,
                 signatureText(p, s.person, stepSigner(events, u"gate_review"_s, review.id, u"sign"_s, int(i)))});
        }
    }
    for (int column = 0; column < m_signoffs->columnCount(); ++column)
        m_signoffs->resizeColumnToContents(column);
    showRequired();
}

void GateReviewWizard::showRequired()
{
    m_required->clear();
    const Portfolio &p = m_workspace.portfolio();
    const UseCase *u = p.useCase(m_useCaseId);
    const GateReview *review = nullptr;
    for (const GateReview &r : u != nullptr ? u->gateReviews : QList<GateReview>()) {
        if (r.id == m_reviewId)
            review = &r;
    }
    const GateTemplate *gate = review != nullptr ? p.gateTemplate(review->gate) : nullptr;
    if (gate == nullptr)
        return;
    const Person *me = m_workspace.actingPerson();
    std::optional<Role> mine; // the first role the signed-in person holds that still waits for approval
    for (Role role : gate->requiredSignoffs) {
        QStringList who;
        for (const Person &person : p.people) {
            if (person.roles.contains(role))
                who.append(person.name);
        }
        QString state = tr("missing");
        bool approved = false;
        bool rejected = false;
        for (const Signoff &s : review->signoffs) {
            if (s.role != role)
                continue;
            const Person *signer = p.person(s.person);
            const QString name = signer != nullptr ? signer->name : s.person;
            if (s.decision == SignoffDecision::Approve) {
                approved = true;
                if (!rejected)
                    state = tr("approved by %1").arg(name);
            } else {
                rejected = true; // a rejection in the role stands against go, whoever else approved
                state = tr("rejected by %1").arg(name);
            }
        }
        approved = approved && !rejected;
        auto *row = new QTreeWidgetItem(
            m_required, {enumLabel(role), who.isEmpty() ? tr("nobody holds it") : who.join(u", "_s), state});
        row->setIcon(2, style()->standardIcon(approved ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        if (!approved && !mine && me != nullptr && me->roles.contains(role))
            mine = role;
    }
    for (int column = 0; column < m_required->columnCount(); ++column)
        m_required->resizeColumnToContents(column);
    // The role box offers the person's roles: the one the gate still needs from them comes first.
    if (mine)
        m_role->setCurrentIndex(std::max(0, m_role->findData(int(*mine))));
}

bool GateReviewWizard::recordSignoff(Role role, bool approve, const QString &note)
{
    const auto signedReview = m_workspace.records().signReview(
        m_reviewId, role, approve ? SignoffDecision::Approve : SignoffDecision::Reject, note);
    if (!signedReview) {
        m_signoffMessage->setText(signedReview.error().toString());
    } else {
        const SshSigner *signer = m_workspace.signing().signer();
        m_signoffMessage->setText(tr("Recorded, %1.")
                                      .arg(signatureText(m_workspace.portfolio(), m_workspace.identity().personId(),
                                                         signer != nullptr ? signer->fingerprint() : QString())));
        m_note->clear();
        showSignoffs();
    }
    return signedReview.has_value();
}

void GateReviewWizard::initializePage(int id)
{
    // Others sign in their own sessions: show the review as it is stored now, not as this session last read it.
    (void)m_workspace.refresh();
    if (id == SignoffsPage) {
        showSignoffs();
    } else if (id == DecisionPage) {
        const Portfolio &p = m_workspace.portfolio();
        const UseCase *u = p.useCase(m_useCaseId);
        QStringList reasons;
        bool found = false;
        for (const GateReview &review : u != nullptr ? u->gateReviews : QList<GateReview>()) {
            const GateTemplate *gate = review.id == m_reviewId ? p.gateTemplate(review.gate) : nullptr;
            if (gate == nullptr)
                continue;
            found = true;
            // What the service refuses go for: blockers, missing sign-offs, the requester alone, and rejections.
            reasons = GateReviewService::goBlockers(p, *u, review, *gate, m_workspace.evaluationDay());
            const QStringList rejected = GateReviewService::rejections(p, review, *gate);
            if (!rejected.isEmpty())
                reasons.append(tr("rejected: %1").arg(rejected.join(u"; "_s)));
        }
        if (!found) // removed or re-imported elsewhere since the wizard opened
            reasons.append(tr("the review or its gate is no longer in the portfolio"));
        m_blockers->setText(reasons.isEmpty() ? tr("Nothing stands in the way of go.")
                                              : tr("Go is not possible yet: %1.").arg(reasons.join(u"; "_s)));
        // Go only when it is possible; no choice is made for the user either way.
        m_go->setEnabled(reasons.isEmpty());
        m_go->setToolTip(reasons.isEmpty() ? QString() : m_blockers->text());
        form::setAlert(m_blockers, !reasons.isEmpty());
        form::setAlert(m_decisionMessage, false);
        m_decisionMessage->clear();
    }
    QWizard::initializePage(id);
}

bool GateReviewWizard::validateCurrentPage()
{
    if (currentId() == RulesPage && m_reviewId.isEmpty()) {
        const auto review = m_workspace.records().startReview(m_useCaseId, m_gate->currentData().toString());
        if (!review) {
            m_decisionMessage->clear();
            QWizardPage *page = currentPage();
            page->setSubTitle(review.error().toString());
            return false;
        }
        m_reviewId = review->id;
        m_gate->setEnabled(false); // the results are frozen now
        m_waiverActions->setLocked(frozenReason());
    }
    if (currentId() == DecisionPage) {
        if (!m_go->isChecked() && !m_noGo->isChecked()) {
            m_decisionMessage->setText(tr("Choose Go or No-go."));
            form::setAlert(m_decisionMessage, true);
            return false;
        }
        const auto outcome = m_workspace.records().decideReview(
            m_reviewId, m_go->isChecked() ? GateDecision::Go : GateDecision::NoGo, m_rationale->toPlainText());
        if (!outcome) {
            m_decisionMessage->setText(outcome.error().toString());
            form::setAlert(m_decisionMessage, true);
            return false;
        }
        if (!outcome->decision) {
            m_decisionMessage->setText(outcome->reason);
            form::setAlert(m_decisionMessage, true);
            return false;
        }
        if (m_exportPacket->isChecked())
            Q_EMIT packetRequested(m_useCaseId);
    }
    return QWizard::validateCurrentPage();
}

Result<GateReview> GateReviewWizard::abandonReview(const QString &reason)
{
    return m_workspace.records().abandonReview(m_reviewId, reason);
}

void GateReviewWizard::reject()
{
    const Portfolio &p = m_workspace.portfolio();
    const UseCase *u = p.useCase(m_useCaseId);
    const GateReview *open = nullptr;
    for (const GateReview &r : u != nullptr && !m_reviewId.isEmpty() ? u->gateReviews : QList<GateReview>()) {
        if (r.id == m_reviewId && !r.decision)
            open = &r;
    }
    if (open == nullptr) {
        QWizard::reject();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Close the gate review"),
                    tr("Review %1 is still open. Keep it open, so that the others can sign off and it can be decided "
                       "later, or abandon it?")
                        .arg(m_reviewId),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"closeReviewQuestion"_s);
    box.setInformativeText(tr("An abandoned review stays on record with its reason and never counts as a decision."));
    QPushButton *keep = box.addButton(tr("&Keep Open"), QMessageBox::AcceptRole);
    QPushButton *abandon = box.addButton(tr("&Abandon Review…"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Return to the Review"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    // The service decides in the end; the button says beforehand who may.
    const QString me = m_workspace.identity().personId();
    const Person *person = p.person(me);
    if (me != open->requestedBy && (person == nullptr || !person->holds(Role::Pm))) {
        abandon->setEnabled(false);
        abandon->setToolTip(tr("Only the requester or a pm can abandon a review"));
    }
    box.exec();
    if (box.clickedButton() == keep) {
        QWizard::reject();
        return;
    }
    if (box.clickedButton() != abandon)
        return; // back to the review
    bool entered = false;
    const QString reason = QInputDialog::getText(this, tr("Abandon review %1").arg(m_reviewId),
                                                 tr("Why is the review abandoned? The reason stays on record."),
                                                 QLineEdit::Normal, QString(), &entered);
    if (!entered)
        return;
    const Result<GateReview> abandoned = abandonReview(reason);
    if (!abandoned) {
        QMessageBox::warning(this, tr("Review not abandoned"), abandoned.error().toString());
        return;
    }
    QWizard::reject();
}

} // namespace greenlight::ui
