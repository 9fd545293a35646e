#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace greenlight::ui {

/**
 * A date that may be "never" (a kill switch never tested), as the user expects to edit one (issue 19): typed as
 * YYYY-MM-DD, cleared for never (the empty field says so), or picked from a calendar that opens at the date, or at
 * today when there is none. Tab leaves the field. editingFinished() comes once per finished change (Enter, leaving
 * the field, a pick); text that is not a date is refused with a note and the stored date is shown again.
 */
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)

public:
    explicit OptionalDateEdit(const QString &neverText, QWidget *parent = nullptr);

    /// The date, or an invalid QDate for never.
    [[nodiscard]] QDate date() const { return m_date; }
    /// Shows @p date (invalid: never) without emitting editingFinished().
    void setDate(const QDate &date);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QToolButton *calendarButton() const { return m_pick; }
    /// The calendar of the popup (the date it opens at: the field's, or today).
    [[nodiscard]] QCalendarWidget *calendar() const { return m_calendar; }

Q_SIGNALS:
    void editingFinished();

private:
    void commitText();
    void pick(const QDate &date);
    void showText();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_pick = nullptr;
    QMenu *m_menu = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QDate m_date;
};

} // namespace greenlight::ui
