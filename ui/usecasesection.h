#pragma once

#include "domain/portfolio.h"
#include "portfolio/usecaseservice.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QWidget;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

class ConflictBar;

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
    /// Shown when an edit met someone else's change: both values, Reload and Apply mine.
    [[nodiscard]] ConflictBar *conflictBar() const { return m_conflictBar; }
    /// The message and the conflict bar, for the subclass to place above its fields.
    [[nodiscard]] QWidget *notices() const { return m_notices; }
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
    /// Puts back what the user is typing after a refresh replaced the fields; returns whether anything was.
    bool keepTyping(const std::function<void()> &load);
    void showSaved(const QString &what, const models::Result<models::UseCaseSave> &saved);
    /// Disables every editor while the session may not edit, and gives back the ones it disabled once it may.
    void applyReadOnly();

    app::Workspace &m_workspace;
    QString m_useCaseId;
    QLabel *m_message = nullptr;
    ConflictBar *m_conflictBar = nullptr;
    QWidget *m_notices = nullptr;
    QString m_conflictWhat; ///< the edit the conflict bar is about
    /// The use case as shown when the user started typing into a field that a refresh has since left alone: the
    /// version their value is checked against, so a change of the same field by someone else is not overwritten.
    std::optional<models::UseCase> m_typingBase;
    std::optional<models::UseCase> m_shown; ///< the use case as last loaded into the fields
    QString m_readOnlyText;
    QList<QWidget *> m_locked; ///< editors disabled because the session is read-only, enabled again after
    bool m_loading = false;
};

} // namespace greenlight::ui
