#include "passphraseprompt.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cstdio>

namespace greenlight::ui {

PassphrasePrompt::PassphrasePrompt(const QString &prompt, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Greenlight — sign with your SSH key"));
    auto *label = new QLabel(prompt.trimmed().isEmpty() ? tr("Passphrase of your SSH key:") : prompt.trimmed(), this);
    label->setWordWrap(true);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    label->setBuddy(m_passphrase);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_passphrase);
    layout->addWidget(new QLabel(tr("OpenSSH's ssh-keygen asks for it to sign; Greenlight does not keep it."), this));
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PassphrasePrompt::passphrase() const
{
    return m_passphrase->text();
}

int PassphrasePrompt::ask(const QString &prompt, FILE *out)
{
    PassphrasePrompt dialog(prompt);
    if (dialog.exec() != QDialog::Accepted)
        return 1;
    const QByteArray passphrase = dialog.passphrase().toUtf8();
    std::fwrite(passphrase.constData(), 1, size_t(passphrase.size()), out);
    std::fputc('\n', out);
    std::fflush(out);
    return 0;
}

} // namespace greenlight::ui
