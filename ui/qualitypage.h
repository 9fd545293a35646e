#pragma once

#include <QWidget>

class QChartView;
class QLabel;
class QTreeWidget;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

/// Eval runs per use case: pass rate against the threshold that applies, and the approved baselines,
/// with the selected use case's pass rate over time as a chart (threshold line, baselines marked).
class QualityPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityPage)

public:
    explicit QualityPage(app::Workspace &workspace, QWidget *parent = nullptr);
    [[nodiscard]] QChartView *chartView() const { return m_chart; }
    [[nodiscard]] QTreeWidget *runs() const { return m_runs; }
    /// Selects @p useCaseId's runs (and shows its chart); nothing changes for an unknown id.
    void selectUseCase(const QString &useCaseId);

private:
    void reload();
    void showChart();

    app::Workspace &m_workspace;
    QTreeWidget *m_runs = nullptr;
    QChartView *m_chart = nullptr;
    QLabel *m_readOnly = nullptr; ///< why eval runs cannot be recorded in this session
};

} // namespace greenlight::ui
