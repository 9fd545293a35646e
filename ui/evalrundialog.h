#pragma once

#include "domain/portfolio.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

/// Enters an eval run as a per-category table; the pass rate, the threshold that applies and the
/// regression against the previous approved baseline are computed while the numbers are typed.
class EvalRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvalRunDialog)

public:
    EvalRunDialog(app::Workspace &workspace, const QString &useCaseId, QWidget *parent = nullptr);
    /// The run as entered so far.
    [[nodiscard]] models::EvalRun run() const;
    void setCategory(models::EvalCategory category, int total, int passed);
    [[nodiscard]] QLabel *summary() const { return m_summary; }

    void accept() override;

private:
    void updateSummary();

    app::Workspace &m_workspace;
    QString m_useCaseId;
    QComboBox *m_route = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_baseline = nullptr;
    QSpinBox *m_secrets = nullptr;
    QTableWidget *m_table = nullptr;
    QList<QSpinBox *> m_totals;
    QList<QSpinBox *> m_passed;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace greenlight::ui
