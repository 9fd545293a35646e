#pragma once

#include "domain/portfolio.h"

#include <QUndoCommand>

namespace greenlight::app {

class Workspace;

/// One edit of a use case's details: redo saves the edited version, undo saves the one before.
/// Each direction is a saved change with its own audit event.
class EditUseCaseCommand final : public QUndoCommand
{
public:
    EditUseCaseCommand(Workspace &workspace, models::UseCase before, models::UseCase after, const QString &text);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;

private:
    Workspace &m_workspace;
    models::UseCase m_before;
    models::UseCase m_after;
    bool m_applied = true; ///< the edit was saved before the command was pushed
};

} // namespace greenlight::app
