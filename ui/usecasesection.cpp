#include "usecasesection.h"

#include "workspace.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

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

QList<QWidget *> UseCaseSection::editors() const
{
    QList<QWidget *> found;
    for (QWidget *w : findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) != nullptr || qobject_cast<QAbstractSpinBox *>(w) != nullptr ||
            qobject_cast<QComboBox *>(w) != nullptr || qobject_cast<QAbstractButton *>(w) != nullptr ||
            qobject_cast<QPlainTextEdit *>(w) != nullptr || qobject_cast<QListWidget *>(w) != nullptr) {
            // A combo box's own line edit and the spin boxes' inner editors go with their owner.
            if (qobject_cast<QComboBox *>(w->parentWidget()) == nullptr &&
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()) == nullptr)
                found.append(w);
        }
    }
    return found;
}

void UseCaseSection::applyReadOnly()
{
    const models::Identity &identity = m_workspace.identity();
    if (identity.canEdit()) {
        for (QWidget *w : std::as_const(m_locked))
            w->setEnabled(true);
        m_locked.clear();
        if (m_message->text() == m_readOnlyText) {
            m_message->clear();
            m_message->hide();
        }
        m_readOnlyText.clear();
        return;
    }
    for (QWidget *w : editors()) {
        if (w->isEnabled()) {
            w->setEnabled(false);
            m_locked.append(w);
        }
    }
    // The reason where the editors are, not only in a tooltip.
    m_readOnlyText = identity.readOnlyReason();
    m_message->setText(m_readOnlyText);
    m_message->show();
}

void UseCaseSection::reload()
{
    const UseCase *u = m_workspace.portfolio().useCase(m_useCaseId);
    setEnabled(u != nullptr);
    if (u == nullptr)
        return;
    // load() decides which editors fit the use case; the read-only lock goes on top and comes off the same way.
    for (QWidget *w : std::as_const(m_locked))
        w->setEnabled(true);
    m_locked.clear();
    m_loading = true;
    load(m_workspace.portfolio(), *u);
    m_loading = false;
    applyReadOnly();
}

} // namespace greenlight::ui
