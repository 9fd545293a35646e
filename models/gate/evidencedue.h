#pragma once

#include "domain/portfolio.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace greenlight::models {

/// One piece of evidence that ages (Policy::evidenceMaxAge): what it is, until when it counts, who renews it.
struct DueEvidence {
    QString useCase;
    QString rule;     ///< the rule that reads it: ops.kill_switch, rollback.path, eval.threshold, data.approved,
                      ///< runbook.present; or the rule a waiver covers
    QString evidence; ///< its kind, as in the policy: kill_switch_test, rollback_test, eval_run, data_approval,
                      ///< runbook_review; or waiver (a waiver in force, which ends on its expiry day)
    QString subject;  ///< which one: the kill switch, the eval run's id, "customer by security", the waiver's id; empty
                      ///< for a rollback or a runbook
    QDate dated;      ///< when it was tested, run or given
    QDate countsUntil; ///< the last day it counts; the rule fails from the day after
    QString owner;     ///< who renews it: the engineering owner, the product owner, the approver, the support owner,
                       ///< the person who granted the waiver
    std::optional<DataClass> dataClass; ///< for a data approval: the class it approves (subject names it in English)
    std::optional<Role> approverRole;   ///< for a data approval: the role it was given in

    /// Days from @p day to countsUntil: 0 on its last day, negative once it no longer counts.
    [[nodiscard]] qint64 daysLeft(QDate day) const { return day.daysTo(countsUntil); }
};

/**
 * What expires or has expired as of a day (issue 20, `greenlight due`): the kill-switch and rollback tests of
 * customer-facing use cases, the latest eval run of the current route and the approvals each approved data class
 * rests on, with the same limits and the same "as of" reading as the rules (evidence dated later is not yet there).
 * Evidence that is missing is not listed: its rule fails already, and gate check says so.
 */
class EvidenceDue final
{
public:
    /// What counts as due soon where a count is shown (the window's sidebar): expired, or expiring within two weeks.
    static constexpr int soonDays = 14;

    /// Everything that stops counting within @p withinDays of @p asOf (or has stopped), by owner, then by date.
    [[nodiscard]] static QList<DueEvidence> list(const Portfolio &portfolio, QDate asOf, int withinDays);
    /// How many pieces of evidence have stopped counting on @p asOf or stop within soonDays.
    [[nodiscard]] static qsizetype soonCount(const Portfolio &portfolio, QDate asOf);
};

} // namespace greenlight::models
