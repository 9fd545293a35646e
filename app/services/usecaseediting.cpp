#include "services/usecaseediting.h"

#include "commands/editusecasecommand.h"
#include "workspace.h"

#include <QUndoStack>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

UseCaseEditing::UseCaseEditing(Workspace &session)
    : QObject(&session), m_session(session), m_undoStack(new QUndoStack(this))
{
    // Edits of another database cannot be undone here.
    connect(&m_session, &Workspace::databaseChanged, m_undoStack, &QUndoStack::clear);
}

Result<UseCaseSave> UseCaseEditing::editUseCase(const UseCase &edited, const QString &description)
{
    const UseCase *opened = m_session.portfolio().useCase(edited.id);
    if (opened == nullptr)
        return fail(edited.id, tr("unknown use case"));
    const UseCase base = *opened; // a refresh replaces the portfolio it points into
    return editUseCase(base, edited, description);
}

Result<UseCaseSave> UseCaseEditing::editUseCase(const UseCase &base, const UseCase &edited, const QString &description)
{
    GL_TRY(m_session.checkCanEdit());
    if (base.id != edited.id)
        return fail(edited.id, tr("unknown use case"));
    return recordEdit(UseCaseService(m_session.database()).save(base, edited, m_session.actor(), m_session.now()),
                      edited.id, description);
}

Result<UseCaseSave> UseCaseEditing::applyMine(const UseCaseConflict &conflict, const QString &description)
{
    GL_TRY(m_session.checkCanEdit());
    GL_TRY(m_session.refresh());
    const UseCase *current = m_session.portfolio().useCase(conflict.useCaseId);
    if (current == nullptr)
        return fail(conflict.useCaseId, tr("unknown use case"));
    const UseCaseChange change{UseCaseChange::valuesAt(UseCaseChange::details(*current), conflict.yours),
                               conflict.yours};
    return recordEdit(UseCaseService(m_session.database())
                          .save(current->id, current->version, change, m_session.actor(), m_session.now()),
                      current->id, description);
}

Result<UseCaseSave> UseCaseEditing::recordEdit(const Result<UseCaseSave> &saved, const QString &useCaseId,
                                               const QString &description)
{
    if (!saved || saved->change.isEmpty())
        return saved;
    m_undoStack->push(new EditUseCaseCommand(*this, useCaseId, saved->change, description));
    GL_TRY(m_session.refresh());
    return saved;
}

bool UseCaseEditing::applyChange(const QString &useCaseId, const UseCaseChange &change, Direction direction)
{
    const QString what = direction == Direction::Undo ? tr("Cannot undo the edit of %1").arg(useCaseId)
                                                      : tr("Cannot redo the edit of %1").arg(useCaseId);
    if (Status allowed = m_session.checkCanEdit(); !allowed) {
        Q_EMIT errorOccurred(what + u": "_s + allowed.error().toString());
        return false;
    }
    const auto saved =
        UseCaseService(m_session.database()).apply(useCaseId, change, m_session.actor(), m_session.now());
    if (!saved) {
        Q_EMIT errorOccurred(what + u": "_s + saved.error().toString());
        return false;
    }
    (void)m_session.refresh(); // what is stored now, applied or not
    if (saved->conflict) {
        Q_EMIT errorOccurred(what + u": "_s +
                             tr("what it would put back was %1.")
                                 .arg(saved->conflict->describe(m_session.portfolio(), true, models::DisplayFormat())));
        return false;
    }
    return true;
}

} // namespace greenlight::app
