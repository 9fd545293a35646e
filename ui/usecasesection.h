#pragma once

#include "domain/portfolio.h"

#include <QWidget>

#include <functional>

class QLabel;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

/**
 * One editable section of a use case (a tab beside the gate). Each finished edit goes through
 * apply(): one saved, undoable change with one audit event; a value the service refuses is put
 * back and the reason shown in message(). Subclasses build their widgets and implement load().
 */
class UseCaseSection : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UseCaseSection)

public:
    void setUseCase(const QString &useCaseId);
    [[nodiscard]] QString useCaseId() const { return m_useCaseId; }
    /// The reason the last edit was refused, or empty.
    [[nodiscard]] QLabel *message() const { return m_message; }

protected:
    UseCaseSection(app::Workspace &workspace, QWidget *parent);

    using Edit = std::function<void(models::UseCase &)>;
    /// Saves @p edit of the current use case; @p what names the field in the undo text.
    void apply(const QString &what, const Edit &edit);
    /// Fills the widgets from @p useCase without emitting edit signals (signals of this widget's
    /// children are blocked by the caller's QSignalBlockers where needed).
    virtual void load(const models::Portfolio &portfolio, const models::UseCase &useCase) = 0;
    /// Called before another use case is shown or the portfolio reloads: save pending edits.
    virtual void commitPending() {}
    [[nodiscard]] app::Workspace &workspace() const { return m_workspace; }

private:
    void reload();

    app::Workspace &m_workspace;
    QString m_useCaseId;
    QLabel *m_message = nullptr;
    bool m_loading = false;
};

} // namespace greenlight::ui
