#include "storage/portfoliorepository.h"

#include "storage/database.h"
#include "storage/evalrunstore.h"
#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"
#include "storage/usecasestore.h"

#include <QHash>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

/// Runs a SELECT and calls @p row for each result row.
template <typename Fn>
Status forEachRow(Database &db, const QString &sql, Fn row)
{
    SqlStatement st(db, sql);
    GL_TRY(st.exec());
    while (st.next())
        row(st.query());
    return {};
}

// Children are loaded with one query per table and grouped by parent, never one query per parent.
template <typename T>
using ByParent = QHash<QString, QList<T>>;

} // namespace

Result<bool> PortfolioRepository::isEmpty() const
{
    SqlStatement st(m_db, u"SELECT (SELECT COUNT(*) FROM use_cases) + (SELECT COUNT(*) FROM people) + "
                          u"(SELECT COUNT(*) FROM tenants) + (SELECT COUNT(*) FROM routes)"_s);
    GL_TRY(st.exec());
    return st.next() && st.value(0).toLongLong() == 0;
}

Result<Portfolio> PortfolioRepository::load() const
{
    Portfolio p;
    Database &db = m_db;
    GL_TRY(
        forEachRow(db,
                   u"SELECT eval_threshold_standard_pct, eval_threshold_high_risk_pct, eval_regression_pp, "
                   u"eval_min_cases, eval_min_injection_cases, spend_share_ratio_alert, edit_rate_alert_pp, training "
                   u"FROM policy WHERE id = 1"_s,
                   [&](const QSqlQuery &q) {
                       p.policy = Policy{q.value(0).toDouble(), q.value(1).toDouble(),  q.value(2).toDouble(),
                                         q.value(3).toInt(),    q.value(4).toInt(),     q.value(5).toDouble(),
                                         q.value(6).toDouble(), q.value(7).toInt() != 0};
                   }));
    // No policy row (an empty database) leaves the default policy in place.

    ByParent<Role> roles;
    GL_TRY(forEachRow(db, u"SELECT person_id, role FROM person_roles ORDER BY person_id, sort_order"_s,
                      [&](const QSqlQuery &q) { roles[q.value(0).toString()].append(sql::toEnum<Role>(q.value(1))); }));
    ByParent<QString> accounts;
    GL_TRY(forEachRow(db, u"SELECT person_id, account FROM person_accounts ORDER BY person_id, sort_order"_s,
                      [&](const QSqlQuery &q) { accounts[q.value(0).toString()].append(q.value(1).toString()); }));
    GL_TRY(forEachRow(db, u"SELECT id, name, email FROM people ORDER BY sort_order"_s, [&](const QSqlQuery &q) {
        const QString id = q.value(0).toString();
        p.people.append(Person{id, q.value(1).toString(), q.value(2).toString(), roles.value(id), accounts.value(id)});
    }));
    GL_TRY(forEachRow(db, u"SELECT id, name, monthly_revenue_usd, residency FROM tenants ORDER BY sort_order"_s,
                      [&](const QSqlQuery &q) {
                          p.tenants.append(Tenant{q.value(0).toString(), q.value(1).toString(),
                                                  sql::optReal(q.value(2)), q.value(3).toString()});
                      }));
    GL_TRY(forEachRow(db,
                      u"SELECT id, version, provider, model, endpoint, prompt_version, retrieval_corpus, "
                      u"tool_schema_version, fallback_route FROM routes ORDER BY sort_order"_s,
                      [&](const QSqlQuery &q) {
                          p.routes.append(Route{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                                                q.value(3).toString(), sql::toEnum<Endpoint>(q.value(4)),
                                                q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                                                q.value(8).toString()});
                      }));

    ByParent<DataClass> classes;
    GL_TRY(forEachRow(
        db, u"SELECT use_case_id, data_class FROM use_case_data_classes ORDER BY use_case_id, sort_order"_s,
        [&](const QSqlQuery &q) { classes[q.value(0).toString()].append(sql::toEnum<DataClass>(q.value(1))); }));
    ByParent<DataApproval> approvals;
    GL_TRY(forEachRow(db,
                      u"SELECT use_case_id, data_class, role, person_id, decision, decided_on, note "
                      u"FROM data_approvals ORDER BY use_case_id, sort_order"_s,
                      [&](const QSqlQuery &q) {
                          approvals[q.value(0).toString()].append(
                              DataApproval{sql::toEnum<DataClass>(q.value(1)), sql::toEnum<Role>(q.value(2)),
                                           q.value(3).toString(), sql::toEnum<ApprovalDecision>(q.value(4)),
                                           sql::toDate(q.value(5)), q.value(6).toString()});
                      }));
    QHash<QString, LoggingPolicy> logging;
    GL_TRY(forEachRow(db,
                      u"SELECT use_case_id, prompts, responses, raw_approved_by, retention_debug_days, "
                      u"retention_abuse_review_days, retention_eval_metadata_days FROM logging_policies"_s,
                      [&](const QSqlQuery &q) {
                          logging.insert(q.value(0).toString(),
                                         LoggingPolicy{sql::toEnum<LogMode>(q.value(1)),
                                                       sql::toEnum<LogMode>(q.value(2)), q.value(3).toString(),
                                                       RetentionDays{sql::optInt(q.value(4)), sql::optInt(q.value(5)),
                                                                     sql::optInt(q.value(6))}});
                      }));
    QHash<QString, Runbook> runbooks;
    GL_TRY(forEachRow(db, u"SELECT use_case_id, body FROM runbooks"_s, [&](const QSqlQuery &q) {
        runbooks.insert(q.value(0).toString(), Runbook{q.value(1).toString(), {}, {}});
    }));
    GL_TRY(forEachRow(db, u"SELECT use_case_id, topic FROM runbook_topics ORDER BY use_case_id, sort_order"_s,
                      [&](const QSqlQuery &q) {
                          runbooks[q.value(0).toString()].covers.append(sql::toEnum<RunbookTopic>(q.value(1)));
                      }));
    GL_TRY(
        forEachRow(db, u"SELECT use_case_id, person_id FROM runbook_on_call ORDER BY use_case_id, sort_order"_s,
                   [&](const QSqlQuery &q) { runbooks[q.value(0).toString()].onCall.append(q.value(1).toString()); }));

    QHash<QString, QMap<EvalCategory, CategoryResult>> results; // key: use case + '\n' + run id
    GL_TRY(forEachRow(
        db, u"SELECT use_case_id, run_id, category, total, passed FROM eval_results"_s, [&](const QSqlQuery &q) {
            results[q.value(0).toString() + u'\n' + q.value(1).toString()].insert(
                sql::toEnum<EvalCategory>(q.value(2)), CategoryResult{q.value(3).toInt(), q.value(4).toInt()});
        }));
    ByParent<EvalRun> runs;
    GL_TRY(forEachRow(db,
                      u"SELECT use_case_id, id, run_date, route_id, route_version, baseline, secrets_found "
                      u"FROM eval_runs ORDER BY use_case_id, sort_order"_s,
                      [&](const QSqlQuery &q) {
                          const QString useCase = q.value(0).toString();
                          const QString id = q.value(1).toString();
                          runs[useCase].append(EvalRun{id, sql::toDate(q.value(2)), q.value(3).toString(),
                                                       q.value(4).toInt(), q.value(5).toInt() != 0, q.value(6).toInt(),
                                                       results.value(useCase + u'\n' + id)});
                      }));

    ByParent<Signoff> signoffs;
    GL_TRY(forEachRow(db,
                      u"SELECT review_id, role, person_id, decision, signed_at, note FROM gate_signoffs "
                      u"ORDER BY review_id, sort_order"_s,
                      [&](const QSqlQuery &q) {
                          signoffs[q.value(0).toString()].append(
                              Signoff{sql::toEnum<Role>(q.value(1)), q.value(2).toString(),
                                      sql::toEnum<SignoffDecision>(q.value(3)), sql::toDateTime(q.value(4)),
                                      q.value(5).toString()});
                      }));
    ByParent<RuleResult> ruleResults;
    GL_TRY(forEachRow(db,
                      u"SELECT review_id, rule_id, severity, result, explanation, message FROM gate_rule_results "
                      u"ORDER BY review_id, sort_order"_s,
                      [&](const QSqlQuery &q) {
                          ruleResults[q.value(0).toString()].append(RuleResult{
                              q.value(1).toString(), sql::toEnum<Severity>(q.value(2)),
                              sql::toEnum<RuleOutcome>(q.value(3)), q.value(4).toString(),
                              RuleMessage::fromStored(q.value(5).toString().toUtf8(), q.value(4).toString())});
                      }));
    ByParent<GateReview> reviews;
    GL_TRY(forEachRow(db,
                      u"SELECT use_case_id, id, gate, requested_by, requested_at, decision, rationale "
                      u"FROM gate_reviews ORDER BY use_case_id, sort_order"_s,
                      [&](const QSqlQuery &q) {
                          const QString id = q.value(1).toString();
                          reviews[q.value(0).toString()].append(
                              GateReview{id, q.value(2).toString(), q.value(3).toString(), sql::toDateTime(q.value(4)),
                                         sql::toOptEnum<GateDecision>(q.value(5)), q.value(6).toString(),
                                         signoffs.value(id), ruleResults.value(id)});
                      }));

    GL_TRY(forEachRow(
        db,
        u"SELECT id, name, description, audience, risk_tier, status, owner_product, owner_launch, owner_engineering, "
        u"owner_support, output_user, allowed_path, human_review, release_path, release_user_waits, "
        u"score_hours_saved, score_complexity, score_blast_radius, roi_hours_saved_per_week, "
        u"roi_loaded_hourly_rate_usd, roi_beneficiaries, ops_monitoring, ops_kill_switch, ops_kill_switch_tested, "
        u"ops_daily_cost_cap_usd, ops_latency_budget_ms, route_id, tools_attested, rollback_path, "
        u"rollback_fallback_route, rollback_tested, version, changed_seq FROM use_cases ORDER BY sort_order"_s,
        [&](const QSqlQuery &q) {
            UseCase u;
            u.id = q.value(0).toString();
            u.name = q.value(1).toString();
            u.description = q.value(2).toString();
            u.audience = sql::toEnum<Audience>(q.value(3));
            u.riskTier = sql::toEnum<RiskTier>(q.value(4));
            u.status = sql::toEnum<LifecycleStatus>(q.value(5));
            u.owners =
                Owners{q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
            u.dataClasses = classes.value(u.id);
            u.dataApprovals = approvals.value(u.id);
            u.outputUser = q.value(10).toString();
            u.allowedPath = q.value(11).toString();
            u.humanReview = q.value(12).toString();
            u.release = Release{sql::toOptEnum<Endpoint>(q.value(13)), sql::optBool(q.value(14))};
            u.scoring = Scoring{sql::optInt(q.value(15)), sql::optInt(q.value(16)), sql::optInt(q.value(17))};
            u.roi = Roi{sql::optReal(q.value(18)), sql::optReal(q.value(19)), sql::optInt(q.value(20))};
            u.operations = Operations{sql::optBool(q.value(21)), q.value(22).toString(), sql::toDate(q.value(23)),
                                      sql::optReal(q.value(24)), sql::optInt(q.value(25))};
            u.route = q.value(26).toString();
            u.toolsAttested = sql::optBool(q.value(27));
            if (logging.contains(u.id))
                u.logging = logging.value(u.id);
            u.rollback = Rollback{q.value(28).toString(), q.value(29).toString(), sql::toDate(q.value(30))};
            if (runbooks.contains(u.id))
                u.runbook = runbooks.value(u.id);
            u.evalRuns = runs.value(u.id);
            u.gateReviews = reviews.value(u.id);
            u.version = q.value(31).toLongLong();
            u.changedSeq = q.value(32).toLongLong();
            p.useCases.append(u);
        }));

    ByParent<QString> templateRules;
    GL_TRY(forEachRow(db, u"SELECT template_id, rule_id FROM gate_template_rules ORDER BY template_id, sort_order"_s,
                      [&](const QSqlQuery &q) { templateRules[q.value(0).toString()].append(q.value(1).toString()); }));
    ByParent<Role> templateSignoffs;
    GL_TRY(forEachRow(
        db, u"SELECT template_id, role FROM gate_template_signoffs ORDER BY template_id, sort_order"_s,
        [&](const QSqlQuery &q) { templateSignoffs[q.value(0).toString()].append(sql::toEnum<Role>(q.value(1))); }));
    GL_TRY(forEachRow(db, u"SELECT id, name, high_risk_threshold FROM gate_templates ORDER BY sort_order"_s,
                      [&](const QSqlQuery &q) {
                          const QString id = q.value(0).toString();
                          p.gateTemplates.append(GateTemplate{id, q.value(1).toString(), templateRules.value(id),
                                                              q.value(2).toInt() != 0, templateSignoffs.value(id)});
                      }));
    return p;
}

namespace {

Status deleteAll(Database &db)
{
    // Children go with their parents (ON DELETE CASCADE); the order respects the remaining references.
    for (const QString &table : {u"gate_reviews"_s, u"use_cases"_s, u"gate_templates"_s, u"routes"_s, u"tenants"_s,
                                 u"people"_s, u"policy"_s}) {
        SqlStatement st(db, u"DELETE FROM "_s + table);
        if (Status s = st.exec(); !s)
            return s;
    }
    return {};
}

/// The row itself; UseCaseStore fills in the details so both paths share one column list.
Status insertUseCase(Database &db, const UseCase &u, int order)
{
    SqlStatement st(db, u"INSERT INTO use_cases (id, name, audience, risk_tier, status, sort_order) "
                        u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    GL_TRY(
        st.exec({u.id, u.name, sql::enumText(u.audience), sql::enumText(u.riskTier), sql::enumText(u.status), order}));
    return UseCaseStore(db).saveDetails(u);
}

} // namespace

Status PortfolioRepository::replace(const Portfolio &p)
{
    Database &db = m_db;
    if (Status s = deleteAll(db); !s)
        return s;

    const Policy &pol = p.policy;
    SqlStatement policy(db, u"INSERT INTO policy (id, eval_threshold_standard_pct, eval_threshold_high_risk_pct, "
                            u"eval_regression_pp, eval_min_cases, eval_min_injection_cases, spend_share_ratio_alert, "
                            u"edit_rate_alert_pp, training) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    GL_TRY(
        policy.exec({pol.evalThresholdStandardPct, pol.evalThresholdHighRiskPct, pol.evalRegressionPp, pol.evalMinCases,
                     pol.evalMinInjectionCases, pol.spendShareRatioAlert, pol.editRateAlertPp, int(pol.training)}));

    SqlStatement person(db, u"INSERT INTO people (id, name, email, sort_order) VALUES (?, ?, ?, ?)"_s);
    SqlStatement role(db, u"INSERT INTO person_roles (person_id, role, sort_order) VALUES (?, ?, ?)"_s);
    SqlStatement account(db, u"INSERT INTO person_accounts (person_id, account, sort_order) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.people.size(); ++i) {
        const Person &x = p.people[i];
        GL_TRY(person.exec({x.id, x.name, sql::text(x.email), int(i)}));
        for (qsizetype r = 0; r < x.roles.size(); ++r)
            GL_TRY(role.exec({x.id, sql::enumText(x.roles[r]), int(r)}));
        for (qsizetype a = 0; a < x.accounts.size(); ++a)
            GL_TRY(account.exec({x.id, x.accounts[a], int(a)}));
    }

    SqlStatement tenant(db, u"INSERT INTO tenants (id, name, monthly_revenue_usd, residency, sort_order) "
                            u"VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.tenants.size(); ++i) {
        const Tenant &t = p.tenants[i];
        GL_TRY(tenant.exec({t.id, t.name, sql::real(t.monthlyRevenueUsd), sql::text(t.residency), int(i)}));
    }

    SqlStatement route(db, u"INSERT INTO routes (id, version, provider, model, endpoint, prompt_version, "
                           u"retrieval_corpus, tool_schema_version, fallback_route, sort_order) "
                           u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.routes.size(); ++i) {
        const Route &r = p.routes[i];
        GL_TRY(route.exec({r.id, r.version, r.provider, r.model, sql::enumText(r.endpoint), sql::text(r.promptVersion),
                           sql::text(r.retrievalCorpus), sql::text(r.toolSchemaVersion), sql::text(r.fallbackRoute),
                           int(i)}));
    }

    SqlStatement approval(db, u"INSERT INTO data_approvals (use_case_id, sort_order, data_class, role, person_id, "
                              u"decision, decided_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    SqlStatement review(db, u"INSERT INTO gate_reviews (id, use_case_id, gate, requested_by, requested_at, decision, "
                            u"rationale, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    SqlStatement signoff(db, u"INSERT INTO gate_signoffs (review_id, sort_order, role, person_id, decision, "
                             u"signed_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    SqlStatement ruleResult(db, u"INSERT INTO gate_rule_results (review_id, sort_order, rule_id, severity, result, "
                                u"explanation) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.useCases.size(); ++i) {
        const UseCase &u = p.useCases[i];
        GL_TRY(insertUseCase(db, u, int(i)));
        for (qsizetype a = 0; a < u.dataApprovals.size(); ++a) {
            const DataApproval &x = u.dataApprovals[a];
            GL_TRY(approval.exec({u.id, int(a), sql::enumText(x.dataClass), sql::enumText(x.role), x.person,
                                  sql::enumText(x.decision), sql::date(x.date), sql::requiredText(x.note)}));
        }
        for (const EvalRun &e : u.evalRuns)
            GL_TRY(EvalRunStore(db).append(u.id, e));
        for (qsizetype g = 0; g < u.gateReviews.size(); ++g) {
            const GateReview &x = u.gateReviews[g];
            GL_TRY(
                review.exec({x.id, u.id, x.gate, x.requestedBy, sql::dateTime(x.requestedAt),
                             x.decision ? sql::enumText(*x.decision) : sql::text({}), sql::text(x.rationale), int(g)}));
            for (qsizetype s = 0; s < x.signoffs.size(); ++s) {
                const Signoff &so = x.signoffs[s];
                GL_TRY(signoff.exec({x.id, int(s), sql::enumText(so.role), so.person, sql::enumText(so.decision),
                                     sql::dateTime(so.at), sql::requiredText(so.note)}));
            }
            for (qsizetype s = 0; s < x.ruleResults.size(); ++s) {
                const RuleResult &rr = x.ruleResults[s];
                GL_TRY(ruleResult.exec({x.id, int(s), rr.rule, sql::enumText(rr.severity), sql::enumText(rr.result),
                                        sql::requiredText(rr.explanation)}));
            }
        }
    }

    SqlStatement gate(db,
                      u"INSERT INTO gate_templates (id, name, high_risk_threshold, sort_order) VALUES (?, ?, ?, ?)"_s);
    SqlStatement gateRule(db, u"INSERT INTO gate_template_rules (template_id, rule_id, sort_order) VALUES (?, ?, ?)"_s);
    SqlStatement gateRole(db, u"INSERT INTO gate_template_signoffs (template_id, role, sort_order) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.gateTemplates.size(); ++i) {
        const GateTemplate &t = p.gateTemplates[i];
        GL_TRY(gate.exec({t.id, t.name, t.highRiskThreshold ? 1 : 0, int(i)}));
        for (qsizetype r = 0; r < t.rules.size(); ++r)
            GL_TRY(gateRule.exec({t.id, t.rules[r], int(r)}));
        for (qsizetype r = 0; r < t.requiredSignoffs.size(); ++r)
            GL_TRY(gateRole.exec({t.id, sql::enumText(t.requiredSignoffs[r]), int(r)}));
    }
    return {};
}

} // namespace greenlight::models
