#pragma once

#include <QWidget>

class QTreeWidget;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

/// Eval runs per use case: pass rate against the threshold that applies, and the approved baselines.
class QualityPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityPage)

public:
    explicit QualityPage(app::Workspace &workspace, QWidget *parent = nullptr);

private:
    void reload();

    app::Workspace &m_workspace;
    QTreeWidget *m_runs = nullptr;
};

} // namespace greenlight::ui
