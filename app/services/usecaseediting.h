#pragma once

#include "portfolio/usecaseservice.h"

#include <QObject>

class QUndoStack;

namespace greenlight::app {

class Workspace;

/**
 * Edits of use case details from the window, with optimistic concurrency and undo. An edit starts from the version
 * the window loaded: when someone else changed the use case since, nothing is written and the result holds the
 * conflict (who, when, their values and yours). Undo and redo are new changes, checked field by field against
 * what is stored then; one that cannot be applied says why in errorOccurred() and leaves the history.
 */
class UseCaseEditing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UseCaseEditing)

public:
    explicit UseCaseEditing(Workspace &session);

    /// Saves an edit of a use case's details (one audit event) and makes it undoable, from the loaded version.
    [[nodiscard]] models::Result<models::UseCaseSave> editUseCase(const models::UseCase &edited,
                                                                  const QString &description);
    /// The same, from @p base: the version an editor started from when it is older than the one loaded now.
    [[nodiscard]] models::Result<models::UseCaseSave>
    editUseCase(const models::UseCase &base, const models::UseCase &edited, const QString &description);
    /// Reads the database again and saves the refused values of @p conflict onto what is stored now ("apply
    /// mine"): one undoable change of only those fields. It may meet another conflict.
    [[nodiscard]] models::Result<models::UseCaseSave> applyMine(const models::UseCaseConflict &conflict,
                                                                const QString &description);

    /// Which way applyChange() takes an edit (for the message when it cannot).
    enum class Direction { Undo, Redo };
    /// Applies an undo or redo of an edit as a new change, checked field by field against what is stored now, and
    /// says why in errorOccurred() when it cannot. Leaves the undo history alone (EditUseCaseCommand calls this).
    bool applyChange(const QString &useCaseId, const models::UseCaseChange &change, Direction direction);

    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    /// An undo or redo could not be saved, where nobody could be asked first: the message says why.
    void errorOccurred(const QString &message);

private:
    /// Makes a saved edit undoable and shows it (a refused or empty one passes through).
    [[nodiscard]] models::Result<models::UseCaseSave> recordEdit(const models::Result<models::UseCaseSave> &saved,
                                                                 const QString &useCaseId, const QString &description);

    Workspace &m_session;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace greenlight::app
