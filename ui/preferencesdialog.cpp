#include "preferencesdialog.h"

#include "i18n/translations.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace greenlight::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : app::Translations::available())
        m_language->addItem(app::Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::language())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language"), m_language);
    auto *note = new QLabel(tr("A new language applies the next time Greenlight starts."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const QString chosen = m_language->currentData().toString();
    if (chosen != Settings::language()) {
        Settings::setLanguage(chosen);
        QMessageBox::information(this, tr("Language"),
                                 tr("Greenlight will use %1 the next time it starts.").arg(m_language->currentText()));
    }
    QDialog::accept();
}

} // namespace greenlight::ui
