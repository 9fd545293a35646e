#include "optionaldateedit.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QToolButton>
#include <QToolTip>
#include <QWidgetAction>

namespace greenlight::ui {

using namespace Qt::StringLiterals;

OptionalDateEdit::OptionalDateEdit(const QString &neverText, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_pick(new QToolButton(this)), m_menu(new QMenu(this)),
      m_calendar(new QCalendarWidget(m_menu))
{
    m_edit->setPlaceholderText(tr("%1 (or type YYYY-MM-DD)").arg(neverText));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("A date as YYYY-MM-DD; empty for %1. Alt+Down opens the calendar.").arg(neverText));
    setFocusProxy(m_edit);
    m_pick->setText(tr("Pick…"));
    m_pick->setToolTip(tr("Choose the date in a calendar (Alt+Down)"));
    m_pick->setFocusPolicy(Qt::NoFocus); // Tab goes from the field to the next field, not to this button
    m_pick->setPopupMode(QToolButton::InstantPopup);
    m_pick->setMenu(m_menu);
    m_calendar->setGridVisible(true);
    auto *calendarAction = new QWidgetAction(m_menu);
    calendarAction->setDefaultWidget(m_calendar);
    m_menu->addAction(calendarAction);
    m_menu->addSeparator();
    m_menu->addAction(neverText, this, [this] { pick(QDate()); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_pick);

    connect(m_edit, &QLineEdit::editingFinished, this, &OptionalDateEdit::commitText);
    // The calendar opens at the field's date, or at today when there is none (never: not January 2000).
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        const QDate shown = m_date.isValid() ? m_date : QDate::currentDate();
        m_calendar->setSelectedDate(shown);
        m_calendar->setCurrentPage(shown.year(), shown.month());
    });
    connect(m_calendar, &QCalendarWidget::activated, this, &OptionalDateEdit::pick);
    connect(m_calendar, &QCalendarWidget::clicked, this, &OptionalDateEdit::pick);
    auto *open = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_edit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(open, &QShortcut::activated, m_pick, &QToolButton::showMenu);
}

void OptionalDateEdit::setDate(const QDate &date)
{
    m_date = date.isValid() ? date : QDate();
    showText();
}

void OptionalDateEdit::showText()
{
    m_edit->setText(m_date.isValid() ? m_date.toString(Qt::ISODate) : QString());
    m_edit->setModified(false);
}

void OptionalDateEdit::commitText()
{
    if (!m_edit->isModified())
        return; // left without a change: nothing to save
    const QString typed = m_edit->text().trimmed();
    const QDate parsed = QDate::fromString(typed, Qt::ISODate);
    if (!typed.isEmpty() && !parsed.isValid()) {
        const QString kept = m_date.isValid() ? m_date.toString(Qt::ISODate) : m_edit->placeholderText();
        showText();
        QToolTip::showText(m_edit->mapToGlobal(QPoint(0, m_edit->height())),
                           tr("\"%1\" is not a date (YYYY-MM-DD); kept %2").arg(typed, kept), m_edit);
        return;
    }
    pick(parsed);
}

void OptionalDateEdit::pick(const QDate &date)
{
    m_menu->close();
    const QDate chosen = date.isValid() ? date : QDate();
    const bool changed = chosen != m_date;
    m_date = chosen;
    showText();
    if (changed)
        Q_EMIT editingFinished();
}

} // namespace greenlight::ui
