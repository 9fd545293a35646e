#pragma once

#include "usecasesection.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace greenlight::ui {

class OptionalDateEdit;

/**
 * Edits the details of one use case: identity, owners, use and release, scoring and ROI,
 * operations and rollback. Each field is saved when the user finishes editing it (see
 * UseCaseSection). Data classes and logging, the route and the runbook have their own sections.
 */
class UseCaseEditor final : public UseCaseSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UseCaseEditor)

public:
    explicit UseCaseEditor(app::Workspace &workspace, QWidget *parent = nullptr);
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *descriptionEdit() const { return m_description; }
    [[nodiscard]] QComboBox *statusBox() const { return m_status; }

protected:
    void load(const models::Portfolio &p, const models::UseCase &u) override;

private:
    [[nodiscard]] static QStringList ownerLabels();
    void createFields(QWidget *content);
    void layOut(QWidget *content);
    /// Each field is saved when the user finishes it; programmatic loads do not emit these signals.
    void connectTextAndChoices();
    void connectNumbersAndDates();

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
    OptionalDateEdit *m_killSwitchTested = nullptr;
    QDoubleSpinBox *m_costCap = nullptr;
    QSpinBox *m_latency = nullptr;
    QLineEdit *m_rollbackPath = nullptr;
    QComboBox *m_fallback = nullptr;
    OptionalDateEdit *m_rollbackTested = nullptr;
};

} // namespace greenlight::ui
