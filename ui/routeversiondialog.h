#pragma once

#include "domain/portfolio.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

/// Enters the next version of a route (or the first version of a new one) and stores it through
/// the Workspace; the dialog stays open with the reason when the version is refused.
class RouteVersionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteVersionDialog)

public:
    /// @p start prefills the fields; an empty id lets the user name a new route.
    RouteVersionDialog(app::Workspace &workspace, const models::Route &start, QWidget *parent = nullptr);
    /// The version as stored, valid after accept().
    [[nodiscard]] const models::Route &stored() const { return m_stored; }
    /// For a new route: whether the user wants the use case to use it.
    [[nodiscard]] bool useForUseCase() const;
    /// Why the last attempt to save was refused (hidden when there was none).
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    app::Workspace &m_workspace;
    models::Route m_stored;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_provider = nullptr;
    QLineEdit *m_model = nullptr;
    QComboBox *m_endpoint = nullptr;
    QLineEdit *m_prompt = nullptr;
    QLineEdit *m_corpus = nullptr;
    QLineEdit *m_toolSchema = nullptr;
    QComboBox *m_fallback = nullptr;
    QCheckBox *m_use = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace greenlight::ui
