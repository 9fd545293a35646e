#pragma once

#include <QDialog>

class QComboBox;

namespace greenlight::ui {

/// The user's preferences: for now the interface language (the system's, or one Greenlight speaks).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }

    void accept() override;

private:
    QComboBox *m_language = nullptr;
};

} // namespace greenlight::ui
