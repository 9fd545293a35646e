#pragma once

#include <QObject>

class QAction;
class QUndoStack;
class QWidget;

namespace greenlight::ui {

/**
 * Undo and Redo that work from inside the field just edited (issue 19). A line edit or spin box keeps Ctrl+Z for
 * its own text undo, so after Enter saved a change, Ctrl+Z reverted the text on screen and left the stored value
 * as it was. Here the window's actions get the keys in every field of the window: they first finish the edit in
 * the focused field (a pending change is saved as its own step), then undo or redo on the stack.
 */
class UndoRouting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoRouting)

public:
    UndoRouting(QUndoStack *stack, QWidget *window);
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    [[nodiscard]] QAction *redoAction() const { return m_redo; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Ends the edit in the focused field (its editingFinished saves it) and gives the focus back.
    void finishPendingEdit();

    QUndoStack *m_stack;
    QWidget *m_window;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace greenlight::ui
