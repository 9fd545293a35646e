#include "usecasesection.h"

#include "conflictbar.h"
#include "portfolio/usecaseservice.h"
#include "services/usecaseediting.h"
#include "workspace.h"

#include <QApplication>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QVBoxLayout>

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
    : QWidget(parent), m_workspace(workspace), m_notices(new QWidget(this))
{
    m_message = new QLabel(m_notices);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_conflictBar = new ConflictBar(m_notices);
    auto *notices = new QVBoxLayout(m_notices);
    notices->setContentsMargins(0, 0, 0, 0);
    notices->addWidget(m_message);
    notices->addWidget(m_conflictBar);
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, [this] {
        m_typingBase.reset();
        if (const Status reloaded = m_workspace.refresh(); !reloaded) {
            m_message->setText(reloaded.error().toString());
            m_message->show();
        }
    });
    connect(m_conflictBar, &ConflictBar::applyMineRequested, this, [this] {
        const std::optional<UseCaseConflict> conflict = m_conflictBar->conflict();
        if (!conflict)
            return;
        m_typingBase.reset();
        const QString what = m_conflictWhat;
        showSaved(what,
                  m_workspace.editing().applyMine(*conflict, tr("Change the %1 of %2").arg(what, conflict->useCaseId)));
    });
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
    m_conflictBar->hide();
    m_typingBase.reset();
    m_shown.reset();
    reload();
}

void UseCaseSection::apply(const QString &what, const Edit &edit)
{
    if (m_loading)
        return;
    const UseCase *current = m_workspace.portfolio().useCase(m_useCaseId);
    if (current == nullptr)
        return;
    // A refresh came in while the user typed: when it changed the field they typed into, their value is checked
    // against the version they started from (and meets the conflict); otherwise it goes onto what is shown now.
    UseCase base = *current;
    if (m_typingBase) {
        UseCase typed = *m_typingBase;
        edit(typed);
        const UseCaseChange change = UseCaseChange::between(*m_typingBase, typed);
        if (UseCaseChange::valuesAt(UseCaseChange::details(*current), change.before) != change.before)
            base = *m_typingBase;
        m_typingBase.reset();
    }
    UseCase edited = base;
    edit(edited);
    const QString name = current->name;
    showSaved(what, m_workspace.editing().editUseCase(base, edited, tr("Change the %1 of %2").arg(what, name)));
}

void UseCaseSection::showSaved(const QString &what, const Result<UseCaseSave> &saved)
{
    if (saved && !saved->conflict) {
        // What the fields show is stored now: nothing counts as typed any more, so a refresh (someone else's change,
        // an undo) shows the stored values even in the field that keeps the focus.
        for (QLineEdit *line : findChildren<QLineEdit *>())
            line->setModified(false);
        for (QPlainTextEdit *text : findChildren<QPlainTextEdit *>())
            text->document()->setModified(false);
    }
    m_message->setText(saved ? QString() : saved.error().toString());
    m_message->setVisible(!saved);
    if (saved && saved->conflict) {
        // The field keeps the user's value until they choose: reload, or apply theirs onto what is stored.
        m_conflictWhat = what;
        m_conflictBar->showConflict(what, *saved->conflict, m_workspace.portfolio());
        return;
    }
    m_conflictBar->hide();
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

bool UseCaseSection::keepTyping(const std::function<void()> &load)
{
    // Only a field the user has typed into and not finished: its editingFinished saves it later.
    QWidget *focus = QApplication::focusWidget();
    auto *line = qobject_cast<QLineEdit *>(focus);
    auto *text = qobject_cast<QPlainTextEdit *>(focus);
    const bool typing =
        focus != nullptr && isAncestorOf(focus) &&
        ((line != nullptr && line->isModified()) || (text != nullptr && text->document()->isModified()));
    if (!typing) {
        load();
        return false;
    }
    if (line != nullptr) {
        const QString typed = line->text();
        const int cursor = line->cursorPosition();
        load();
        line->setText(typed);
        line->setCursorPosition(cursor);
        line->setModified(true);
    } else {
        const QString typed = text->toPlainText();
        const int cursor = text->textCursor().position();
        load();
        QSignalBlocker block(text);
        text->setPlainText(typed);
        QTextCursor restored = text->textCursor();
        restored.setPosition(std::min(cursor, int(typed.size())));
        text->setTextCursor(restored);
        text->document()->setModified(true);
    }
    return true;
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
    const bool typing = keepTyping([&] { load(m_workspace.portfolio(), *u); });
    m_loading = false;
    // A refresh while the user types: their value will be checked against the version they started from.
    if (typing && !m_typingBase && m_shown && m_shown->version != u->version)
        m_typingBase = m_shown;
    m_shown = *u;
    applyReadOnly();
}

} // namespace greenlight::ui
