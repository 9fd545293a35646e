#include "commands/editusecasecommand.h"

#include "commands/commandid.h"
#include "workspace.h"

namespace greenlight::app {

EditUseCaseCommand::EditUseCaseCommand(Workspace &workspace, models::UseCase before, models::UseCase after,
                                       const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditUseCaseCommand::redo()
{
    // QUndoStack::push() calls redo(); the workspace has already saved (and validated) the edit by then.
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_workspace.saveUseCase(m_after);
}

void EditUseCaseCommand::undo()
{
    m_workspace.saveUseCase(m_before);
}

int EditUseCaseCommand::id() const
{
    return int(CommandId::EditUseCase);
}

} // namespace greenlight::app
