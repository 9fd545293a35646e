#include "gate/evidencedue.h"

#include "gate/dataapprovalrules.h"

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

DueEvidence due(const QString &useCase, const QString &rule, const QString &evidence, const QString &subject,
                QDate dated, const QString &owner)
{
    DueEvidence item;
    item.useCase = useCase;
    item.rule = rule;
    item.evidence = evidence;
    item.subject = subject;
    item.dated = dated;
    item.owner = owner;
    return item;
}

} // namespace

QList<DueEvidence> EvidenceDue::list(const Portfolio &portfolio, QDate asOf, int withinDays)
{
    const EvidenceMaxAge &limits = portfolio.policy.evidenceMaxAge;
    QList<DueEvidence> all;
    const auto add = [&](DueEvidence item, int limit) {
        if (!item.dated.isValid() || item.dated > asOf)
            return;
        item.countsUntil = item.dated.addDays(limit);
        if (item.daysLeft(asOf) <= withinDays)
            all.append(std::move(item));
    };
    for (const UseCase &u : portfolio.useCases) {
        if (u.status == LifecycleStatus::Retired)
            continue; // nobody renews the evidence of a use case that is switched off
        if (u.audience == Audience::Customer) {
            add(due(u.id, u"ops.kill_switch"_s, u"kill_switch_test"_s, u.operations.killSwitch,
                    u.operations.killSwitchTested, u.owners.engineering),
                limits.killSwitchTestDays);
            add(due(u.id, u"rollback.path"_s, u"rollback_test"_s, {}, u.rollback.tested, u.owners.engineering),
                limits.rollbackTestDays);
        }
        if (u.runbook.has_value())
            add(due(u.id, u"runbook.present"_s, u"runbook_review"_s, {}, u.runbook->reviewed, u.owners.support),
                limits.runbookReviewDays);
        if (const EvalRun *run = u.route.isEmpty() ? nullptr : u.latestEvalRun(asOf))
            add(due(u.id, u"eval.threshold"_s, u"eval_run"_s, run->id, run->date, u.owners.product),
                limits.evalRunDays);
        // A waiver in force stops counting after its expiry day, and the rule it covers fails again; one that has
        // ended is not listed (gate check shows the failing rule).
        for (const Waiver &w : u.waivers) {
            if (w.isActiveOn(asOf))
                add(due(u.id, w.rule, u"waiver"_s, w.id, w.grantedOn, w.grantedBy), int(w.grantedOn.daysTo(w.expires)));
        }
        for (DataClass c : u.dataClasses) {
            const DataClassStatus status = DataApprovalRules::status(u, c, asOf);
            if (status.state != DataClassStatus::State::Approved)
                continue;
            for (const DataApproval &a : status.approvals) {
                DueEvidence approval = due(u.id, u"data.approved"_s, u"data_approval"_s,
                                           u"%1 by %2"_s.arg(enumName(c), enumName(a.role)), a.date, a.person);
                approval.dataClass = c;
                approval.approverRole = a.role;
                add(std::move(approval), limits.dataApprovalDays);
            }
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const DueEvidence &a, const DueEvidence &b) {
        return std::tie(a.owner, a.countsUntil, a.useCase) < std::tie(b.owner, b.countsUntil, b.useCase);
    });
    return all;
}

qsizetype EvidenceDue::soonCount(const Portfolio &portfolio, QDate asOf)
{
    return list(portfolio, asOf, soonDays).size();
}

} // namespace greenlight::models
