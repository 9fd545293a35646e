#include "cli/governancereport.h"

#include "portfolio/portfoliowriter.h"
#include "json/orderedjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

using J = OrderedJson;

QString changeKindName(UseCaseChanges::Kind kind)
{
    switch (kind) {
    case UseCaseChanges::Kind::Unchanged: return u"unchanged"_s;
    case UseCaseChanges::Kind::Added: return u"added"_s;
    case UseCaseChanges::Kind::Removed: return u"removed"_s;
    case UseCaseChanges::Kind::Changed: break;
    }
    return u"changed"_s;
}

template <typename Kind>
QString recordKindName(Kind kind)
{
    switch (kind) {
    case Kind::Added: return u"added"_s;
    case Kind::Removed: return u"removed"_s;
    default: break;
    }
    return u"changed"_s;
}

/// @p expired: the approvals an approved class rests on that no longer count (DataClassChange::expiredBefore).
QString stateName(DataClassStatus::State state, const QList<DataApproval> &expired)
{
    switch (state) {
    case DataClassStatus::State::Approved: return expired.isEmpty() ? u"approved"_s : u"expired"_s;
    case DataClassStatus::State::Pending: return u"pending"_s;
    case DataClassStatus::State::Rejected: return u"rejected"_s;
    case DataClassStatus::State::Denied: break;
    }
    return u"denied"_s;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// ---- JSON ------------------------------------------------------------------------------------------------------

/// A value as the portfolio file had it: integers stay integers, reals keep their fraction.
J fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return J::boolean(value.toBool());
    case QJsonValue::Double: {
        // Whole numbers without a fraction, whether the file wrote 95 or 95.0 (QJsonValue does not keep which).
        const double d = value.toDouble();
        constexpr double exact = 9007199254740992.0; // 2^53
        return std::trunc(d) == d && std::abs(d) < exact ? J::integer(qint64(d)) : J::real(d);
    }
    case QJsonValue::String: return J::string(value.toString());
    case QJsonValue::Array: {
        J array = J::array();
        for (const QJsonValue &v : value.toArray())
            array.append(fromJson(v));
        return array;
    }
    case QJsonValue::Object: {
        J object = J::object();
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            object.add(it.key(), fromJson(it.value()));
        return object;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return J::null();
}

template <typename T, typename F>
J arrayOf(const QList<T> &values, F &&element)
{
    J array = J::array();
    for (const T &v : values)
        array.append(element(v));
    return array;
}

J strings(const QStringList &values)
{
    return arrayOf(values, [](const QString &s) { return J::string(s); });
}

template <typename E>
J enums(const QList<E> &values)
{
    return arrayOf(values, [](E e) { return J::string(enumName(e)); });
}

J fieldJson(const FieldChange &f)
{
    return J::object()
        .add(u"key"_s, J::string(f.key))
        .add(u"before"_s, fromJson(f.before))
        .add(u"after"_s, fromJson(f.after));
}

J pathChangeJson(const PortfolioChange &c)
{
    const QString kind = c.kind == PortfolioChange::Kind::Added     ? u"added"_s
                         : c.kind == PortfolioChange::Kind::Removed ? u"removed"_s
                                                                    : u"changed"_s;
    return J::object()
        .add(u"path"_s, J::string(c.path))
        .add(u"change"_s, J::string(kind))
        .add(u"before"_s, fromJson(c.before))
        .add(u"after"_s, fromJson(c.after));
}

J ruleJson(const RuleResult &r)
{
    return J::object()
        .add(u"id"_s, J::string(r.rule))
        .add(u"severity"_s, J::string(enumName(r.severity)))
        .add(u"result"_s, J::string(enumName(r.result)))
        .add(u"explanation"_s, J::string(r.explanation));
}

J gateJson(const std::optional<GateState> &state)
{
    if (!state)
        return J::null();
    return J::object()
        .add(u"gate"_s, J::string(state->gate))
        .add(u"template_found"_s, J::boolean(state->templateFound))
        .add(u"eligible"_s, J::boolean(state->eligible()))
        .add(u"blockers_failed"_s, J::integer(state->evaluation.blockersFailed))
        .add(u"warnings_failed"_s, J::integer(state->evaluation.warningsFailed))
        .add(u"failing"_s, arrayOf(state->failing(), ruleJson));
}

J personJson(const PersonRef &p)
{
    if (p.id.isEmpty())
        return J::null();
    return J::object().add(u"id"_s, J::string(p.id)).add(u"name"_s, J::stringOrNull(p.name));
}

J statusJson(const std::optional<DataClassStatus> &status, const QList<DataApproval> &expired)
{
    if (!status)
        return J::null();
    J rejectedBy = J::null();
    if (status->rejection)
        rejectedBy = J::object()
                         .add(u"role"_s, J::string(enumName(status->rejection->role)))
                         .add(u"person"_s, J::string(status->rejection->person))
                         .add(u"date"_s, J::string(isoDate(status->rejection->date)));
    return J::object()
        .add(u"state"_s, J::string(stateName(status->state, expired)))
        .add(u"missing_roles"_s, enums(status->missingRoles))
        .add(u"rejected_by"_s, std::move(rejectedBy));
}

J approvalJson(const DataApproval &a)
{
    return J::object()
        .add(u"data_class"_s, J::string(enumName(a.dataClass)))
        .add(u"role"_s, J::string(enumName(a.role)))
        .add(u"person"_s, J::string(a.person))
        .add(u"decision"_s, J::string(enumName(a.decision)))
        .add(u"date"_s, J::string(isoDate(a.date)))
        .add(u"note"_s, J::string(a.note));
}

J diffWaiverJson(const Waiver &w)
{
    return PortfolioWriter::waiverJson(w).picked({u"id"_s, u"gate"_s, u"rule"_s, u"granted_by"_s, u"role"_s,
                                                  u"granted_on"_s, u"expires"_s, u"reason"_s, u"control"_s,
                                                  u"revoked"_s});
}

J routeVersionJson(const RouteVersionChange &v)
{
    return J::object()
        .add(u"route"_s, J::string(v.route.id))
        .add(u"version"_s, J::integer(v.route.version))
        .add(u"previous_version"_s, v.previousVersion > 0 ? J::integer(v.previousVersion) : J::null())
        .add(u"changes"_s, arrayOf(v.changes, fieldJson));
}

J evalRunJson(const EvalRun &r)
{
    const std::optional<double> rate = r.passRatePct();
    return J::object()
        .add(u"id"_s, J::string(r.id))
        .add(u"date"_s, J::string(isoDate(r.date)))
        .add(u"route"_s, J::string(r.route))
        .add(u"route_version"_s, J::integer(r.routeVersion))
        .add(u"baseline"_s, J::boolean(r.baseline))
        .add(u"cases"_s, J::integer(r.totalCases()))
        .add(u"pass_rate_pct"_s, rate ? J::real(*rate) : J::null())
        .add(u"secrets_found"_s, J::integer(r.secretsFound));
}

J decisionJson(const std::optional<GateDecision> &decision)
{
    return decision ? J::string(enumName(*decision)) : J::null();
}

J signoffJson(const Signoff &s)
{
    return J::object()
        .add(u"role"_s, J::string(enumName(s.role)))
        .add(u"person"_s, J::string(s.person))
        .add(u"decision"_s, J::string(enumName(s.decision)))
        .add(u"at"_s, J::string(s.at.toUTC().toString(Qt::ISODate)))
        .add(u"note"_s, J::string(s.note));
}

J reviewJson(const ReviewChange &r)
{
    return J::object()
        .add(u"id"_s, J::string(r.review.id))
        .add(u"change"_s, J::string(recordKindName(r.kind)))
        .add(u"gate"_s, J::string(r.review.gate))
        .add(u"requested_by"_s, J::string(r.review.requestedBy))
        .add(u"decision_before"_s, r.kind == ReviewChange::Kind::Changed ? decisionJson(r.decisionBefore) : J::null())
        .add(u"decision"_s, decisionJson(r.review.decision))
        .add(u"signoffs_added"_s, arrayOf(r.signoffsAdded, signoffJson));
}

J templateJson(const TemplateChange &t)
{
    return J::object()
        .add(u"id"_s, J::string(t.id))
        .add(u"change"_s, J::string(recordKindName(t.kind)))
        .add(u"fields"_s, arrayOf(t.fields, fieldJson))
        .add(u"rules_added"_s, strings(t.rulesAdded))
        .add(u"rules_removed"_s, strings(t.rulesRemoved))
        .add(u"signoffs_added"_s, enums(t.signoffsAdded))
        .add(u"signoffs_removed"_s, enums(t.signoffsRemoved));
}

J useCaseJson(const UseCaseChanges &u)
{
    return J::object()
        .add(u"id"_s, J::string(u.id))
        .add(u"name"_s, J::string(u.name))
        .add(u"change"_s, J::string(changeKindName(u.kind)))
        .add(u"regression"_s, J::boolean(u.isRegression()))
        .add(u"loses_eligibility"_s, J::boolean(u.losesEligibility()))
        .add(u"unapproved_data_classes_gained"_s, enums(u.unapprovedGained()))
        .add(u"gate_before"_s, gateJson(u.gateBefore))
        .add(u"gate_after"_s, gateJson(u.gateAfter))
        .add(u"newly_failing"_s, arrayOf(u.newlyFailing, ruleJson))
        .add(u"newly_passing"_s, arrayOf(u.newlyPassing, ruleJson))
        .add(u"owners"_s, arrayOf(u.owners,
                                  [](const OwnerChange &o) {
                                      return J::object()
                                          .add(u"role"_s, J::string(o.role))
                                          .add(u"before"_s, personJson(o.before))
                                          .add(u"after"_s, personJson(o.after));
                                  }))
        .add(u"data_classes"_s,
             arrayOf(u.dataClasses,
                     [](const DataClassChange &d) {
                         return J::object()
                             .add(u"data_class"_s, J::string(enumName(d.dataClass)))
                             .add(u"change"_s,
                                  J::string(d.kind == DataClassChange::Kind::StatusChanged ? u"status"_s
                                                                                           : recordKindName(d.kind)))
                             .add(u"before"_s, statusJson(d.before, d.expiredBefore))
                             .add(u"after"_s, statusJson(d.after, d.expiredAfter));
                     }))
        .add(u"approvals_added"_s, arrayOf(u.approvalsAdded, approvalJson))
        .add(u"approvals_removed"_s, arrayOf(u.approvalsRemoved, approvalJson))
        .add(u"route"_s, J::object()
                             .add(u"before"_s, u.gateBefore ? J::stringOrNull(u.routeBefore) : J::null())
                             .add(u"after"_s, u.gateAfter ? J::stringOrNull(u.routeAfter) : J::null()))
        .add(u"route_versions_added"_s, arrayOf(u.routeVersionsAdded, routeVersionJson))
        .add(u"eval_runs_added"_s, arrayOf(u.evalRunsAdded, evalRunJson))
        .add(u"eval_runs_removed"_s, arrayOf(u.evalRunsRemoved, evalRunJson))
        .add(u"gate_reviews"_s, arrayOf(u.reviews, reviewJson))
        .add(u"waivers_added"_s, arrayOf(u.waiversAdded, diffWaiverJson))
        .add(u"waivers_revoked"_s, arrayOf(u.waiversRevoked, diffWaiverJson))
        .add(u"waivers_removed"_s, arrayOf(u.waiversRemoved, diffWaiverJson))
        .add(u"other_changes"_s, arrayOf(u.otherChanges, pathChangeJson));
}

// ---- Markdown --------------------------------------------------------------------------------------------------

/// Free text (a name, a note, a rule's explanation) that Markdown must not read as markup.
QString text(QString value)
{
    value.replace(u'\n', u' ');
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        // An underscore inside a word is never emphasis in GitHub's Markdown ("unsafe_tool"); at a word's edge it is.
        const bool edgeUnderscore =
            c == u'_' && (i == 0 || i + 1 == value.size() || !value.at(i - 1).isLetterOrNumber() ||
                          !value.at(i + 1).isLetterOrNumber());
        if (u"\\`*<>[]|"_s.contains(c) || edgeUnderscore)
            out += u'\\';
        out += c;
    }
    return out;
}

/// An id or value as code; a value with backticks gets a longer fence, as GitHub's Markdown allows.
QString code(QString value)
{
    value.replace(u'\n', u' ');
    if (value.contains(u'`'))
        return u"`` "_s + value + u" ``"_s;
    return u'`' + value + u'`';
}

QString plural(qsizetype n, const QString &one, const QString &many)
{
    return QString::number(n) + u' ' + (n == 1 ? one : many);
}

/// A value of the file as code: strings without their quotes, other values as compact JSON; long ones cut.
QString valueCode(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return u"none"_s;
    QString s = value.isString() ? value.toString() : PortfolioDiff::compact(value);
    constexpr qsizetype longest = 80;
    if (s.size() > longest)
        s = s.left(longest - 1) + u'…';
    return code(s);
}

QString joinCodes(const QStringList &values)
{
    QStringList codes;
    for (const QString &v : values)
        codes.append(code(v));
    return codes.join(u", "_s);
}

template <typename E>
QString joinEnums(const QList<E> &values)
{
    QStringList names;
    for (E v : values)
        names.append(enumName(v));
    return joinCodes(names);
}

class MarkdownWriter final
{
public:
    explicit MarkdownWriter(const GovernanceChanges &changes) : m_changes(changes) {}

    QString write()
    {
        writeVerdict();
        writeTable();
        writePortfolio();
        for (const UseCaseChanges &u : m_changes.useCases) {
            if (u.kind == UseCaseChanges::Kind::Added || u.kind == UseCaseChanges::Kind::Changed)
                writeUseCase(u);
        }
        return m_out;
    }

private:
    void line(const QString &s = {}) { m_out += s + u'\n'; }
    void item(const QString &s) { line(u"- "_s + s); }
    void subitem(const QString &s) { line(u"  - "_s + s); }

    QString person(const QString &id) const
    {
        const QString name = m_changes.personNames.value(id);
        return name.isEmpty() ? code(id) : text(name) + u" ("_s + code(id) + u')';
    }
    static QString person(const PersonRef &p)
    {
        if (p.id.isEmpty())
            return u"nobody"_s;
        return p.name.isEmpty() ? code(p.id) : text(p.name) + u" ("_s + code(p.id) + u')';
    }

    static QString gateCell(const std::optional<GateState> &state)
    {
        if (!state)
            return u"—"_s;
        if (!state->templateFound)
            return u"❌ no template "_s + code(state->gate);
        if (state->eligible())
            return u"✅ go-eligible"_s;
        return u"❌ no-go: "_s + plural(state->evaluation.blockersFailed, u"blocker"_s, u"blockers"_s);
    }
    static QString gateWords(const GateState &state)
    {
        if (!state.templateFound)
            return u"no-go (the portfolio has no template "_s + code(state.gate) + u')';
        if (state.eligible())
            return u"go-eligible"_s;
        return u"no-go, "_s + plural(state.evaluation.blockersFailed, u"blocker fails"_s, u"blockers fail"_s);
    }

    /// "Loses go-eligibility and gains an unapproved data class: `regulated`", or empty for no regression.
    static QString regressionText(const UseCaseChanges &u)
    {
        const QList<DataClass> gained = u.unapprovedGained();
        const QString classes =
            (gained.size() == 1 ? u"an unapproved data class: "_s : u"unapproved data classes: "_s) + joinEnums(gained);
        if (u.losesEligibility())
            return gained.isEmpty() ? u"loses go-eligibility"_s : u"loses go-eligibility and gains "_s + classes;
        return gained.isEmpty() ? QString() : u"gains "_s + classes;
    }

    void writeVerdict()
    {
        QStringList regressions;
        for (const UseCaseChanges &u : m_changes.useCases) {
            if (const QString what = regressionText(u); !what.isEmpty())
                regressions.append(code(u.id) + u' ' + what + u'.');
        }
        if (!regressions.isEmpty()) {
            line(u"## ❌ Greenlight: governance regression"_s);
            line();
            line(regressions.join(u' '));
        } else if (m_changes.isEmpty()) {
            line(u"## ✅ Greenlight: no governance changes"_s);
            line();
            line(u"Both files govern every use case the same way."_s);
        } else {
            line(u"## ✅ Greenlight: no governance regression"_s);
            line();
            line(u"No use case loses go-eligibility or gains an unapproved data class."_s);
        }
        line();
        line(u"Use cases: "_s + summaryCounts() + u". Both files' gates judged as of "_s + isoDate(m_changes.asOf) +
             u'.');
        line();
    }

    QString summaryCounts() const
    {
        QStringList parts;
        const std::array<std::pair<UseCaseChanges::Kind, QString>, 4> kinds{{
            {UseCaseChanges::Kind::Changed, u"changed"_s},
            {UseCaseChanges::Kind::Added, u"added"_s},
            {UseCaseChanges::Kind::Removed, u"removed"_s},
            {UseCaseChanges::Kind::Unchanged, u"unchanged"_s},
        }};
        for (const auto &[kind, word] : kinds) {
            if (const int n = m_changes.count(kind); n > 0)
                parts.append(QString::number(n) + u' ' + word);
        }
        return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
    }

    void writeTable()
    {
        line(u"| Use case | Change | Gate | Before | After |"_s);
        line(u"| --- | --- | --- | --- | --- |"_s);
        for (const UseCaseChanges &u : m_changes.useCases) {
            const QString before = u.gateBefore ? u.gateBefore->gate : QString();
            const QString after = u.gateAfter ? u.gateAfter->gate : QString();
            const QString gate = before.isEmpty() || after.isEmpty() || before == after
                                     ? code(before.isEmpty() ? after : before)
                                     : code(before) + u" → "_s + code(after);
            QString change = changeKindName(u.kind);
            if (u.isRegression())
                change = u"**"_s + change + u", regression**"_s;
            line(u"| "_s + code(u.id) + u" | "_s + change + u" | "_s + gate + u" | "_s + gateCell(u.gateBefore) +
                 u" | "_s + gateCell(u.gateAfter) + u" |"_s);
        }
        line();
    }

    static QString fieldText(const FieldChange &f)
    {
        return code(f.key) + u": "_s + valueCode(f.before) + u" → "_s + valueCode(f.after);
    }

    static QString routeVersionText(const RouteVersionChange &v)
    {
        QString s = code(v.route.id) + u" v"_s + QString::number(v.route.version);
        if (v.previousVersion == 0)
            return s + u": new route, "_s + code(v.route.provider) + u' ' + code(v.route.model);
        QStringList fields;
        for (const FieldChange &f : v.changes)
            fields.append(fieldText(f));
        s += u" (from v"_s + QString::number(v.previousVersion) + u')';
        if (fields.isEmpty())
            return s + u": the same settings"_s;
        return s + u": "_s + fields.join(u"; "_s);
    }

    static QString pathChangeText(const PortfolioChange &c)
    {
        switch (c.kind) {
        case PortfolioChange::Kind::Added: return code(c.path) + u" added: "_s + valueCode(c.after);
        case PortfolioChange::Kind::Removed: return code(c.path) + u" removed (was "_s + valueCode(c.before) + u')';
        case PortfolioChange::Kind::Changed: break;
        }
        return code(c.path) + u": "_s + valueCode(c.before) + u" → "_s + valueCode(c.after);
    }

    void writePortfolio()
    {
        const GovernanceChanges &c = m_changes;
        if (c.policy.isEmpty() && c.templates.isEmpty() && c.routeVersionsAdded.isEmpty() &&
            c.routeVersionsRemoved.isEmpty() && c.otherChanges.isEmpty())
            return;
        line(u"### Portfolio-wide"_s);
        line();
        for (const FieldChange &f : c.policy)
            item(u"Policy "_s + fieldText(f));
        for (const TemplateChange &t : c.templates)
            item(templateText(t));
        for (const RouteVersionChange &v : c.routeVersionsAdded)
            item(u"Route version added: "_s + routeVersionText(v));
        for (const Route &r : c.routeVersionsRemoved)
            item(u"Route version removed: "_s + code(r.id) + u" v"_s + QString::number(r.version) + historyNote());
        for (const PortfolioChange &o : c.otherChanges)
            item(pathChangeText(o));
        line();
    }

    static QString templateText(const TemplateChange &t)
    {
        const QString name = u"Gate template "_s + code(t.id);
        if (t.kind == TemplateChange::Kind::Added)
            return name + u" added: rules "_s + joinCodes(t.rulesAdded) + u"; required sign-offs "_s +
                   joinEnums(t.signoffsAdded);
        if (t.kind == TemplateChange::Kind::Removed)
            return name + u" removed"_s;
        QStringList parts;
        for (const FieldChange &f : t.fields)
            parts.append(fieldText(f));
        if (!t.rulesAdded.isEmpty())
            parts.append(u"rules added "_s + joinCodes(t.rulesAdded));
        if (!t.rulesRemoved.isEmpty())
            parts.append(u"rules removed "_s + joinCodes(t.rulesRemoved));
        if (!t.signoffsAdded.isEmpty())
            parts.append(u"required sign-offs added "_s + joinEnums(t.signoffsAdded));
        if (!t.signoffsRemoved.isEmpty())
            parts.append(u"required sign-offs removed "_s + joinEnums(t.signoffsRemoved));
        return name + u": "_s + parts.join(u"; "_s);
    }

    static QString historyNote() { return u" (recorded history: `import portfolio` refuses a file that drops it)"_s; }

    void writeUseCase(const UseCaseChanges &u)
    {
        line(u"### "_s + code(u.id) + u": "_s + text(u.name) + u" ("_s + changeKindName(u.kind) + u')');
        line();
        writeRegression(u);
        writeGate(u);
        writeOwners(u);
        writeDataClasses(u);
        writeApprovals(u);
        writeRoute(u);
        writeEvalRuns(u);
        writeReviews(u);
        writeWaivers(u);
        writeOtherChanges(u);
        line();
    }

    void writeRegression(const UseCaseChanges &u)
    {
        const QString what = regressionText(u);
        if (what.isEmpty())
            return;
        line(u"**❌ Regression:** "_s + what + u'.');
        line();
    }

    static QString ruleText(const RuleResult &r)
    {
        return code(r.rule) + u" ("_s + enumName(r.severity) + u", "_s + enumName(r.result) + u"): "_s +
               text(r.explanation);
    }

    void writeGate(const UseCaseChanges &u)
    {
        const GateState &after = *u.gateAfter;
        QString head = u"**Gate** "_s;
        if (!u.gateBefore) {
            head += code(after.gate) + u": "_s + gateWords(after);
        } else {
            const GateState &before = *u.gateBefore;
            head += before.gate == after.gate ? code(after.gate) : code(before.gate) + u" → "_s + code(after.gate);
            const QString was = gateWords(before);
            const QString now = gateWords(after);
            head += u": "_s + (was == now ? QString(now + u", as before"_s) : QString(was + u" → "_s + now));
        }
        item(head);
        // A new use case has no "before": what fails is simply failing.
        const QString failing = u.gateBefore ? u"newly failing: "_s : u"failing: "_s;
        for (const RuleResult &r : u.newlyFailing)
            subitem((r.severity == Severity::Blocker ? u"❌ "_s : u"⚠️ "_s) + failing + ruleText(r));
        for (const RuleResult &r : u.newlyPassing)
            subitem(u"✅ now passing: "_s + code(r.rule) + u": "_s + text(r.explanation));
    }

    void writeOwners(const UseCaseChanges &u)
    {
        if (u.owners.isEmpty())
            return;
        item(u"**Owners**"_s);
        for (const OwnerChange &o : u.owners)
            subitem(o.role + u": "_s +
                    (u.kind == UseCaseChanges::Kind::Added ? person(o.after)
                                                           : QString(person(o.before) + u" → "_s + person(o.after))));
    }

    QString statusText(DataClass dataClass, const DataClassStatus &s, const QList<DataApproval> &expired) const
    {
        switch (s.state) {
        case DataClassStatus::State::Approved:
            if (!expired.isEmpty())
                return u"**expired**: awaits renewal by "_s + joinEnums(DataApprovalRules::rolesOf(expired));
            return DataApprovalRules::requiredRoles(dataClass).isEmpty() ? u"needs no approval"_s : u"approved"_s;
        case DataClassStatus::State::Pending: return u"**unapproved**: awaits "_s + joinEnums(s.missingRoles);
        case DataClassStatus::State::Rejected:
            return u"**unapproved**: rejected by "_s + person(s.rejection->person) + u" as "_s +
                   enumName(s.rejection->role) + u" on "_s + isoDate(s.rejection->date);
        case DataClassStatus::State::Denied: break;
        }
        return u"**unapproved**: can never be approved"_s;
    }

    void writeDataClasses(const UseCaseChanges &u)
    {
        if (u.dataClasses.isEmpty())
            return;
        item(u"**Data classes**"_s);
        for (const DataClassChange &d : u.dataClasses) {
            const QString name = code(enumName(d.dataClass));
            switch (d.kind) {
            case DataClassChange::Kind::Added:
                subitem(u"added "_s + name + u": "_s + statusText(d.dataClass, *d.after, d.expiredAfter));
                break;
            case DataClassChange::Kind::Removed: subitem(u"removed "_s + name); break;
            case DataClassChange::Kind::StatusChanged:
                subitem(name + u": "_s + statusText(d.dataClass, *d.before, d.expiredBefore) + u" → "_s +
                        statusText(d.dataClass, *d.after, d.expiredAfter));
                break;
            }
        }
    }

    QString approvalText(const DataApproval &a) const
    {
        QString s = code(enumName(a.dataClass)) + u' ' + enumName(a.decision) + u" by "_s + person(a.person) +
                    u" as "_s + enumName(a.role) + u" on "_s + isoDate(a.date);
        if (!a.note.isEmpty())
            s += u": “"_s + text(a.note) + u"”"_s;
        return s;
    }

    void writeApprovals(const UseCaseChanges &u)
    {
        if (!u.approvalsAdded.isEmpty()) {
            item(u"**Data-class decisions added**"_s);
            for (const DataApproval &a : u.approvalsAdded)
                subitem(approvalText(a));
        }
        if (!u.approvalsRemoved.isEmpty()) {
            item(u"**Data-class decisions removed**"_s + historyNote());
            for (const DataApproval &a : u.approvalsRemoved)
                subitem(approvalText(a));
        }
    }

    QString waiverText(const Waiver &w) const
    {
        return code(w.rule) + u" at "_s + code(w.gate) + u" until "_s + isoDate(w.expires) + u", granted by "_s +
               person(w.grantedBy) + u" as "_s + enumName(w.role) + u" on "_s + isoDate(w.grantedOn) + u": “"_s +
               text(w.reason) + u"”; control: “"_s + text(w.control) + u"” ("_s + code(w.id) + u')';
    }

    void writeWaivers(const UseCaseChanges &u)
    {
        if (!u.waiversAdded.isEmpty()) {
            item(u"**Waivers granted**"_s);
            for (const Waiver &w : u.waiversAdded)
                subitem(waiverText(w));
        }
        for (const Waiver &w : u.waiversRevoked)
            item(u"**Waiver revoked** "_s + code(w.id) + u" ("_s + code(w.rule) + u") by "_s +
                 person(w.revocation->person) + u" as "_s + enumName(w.revocation->role) + u" from "_s +
                 isoDate(w.revocation->date) + u": “"_s + text(w.revocation->reason) + u"”"_s);
        if (!u.waiversRemoved.isEmpty()) {
            item(u"**Waivers removed**"_s + historyNote());
            for (const Waiver &w : u.waiversRemoved)
                subitem(waiverText(w));
        }
    }

    /// The current route, and the versions this change adds to it (their settings are under Portfolio-wide).
    void writeRoute(const UseCaseChanges &u)
    {
        const bool moved = u.kind == UseCaseChanges::Kind::Changed && u.routeBefore != u.routeAfter;
        if (!moved && u.routeVersionsAdded.isEmpty() && u.kind != UseCaseChanges::Kind::Added)
            return;
        const auto route = [](const QString &id) { return id.isEmpty() ? u"none"_s : code(id); };
        QString s =
            u"**Route** "_s + (moved ? route(u.routeBefore) + u" → "_s + route(u.routeAfter) : route(u.routeAfter));
        QStringList versions;
        for (const RouteVersionChange &v : u.routeVersionsAdded)
            versions.append(u'v' + QString::number(v.route.version));
        if (!versions.isEmpty())
            s += (versions.size() == 1 ? u", new version "_s : u", new versions "_s) + versions.join(u", "_s);
        item(s);
    }

    static QString evalRunText(const EvalRun &r)
    {
        const std::optional<double> rate = r.passRatePct();
        QString s = code(r.id) + u" on "_s + isoDate(r.date) + u", route "_s + code(r.route) + u" v"_s +
                    QString::number(r.routeVersion) + u": "_s;
        s += rate ? QString::number(*rate, 'f', 1) + u" % of "_s + plural(r.totalCases(), u"case"_s, u"cases"_s) +
                        u" passed"_s
                  : u"no cases"_s;
        s += u", "_s + plural(r.secretsFound, u"live secret"_s, u"live secrets"_s);
        if (r.baseline)
            s += u", approved baseline"_s;
        return s;
    }

    void writeEvalRuns(const UseCaseChanges &u)
    {
        if (!u.evalRunsAdded.isEmpty()) {
            item(u"**Eval runs added**"_s);
            for (const EvalRun &r : u.evalRunsAdded)
                subitem(evalRunText(r));
        }
        if (!u.evalRunsRemoved.isEmpty()) {
            item(u"**Eval runs removed**"_s + historyNote());
            for (const EvalRun &r : u.evalRunsRemoved)
                subitem(evalRunText(r));
        }
    }

    static QString decisionWord(const std::optional<GateDecision> &d) { return d ? enumName(*d) : u"open"_s; }

    QString signoffsText(const QList<Signoff> &signoffs) const
    {
        QStringList parts;
        for (const Signoff &s : signoffs)
            parts.append(enumName(s.role) + u' ' + person(s.person) + u": "_s + enumName(s.decision));
        return parts.join(u", "_s);
    }

    void writeReviews(const UseCaseChanges &u)
    {
        if (u.reviews.isEmpty())
            return;
        item(u"**Gate reviews**"_s);
        for (const ReviewChange &r : u.reviews) {
            const GateReview &g = r.review;
            QString s;
            switch (r.kind) {
            case ReviewChange::Kind::Added:
                s = u"added "_s + code(g.id) + u" at "_s + code(g.gate) + u", requested by "_s + person(g.requestedBy) +
                    u" on "_s + isoDate(g.requestedAt.toUTC().date()) + u": "_s + decisionWord(g.decision);
                break;
            case ReviewChange::Kind::Removed: s = u"removed "_s + code(g.id) + historyNote(); break;
            case ReviewChange::Kind::Changed:
                s = code(g.id) + u" at "_s + code(g.gate) + u": "_s +
                    (r.decisionChanged() ? decisionWord(r.decisionBefore) + u" → "_s + decisionWord(g.decision)
                                         : decisionWord(g.decision));
                break;
            }
            if (!r.signoffsAdded.isEmpty())
                s += (r.kind == ReviewChange::Kind::Added ? u"; sign-offs: "_s : u"; sign-offs added: "_s) +
                     signoffsText(r.signoffsAdded);
            subitem(s);
        }
    }

    void writeOtherChanges(const UseCaseChanges &u)
    {
        if (u.otherChanges.isEmpty())
            return;
        item(u"**Also changed**"_s);
        for (const PortfolioChange &c : u.otherChanges)
            subitem(pathChangeText(c));
    }

    const GovernanceChanges &m_changes;
    QString m_out;
};

} // namespace

QByteArray GovernanceReport::json(const GovernanceChanges &changes)
{
    return J::object()
        .add(u"format"_s, J::string(u"greenlight.portfolio-diff/1"_s))
        .add(u"as_of"_s, J::string(isoDate(changes.asOf)))
        .add(u"regression"_s, J::boolean(changes.hasRegression()))
        .add(u"summary"_s,
             J::object()
                 .add(u"changed"_s, J::integer(changes.count(UseCaseChanges::Kind::Changed)))
                 .add(u"added"_s, J::integer(changes.count(UseCaseChanges::Kind::Added)))
                 .add(u"removed"_s, J::integer(changes.count(UseCaseChanges::Kind::Removed)))
                 .add(u"unchanged"_s, J::integer(changes.count(UseCaseChanges::Kind::Unchanged)))
                 .add(u"regressions"_s,
                      J::integer(std::count_if(changes.useCases.cbegin(), changes.useCases.cend(),
                                               [](const UseCaseChanges &u) { return u.isRegression(); }))))
        .add(u"policy"_s, arrayOf(changes.policy, fieldJson))
        .add(u"gate_templates"_s, arrayOf(changes.templates, templateJson))
        .add(u"route_versions_added"_s, arrayOf(changes.routeVersionsAdded, routeVersionJson))
        .add(u"route_versions_removed"_s,
             arrayOf(changes.routeVersionsRemoved,
                     [](const Route &r) {
                         return J::object().add(u"route"_s, J::string(r.id)).add(u"version"_s, J::integer(r.version));
                     }))
        .add(u"other_changes"_s, arrayOf(changes.otherChanges, pathChangeJson))
        .add(u"use_cases"_s, arrayOf(changes.useCases, useCaseJson))
        .toCanonical();
}

QString GovernanceReport::markdown(const GovernanceChanges &changes)
{
    return MarkdownWriter(changes).write();
}

} // namespace greenlight::app
