#include "usecasesection.h"

#include "workspace.h"

#include <QLabel>

namespace greenlight::ui {

using namespace greenlight::models;

UseCaseSection::UseCaseSection(app::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_message(new QLabel(this))
{
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    connect(&m_workspace, &app::Workspace::portfolioChanged, this, &UseCaseSection::reload);
    setEnabled(false);
}

void UseCaseSection::setUseCase(const QString &useCaseId)
{
    if (useCaseId == m_useCaseId)
        return; // the same use case: changes arrive through portfolioChanged
    commitPending();
    m_useCaseId = useCaseId;
    m_message->clear();
    m_message->hide();
    reload();
}

void UseCaseSection::apply(const QString &what, const Edit &edit)
{
    if (m_loading)
        return;
    const UseCase *current = m_workspace.portfolio().useCase(m_useCaseId);
    if (current == nullptr)
        return;
    UseCase edited = *current;
    edit(edited);
    const QString name = current->name;
    const auto saved = m_workspace.editUseCase(edited, tr("Change the %1 of %2").arg(what, name));
    m_message->setText(saved ? QString() : saved.error().toString());
    m_message->setVisible(!saved);
    if (!saved)
        reload(); // put back what is stored
}

void UseCaseSection::reload()
{
    const UseCase *u = m_workspace.portfolio().useCase(m_useCaseId);
    setEnabled(u != nullptr);
    if (u == nullptr)
        return;
    m_loading = true;
    load(m_workspace.portfolio(), *u);
    m_loading = false;
}

} // namespace greenlight::ui
