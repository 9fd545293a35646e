#pragma once

#include "domain/portfolio.h"

#include <QWidget>

#include <functional>

class QLabel;
class QWidget;

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
    /// The reason the last edit was refused, or why the section is read-only (Identity::readOnlyReason()).
    [[nodiscard]] QLabel *message() const { return m_message; }
    /// The widgets that change the use case (line edits, spin boxes, combo boxes, buttons, text and list
    /// editors): the ones a read-only session finds disabled.
    [[nodiscard]] QList<QWidget *> editors() const;

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
    /// Disables every editor while the session may not edit, and gives back the ones it disabled once it may.
    void applyReadOnly();

    app::Workspace &m_workspace;
    QString m_useCaseId;
    QLabel *m_message = nullptr;
    QString m_readOnlyText;
    QList<QWidget *> m_locked; ///< editors disabled because the session is read-only, enabled again after
    bool m_loading = false;
};

} // namespace greenlight::ui
