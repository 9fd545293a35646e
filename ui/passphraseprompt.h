#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace greenlight::ui {

/**
 * The passphrase prompt OpenSSH shows through SSH_ASKPASS when the window signs with a key file (SshSigner::
 * setAskpass): Greenlight runs itself as the askpass program, this dialog asks, and the passphrase goes to
 * ssh-keygen on standard output and nowhere else.
 */
class PassphrasePrompt final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphrasePrompt)

public:
    /// @p prompt: what ssh-keygen asks, e.g. "Enter passphrase for /home/sam/.ssh/id_ed25519:".
    explicit PassphrasePrompt(const QString &prompt, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *passphraseEdit() const { return m_passphrase; }
    [[nodiscard]] QString passphrase() const;

    /// The askpass program's whole job: asks with @p prompt and writes the passphrase and a newline to @p out;
    /// returns the exit code (1 when the user cancels, which ssh-keygen takes as no passphrase given).
    static int ask(const QString &prompt, FILE *out);

private:
    QLineEdit *m_passphrase = nullptr;
};

} // namespace greenlight::ui
