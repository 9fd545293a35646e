#include "portfolio/governancediff.h"

#include "portfolio/portfoliowriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

QJsonObject canonical(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

PersonRef personRef(const Portfolio &portfolio, const QString &id)
{
    const Person *p = id.isEmpty() ? nullptr : portfolio.person(id);
    return {id, p != nullptr ? p->name : QString()};
}

/// The settings of a policy under their file keys, defaults included (the file omits some when they are default, and a
/// difference between "absent" and "the default" is none).
QList<std::pair<QString, QJsonValue>> policySettings(const Policy &p)
{
    const EvidenceMaxAge &a = p.evidenceMaxAge;
    return {
        {u"eval_threshold_standard_pct"_s, p.evalThresholdStandardPct},
        {u"eval_threshold_high_risk_pct"_s, p.evalThresholdHighRiskPct},
        {u"eval_regression_pp"_s, p.evalRegressionPp},
        {u"eval_min_cases"_s, p.evalMinCases},
        {u"eval_min_injection_cases"_s, p.evalMinInjectionCases},
        {u"spend_share_ratio_alert"_s, p.spendShareRatioAlert},
        {u"edit_rate_alert_pp"_s, p.editRateAlertPp},
        {u"training"_s, p.training},
        {u"evidence_max_age_days.kill_switch_test"_s, a.killSwitchTestDays},
        {u"evidence_max_age_days.rollback_test"_s, a.rollbackTestDays},
        {u"evidence_max_age_days.eval_run"_s, a.evalRunDays},
        {u"evidence_max_age_days.data_approval"_s, a.dataApprovalDays},
        {u"evidence_max_age_days.runbook_review"_s, a.runbookReviewDays},
    };
}

QList<FieldChange> policyChanges(const Policy &before, const Policy &after)
{
    const auto b = policySettings(before);
    const auto a = policySettings(after);
    QList<FieldChange> changes;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (b[i].second != a[i].second)
            changes.append({a[i].first, b[i].second, a[i].second});
    }
    return changes;
}

QList<std::pair<QString, QJsonValue>> routeSettings(const Route &r)
{
    return {
        {u"provider"_s, r.provider},
        {u"model"_s, r.model},
        {u"endpoint"_s, enumName(r.endpoint)},
        {u"prompt_version"_s, r.promptVersion},
        {u"retrieval_corpus"_s, r.retrievalCorpus},
        {u"tool_schema_version"_s, r.toolSchemaVersion},
        {u"fallback_route"_s, r.fallbackRoute.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.fallbackRoute)},
    };
}

RouteVersionChange routeVersionChange(const Portfolio &after, const Route &route)
{
    RouteVersionChange change{route, 0, {}};
    const Route *previous = nullptr;
    for (const Route &r : after.routes) {
        if (r.id == route.id && r.version < route.version && (previous == nullptr || r.version > previous->version))
            previous = &r;
    }
    if (previous == nullptr)
        return change;
    change.previousVersion = previous->version;
    const auto b = routeSettings(*previous);
    const auto a = routeSettings(route);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (b[i].second != a[i].second)
            change.changes.append({a[i].first, b[i].second, a[i].second});
    }
    return change;
}

template <typename T>
QList<T> minus(const QList<T> &values, const QList<T> &removed)
{
    QList<T> rest;
    for (const T &v : values) {
        if (!removed.contains(v))
            rest.append(v);
    }
    return rest;
}

QList<TemplateChange> templateChanges(const Portfolio &before, const Portfolio &after)
{
    QList<TemplateChange> changes;
    for (const GateTemplate &t : after.gateTemplates) {
        const GateTemplate *old = before.gateTemplate(t.id);
        if (old == nullptr) {
            changes.append({TemplateChange::Kind::Added, t.id, {}, t.rules, {}, t.requiredSignoffs, {}});
            continue;
        }
        TemplateChange change{TemplateChange::Kind::Changed, t.id, {}, {}, {}, {}, {}};
        if (old->name != t.name)
            change.fields.append({u"name"_s, old->name, t.name});
        if (old->highRiskThreshold != t.highRiskThreshold)
            change.fields.append({u"high_risk_threshold"_s, old->highRiskThreshold, t.highRiskThreshold});
        if (old->signedSignoffs != t.signedSignoffs)
            change.fields.append({u"signed_signoffs"_s, old->signedSignoffs, t.signedSignoffs});
        change.rulesAdded = minus(t.rules, old->rules);
        change.rulesRemoved = minus(old->rules, t.rules);
        change.signoffsAdded = minus(t.requiredSignoffs, old->requiredSignoffs);
        change.signoffsRemoved = minus(old->requiredSignoffs, t.requiredSignoffs);
        if (!change.fields.isEmpty() || !change.rulesAdded.isEmpty() || !change.rulesRemoved.isEmpty() ||
            !change.signoffsAdded.isEmpty() || !change.signoffsRemoved.isEmpty())
            changes.append(change);
    }
    for (const GateTemplate &t : before.gateTemplates) {
        if (after.gateTemplate(t.id) == nullptr)
            changes.append({TemplateChange::Kind::Removed, t.id, {}, {}, t.rules, {}, t.requiredSignoffs});
    }
    return changes;
}

GateState gateState(const Portfolio &portfolio, const UseCase &useCase, QDate asOf)
{
    GateState state;
    state.gate = GateEngine::defaultGateId(useCase);
    const GateTemplate *gate = portfolio.gateTemplate(state.gate);
    state.templateFound = gate != nullptr;
    if (gate != nullptr)
        state.evaluation = GateEngine::evaluate(portfolio, useCase, *gate, asOf);
    return state;
}

const RuleResult *findRule(const GateState &state, const QString &id)
{
    for (const RuleResult &r : state.evaluation.rules) {
        if (r.rule == id)
            return &r;
    }
    return nullptr;
}

/// The same gate, and the same rules counting against it with the same outcomes (explanations may differ: a new
/// threshold changes the text of a rule that still passes).
bool sameStanding(const GateState &a, const GateState &b)
{
    const auto key = [](const GateState &s) {
        QStringList failing;
        for (const RuleResult &r : s.failing())
            failing.append(r.rule + u':' + enumName(r.result));
        return failing;
    };
    return a.gate == b.gate && a.templateFound == b.templateFound && key(a) == key(b);
}

/// "KEY" of a path `ARRAY["KEY"]…` below a use case, when @p path names an element of @p array; @p rest gets what
/// follows the element.
bool elementOf(const QString &path, QStringView array, QString &key, QString &rest)
{
    const QString open = array + u"[\""_s;
    if (!path.startsWith(open))
        return false;
    const qsizetype end = path.indexOf(u"\"]"_s, open.size());
    if (end < 0)
        return false;
    key = path.mid(open.size(), end - open.size());
    rest = path.mid(end + 2);
    return true;
}

/// The index of a path `ARRAY[N]` (an unkeyed record) below @p prefix, or -1.
qsizetype indexOf(const QString &path, QStringView prefix)
{
    if (!path.startsWith(prefix) || !path.endsWith(u']') || path.size() <= prefix.size() + 2 ||
        path.at(prefix.size()) != u'[')
        return -1;
    bool ok = false;
    const qsizetype index = path.mid(prefix.size() + 1, path.size() - prefix.size() - 2).toLongLong(&ok);
    return ok ? index : -1;
}

template <typename T>
const T *byId(const QList<T> &records, const QString &id)
{
    const auto it = std::find_if(records.cbegin(), records.cend(), [&](const T &r) { return r.id == id; });
    return it == records.cend() ? nullptr : &*it;
}

ReviewChange &reviewEntry(QList<ReviewChange> &reviews, const GateReview &review, ReviewChange::Kind kind)
{
    for (ReviewChange &r : reviews) {
        if (r.review.id == review.id)
            return r;
    }
    reviews.append({kind, review, std::nullopt, {}});
    return reviews.last();
}

/**
 * Sorts each difference of the use case's record into the section that explains it; what no section covers stays in
 * otherChanges. Driven by PortfolioDiff so the two never disagree on what changed.
 */
void sortRecordChanges(const UseCase &before, const UseCase &after, UseCaseChanges &c)
{
    const QList<PortfolioChange> changes = PortfolioDiff::compare(canonical(PortfolioWriter::writeUseCase(before)),
                                                                  canonical(PortfolioWriter::writeUseCase(after)));
    using Kind = PortfolioChange::Kind;
    for (PortfolioChange change : changes) {
        change.path = change.path.mid(2); // below the use case: "$.owners.product" → "owners.product"
        const QString &path = change.path;
        QString key;
        QString rest;
        if (path.startsWith(u"owners."_s) || path == u"data_classes"_s || path == u"route"_s)
            continue; // from the domain values below
        if (const qsizetype i = indexOf(path, u"data_approvals"); i >= 0 && change.kind != Kind::Changed) {
            if (change.kind == Kind::Added)
                c.approvalsAdded.append(after.dataApprovals.at(i));
            else
                c.approvalsRemoved.append(before.dataApprovals.at(i));
            continue;
        }
        if (elementOf(path, u"eval_runs", key, rest) && rest.isEmpty()) {
            if (change.kind == Kind::Added)
                c.evalRunsAdded.append(*byId(after.evalRuns, key));
            else
                c.evalRunsRemoved.append(*byId(before.evalRuns, key));
            continue;
        }
        // The key appears with the first waiver, as the writer leaves an empty list out.
        if (path == u"waivers"_s && change.kind != Kind::Changed) {
            (change.kind == Kind::Added ? c.waiversAdded : c.waiversRemoved)
                .append(change.kind == Kind::Added ? after.waivers : before.waivers);
            continue;
        }
        if (elementOf(path, u"waivers", key, rest)) {
            if (rest.isEmpty()) {
                if (change.kind == Kind::Added)
                    c.waiversAdded.append(*byId(after.waivers, key));
                else
                    c.waiversRemoved.append(*byId(before.waivers, key));
                continue;
            }
            const Waiver *now = byId(after.waivers, key);
            if (rest.startsWith(u".revoked"_s) && now->revocation.has_value() &&
                !byId(before.waivers, key)->revocation.has_value()) {
                if (!c.waiversRevoked.contains(*now))
                    c.waiversRevoked.append(*now);
                continue;
            }
        }
        if (elementOf(path, u"gate_reviews", key, rest)) {
            const GateReview *now = byId(after.gateReviews, key);
            if (rest.isEmpty()) {
                if (change.kind == Kind::Added) {
                    ReviewChange &r = reviewEntry(c.reviews, *now, ReviewChange::Kind::Added);
                    r.signoffsAdded = now->signoffs;
                } else {
                    reviewEntry(c.reviews, *byId(before.gateReviews, key), ReviewChange::Kind::Removed);
                }
                continue;
            }
            if (rest == u".decision"_s) {
                reviewEntry(c.reviews, *now, ReviewChange::Kind::Changed);
                continue;
            }
            if (const qsizetype i = indexOf(rest, u".signoffs"); i >= 0 && change.kind == Kind::Added) {
                reviewEntry(c.reviews, *now, ReviewChange::Kind::Changed).signoffsAdded.append(now->signoffs.at(i));
                continue;
            }
        }
        c.otherChanges.append(change);
    }
    for (ReviewChange &r : c.reviews) {
        if (r.kind == ReviewChange::Kind::Changed)
            r.decisionBefore = byId(before.gateReviews, r.review.id)->decision;
    }
}

void compareOwners(const Portfolio &pb, const UseCase &before, const Portfolio &pa, const UseCase &after,
                   UseCaseChanges &c)
{
    const std::array<std::tuple<QString, QString, QString>, 4> owners{{
        {u"product"_s, before.owners.product, after.owners.product},
        {u"launch"_s, before.owners.launch, after.owners.launch},
        {u"engineering"_s, before.owners.engineering, after.owners.engineering},
        {u"support"_s, before.owners.support, after.owners.support},
    }};
    for (const auto &[role, b, a] : owners) {
        if (b != a)
            c.owners.append({role, personRef(pb, b), personRef(pa, a)});
    }
}

void compareDataClasses(const Portfolio &pb, const UseCase *before, const Portfolio &pa, const UseCase *after,
                        QDate asOf, UseCaseChanges &c)
{
    using Kind = DataClassChange::Kind;
    const QList<DataClass> none;
    const QList<DataClass> &b = before != nullptr ? before->dataClasses : none;
    const QList<DataClass> &a = after != nullptr ? after->dataClasses : none;
    // Each side's approvals expire by that side's policy, as its gate judges them.
    const auto expired = [asOf](const Portfolio &p, const DataClassStatus &status) {
        return DataApprovalRules::expiredApprovals(status, p.policy.evidenceMaxAge.dataApprovalDays, asOf);
    };
    for (DataClass dc : a) {
        const DataClassStatus now = DataApprovalRules::status(*after, dc, asOf);
        if (!b.contains(dc)) {
            c.dataClasses.append({Kind::Added, dc, std::nullopt, now, {}, expired(pa, now)});
            continue;
        }
        const DataClassStatus was = DataApprovalRules::status(*before, dc, asOf);
        const QList<DataApproval> expiredBefore = expired(pb, was);
        const QList<DataApproval> expiredAfter = expired(pa, now);
        if (was.state != now.state || expiredBefore.isEmpty() != expiredAfter.isEmpty())
            c.dataClasses.append({Kind::StatusChanged, dc, was, now, expiredBefore, expiredAfter});
    }
    for (DataClass dc : b) {
        if (!a.contains(dc)) {
            const DataClassStatus was = DataApprovalRules::status(*before, dc, asOf);
            c.dataClasses.append({Kind::Removed, dc, was, std::nullopt, expired(pb, was), {}});
        }
    }
}

void compareGate(UseCaseChanges &c)
{
    if (!c.gateAfter)
        return;
    for (const RuleResult &r : c.gateAfter->failing()) {
        const RuleResult *was = c.gateBefore ? findRule(*c.gateBefore, r.rule) : nullptr;
        if (was == nullptr || !GateEngine::fails(was->result))
            c.newlyFailing.append(r);
    }
    if (!c.gateBefore)
        return;
    for (const RuleResult &r : c.gateBefore->failing()) {
        if (const RuleResult *now = findRule(*c.gateAfter, r.rule); now != nullptr && !GateEngine::fails(now->result))
            c.newlyPassing.append(*now);
    }
}

QList<RouteVersionChange> routeVersionsAdded(const Portfolio &before, const Portfolio &after)
{
    QList<RouteVersionChange> added;
    for (const Route &r : after.routes) {
        if (before.route(r.id, r.version) == nullptr)
            added.append(routeVersionChange(after, r));
    }
    return added;
}

UseCaseChanges useCaseChanges(const Portfolio &pb, const UseCase *before, const Portfolio &pa, const UseCase *after,
                              const QList<RouteVersionChange> &routeVersions, QDate asOf)
{
    using Kind = UseCaseChanges::Kind;
    UseCaseChanges c;
    const UseCase &either = after != nullptr ? *after : *before;
    c.id = either.id;
    c.name = either.name;
    if (before != nullptr)
        c.gateBefore = gateState(pb, *before, asOf);
    if (after == nullptr) {
        c.kind = Kind::Removed;
        c.routeBefore = before->route;
        return c;
    }
    c.gateAfter = gateState(pa, *after, asOf);
    c.routeAfter = after->route;
    for (const RouteVersionChange &v : routeVersions) {
        if (v.route.id == after->route)
            c.routeVersionsAdded.append(v);
    }
    compareDataClasses(pb, before, pa, after, asOf, c);
    compareGate(c);
    if (before == nullptr) {
        // A new use case: everything it records is new.
        c.kind = Kind::Added;
        const UseCase empty;
        compareOwners(pb, empty, pa, *after, c);
        c.approvalsAdded = after->dataApprovals;
        c.evalRunsAdded = after->evalRuns;
        for (const GateReview &r : after->gateReviews)
            c.reviews.append({ReviewChange::Kind::Added, r, std::nullopt, r.signoffs});
        c.waiversAdded = after->waivers;
        return c;
    }
    c.routeBefore = before->route;
    compareOwners(pb, *before, pa, *after, c);
    sortRecordChanges(*before, *after, c);
    const bool recordChanged = !c.owners.isEmpty() || !c.dataClasses.isEmpty() || c.routeBefore != c.routeAfter ||
                               !c.approvalsAdded.isEmpty() || !c.approvalsRemoved.isEmpty() ||
                               !c.evalRunsAdded.isEmpty() || !c.evalRunsRemoved.isEmpty() || !c.reviews.isEmpty() ||
                               !c.waiversAdded.isEmpty() || !c.waiversRevoked.isEmpty() ||
                               !c.waiversRemoved.isEmpty() || !c.otherChanges.isEmpty() ||
                               !c.routeVersionsAdded.isEmpty();
    c.kind = recordChanged || !sameStanding(*c.gateBefore, *c.gateAfter) ? Kind::Changed : Kind::Unchanged;
    return c;
}

} // namespace

bool ReviewChange::decisionChanged() const
{
    return kind == Kind::Changed && decisionBefore != review.decision;
}

QList<RuleResult> GateState::failing() const
{
    QList<RuleResult> failing;
    for (const RuleResult &r : evaluation.rules) {
        if (GateEngine::fails(r.result))
            failing.append(r);
    }
    return failing;
}

bool UseCaseChanges::losesEligibility() const
{
    return gateBefore.has_value() && gateAfter.has_value() && gateBefore->eligible() && !gateAfter->eligible();
}

QList<DataClass> UseCaseChanges::unapprovedGained() const
{
    QList<DataClass> gained;
    for (const DataClassChange &d : dataClasses) {
        const bool wasUnapproved = d.before.has_value() && d.before->state != DataClassStatus::State::Approved;
        if (d.unapprovedAfter() && !wasUnapproved)
            gained.append(d.dataClass);
    }
    return gained;
}

bool GovernanceChanges::hasRegression() const
{
    return std::any_of(useCases.cbegin(), useCases.cend(), [](const UseCaseChanges &u) { return u.isRegression(); });
}

int GovernanceChanges::count(UseCaseChanges::Kind kind) const
{
    return int(
        std::count_if(useCases.cbegin(), useCases.cend(), [&](const UseCaseChanges &u) { return u.kind == kind; }));
}

bool GovernanceChanges::isEmpty() const
{
    return policy.isEmpty() && templates.isEmpty() && routeVersionsAdded.isEmpty() && routeVersionsRemoved.isEmpty() &&
           otherChanges.isEmpty() && count(UseCaseChanges::Kind::Unchanged) == useCases.size();
}

GovernanceChanges GovernanceDiff::compare(const Portfolio &before, const Portfolio &after, QDate asOf)
{
    GovernanceChanges changes;
    changes.asOf = asOf;
    for (const Portfolio *side : {&before, &after}) {
        for (const Person &p : side->people)
            changes.personNames.insert(p.id, p.name);
    }
    changes.policy = policyChanges(before.policy, after.policy);
    changes.templates = templateChanges(before, after);
    changes.routeVersionsAdded = routeVersionsAdded(before, after);
    for (const Route &r : before.routes) {
        if (after.route(r.id, r.version) == nullptr)
            changes.routeVersionsRemoved.append(r);
    }
    // People and tenants: every difference at its path (roles decide who may own, approve and sign).
    for (PortfolioChange c :
         PortfolioDiff::compare(canonical(PortfolioWriter::write(before)), canonical(PortfolioWriter::write(after)))) {
        if (c.path.startsWith(u"$.people"_s) || c.path.startsWith(u"$.tenants"_s)) {
            c.path = c.path.mid(2);
            changes.otherChanges.append(c);
        }
    }
    for (const UseCase &u : after.useCases)
        changes.useCases.append(
            useCaseChanges(before, before.useCase(u.id), after, &u, changes.routeVersionsAdded, asOf));
    for (const UseCase &u : before.useCases) {
        if (after.useCase(u.id) == nullptr)
            changes.useCases.append(useCaseChanges(before, &u, after, nullptr, {}, asOf));
    }
    return changes;
}

} // namespace greenlight::models
