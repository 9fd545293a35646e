#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"

#include <QWizard>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

class SigningKeyBox;
class WaiverActions;

/**
 * The gate review as a PM walks it: pick the gate and read every rule with its evidence (a failing
 * rule can jump to where it is fixed, or be waived by whom WaiverRules allows), start the review (which freezes the
 * results), collect the sign-offs of the people present, then decide. Go is refused, with the reason, while a blocker
 * fails, a required sign-off is missing or the requester is the only approver. Cancelling a started
 * review asks whether to keep it open for the others or to abandon it.
 */
class GateReviewWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateReviewWizard)

public:
    enum PageId { RulesPage, SignoffsPage, DecisionPage };

    GateReviewWizard(app::Workspace &workspace, const QString &useCaseId, QWidget *parent = nullptr);

    /// Opens on the sign-offs of @p reviewId, a review someone already started: whoever is signed in signs it in
    /// a role they hold, and a pm or cto may decide once the sign-offs are in.
    void continueReview(const QString &reviewId);
    [[nodiscard]] QString reviewId() const { return m_reviewId; }
    [[nodiscard]] QComboBox *gateBox() const { return m_gate; }
    /// The rules of the chosen gate, as evaluated today (before the review starts).
    [[nodiscard]] QTreeWidget *ruleList() const { return m_rules; }
    /// Waive… and Revoke Waiver… for the selected rule, until the review starts and freezes the results.
    [[nodiscard]] WaiverActions *waiverActions() const { return m_waiverActions; }
    /// What was last recorded on the rules page (a waiver granted or revoked).
    [[nodiscard]] QLabel *rulesMessage() const { return m_rulesMessage; }
    [[nodiscard]] QRadioButton *goButton() const { return m_go; }
    [[nodiscard]] QLabel *decisionMessage() const { return m_decisionMessage; }
    /// Who signs here: the bound person, and nobody else.
    [[nodiscard]] QLabel *signerLabel() const { return m_signer; }
    /// The roles offered for signing: the bound person's.
    [[nodiscard]] QComboBox *roleBox() const { return m_role; }
    /// The key the sign-off is signed with, and the decision's (one choice, shown on both pages).
    [[nodiscard]] SigningKeyBox *signWithBox() const { return m_signWith; }
    [[nodiscard]] SigningKeyBox *decideWithBox() const { return m_decideWith; }
    [[nodiscard]] QLabel *signoffMessage() const { return m_signoffMessage; }
    [[nodiscard]] QTreeWidget *signoffList() const { return m_signoffs; }
    /// The gate's required sign-offs: role, who can give it, its state.
    [[nodiscard]] QTreeWidget *requiredList() const { return m_required; }
    [[nodiscard]] QLabel *goBlockers() const { return m_blockers; }
    /// Records the bound person's sign-off as if they had entered it (used by the page and by tests).
    bool recordSignoff(models::Role role, bool approve, const QString &note);
    /// Closes the review without a verdict, as the bound person, with @p reason (used by Cancel and by tests).
    [[nodiscard]] models::Result<models::GateReview> abandonReview(const QString &reason);

public Q_SLOTS:
    /// Cancel, Escape or closing the window: a started review that is still open is kept open or abandoned, as
    /// the user chooses; nothing is left open by accident.
    void reject() override;

Q_SIGNALS:
    /// The user wants to fix what a rule names; the wizard closes.
    void fixRequested(const QString &useCaseId, const QString &ruleId);
    /// A decision was recorded and the user asked for its audit packet.
    void packetRequested(const QString &useCaseId);
    /// Something was recorded that the window's status bar should say too (a waiver granted or revoked).
    void statusMessage(const QString &message);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    void showRules();
    void selectRule(const QTreeWidgetItem *item);
    /// Why the rules page no longer waives: the review has frozen its results.
    [[nodiscard]] QString frozenReason() const;
    void showSignoffs();
    /// The gate's required sign-offs: role, who holds it, and whether it was given; preselects the person's role.
    void showRequired();

    app::Workspace &m_workspace;
    QString m_useCaseId;
    QString m_reviewId;
    QComboBox *m_gate = nullptr;
    QTreeWidget *m_rules = nullptr;
    WaiverActions *m_waiverActions = nullptr;
    QLabel *m_rulesMessage = nullptr;
    QTreeWidget *m_required = nullptr;
    QTreeWidget *m_signoffs = nullptr;
    QLabel *m_signer = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_signoffMessage = nullptr;
    SigningKeyBox *m_signWith = nullptr;
    SigningKeyBox *m_decideWith = nullptr;
    QLabel *m_blockers = nullptr;
    QRadioButton *m_go = nullptr;
    QRadioButton *m_noGo = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QLabel *m_decisionMessage = nullptr;
    QCheckBox *m_exportPacket = nullptr;
};

} // namespace greenlight::ui
