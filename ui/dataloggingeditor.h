#pragma once

#include "usecasesection.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace greenlight::ui {

/**
 * The data a use case touches and what it keeps: its input data classes (each with where its
 * approvals stand; decisions are made in the Data approvals queue) and its logging policy with
 * retention per kind.
 */
class DataLoggingEditor final : public UseCaseSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataLoggingEditor)

public:
    explicit DataLoggingEditor(app::Workspace &workspace, QWidget *parent = nullptr);
    [[nodiscard]] QCheckBox *dataClassBox(models::DataClass dataClass) const { return m_classes.value(dataClass); }
    /// Where the approvals of @p dataClass stand, beside its box.
    [[nodiscard]] QLabel *dataClassState(models::DataClass dataClass) const { return m_classStates.value(dataClass); }
    [[nodiscard]] QGroupBox *loggingGroup() const { return m_logging; }
    [[nodiscard]] QComboBox *promptsBox() const { return m_prompts; }

protected:
    void load(const models::Portfolio &p, const models::UseCase &u) override;

private:
    void applyLogging(const QString &what);

    QMap<models::DataClass, QCheckBox *> m_classes;
    QMap<models::DataClass, QLabel *> m_classStates;
    QGroupBox *m_logging = nullptr;
    QComboBox *m_prompts = nullptr;
    QComboBox *m_responses = nullptr;
    QComboBox *m_rawApprovedBy = nullptr;
    QSpinBox *m_retention[3] = {};
};

} // namespace greenlight::ui
