#pragma once

#include "domain/error.h"
#include "workspace.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace greenlight::ui {

/**
 * Asks for the password of a team-database login when the server wants one that the URL, PGPASSWORD, ~/.pgpass
 * and the keychain did not give; "Remember in the OS keychain" keeps it there, bound to this login, server, port and
 * database (LoginPasswords).
 */
class LoginPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPasswordDialog)

public:
    /// @p server: the URL without a password; @p problem: what the server said last time (empty the first time).
    LoginPasswordDialog(const QString &server, const QString &problem, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }
    [[nodiscard]] QCheckBox *rememberBox() const { return m_remember; }

    /// Opens @p location in @p workspace, asking for the login's password as long as the server refuses for want of
    /// one and the user does not cancel. The error is the last refusal (or "cancelled") when it did not open.
    static models::Status open(app::Workspace &workspace, const QString &location, app::Workspace::Missing missing,
                               QWidget *parent);

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace greenlight::ui
