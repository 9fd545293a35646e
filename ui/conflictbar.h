#pragma once

#include "portfolio/usecaseservice.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace greenlight::ui {

/**
 * Says that an edit was not saved because someone else changed the use case first: who and when, and for each
 * field the user's value beside the stored one. The user reloads (drops theirs) or applies theirs again onto
 * what is stored now; the bar only asks, the section does it.
 */
class ConflictBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictBar)

public:
    explicit ConflictBar(QWidget *parent = nullptr);

    /// Shows @p conflict of the edit named @p what; @p portfolio names the people.
    void showConflict(const QString &what, const models::UseCaseConflict &conflict, const models::Portfolio &portfolio);
    [[nodiscard]] const std::optional<models::UseCaseConflict> &conflict() const { return m_conflict; }
    [[nodiscard]] QLabel *text() const { return m_text; }
    [[nodiscard]] QPushButton *reloadButton() const { return m_reload; }
    [[nodiscard]] QPushButton *applyMineButton() const { return m_applyMine; }

    /// "operations.daily_cost_cap_usd: yours 999, stored 50", one line per field.
    [[nodiscard]] static QStringList fieldLines(const models::UseCaseConflict &conflict);

Q_SIGNALS:
    void reloadRequested();
    void applyMineRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_applyMine = nullptr;
    std::optional<models::UseCaseConflict> m_conflict;
};

} // namespace greenlight::ui
