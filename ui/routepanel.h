#pragma once

#include "usecasesection.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace greenlight::ui {

/**
 * The use case's model route with all its versions (provider, model, endpoint, prompt, retrieval
 * corpus, tool schema, fallback). A change is a new version, made in RouteVersionDialog; versions
 * are never edited because eval runs point at them.
 */
class RoutePanel final : public UseCaseSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutePanel)

public:
    explicit RoutePanel(app::Workspace &workspace, QWidget *parent = nullptr);
    [[nodiscard]] QTableWidget *versions() const { return m_versions; }

protected:
    void load(const models::Portfolio &p, const models::UseCase &u) override;

private:
    void newVersion();
    void newRoute();

    QLabel *m_heading = nullptr;
    QTableWidget *m_versions = nullptr;
    QPushButton *m_newVersion = nullptr;
};

} // namespace greenlight::ui
