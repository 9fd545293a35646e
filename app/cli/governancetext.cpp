#include "cli/governancetext.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

/// A value of the file: strings as they are, other values as compact JSON; long ones cut.
QString value(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return GovernanceText::tr("none");
    QString s = v.isString() ? v.toString() : PortfolioDiff::compact(v);
    s.replace(u'\n', u' ');
    constexpr qsizetype longest = 80;
    return s.size() > longest ? s.left(longest - 1) + u'…' : s;
}

template <typename E>
QString names(const QList<E> &values)
{
    QStringList list;
    for (E v : values)
        list.append(enumName(v));
    return list.join(u", "_s);
}

QString fieldChanges(const QList<FieldChange> &fields)
{
    QStringList parts;
    for (const FieldChange &f : fields)
        parts.append(u"%1: %2 → %3"_s.arg(f.key, value(f.before), value(f.after)));
    return parts.join(u"; "_s);
}

QString pathChange(const PortfolioChange &c)
{
    switch (c.kind) {
    case PortfolioChange::Kind::Added: return GovernanceText::tr("%1 added: %2").arg(c.path, value(c.after));
    case PortfolioChange::Kind::Removed: return GovernanceText::tr("%1 removed (was %2)").arg(c.path, value(c.before));
    case PortfolioChange::Kind::Changed: break;
    }
    return u"%1: %2 → %3"_s.arg(c.path, value(c.before), value(c.after));
}

QString routeVersion(const RouteVersionChange &v)
{
    if (v.previousVersion == 0)
        return GovernanceText::tr("route version added: %1 v%2 (a new route: %3 %4)")
            .arg(v.route.id)
            .arg(v.route.version)
            .arg(v.route.provider, v.route.model);
    if (v.changes.isEmpty())
        return GovernanceText::tr("route version added: %1 v%2 (from v%3, the same settings)")
            .arg(v.route.id)
            .arg(v.route.version)
            .arg(v.previousVersion);
    return GovernanceText::tr("route version added: %1 v%2 (from v%3): %4")
        .arg(v.route.id)
        .arg(v.route.version)
        .arg(v.previousVersion)
        .arg(fieldChanges(v.changes));
}

/// How a use case stands at its gate, without the gate's id.
QString standing(const GateState &s)
{
    if (!s.templateFound)
        return GovernanceText::tr("no such gate template");
    if (s.eligible())
        return GovernanceText::tr("GO-ELIGIBLE");
    return GovernanceText::tr("NO-GO (blockers failed: %1)").arg(s.evaluation.blockersFailed);
}

/// "a → b" when the two differ, else the one.
QString fromTo(const QString &before, const QString &after)
{
    return before == after ? after : u"%1 → %2"_s.arg(before, after);
}

class TextWriter final
{
public:
    explicit TextWriter(const GovernanceChanges &changes) : m_changes(changes) {}

    QString write(const QString &oldName, const QString &newName)
    {
        line(GovernanceText::tr("Governance changes from %1 to %2, gates judged as of %3.")
                 .arg(oldName, newName, DisplayFormat::plain().date(m_changes.asOf)));
        writeVerdict();
        writePortfolio();
        for (const UseCaseChanges &u : m_changes.useCases)
            writeUseCase(u);
        return m_out;
    }

private:
    void line(const QString &s) { m_out += s + u'\n'; }
    void detail(const QString &s) { line(u"  "_s + s); }

    QString person(const QString &id) const
    {
        if (id.isEmpty())
            return GovernanceText::tr("nobody");
        const QString name = m_changes.personNames.value(id);
        return name.isEmpty() ? id : u"%1 (%2)"_s.arg(name, id);
    }
    static QString person(const PersonRef &p)
    {
        if (p.id.isEmpty())
            return GovernanceText::tr("nobody");
        return p.name.isEmpty() ? p.id : u"%1 (%2)"_s.arg(p.name, p.id);
    }

    void writeVerdict()
    {
        bool regression = false;
        for (const UseCaseChanges &u : m_changes.useCases) {
            const QList<DataClass> gained = u.unapprovedGained();
            if (u.losesEligibility() && !gained.isEmpty())
                line(GovernanceText::tr("REGRESSION: %1 loses go-eligibility and gains unapproved data classes: %2.")
                         .arg(u.id, names(gained)));
            else if (u.losesEligibility())
                line(GovernanceText::tr("REGRESSION: %1 loses go-eligibility.").arg(u.id));
            else if (!gained.isEmpty())
                line(GovernanceText::tr("REGRESSION: %1 gains unapproved data classes: %2.").arg(u.id, names(gained)));
            regression = regression || u.isRegression();
        }
        if (regression)
            return;
        if (m_changes.isEmpty())
            line(GovernanceText::tr("No governance changes."));
        else
            line(GovernanceText::tr("No governance regression: no use case loses go-eligibility or gains an "
                                    "unapproved data class."));
    }

    void writePortfolio()
    {
        for (const FieldChange &f : m_changes.policy)
            line(GovernanceText::tr("policy %1: %2 → %3").arg(f.key, value(f.before), value(f.after)));
        for (const TemplateChange &t : m_changes.templates)
            writeTemplate(t);
        for (const RouteVersionChange &v : m_changes.routeVersionsAdded)
            line(routeVersion(v));
        for (const Route &r : m_changes.routeVersionsRemoved)
            line(GovernanceText::tr("route version removed: %1 v%2").arg(r.id).arg(r.version) + historyNote());
        for (const PortfolioChange &c : m_changes.otherChanges)
            line(pathChange(c));
    }

    void writeTemplate(const TemplateChange &t)
    {
        switch (t.kind) {
        case TemplateChange::Kind::Added:
            line(GovernanceText::tr("gate template %1 added: rules %2; required sign-offs %3")
                     .arg(t.id, t.rulesAdded.join(u", "_s), names(t.signoffsAdded)));
            return;
        case TemplateChange::Kind::Removed: line(GovernanceText::tr("gate template %1 removed").arg(t.id)); return;
        case TemplateChange::Kind::Changed: break;
        }
        if (!t.fields.isEmpty())
            line(GovernanceText::tr("gate template %1: %2").arg(t.id, fieldChanges(t.fields)));
        if (!t.rulesAdded.isEmpty())
            line(GovernanceText::tr("gate template %1: rules added: %2").arg(t.id, t.rulesAdded.join(u", "_s)));
        if (!t.rulesRemoved.isEmpty())
            line(GovernanceText::tr("gate template %1: rules removed: %2").arg(t.id, t.rulesRemoved.join(u", "_s)));
        if (!t.signoffsAdded.isEmpty())
            line(
                GovernanceText::tr("gate template %1: required sign-offs added: %2").arg(t.id, names(t.signoffsAdded)));
        if (!t.signoffsRemoved.isEmpty())
            line(GovernanceText::tr("gate template %1: required sign-offs removed: %2")
                     .arg(t.id, names(t.signoffsRemoved)));
    }

    static QString historyNote()
    {
        return GovernanceText::tr(" (recorded history: import portfolio refuses a file that drops it)");
    }

    void writeUseCase(const UseCaseChanges &u)
    {
        switch (u.kind) {
        case UseCaseChanges::Kind::Unchanged:
            line(GovernanceText::tr("%1 (unchanged) at %2: %3").arg(u.id, u.gateAfter->gate, standing(*u.gateAfter)));
            return;
        case UseCaseChanges::Kind::Removed:
            line(GovernanceText::tr("%1 (removed) at %2: was %3")
                     .arg(u.id, u.gateBefore->gate, standing(*u.gateBefore)));
            return;
        case UseCaseChanges::Kind::Added:
            line(GovernanceText::tr("%1 (added) at %2: %3").arg(u.id, u.gateAfter->gate, standing(*u.gateAfter)));
            break;
        case UseCaseChanges::Kind::Changed:
            line(GovernanceText::tr("%1 (changed) at %2: %3")
                     .arg(u.id, fromTo(u.gateBefore->gate, u.gateAfter->gate),
                          fromTo(standing(*u.gateBefore), standing(*u.gateAfter))));
            break;
        }
        for (const RuleResult &r : u.newlyFailing)
            detail((u.gateBefore ? GovernanceText::tr("newly failing: %1 (%2, %3): %4")
                                 : GovernanceText::tr("failing: %1 (%2, %3): %4"))
                       .arg(r.rule, enumName(r.severity), enumName(r.result), r.displayText(DisplayFormat::plain())));
        for (const RuleResult &r : u.newlyPassing)
            detail(GovernanceText::tr("now passing: %1: %2").arg(r.rule, r.displayText(DisplayFormat::plain())));
        for (const OwnerChange &o : u.owners)
            detail(u.kind == UseCaseChanges::Kind::Added
                       ? GovernanceText::tr("owner %1: %2").arg(o.role, person(o.after))
                       : GovernanceText::tr("owner %1: %2 → %3").arg(o.role, person(o.before), person(o.after)));
        writeDataClasses(u);
        for (const DataApproval &a : u.approvalsAdded)
            detail(GovernanceText::tr("data-class decision added: %1").arg(approval(a)));
        for (const DataApproval &a : u.approvalsRemoved)
            detail(GovernanceText::tr("data-class decision removed: %1").arg(approval(a)) + historyNote());
        writeRoute(u);
        for (const EvalRun &r : u.evalRunsAdded)
            detail(GovernanceText::tr("eval run added: %1").arg(evalRun(r)));
        for (const EvalRun &r : u.evalRunsRemoved)
            detail(GovernanceText::tr("eval run removed: %1").arg(evalRun(r)) + historyNote());
        writeReviews(u);
        for (const Waiver &w : u.waiversAdded)
            detail(GovernanceText::tr("waiver granted: %1").arg(waiver(w)));
        for (const Waiver &w : u.waiversRevoked)
            detail(GovernanceText::tr("waiver revoked: %1 (%2) by %3 as %4 from %5: “%6”")
                       .arg(w.id, w.rule, person(w.revocation->person), enumName(w.revocation->role),
                            DisplayFormat::plain().date(w.revocation->date),
                            QString(w.revocation->reason).replace(u'\n', u' ')));
        for (const Waiver &w : u.waiversRemoved)
            detail(GovernanceText::tr("waiver removed: %1").arg(waiver(w)) + historyNote());
        for (const PortfolioChange &c : u.otherChanges)
            detail(GovernanceText::tr("also changed: %1").arg(pathChange(c)));
    }

    /// @p expired: the approvals an approved class rests on that no longer count (DataClassChange::expiredBefore).
    QString status(DataClass dataClass, const DataClassStatus &s, const QList<DataApproval> &expired) const
    {
        switch (s.state) {
        case DataClassStatus::State::Approved:
            if (!expired.isEmpty())
                return GovernanceText::tr("expired: awaits renewal by %1")
                    .arg(names(DataApprovalRules::rolesOf(expired)));
            return DataApprovalRules::requiredRoles(dataClass).isEmpty() ? GovernanceText::tr("needs no approval")
                                                                         : GovernanceText::tr("approved");
        case DataClassStatus::State::Pending:
            return GovernanceText::tr("unapproved: awaits %1").arg(names(s.missingRoles));
        case DataClassStatus::State::Rejected:
            return GovernanceText::tr("unapproved: rejected by %1 as %2 on %3")
                .arg(person(s.rejection->person), enumName(s.rejection->role),
                     DisplayFormat::plain().date(s.rejection->date));
        case DataClassStatus::State::Denied: break;
        }
        return GovernanceText::tr("unapproved: can never be approved");
    }

    void writeDataClasses(const UseCaseChanges &u)
    {
        for (const DataClassChange &d : u.dataClasses) {
            const QString name = enumName(d.dataClass);
            switch (d.kind) {
            case DataClassChange::Kind::Added:
                detail(GovernanceText::tr("data class added: %1 (%2)")
                           .arg(name, status(d.dataClass, *d.after, d.expiredAfter)));
                break;
            case DataClassChange::Kind::Removed: detail(GovernanceText::tr("data class removed: %1").arg(name)); break;
            case DataClassChange::Kind::StatusChanged:
                detail(GovernanceText::tr("data class %1: %2 → %3")
                           .arg(name, status(d.dataClass, *d.before, d.expiredBefore),
                                status(d.dataClass, *d.after, d.expiredAfter)));
                break;
            }
        }
    }

    QString waiver(const Waiver &w) const
    {
        return GovernanceText::tr("%1 at %2 until %3, granted by %4 as %5 on %6: “%7”; control: “%8” (%9)")
            .arg(w.rule, w.gate, DisplayFormat::plain().date(w.expires), person(w.grantedBy), enumName(w.role),
                 DisplayFormat::plain().date(w.grantedOn), QString(w.reason).replace(u'\n', u' '),
                 QString(w.control).replace(u'\n', u' '), w.id);
    }

    QString approval(const DataApproval &a) const
    {
        QString s = GovernanceText::tr("%1 %2 by %3 as %4 on %5")
                        .arg(enumName(a.dataClass), enumName(a.decision), person(a.person), enumName(a.role),
                             DisplayFormat::plain().date(a.date));
        if (!a.note.isEmpty())
            s += u" (“%1”)"_s.arg(QString(a.note).replace(u'\n', u' '));
        return s;
    }

    void writeRoute(const UseCaseChanges &u)
    {
        const auto route = [](const QString &id) { return id.isEmpty() ? GovernanceText::tr("none") : id; };
        if (u.kind == UseCaseChanges::Kind::Added)
            detail(GovernanceText::tr("route: %1").arg(route(u.routeAfter)));
        else if (u.routeBefore != u.routeAfter)
            detail(GovernanceText::tr("route: %1 → %2").arg(route(u.routeBefore), route(u.routeAfter)));
        QStringList versions;
        for (const RouteVersionChange &v : u.routeVersionsAdded)
            versions.append(u'v' + QString::number(v.route.version));
        if (!versions.isEmpty())
            detail(GovernanceText::tr("new versions of route %1: %2").arg(u.routeAfter, versions.join(u", "_s)));
    }

    static QString evalRun(const EvalRun &r)
    {
        const std::optional<double> rate = r.passRatePct();
        const QString result =
            r.baseline
                ? GovernanceText::tr("%1 on %2, route %3 v%4: %5 % of %6 cases, live secrets: %7, approved baseline")
                : GovernanceText::tr("%1 on %2, route %3 v%4: %5 % of %6 cases, live secrets: %7");
        return result.arg(r.id, DisplayFormat::plain().date(r.date), r.route)
            .arg(r.routeVersion)
            .arg(rate ? QString::number(*rate, 'f', 1) : u"–"_s)
            .arg(r.totalCases())
            .arg(r.secretsFound);
    }

    static QString decision(const std::optional<GateDecision> &d)
    {
        return d ? enumName(*d) : GovernanceText::tr("open");
    }

    void writeReviews(const UseCaseChanges &u)
    {
        for (const ReviewChange &r : u.reviews) {
            const GateReview &g = r.review;
            switch (r.kind) {
            case ReviewChange::Kind::Added:
                detail(GovernanceText::tr("gate review added: %1 at %2, requested by %3 on %4: %5")
                           .arg(g.id, g.gate, person(g.requestedBy),
                                DisplayFormat::plain().date(g.requestedAt.toUTC().date()), decision(g.decision)));
                break;
            case ReviewChange::Kind::Removed:
                detail(GovernanceText::tr("gate review removed: %1").arg(g.id) + historyNote());
                break;
            case ReviewChange::Kind::Changed:
                detail(r.decisionChanged()
                           ? GovernanceText::tr("gate review %1 at %2: %3 → %4")
                                 .arg(g.id, g.gate, decision(r.decisionBefore), decision(g.decision))
                           : GovernanceText::tr("gate review %1 at %2: %3").arg(g.id, g.gate, decision(g.decision)));
                break;
            }
            QStringList signoffs;
            for (const Signoff &s : r.signoffsAdded)
                signoffs.append(u"%1 %2: %3"_s.arg(enumName(s.role), person(s.person), enumName(s.decision)));
            if (!signoffs.isEmpty())
                detail(u"  "_s + GovernanceText::tr("sign-offs added: %1").arg(signoffs.join(u", "_s)));
        }
    }

    const GovernanceChanges &m_changes;
    QString m_out;
};

} // namespace

QString GovernanceText::format(const GovernanceChanges &changes, const QString &oldName, const QString &newName)
{
    return TextWriter(changes).write(oldName, newName);
}

} // namespace greenlight::app
