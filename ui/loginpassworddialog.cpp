#include "loginpassworddialog.h"

#include "formwidgets.h"
#include "services/loginpasswords.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace greenlight::ui {

using namespace Qt::StringLiterals;

LoginPasswordDialog::LoginPasswordDialog(const QString &server, const QString &problem, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Greenlight — log in to the team database"));
    const QUrl url(server);
    auto *label = new QLabel(tr("Password of the login <b>%1</b> for the database <b>%2</b> on %3:")
                                 .arg(url.userName().toHtmlEscaped(), url.path().mid(1).toHtmlEscaped(),
                                      QString(url.host() + u':' + QString::number(url.port(5432))).toHtmlEscaped()),
                             this);
    label->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    label->setBuddy(m_password);
    m_remember = new QCheckBox(tr("&Remember in the OS keychain (for this login and database only)"), this);
    m_remember->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log In"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_password);
    if (!problem.isEmpty()) {
        auto *refusal = new QLabel(tr("The server refused: %1").arg(problem), this);
        refusal->setWordWrap(true);
        form::setAlert(refusal, true);
        layout->addWidget(refusal);
    }
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

models::Status LoginPasswordDialog::open(app::Workspace &workspace, const QString &location,
                                         app::Workspace::Missing missing, QWidget *parent)
{
    models::Status opened = workspace.open(location, missing);
    QUrl url(location);
    if (opened || !models::Database::isServerUrl(location) || !url.password().isEmpty() ||
        !app::LoginPasswords::isPasswordRefusal(opened.error()))
        return opened;
    QString problem;
    for (;;) {
        LoginPasswordDialog dialog(location, problem, parent);
        if (dialog.exec() != QDialog::Accepted)
            return opened;
        const QString password = dialog.passwordEdit()->text();
        url.setPassword(password);
        opened = workspace.open(url.toString(), missing);
        if (opened) {
            if (dialog.rememberBox()->isChecked()) {
                // Opening with it proved the password; a keychain that cannot keep it only costs asking again.
                (void)app::LoginPasswords::remember(location, password);
            }
            return opened;
        }
        if (!app::LoginPasswords::isPasswordRefusal(opened.error()))
            return opened;
        // libpq's words after "FATAL:" say it all ("password authentication failed for user …").
        const QString said = opened.error().message.section(u'\n', 0, 0);
        problem = said.contains(u"FATAL:"_s) ? said.section(u"FATAL:"_s, 1).trimmed() : said;
    }
}

} // namespace greenlight::ui
