#pragma once

#include "portfolio/usecasechange.h"

#include <QUndoCommand>

namespace greenlight::app {

class UseCaseEditing;

/// One edit of a use case's details. Undo and redo are new changes, each with its own audit event, and each is
/// checked against what is stored then: a field someone else changed since is never put back. One that cannot be
/// applied says why (UseCaseEditing::errorOccurred) and leaves the undo history.
class EditUseCaseCommand final : public QUndoCommand
{
public:
    EditUseCaseCommand(UseCaseEditing &editing, QString useCaseId, models::UseCaseChange change, const QString &text);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;

private:
    UseCaseEditing &m_editing;
    QString m_useCaseId;
    models::UseCaseChange m_change;
    bool m_applied = true; ///< the edit was saved before the command was pushed
};

} // namespace greenlight::app
