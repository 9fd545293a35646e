#include "storage/auditcoverage.h"

#include "audit/factpayload.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"
#include "json/canonicaljson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

const QString approvals = u"data_approvals"_s;
const QString signoffs = u"gate_signoffs"_s;
const QString reviews = u"gate_reviews"_s;
const QString decisions = u"gate_decisions"_s; // the decision part of a gate_reviews row
const QString ruleResults = u"gate_rule_results"_s;
const QString runs = u"eval_runs"_s;
const QString results = u"eval_results"_s;
const QString routes = u"routes"_s;
const QString waivers = u"waivers"_s;
const QString revocations = u"waiver_revocations"_s;

/// The table whose row an event records, or empty for events that record no fact.
QString tableOf(const AuditEvent &e)
{
    if (e.format == AuditFormat::QtCompactArray) // format 1 events do not hold every field of their row
        return {};
    const QString &entity = e.entry.entity;
    const QString &action = e.entry.action;
    if (entity == u"data_approval"_s)
        return approvals;
    if (entity == u"eval_run"_s)
        return runs;
    if (entity == u"route"_s)
        return routes;
    if (entity == u"waiver"_s)
        return action == u"grant"_s ? waivers : action == u"revoke"_s ? revocations : QString();
    if (entity == u"gate_review"_s) {
        if (action == u"start"_s)
            return reviews;
        if (action == u"decide"_s || action == u"abandon"_s)
            return decisions;
        if (action == u"sign"_s)
            return signoffs;
    }
    return {};
}

/// The payload field that names the person who takes the step a service event records (the approver, the signer, the
/// requester, the granter, the revoker), or empty for facts that name nobody (eval runs, routes, decisions).
QString actingPersonField(const QString &table)
{
    if (table == approvals || table == signoffs || table == revocations)
        return u"person"_s;
    if (table == reviews)
        return u"requested_by"_s;
    if (table == waivers)
        return u"granted_by"_s;
    return {};
}

/// How a row's id reads in a message, from the key fields of a payload.
QString idOf(const QString &table, const QJsonObject &p)
{
    const auto text = [&](const QString &key) { return p.value(key).toVariant().toString(); };
    if (table == approvals)
        return text(u"use_case"_s) + u'/' + text(u"index"_s);
    if (table == signoffs)
        return text(u"review"_s) + u'/' + text(u"index"_s);
    if (table == runs)
        return text(u"use_case"_s) + u'/' + text(u"run"_s);
    if (table == routes)
        return text(u"route"_s) + u'/' + text(u"version"_s);
    if (table == waivers || table == revocations)
        return text(u"waiver"_s);
    return text(u"review"_s);
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return AuditCoverage::tr("(absent)");
    if (value.isString())
        return value.toString().isEmpty() ? u"\"\""_s : value.toString();
    return QString::fromUtf8(CanonicalJson::serialize(value).value_or(QByteArray()));
}

/// One row as an event recorded it: a service event records one, a portfolio import every row of the file.
struct Recorded {
    qint64 seq = 0;
    QString hash;
    QString table;
    QString id;
    QJsonObject payload;
    bool claimed = false;
    bool appendOnlyImport = false; ///< recorded by an import that kept the rows it found (they keep their own event)
};

QString keyOf(qint64 seq, const QString &table, const QString &id)
{
    return u"%1\n%2\n%3"_s.arg(seq).arg(table, id);
}

/// Walks the fact tables, remembering the first difference.
class Checker
{
public:
    QHash<QString, Recorded> rows; ///< what events recorded, by keyOf()
    QSet<qint64> recordingEvents;  ///< events that record rows
    qint64 lastImport = 0; ///< the last import that replaced every fact recorded before it (before append-only imports)
    QSet<QString> claimedRows; ///< table and id of every row that matched its event
    CoverageResult result;

    [[nodiscard]] bool failed() const { return !result.problem.isEmpty(); }
    void problem(const QString &text)
    {
        if (!failed())
            result.problem = text;
    }

    void add(const AuditEvent &e, const QString &table, const QJsonObject &payload, bool appendOnlyImport = false)
    {
        const QString id = idOf(table, payload);
        rows.insert(keyOf(e.seq, table, id), Recorded{e.seq, e.hash, table, id, payload, false, appendOnlyImport});
        recordingEvents.insert(e.seq);
    }

    /// The payload of the event a row points at, or nullptr (after noting why) when the link is not good.
    const QJsonObject *link(const QString &kind, const QString &table, const QString &id, const QVariant &seq,
                            const QVariant &hash)
    {
        if (failed())
            return nullptr;
        if (seq.isNull()) {
            problem(AuditCoverage::tr("%1 %2: no audit event recorded this row").arg(table, id));
            return nullptr;
        }
        if (seq.toLongLong() == 0) {
            ++result.preCoverage[table];
            return nullptr;
        }
        const auto it = rows.find(keyOf(seq.toLongLong(), kind, id));
        if (it == rows.end()) {
            problem(AuditCoverage::tr("%1 %2: names audit event %3, which does not record this row")
                        .arg(table, id)
                        .arg(seq.toLongLong()));
            return nullptr;
        }
        if (it->hash != hash.toString()) {
            problem(AuditCoverage::tr("%1 %2: its audit hash differs from the hash of audit event %3")
                        .arg(table, id)
                        .arg(it->seq));
            return nullptr;
        }
        it->claimed = true;
        claimedRows.insert(kind + u'\n' + id);
        ++result.rowsChecked;
        return &it->payload;
    }

    void compare(const QString &table, const QString &id, const QJsonObject &row, const QJsonObject &recorded,
                 qint64 seq)
    {
        QStringList keys = row.keys();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : keys) {
            if (failed())
                return;
            if (row.value(key) != recorded.value(key))
                problem(AuditCoverage::tr("%1 %2: %3 is %4 in the table but %5 in audit event %6")
                            .arg(table, id, key, shown(row.value(key)), shown(recorded.value(key)))
                            .arg(seq));
        }
    }

    /// Rows of a child table held as one array or object in their parent's event.
    void compareChildren(const QString &table, const QString &parentId, const QJsonObject &row,
                         const QJsonObject &recorded, qint64 seq)
    {
        QStringList keys = row.keys();
        for (const QString &key : recorded.keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            // Array positions sort as numbers, so row 10 comes after row 9.
            bool okA = false;
            bool okB = false;
            const int na = a.toInt(&okA);
            const int nb = b.toInt(&okB);
            return okA && okB ? na < nb : a < b;
        });
        for (const QString &key : keys) {
            const QString id = parentId + u'/' + key;
            if (!recorded.contains(key))
                problem(AuditCoverage::tr("%1 %2: not recorded by audit event %3").arg(table, id).arg(seq));
            else if (!row.contains(key))
                problem(AuditCoverage::tr("%1 %2: recorded by audit event %3 but missing from the table")
                            .arg(table, id)
                            .arg(seq));
            else
                compare(table, id, row.value(key).toObject(), recorded.value(key).toObject(), seq);
            if (failed())
                return;
        }
    }
};

/// Array elements keyed by position, so compareChildren() can treat arrays and objects alike.
QJsonObject byPosition(const QJsonArray &array)
{
    QJsonObject keyed;
    for (qsizetype i = 0; i < array.size(); ++i)
        keyed.insert(QString::number(i), array.at(i));
    return keyed;
}

QJsonObject without(QJsonObject object, const QStringList &keys)
{
    for (const QString &key : keys)
        object.remove(key);
    return object;
}

} // namespace

QJsonObject AuditCoverage::importedFacts(const Portfolio &p)
{
    QJsonArray routeFacts;
    for (const Route &r : p.routes)
        routeFacts.append(FactPayload::route(r));
    QJsonArray approvalFacts;
    QJsonArray runFacts;
    QJsonArray reviewFacts;
    QJsonArray signoffFacts;
    QJsonArray decisionFacts;
    QJsonArray waiverFacts;
    QJsonArray revocationFacts;
    for (const UseCase &u : p.useCases) {
        for (const Waiver &w : u.waivers) {
            waiverFacts.append(FactPayload::waiver(u.id, w));
            if (w.revocation.has_value())
                revocationFacts.append(FactPayload::waiverRevocation(u.id, w.id, *w.revocation));
        }
        for (qsizetype i = 0; i < u.dataApprovals.size(); ++i)
            approvalFacts.append(FactPayload::dataApproval(u.id, int(i), u.dataApprovals[i]));
        for (const EvalRun &r : u.evalRuns)
            runFacts.append(FactPayload::evalRun(u.id, r));
        for (const GateReview &g : u.gateReviews) {
            reviewFacts.append(FactPayload::reviewStart(u.id, g));
            for (qsizetype i = 0; i < g.signoffs.size(); ++i)
                signoffFacts.append(FactPayload::signoff(g.id, int(i), g.signoffs[i]));
            if (g.decision.has_value())
                decisionFacts.append(FactPayload::reviewDecision(u.id, g.id, *g.decision, g.rationale));
        }
    }
    QJsonObject facts{{approvals, approvalFacts}, {signoffs, signoffFacts}, {reviews, reviewFacts},
                      {decisions, decisionFacts}, {runs, runFacts},         {routes, routeFacts}};
    // Only when there are any, so an import of a file without waivers records what it recorded before them.
    if (!waiverFacts.isEmpty())
        facts.insert(waivers, waiverFacts);
    if (!revocationFacts.isEmpty())
        facts.insert(revocations, revocationFacts);
    return facts;
}

Status AuditCoverage::linkImport(const Portfolio &p, const AuditEvent &event)
{
    const QVariant seq = event.seq;
    const QVariant hash = event.hash;
    SqlStatement route(
        m_db, u"UPDATE routes SET audit_seq = ?, audit_hash = ? WHERE id = ? AND version = ? AND audit_seq IS NULL"_s);
    for (const Route &r : p.routes)
        GL_TRY(route.exec({seq, hash, r.id, r.version}));
    SqlStatement approval(m_db, u"UPDATE data_approvals SET audit_seq = ?, audit_hash = ? WHERE use_case_id = ? "
                                u"AND audit_seq IS NULL"_s);
    SqlStatement run(
        m_db, u"UPDATE eval_runs SET audit_seq = ?, audit_hash = ? WHERE use_case_id = ? AND audit_seq IS NULL"_s);
    SqlStatement review(
        m_db, u"UPDATE gate_reviews SET audit_seq = ?, audit_hash = ? WHERE use_case_id = ? AND audit_seq IS NULL"_s);
    SqlStatement decision(m_db, u"UPDATE gate_reviews SET decision_audit_seq = ?, decision_audit_hash = ? "
                                u"WHERE use_case_id = ? AND decision IS NOT NULL AND decision_audit_seq IS NULL"_s);
    SqlStatement signoff(m_db, u"UPDATE gate_signoffs SET audit_seq = ?, audit_hash = ? WHERE review_id IN "
                               u"(SELECT id FROM gate_reviews WHERE use_case_id = ?) AND audit_seq IS NULL"_s);
    SqlStatement waiver(
        m_db, u"UPDATE waivers SET audit_seq = ?, audit_hash = ? WHERE use_case_id = ? AND audit_seq IS NULL"_s);
    SqlStatement revocation(m_db, u"UPDATE waiver_revocations SET audit_seq = ?, audit_hash = ? WHERE waiver_id IN "
                                  u"(SELECT id FROM waivers WHERE use_case_id = ?) AND audit_seq IS NULL"_s);
    for (const UseCase &u : p.useCases) {
        GL_TRY(waiver.exec({seq, hash, u.id}));
        GL_TRY(revocation.exec({seq, hash, u.id}));
        GL_TRY(approval.exec({seq, hash, u.id}));
        GL_TRY(run.exec({seq, hash, u.id}));
        GL_TRY(review.exec({seq, hash, u.id}));
        GL_TRY(decision.exec({seq, hash, u.id}));
        GL_TRY(signoff.exec({seq, hash, u.id}));
    }
    return {};
}

Result<CoverageResult> AuditCoverage::verify() const
{
    Checker c;
    GL_TRY(AuditStore(m_db).forEach([&](const AuditEvent &e) {
        if (e.format == AuditFormat::QtCompactArray)
            return;
        const QJsonObject payload = QJsonDocument::fromJson(e.entry.payload).object();
        if (e.entry.entity == u"portfolio"_s && e.entry.action == u"import"_s) {
            // An import records each fact row of the file in its payload. One marked append-only kept the rows it
            // found, which stay linked to the events that recorded them; an older one replaced every fact.
            const bool appendOnly = payload.value(u"append_only"_s).toBool();
            if (!appendOnly)
                c.lastImport = e.seq;
            const QJsonObject facts = payload.value(u"facts"_s).toObject();
            for (auto table = facts.constBegin(); table != facts.constEnd(); ++table) {
                for (const QJsonValue &fact : table.value().toArray())
                    c.add(e, table.key(), fact.toObject(), appendOnly);
            }
            return;
        }
        if (const QString table = tableOf(e); !table.isEmpty()) {
            c.add(e, table, payload);
            // A step is taken by the person it records, in their own session: nobody approves or signs for another.
            const QString field = actingPersonField(table);
            if (e.format == AuditFormat::WithAccount && !field.isEmpty() &&
                payload.value(field).toString() != e.entry.actor.person)
                c.problem(tr("audit event %1 records %2 %3 by %4, but %5 took the step")
                              .arg(e.seq)
                              .arg(table, idOf(table, payload), payload.value(field).toString(),
                                   e.entry.actor.person.isEmpty() ? e.entry.actor.account : e.entry.actor.person));
        }
    }));

    SqlStatement approvalRows(m_db, u"SELECT use_case_id, sort_order, data_class, role, person_id, decision, "
                                    u"decided_on, note, audit_seq, audit_hash FROM data_approvals "
                                    u"ORDER BY use_case_id, sort_order"_s);
    GL_TRY(approvalRows.exec());
    while (approvalRows.next() && !c.failed()) {
        const auto v = [&](int i) { return approvalRows.value(i); };
        const QString id = v(0).toString() + u'/' + v(1).toString();
        const QJsonObject *recorded = c.link(approvals, approvals, id, v(8), v(9));
        if (recorded == nullptr)
            continue;
        QJsonObject row = FactPayload::dataApproval(v(0).toString(), v(1).toInt(),
                                                    DataApproval{sql::toEnum<DataClass>(v(2)), sql::toEnum<Role>(v(3)),
                                                                 v(4).toString(), sql::toEnum<ApprovalDecision>(v(5)),
                                                                 sql::toDate(v(6)), v(7).toString()});
        // The stored text, not its parse: a value outside the enum shows as it is.
        row.insert(u"data_class"_s, v(2).toString());
        row.insert(u"role"_s, v(3).toString());
        row.insert(u"decision"_s, v(5).toString());
        row.insert(u"date"_s, v(6).toString());
        c.compare(approvals, id, row, *recorded, v(8).toLongLong());
    }

    SqlStatement signoffRows(m_db, u"SELECT review_id, sort_order, role, person_id, decision, signed_at, note, "
                                   u"audit_seq, audit_hash FROM gate_signoffs ORDER BY review_id, sort_order"_s);
    GL_TRY(signoffRows.exec());
    while (signoffRows.next() && !c.failed()) {
        const auto v = [&](int i) { return signoffRows.value(i); };
        const QString id = v(0).toString() + u'/' + v(1).toString();
        const QJsonObject *recorded = c.link(signoffs, signoffs, id, v(7), v(8));
        if (recorded == nullptr)
            continue;
        QJsonObject row = FactPayload::signoff(
            v(0).toString(), v(1).toInt(),
            Signoff{sql::toEnum<Role>(v(2)), v(3).toString(), sql::toEnum<SignoffDecision>(v(4)), {}, v(6).toString()});
        row.insert(u"role"_s, v(2).toString());
        row.insert(u"decision"_s, v(4).toString());
        row.insert(u"signed_at"_s, v(5).toString());
        c.compare(signoffs, id, row, *recorded, v(7).toLongLong());
    }

    QHash<QString, QJsonArray> rulesByReview;
    SqlStatement ruleRows(m_db, u"SELECT review_id, rule_id, severity, result, explanation FROM gate_rule_results "
                                u"ORDER BY review_id, sort_order"_s);
    GL_TRY(ruleRows.exec());
    while (ruleRows.next())
        rulesByReview[ruleRows.value(0).toString()].append(
            QJsonObject{{u"rule"_s, ruleRows.value(1).toString()},
                        {u"severity"_s, ruleRows.value(2).toString()},
                        {u"result"_s, ruleRows.value(3).toString()},
                        {u"explanation"_s, ruleRows.value(4).toString()}});
    SqlStatement reviewRows(m_db, u"SELECT id, use_case_id, gate, requested_by, requested_at, decision, rationale, "
                                  u"audit_seq, audit_hash, decision_audit_seq, decision_audit_hash FROM gate_reviews "
                                  u"ORDER BY use_case_id, sort_order"_s);
    GL_TRY(reviewRows.exec());
    while (reviewRows.next() && !c.failed()) {
        const auto v = [&](int i) { return reviewRows.value(i); };
        const QString id = v(0).toString();
        if (const QJsonObject *recorded = c.link(reviews, reviews, id, v(7), v(8))) {
            const QJsonObject row{{u"use_case"_s, v(1).toString()},
                                  {u"review"_s, id},
                                  {u"gate"_s, v(2).toString()},
                                  {u"requested_by"_s, v(3).toString()},
                                  {u"requested_at"_s, v(4).toString()}};
            c.compare(reviews, id, row, *recorded, v(7).toLongLong());
            if (!c.failed())
                c.compareChildren(ruleResults, id, byPosition(rulesByReview.value(id)),
                                  byPosition(recorded->value(u"rules"_s).toArray()), v(7).toLongLong());
        }
        if (c.failed())
            break;
        if (v(9).isNull()) {
            if (!v(5).isNull())
                c.problem(tr("%1 %2: decision is %3 in the table but no audit event recorded a decision")
                              .arg(reviews, id, v(5).toString()));
        } else if (const QJsonObject *recorded = c.link(decisions, reviews, id, v(9), v(10))) {
            const QJsonObject row{{u"use_case"_s, v(1).toString()},
                                  {u"review"_s, id},
                                  {u"decision"_s, v(5).toString()},
                                  {u"rationale"_s, v(6).toString()}};
            c.compare(reviews, id, row, *recorded, v(9).toLongLong());
        }
    }

    QHash<QString, QJsonObject> resultsByRun;
    SqlStatement resultRows(m_db, u"SELECT use_case_id, run_id, category, total, passed FROM eval_results"_s);
    GL_TRY(resultRows.exec());
    while (resultRows.next())
        resultsByRun[resultRows.value(0).toString() + u'/' + resultRows.value(1).toString()].insert(
            resultRows.value(2).toString(),
            QJsonObject{{u"total"_s, resultRows.value(3).toInt()}, {u"passed"_s, resultRows.value(4).toInt()}});
    SqlStatement runRows(m_db, u"SELECT use_case_id, id, run_date, route_id, route_version, baseline, secrets_found, "
                               u"audit_seq, audit_hash FROM eval_runs ORDER BY use_case_id, sort_order"_s);
    GL_TRY(runRows.exec());
    while (runRows.next() && !c.failed()) {
        const auto v = [&](int i) { return runRows.value(i); };
        const QString id = v(0).toString() + u'/' + v(1).toString();
        const QJsonObject *recorded = c.link(runs, runs, id, v(7), v(8));
        if (recorded == nullptr)
            continue;
        EvalRun run{
            v(1).toString(), sql::toDate(v(2)), v(3).toString(), v(4).toInt(), v(5).toInt() != 0, v(6).toInt(), {}};
        QJsonObject row = without(FactPayload::evalRun(v(0).toString(), run),
                                  {u"results"_s, u"cases"_s, u"passed"_s}); // results compared row by row below
        row.insert(u"date"_s, v(2).toString());
        c.compare(runs, id, row, *recorded, v(7).toLongLong());
        if (!c.failed())
            c.compareChildren(results, id, resultsByRun.value(id), recorded->value(u"results"_s).toObject(),
                              v(7).toLongLong());
    }

    SqlStatement routeRows(m_db, u"SELECT id, version, provider, model, endpoint, prompt_version, retrieval_corpus, "
                                 u"tool_schema_version, fallback_route, audit_seq, audit_hash FROM routes "
                                 u"ORDER BY sort_order"_s);
    GL_TRY(routeRows.exec());
    while (routeRows.next() && !c.failed()) {
        const auto v = [&](int i) { return routeRows.value(i); };
        const QString id = v(0).toString() + u'/' + v(1).toString();
        const QJsonObject *recorded = c.link(routes, routes, id, v(9), v(10));
        if (recorded == nullptr)
            continue;
        QJsonObject row = FactPayload::route(Route{v(0).toString(), v(1).toInt(), v(2).toString(), v(3).toString(),
                                                   sql::toEnum<Endpoint>(v(4)), v(5).toString(), v(6).toString(),
                                                   v(7).toString(), v(8).toString()});
        row.insert(u"endpoint"_s, v(4).toString());
        c.compare(routes, id, row, *recorded, v(9).toLongLong());
    }

    SqlStatement waiverRows(m_db, u"SELECT id, use_case_id, gate, rule_id, reason, control, granted_by, role, "
                                  u"granted_on, expires_on, audit_seq, audit_hash FROM waivers "
                                  u"ORDER BY use_case_id, sort_order"_s);
    GL_TRY(waiverRows.exec());
    while (waiverRows.next() && !c.failed()) {
        const auto v = [&](int i) { return waiverRows.value(i); };
        const QString id = v(0).toString();
        const QJsonObject *recorded = c.link(waivers, waivers, id, v(10), v(11));
        if (recorded == nullptr)
            continue;
        QJsonObject row = FactPayload::waiver(v(1).toString(), Waiver{id,
                                                                      v(2).toString(),
                                                                      v(3).toString(),
                                                                      v(4).toString(),
                                                                      v(5).toString(),
                                                                      v(6).toString(),
                                                                      Role::Cto,
                                                                      {},
                                                                      {},
                                                                      {}});
        row.insert(u"role"_s, v(7).toString());
        row.insert(u"granted_on"_s, v(8).toString());
        row.insert(u"expires"_s, v(9).toString());
        c.compare(waivers, id, row, *recorded, v(10).toLongLong());
    }

    SqlStatement revocationRows(m_db, u"SELECT r.waiver_id, w.use_case_id, r.person_id, r.role, r.revoked_on, "
                                      u"r.reason, r.audit_seq, r.audit_hash FROM waiver_revocations r "
                                      u"JOIN waivers w ON w.id = r.waiver_id ORDER BY r.waiver_id"_s);
    GL_TRY(revocationRows.exec());
    while (revocationRows.next() && !c.failed()) {
        const auto v = [&](int i) { return revocationRows.value(i); };
        const QString id = v(0).toString();
        const QJsonObject *recorded = c.link(revocations, revocations, id, v(6), v(7));
        if (recorded == nullptr)
            continue;
        QJsonObject row = FactPayload::waiverRevocation(
            v(1).toString(), id, WaiverRevocation{v(2).toString(), Role::Cto, {}, v(5).toString()});
        row.insert(u"role"_s, v(3).toString());
        row.insert(u"date"_s, v(4).toString());
        c.compare(revocations, id, row, *recorded, v(6).toLongLong());
    }

    // A recorded row that is gone: deleted behind the application's back.
    if (!c.failed()) {
        QList<const Recorded *> missing;
        for (const Recorded &r : std::as_const(c.rows)) {
            // A row an append-only import listed may be held under the event that first recorded it.
            const bool gone =
                r.appendOnlyImport ? !c.claimedRows.contains(r.table + u'\n' + r.id) : r.seq >= c.lastImport;
            if (!r.claimed && gone)
                missing.append(&r);
        }
        std::sort(missing.begin(), missing.end(), [](const Recorded *a, const Recorded *b) {
            return a->seq != b->seq ? a->seq < b->seq : a->table + a->id < b->table + b->id;
        });
        if (!missing.isEmpty()) {
            const Recorded &r = *missing.first();
            c.problem(
                r.table == decisions
                    ? tr("%1 %2: the decision recorded by audit event %3 is missing from the table")
                          .arg(reviews, r.id)
                          .arg(r.seq)
                    : tr("%1 %2: recorded by audit event %3 but missing from the table").arg(r.table, r.id).arg(r.seq));
        }
    }
    return c.result;
}

} // namespace greenlight::models
