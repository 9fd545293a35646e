#include "commands/editusecasecommand.h"

#include "commands/commandid.h"
#include "services/usecaseediting.h"

namespace greenlight::app {

EditUseCaseCommand::EditUseCaseCommand(UseCaseEditing &editing, QString useCaseId, models::UseCaseChange change,
                                       const QString &text)
    : QUndoCommand(text), m_editing(editing), m_useCaseId(std::move(useCaseId)), m_change(std::move(change))
{
}

void EditUseCaseCommand::redo()
{
    // QUndoStack::push() calls redo(); UseCaseEditing has already saved (and validated) the edit by then.
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (!m_editing.applyChange(m_useCaseId, m_change, UseCaseEditing::Direction::Redo))
        setObsolete(true);
}

void EditUseCaseCommand::undo()
{
    if (!m_editing.applyChange(m_useCaseId, m_change.inverted(), UseCaseEditing::Direction::Undo))
        setObsolete(true);
}

int EditUseCaseCommand::id() const
{
    return int(CommandId::EditUseCase);
}

} // namespace greenlight::app
