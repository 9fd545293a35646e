#pragma once

#include "gate/dataapprovalrules.h"
#include "gate/gateengine.h"
#include "portfolio/portfoliodiff.h"

#include <QJsonValue>

#include <optional>

namespace greenlight::models {

/// One setting before and after, as the portfolio file spells it: a policy threshold, a template's flag, a route
/// version's model.
struct FieldChange {
    QString key;       ///< the file's key below its record, dotted: "eval_threshold_standard_pct",
                       ///< "evidence_max_age_days.eval_run"
    QJsonValue before; ///< undefined when the key is new
    QJsonValue after;  ///< undefined when the key is gone

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

/// A person as one side of the diff names them.
struct PersonRef {
    QString id;   ///< empty: nobody
    QString name; ///< from that side's `people`; empty when it does not list the id

    friend bool operator==(const PersonRef &, const PersonRef &) = default;
};

/// An owner (product, launch, engineering, support) who changed.
struct OwnerChange {
    QString role; ///< the key under `owners`: "product", "launch", "engineering", "support"
    PersonRef before;
    PersonRef after;
};

/// A data class that was added or removed, or whose approval state changed (an approval that expired included), with
/// where it stands on each side.
struct DataClassChange {
    enum class Kind { Added, Removed, StatusChanged };
    Kind kind = Kind::Added;
    DataClass dataClass = DataClass::Public;
    std::optional<DataClassStatus> before; ///< nullopt when added
    std::optional<DataClassStatus> after;  ///< nullopt when removed
    /// The approvals an approved class rests on that are older than its side's policy allows on the day judged
    /// (DataApprovalRules::expiredApprovals): approved on record, but data.approved fails until they are renewed.
    QList<DataApproval> expiredBefore;
    QList<DataApproval> expiredAfter;

    /// The class is on the newer side without the approvals its rule needs (pending, rejected or never approvable).
    [[nodiscard]] bool unapprovedAfter() const
    {
        return after.has_value() && after->state != DataClassStatus::State::Approved;
    }
};

/// A route version that the newer portfolio adds, and what differs from the version before it.
struct RouteVersionChange {
    Route route;
    int previousVersion = 0;    ///< the highest lower version of the same route; 0 for a new route
    QList<FieldChange> changes; ///< provider, model, endpoint, prompt_version, … against previousVersion
};

/// A gate review that was added or removed, or that gained sign-offs or its decision.
struct ReviewChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Added;
    GateReview review;                          ///< as the newer side has it (the older one's when removed)
    std::optional<GateDecision> decisionBefore; ///< Changed: the decision before (nullopt: the review was open)
    QList<Signoff> signoffsAdded;               ///< Added: every sign-off; Changed: the new ones
    [[nodiscard]] bool decisionChanged() const;
};

/// How one side's use case stands at the gate that fits it (GateEngine::defaultGateId) on the diff's day.
struct GateState {
    QString gate;              ///< the template id
    bool templateFound = true; ///< false when that side's portfolio has no such template (then never eligible)
    GateEvaluation evaluation; ///< empty when the template was not found

    [[nodiscard]] bool eligible() const { return templateFound && evaluation.eligible(); }
    /// The rules that count against the gate (failing or missing), in catalog order.
    [[nodiscard]] QList<RuleResult> failing() const;
};

/// What changed in one use case's governance between two portfolios.
struct UseCaseChanges {
    enum class Kind { Unchanged, Added, Removed, Changed };
    Kind kind = Kind::Unchanged;
    QString id;
    QString name; ///< the newer side's (the older one's when removed)

    std::optional<GateState> gateBefore; ///< nullopt when added
    std::optional<GateState> gateAfter;  ///< nullopt when removed
    /// Rules that count against the gate after but did not before (passing, or not applied by the older template).
    QList<RuleResult> newlyFailing;
    /// Rules that counted against the gate before and pass after (results as they are after).
    QList<RuleResult> newlyPassing;

    QList<OwnerChange> owners;
    QList<DataClassChange> dataClasses;
    QList<DataApproval> approvalsAdded;
    QList<DataApproval> approvalsRemoved;
    QString routeBefore; ///< the current route id on each side (empty: none chosen)
    QString routeAfter;
    /// Versions the newer portfolio adds to the use case's current route.
    QList<RouteVersionChange> routeVersionsAdded;
    QList<EvalRun> evalRunsAdded;
    QList<EvalRun> evalRunsRemoved;
    QList<ReviewChange> reviews;
    QList<Waiver> waiversAdded;   ///< granted on the newer side (with their revocation when that came too)
    QList<Waiver> waiversRevoked; ///< on both sides, revoked only on the newer one (as the newer side has them)
    QList<Waiver> waiversRemoved; ///< on the older side only: history the newer file drops
    /// Every other difference of the use case's record, at paths below it ("operations.kill_switch_tested").
    QList<PortfolioChange> otherChanges;

    /// Go-eligible before, not after (a use case that is added or removed loses nothing).
    [[nodiscard]] bool losesEligibility() const;
    /// Data classes that are unapproved after but were not before: added without approvals, or no longer approved.
    [[nodiscard]] QList<DataClass> unapprovedGained() const;
    /// Either of the two regressions that fail the diff.
    [[nodiscard]] bool isRegression() const { return losesEligibility() || !unapprovedGained().isEmpty(); }
};

/// A gate template that was added, removed or changed.
struct TemplateChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString id;
    QList<FieldChange> fields; ///< name, high_risk_threshold, signed_signoffs (Changed only)
    QStringList rulesAdded;    ///< rule ids, or "*"; Added: all of them
    QStringList rulesRemoved;
    QList<Role> signoffsAdded; ///< required sign-off roles; Added: all of them
    QList<Role> signoffsRemoved;
};

/// The governance changes between two portfolios, portfolio-wide and per use case, judged on one day.
struct GovernanceChanges {
    QDate asOf;
    QList<FieldChange> policy;
    QList<TemplateChange> templates;
    QList<RouteVersionChange> routeVersionsAdded;
    QList<Route> routeVersionsRemoved;
    /// Differences in people and tenants (roles, names, accounts, signing keys), at their JSON paths.
    QList<PortfolioChange> otherChanges;
    /// Every use case of either side: the newer side's order, then the removed ones in the older side's order.
    QList<UseCaseChanges> useCases;
    /// The name of every person either side lists, by id (the newer side's name when both do), to show with an id.
    QMap<QString, QString> personNames;

    [[nodiscard]] bool hasRegression() const;
    [[nodiscard]] int count(UseCaseChanges::Kind kind) const;
    /// Nothing differs at all (use cases, policy, templates, routes, people, tenants).
    [[nodiscard]] bool isEmpty() const;
};

/**
 * The governance changes a pull request makes to the portfolio file (issue 20, `portfolio diff`): per use case
 * the owners, data classes and their approval state, approvals, the current route and its new versions, eval runs,
 * gate reviews and decisions, and how it stands at its gate before and after; portfolio-wide the policy thresholds,
 * the gate templates and route versions.
 *
 * Both sides are evaluated on the same day, so a difference in the gate result comes from the files, never from the
 * calendar. A change is a *regression* when a use case that was go-eligible is no longer, or when a data class of a
 * use case is unapproved after but was not before (added without the approvals its rule needs, or lost them).
 * Records are matched as PortfolioDiff matches them (by id; approvals and sign-offs by their whole content).
 * The result is language-neutral (ids, enum values, the rules' English explanations); formatting is the caller's.
 */
class GovernanceDiff final
{
public:
    [[nodiscard]] static GovernanceChanges compare(const Portfolio &before, const Portfolio &after, QDate asOf);
};

} // namespace greenlight::models
