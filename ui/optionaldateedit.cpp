#include "optionaldateedit.h"

#include "domain/displayformat.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QWidgetAction>

namespace greenlight::ui {

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {

/// A date to show how one is typed: in the locale's form ("31.12.2026"), which the field shows too.
QString example()
{
    return DisplayFormat().date(QDate(QDate::currentDate().year(), 12, 31));
}

/// The date @p typed in the locale's form, or in ISO 8601 ("2026-12-31"), which reads the same everywhere.
QDate parsed(const QString &typed)
{
    const QDate local = DisplayFormat().locale().toDate(typed, DisplayFormat().datePattern());
    return local.isValid() ? local : QDate::fromString(typed, Qt::ISODate);
}

} // namespace

OptionalDateEdit::OptionalDateEdit(const QString &neverText, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_pick(new QToolButton(this)), m_menu(new QMenu(this)),
      m_calendar(new QCalendarWidget(m_menu))
{
    m_edit->setPlaceholderText(tr("%1 (or type a date such as %2)").arg(neverText, example()));
    m_edit->setClearButtonEnabled(true);
    // The hint says how a date is typed; cut off ("not recorded (or type a date …") it says nothing. The field is at
    // least as wide as the hint: QLineEdit's own width hint is 17 "x" wide plus its frame and margins, and the clear
    // button keeps its place (a small icon and its margins) even while the field is empty.
    const QFontMetrics metrics = m_edit->fontMetrics();
    const int clearButton = m_edit->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_edit) + 8;
    m_edit->setMinimumWidth(m_edit->sizeHint().width() - 17 * metrics.horizontalAdvance(u'x') +
                            metrics.horizontalAdvance(m_edit->placeholderText()) + clearButton);
    m_edit->setToolTip(
        tr("A date such as %1 or %2; empty for %3. Alt+Down opens the calendar.")
            .arg(example(), QDate(QDate::currentDate().year(), 12, 31).toString(Qt::ISODate), neverText));
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
    m_edit->setText(m_date.isValid() ? DisplayFormat().date(m_date) : QString());
    m_edit->setModified(false);
}

void OptionalDateEdit::commitText()
{
    if (!m_edit->isModified())
        return; // left without a change: nothing to save
    const QString typed = m_edit->text().trimmed();
    const QDate date = parsed(typed);
    if (!typed.isEmpty() && !date.isValid()) {
        const QString kept = m_date.isValid() ? DisplayFormat().date(m_date) : m_edit->placeholderText();
        showText();
        QToolTip::showText(m_edit->mapToGlobal(QPoint(0, m_edit->height())),
                           tr("\"%1\" is not a date such as %2; kept %3").arg(typed, example(), kept), m_edit);
        return;
    }
    pick(date);
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
