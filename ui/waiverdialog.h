#pragma once

#include "domain/portfolio.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

class SigningKeyBox;

/**
 * Grants a waiver of one failing rule of a use case at a gate as the signed-in person (issue 20): shows what the rule
 * found, asks for the role it is granted in (those of the person's roles WaiverRules allows for the rule), the reason,
 * the compensating control and the expiry (today to 90 days out, two weeks by default, by the session's clock), and
 * signs it with the session's key. Grant stays disabled until the form is complete; what the service refuses is shown
 * in the dialog, which stays open.
 */
class WaiverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaiverDialog)

public:
    WaiverDialog(app::Workspace &workspace, const QString &useCaseId, const QString &gateId, const QString &ruleId,
                 QWidget *parent = nullptr);

    [[nodiscard]] QLabel *foundLabel() const { return m_found; }
    [[nodiscard]] QComboBox *roleBox() const { return m_role; }
    [[nodiscard]] QLineEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] QLineEdit *controlEdit() const { return m_control; }
    [[nodiscard]] QDateEdit *expiryEdit() const { return m_expires; }
    [[nodiscard]] SigningKeyBox *signWithBox() const { return m_signWith; }
    [[nodiscard]] QPushButton *grantButton() const { return m_grant; }
    /// What the service refused, or why no role fits; hidden while there is nothing to say.
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    /// The waiver once granted (after accept()).
    [[nodiscard]] const models::Waiver &granted() const { return m_granted; }

    void accept() override;

private:
    /// What the form still lacks before it can be granted, or empty when it is complete.
    [[nodiscard]] QString missing() const;
    void updateGrant();

    app::Workspace &m_workspace;
    QString m_useCaseId;
    QString m_gateId;
    QString m_ruleId;
    QDate m_today;
    QLabel *m_found = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_control = nullptr;
    QDateEdit *m_expires = nullptr;
    QLabel *m_days = nullptr;
    SigningKeyBox *m_signWith = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_grant = nullptr;
    models::Waiver m_granted;
};

} // namespace greenlight::ui
