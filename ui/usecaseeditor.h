#pragma once

#include "domain/portfolio.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

/**
 * Edits the details of one use case. Each field is saved when the user finishes editing it, as one
 * undoable change with one audit event; a value the service refuses is put back and the reason
 * shown. (Data classes, logging, runbook and eval runs get their own editors.)
 */
class UseCaseEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UseCaseEditor)

public:
    explicit UseCaseEditor(app::Workspace &workspace, QWidget *parent = nullptr);
    void setUseCase(const QString &useCaseId);
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox *statusBox() const { return m_status; }
    [[nodiscard]] QLabel *message() const { return m_message; }

private:
    using Edit = std::function<void(models::UseCase &)>;
    void apply(const QString &what, const Edit &edit);
    void load();

    app::Workspace &m_workspace;
    QString m_useCaseId;
    QLabel *m_message = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_audience = nullptr;
    QComboBox *m_risk = nullptr;
    QComboBox *m_owners[4] = {};
    QLineEdit *m_outputUser = nullptr;
    QLineEdit *m_allowedPath = nullptr;
    QLineEdit *m_humanReview = nullptr;
    QComboBox *m_releasePath = nullptr;
    QCheckBox *m_userWaits = nullptr;
    QSpinBox *m_scores[3] = {};
    QDoubleSpinBox *m_hoursPerWeek = nullptr;
    QDoubleSpinBox *m_hourlyRate = nullptr;
    QSpinBox *m_beneficiaries = nullptr;
    QComboBox *m_route = nullptr;
    QCheckBox *m_toolsAttested = nullptr;
    QCheckBox *m_monitoring = nullptr;
    QLineEdit *m_killSwitch = nullptr;
    QDateEdit *m_killSwitchTested = nullptr;
    QDoubleSpinBox *m_costCap = nullptr;
    QSpinBox *m_latency = nullptr;
    QLineEdit *m_rollbackPath = nullptr;
    QComboBox *m_fallback = nullptr;
    QDateEdit *m_rollbackTested = nullptr;
};

} // namespace greenlight::ui
