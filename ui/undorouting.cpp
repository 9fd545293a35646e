#include "undorouting.h"

#include "usecasesection.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

namespace greenlight::ui {

namespace {

/// A field whose edits go on the undo stack: one inside a use case section. The filter box, a note, a dialog's
/// fields keep their own text undo, and Ctrl+Z there never reverts a saved change.
bool isTextField(const QObject *object)
{
    const bool text = qobject_cast<const QLineEdit *>(object) != nullptr ||
                      qobject_cast<const QAbstractSpinBox *>(object) != nullptr ||
                      qobject_cast<const QPlainTextEdit *>(object) != nullptr;
    if (!text)
        return false;
    for (const QObject *o = object->parent(); o != nullptr; o = o->parent()) {
        if (qobject_cast<const UseCaseSection *>(o) != nullptr)
            return true;
    }
    return false;
}

} // namespace

UndoRouting::UndoRouting(QUndoStack *stack, QWidget *window)
    : QObject(window), m_stack(stack), m_window(window), m_undo(new QAction(tr("&Undo"), window)),
      m_redo(new QAction(tr("&Redo"), window))
{
    m_undo->setShortcuts(QKeySequence::Undo);
    // The platform's Redo keys, and Ctrl+Shift+Z everywhere (the guide's); Ctrl+Y stays where the platform has it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redo->setShortcuts(redoKeys);
    const auto update = [this] {
        m_undo->setEnabled(m_stack->canUndo());
        m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
        m_redo->setEnabled(m_stack->canRedo());
        m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
    };
    connect(m_stack, &QUndoStack::indexChanged, this, update);
    connect(m_stack, &QUndoStack::cleanChanged, this, update);
    update();
    connect(m_undo, &QAction::triggered, this, [this] {
        finishPendingEdit();
        m_stack->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        finishPendingEdit();
        m_stack->redo();
    });
    qApp->installEventFilter(this);
}

bool UndoRouting::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !isTextField(watched))
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false; // a dialog's fields keep their own text undo
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
        QKeySequence(key->keyCombination()) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)) {
        event->ignore(); // not the field's: the window's Undo or Redo shortcut takes the key
        return true;
    }
    return false;
}

void UndoRouting::finishPendingEdit()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus == nullptr || !isTextField(focus) || focus->window() != m_window)
        return;
    // Losing the focus ends the edit the way Tab does: a changed value is saved (one step) before the undo.
    focus->clearFocus();
    focus->setFocus(Qt::OtherFocusReason);
}

} // namespace greenlight::ui
