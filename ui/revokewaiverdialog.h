#pragma once

#include "domain/portfolio.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

class SigningKeyBox;

/**
 * Ends a waiver from today as the signed-in person (issue 20): shows the waiver, asks for the role (those of the
 * person's roles that may grant it) and the reason, which is required, and signs with the session's key. The waiver
 * itself is never changed; the revocation is a second fact. What the service refuses is shown in the dialog.
 */
class RevokeWaiverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeWaiverDialog)

public:
    RevokeWaiverDialog(app::Workspace &workspace, const QString &useCaseId, const QString &waiverId,
                       QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *roleBox() const { return m_role; }
    [[nodiscard]] QLineEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] SigningKeyBox *signWithBox() const { return m_signWith; }
    [[nodiscard]] QPushButton *revokeButton() const { return m_revoke; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    /// The waiver with its revocation, once revoked (after accept()).
    [[nodiscard]] const models::Waiver &revoked() const { return m_revoked; }

    void accept() override;

private:
    [[nodiscard]] QString missing() const;
    void updateRevoke();

    app::Workspace &m_workspace;
    QString m_waiverId;
    QComboBox *m_role = nullptr;
    QLineEdit *m_reason = nullptr;
    SigningKeyBox *m_signWith = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_revoke = nullptr;
    models::Waiver m_revoked;
};

} // namespace greenlight::ui
