#pragma once

#include "domain/enums.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace greenlight::app {
class Workspace;
}

namespace greenlight::ui {

/**
 * Evidence that stops counting soon or has stopped, as `greenlight due` lists it (EvidenceDue), grouped by the owner
 * who renews it: kill-switch and rollback tests, the latest eval run, data-class approvals and runbook reviews.
 * Judged on the session's day; how far ahead it looks (30, 60 or 90 days) is remembered. Activating a row asks for
 * the place where that evidence is renewed.
 */
class DueSoonPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DueSoonPage)

public:
    enum Column { UseCaseColumn, WhatColumn, DatedColumn, CountsUntilColumn, DaysLeftColumn };

    explicit DueSoonPage(app::Workspace &workspace, QWidget *parent = nullptr);
    /// One top-level item per owner; below it, one row per piece of evidence.
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    /// How many days ahead the page looks.
    [[nodiscard]] QComboBox *withinBox() const { return m_within; }
    /// What the list shows, in one sentence.
    [[nodiscard]] QLabel *summary() const { return m_summary; }
    /// Shown instead of the list when nothing is due.
    [[nodiscard]] QLabel *emptyState() const { return m_empty; }

Q_SIGNALS:
    /// A row was activated (double-click, Enter): show where @p rule's evidence of @p useCaseId is renewed;
    /// @p dataClass names the class of a data approval.
    void evidenceRequested(const QString &useCaseId, const QString &rule,
                           std::optional<greenlight::models::DataClass> dataClass);

private:
    void reload();

    app::Workspace &m_workspace;
    QComboBox *m_within = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace greenlight::ui
