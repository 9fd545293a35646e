#include "commands/editusecasecommand.h"

#include "commands/commandid.h"
#include "workspace.h"

namespace greenlight::app {

EditUseCaseCommand::EditUseCaseCommand(Workspace &workspace, QString useCaseId, models::UseCaseChange change,
                                       const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_useCaseId(std::move(useCaseId)), m_change(std::move(change))
{
}

void EditUseCaseCommand::redo()
{
    // QUndoStack::push() calls redo(); the workspace has already saved (and validated) the edit by then.
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (!m_workspace.applyChange(m_useCaseId, m_change, Workspace::Direction::Redo))
        setObsolete(true);
}

void EditUseCaseCommand::undo()
{
    if (!m_workspace.applyChange(m_useCaseId, m_change.inverted(), Workspace::Direction::Undo))
        setObsolete(true);
}

int EditUseCaseCommand::id() const
{
    return int(CommandId::EditUseCase);
}

} // namespace greenlight::app
