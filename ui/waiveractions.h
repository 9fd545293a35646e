#pragma once

#include "domain/enums.h"

#include <QObject>

class QAction;
class QMenu;
class QPushButton;
class QWidget;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

/**
 * "Waive…" and "Revoke Waiver…" for the selected rule result of a use case at a gate, wherever the window lists rule
 * results (the portfolio page's gate, the gate review wizard's rules), or "Revoke Waiver…" for a waiver picked from a
 * list of waivers (the portfolio page's Waivers tab). An action is enabled only when the signed-in person may take
 * it, as WaiverRules decides; otherwise its tooltip says why ("Only the cto waives ops.cost_cap"). Triggering one
 * opens the WaiverDialog or the RevokeWaiverDialog over the given widget.
 */
class WaiverActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaiverActions)

public:
    /// @p dialogParent: the widget the dialogs open over.
    WaiverActions(app::Workspace &workspace, QWidget *dialogParent);

    /// The rule result the actions are for: @p outcome as evaluated today and, for a waived rule, the waiver it rests
    /// on. An empty @p ruleId: no rule is selected.
    void setRule(const QString &useCaseId, const QString &gateId, const QString &ruleId, models::RuleOutcome outcome,
                 const QString &waiverId = {});
    /// The waiver Revoke Waiver… is for, picked from a list of waivers rather than through its rule: it can be
    /// revoked while it is neither revoked nor expired (WaiverRules::revocationProblem). An empty @p waiverId: no
    /// waiver is selected.
    void setWaiver(const QString &useCaseId, const QString &waiverId);
    /// Disables both actions with @p reason while it is not empty (the wizard, once its review froze the results).
    void setLocked(const QString &reason);

    [[nodiscard]] QAction *waiveAction() const { return m_waive; }
    [[nodiscard]] QAction *revokeAction() const { return m_revoke; }
    /// A push button for @p action: its text, whether it is enabled and its tooltip follow the action.
    [[nodiscard]] static QPushButton *buttonFor(QAction *action, QWidget *parent);
    /// Adds to @p menu the action the selection offers: Revoke Waiver… for a waived rule or a waiver, Waive… for any
    /// other rule.
    void addTo(QMenu *menu) const;

Q_SIGNALS:
    /// A waiver was granted or revoked; @p message says which, naming it (for the status bar).
    void recorded(const QString &message);

private:
    void update();
    void waive();
    void revoke();
    /// Why the signed-in person cannot waive or revoke the selected rule now, or empty when they can.
    [[nodiscard]] QString waiveProblem() const;
    [[nodiscard]] QString revokeProblem() const;

    app::Workspace &m_workspace;
    QWidget *m_dialogParent = nullptr;
    QAction *m_waive = nullptr;
    QAction *m_revoke = nullptr;
    QString m_useCaseId;
    QString m_gateId;
    QString m_ruleId;
    models::RuleOutcome m_outcome = models::RuleOutcome::Pass;
    QString m_waiverId;
    bool m_byWaiver = false; ///< setWaiver(): the waiver was picked itself, not through a waived rule
    QString m_locked;
};

} // namespace greenlight::ui
