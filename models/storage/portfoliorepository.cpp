#include "storage/portfoliorepository.h"

#include "storage/database.h"
#include "storage/evalrunstore.h"
#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"
#include "storage/usecasestore.h"
#include "storage/waiverstore.h"

#include <QHash>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

/// One result row, read by column name (never by position, so a column added to a SELECT cannot shift the others).
class Row
{
public:
    explicit Row(const QSqlQuery &query) : m_query(query) {}
    [[nodiscard]] QVariant operator[](const char *column) const { return m_query.value(QString::fromLatin1(column)); }
    [[nodiscard]] QString text(const char *column) const { return (*this)[column].toString(); }
    template <typename E>
    [[nodiscard]] E as(const char *column) const
    {
        return sql::toEnum<E>((*this)[column]);
    }

private:
    const QSqlQuery &m_query;
};

/// Runs a SELECT and calls @p row for each result row.
template <typename Fn>
Status forEachRow(Database &db, const QString &sql, Fn row)
{
    SqlStatement st(db, sql);
    GL_TRY(st.exec());
    while (st.next())
        row(Row(st.query()));
    return st.finished();
}

// Children are loaded with one query per table and grouped by parent, never one query per parent.
template <typename T>
using ByParent = QHash<QString, QList<T>>;

Status readPolicy(Database &db, Policy &policy)
{
    // No policy row (an empty database) leaves the default policy in place.
    return forEachRow(
        db,
        u"SELECT eval_threshold_standard_pct, eval_threshold_high_risk_pct, eval_regression_pp, "
        u"eval_min_cases, eval_min_injection_cases, spend_share_ratio_alert, edit_rate_alert_pp, "
        u"training, kill_switch_test_max_days, rollback_test_max_days, eval_run_max_days, "
        u"data_approval_max_days, runbook_review_max_days FROM policy WHERE id = 1"_s,
        [&](const Row &r) {
            policy = Policy{r["eval_threshold_standard_pct"].toDouble(),
                            r["eval_threshold_high_risk_pct"].toDouble(),
                            r["eval_regression_pp"].toDouble(),
                            r["eval_min_cases"].toInt(),
                            r["eval_min_injection_cases"].toInt(),
                            r["spend_share_ratio_alert"].toDouble(),
                            r["edit_rate_alert_pp"].toDouble(),
                            r["training"].toInt() != 0,
                            EvidenceMaxAge{r["kill_switch_test_max_days"].toInt(), r["rollback_test_max_days"].toInt(),
                                           r["eval_run_max_days"].toInt(), r["data_approval_max_days"].toInt(),
                                           r["runbook_review_max_days"].toInt()}};
        });
}

Status readPeople(Database &db, QList<Person> &people)
{
    ByParent<Role> roles;
    GL_TRY(forEachRow(db, u"SELECT person_id, role FROM person_roles ORDER BY person_id, sort_order"_s,
                      [&](const Row &r) { roles[r.text("person_id")].append(r.as<Role>("role")); }));
    ByParent<QString> accounts;
    GL_TRY(forEachRow(db, u"SELECT person_id, account FROM person_accounts ORDER BY person_id, sort_order"_s,
                      [&](const Row &r) { accounts[r.text("person_id")].append(r.text("account")); }));
    ByParent<SigningKey> keys;
    GL_TRY(forEachRow(db,
                      u"SELECT person_id, public_key, valid_from, revoked_on FROM person_signing_keys "
                      u"ORDER BY person_id, sort_order"_s,
                      [&](const Row &r) {
                          keys[r.text("person_id")].append(SigningKey{
                              r.text("public_key"), sql::toDate(r["valid_from"]), sql::toDate(r["revoked_on"])});
                      }));
    return forEachRow(db, u"SELECT id, name, email FROM people ORDER BY sort_order"_s, [&](const Row &r) {
        const QString id = r.text("id");
        people.append(Person{id, r.text("name"), r.text("email"), roles.value(id), accounts.value(id), keys.value(id)});
    });
}

Status readTenantsAndRoutes(Database &db, Portfolio &p)
{
    GL_TRY(forEachRow(db, u"SELECT id, name, monthly_revenue_usd, residency FROM tenants ORDER BY sort_order"_s,
                      [&](const Row &r) {
                          p.tenants.append(Tenant{r.text("id"), r.text("name"), sql::optReal(r["monthly_revenue_usd"]),
                                                  r.text("residency")});
                      }));
    return forEachRow(db,
                      u"SELECT id, version, provider, model, endpoint, prompt_version, retrieval_corpus, "
                      u"tool_schema_version, fallback_route FROM routes ORDER BY sort_order"_s,
                      [&](const Row &r) {
                          p.routes.append(Route{r.text("id"), r["version"].toInt(), r.text("provider"), r.text("model"),
                                                r.as<Endpoint>("endpoint"), r.text("prompt_version"),
                                                r.text("retrieval_corpus"), r.text("tool_schema_version"),
                                                r.text("fallback_route")});
                      });
}

/// What a use case holds beyond its own row, by use case id.
struct UseCaseParts {
    ByParent<DataClass> classes;
    ByParent<DataApproval> approvals;
    QHash<QString, LoggingPolicy> logging;
    QHash<QString, Runbook> runbooks;
    ByParent<EvalRun> runs;
    ByParent<GateReview> reviews;
    ByParent<Waiver> waivers;
};

Status readDataAndLogging(Database &db, UseCaseParts &parts)
{
    GL_TRY(
        forEachRow(db, u"SELECT use_case_id, data_class FROM use_case_data_classes ORDER BY use_case_id, sort_order"_s,
                   [&](const Row &r) { parts.classes[r.text("use_case_id")].append(r.as<DataClass>("data_class")); }));
    GL_TRY(forEachRow(db,
                      u"SELECT use_case_id, data_class, role, person_id, decision, decided_on, note "
                      u"FROM data_approvals ORDER BY use_case_id, sort_order"_s,
                      [&](const Row &r) {
                          parts.approvals[r.text("use_case_id")].append(DataApproval{
                              r.as<DataClass>("data_class"), r.as<Role>("role"), r.text("person_id"),
                              r.as<ApprovalDecision>("decision"), sql::toDate(r["decided_on"]), r.text("note")});
                      }));
    return forEachRow(db,
                      u"SELECT use_case_id, prompts, responses, raw_approved_by, retention_debug_days, "
                      u"retention_abuse_review_days, retention_eval_metadata_days FROM logging_policies"_s,
                      [&](const Row &r) {
                          parts.logging.insert(
                              r.text("use_case_id"),
                              LoggingPolicy{r.as<LogMode>("prompts"), r.as<LogMode>("responses"),
                                            r.text("raw_approved_by"),
                                            RetentionDays{sql::optInt(r["retention_debug_days"]),
                                                          sql::optInt(r["retention_abuse_review_days"]),
                                                          sql::optInt(r["retention_eval_metadata_days"])}});
                      });
}

Status readRunbooks(Database &db, QHash<QString, Runbook> &runbooks)
{
    GL_TRY(forEachRow(db, u"SELECT use_case_id, body, reviewed FROM runbooks"_s, [&](const Row &r) {
        runbooks.insert(r.text("use_case_id"), Runbook{r.text("body"), {}, {}, sql::toDate(r["reviewed"])});
    }));
    GL_TRY(
        forEachRow(db, u"SELECT use_case_id, topic FROM runbook_topics ORDER BY use_case_id, sort_order"_s,
                   [&](const Row &r) { runbooks[r.text("use_case_id")].covers.append(r.as<RunbookTopic>("topic")); }));
    return forEachRow(db, u"SELECT use_case_id, person_id FROM runbook_on_call ORDER BY use_case_id, sort_order"_s,
                      [&](const Row &r) { runbooks[r.text("use_case_id")].onCall.append(r.text("person_id")); });
}

Status readEvalRuns(Database &db, ByParent<EvalRun> &runs)
{
    QHash<QString, QMap<EvalCategory, CategoryResult>> results; // key: use case + '\n' + run id
    GL_TRY(
        forEachRow(db, u"SELECT use_case_id, run_id, category, total, passed FROM eval_results"_s, [&](const Row &r) {
            results[r.text("use_case_id") + u'\n' + r.text("run_id")].insert(
                r.as<EvalCategory>("category"), CategoryResult{r["total"].toInt(), r["passed"].toInt()});
        }));
    return forEachRow(db,
                      u"SELECT use_case_id, id, run_date, route_id, route_version, baseline, secrets_found "
                      u"FROM eval_runs ORDER BY use_case_id, sort_order"_s,
                      [&](const Row &r) {
                          const QString useCase = r.text("use_case_id");
                          const QString id = r.text("id");
                          runs[useCase].append(EvalRun{id, sql::toDate(r["run_date"]), r.text("route_id"),
                                                       r["route_version"].toInt(), r["baseline"].toInt() != 0,
                                                       r["secrets_found"].toInt(),
                                                       results.value(useCase + u'\n' + id)});
                      });
}

Status readGateReviews(Database &db, ByParent<GateReview> &reviews)
{
    ByParent<Signoff> signoffs;
    GL_TRY(forEachRow(db,
                      u"SELECT review_id, role, person_id, decision, signed_at, note FROM gate_signoffs "
                      u"ORDER BY review_id, sort_order"_s,
                      [&](const Row &r) {
                          signoffs[r.text("review_id")].append(
                              Signoff{r.as<Role>("role"), r.text("person_id"), r.as<SignoffDecision>("decision"),
                                      sql::toDateTime(r["signed_at"]), r.text("note")});
                      }));
    ByParent<RuleResult> ruleResults;
    GL_TRY(forEachRow(db,
                      u"SELECT review_id, rule_id, severity, result, explanation, message FROM gate_rule_results "
                      u"ORDER BY review_id, sort_order"_s,
                      [&](const Row &r) {
                          ruleResults[r.text("review_id")].append(
                              RuleResult{r.text("rule_id"), r.as<Severity>("severity"), r.as<RuleOutcome>("result"),
                                         r.text("explanation"),
                                         RuleMessage::fromStored(r.text("message").toUtf8(), r.text("explanation"))});
                      }));
    return forEachRow(db,
                      u"SELECT use_case_id, id, gate, requested_by, requested_at, decision, rationale "
                      u"FROM gate_reviews ORDER BY use_case_id, sort_order"_s,
                      [&](const Row &r) {
                          const QString id = r.text("id");
                          reviews[r.text("use_case_id")].append(
                              GateReview{id, r.text("gate"), r.text("requested_by"), sql::toDateTime(r["requested_at"]),
                                         sql::toOptEnum<GateDecision>(r["decision"]), r.text("rationale"),
                                         signoffs.value(id), ruleResults.value(id)});
                      });
}

Status readWaivers(Database &db, ByParent<Waiver> &waivers)
{
    QHash<QString, WaiverRevocation> revocations;
    GL_TRY(forEachRow(
        db, u"SELECT waiver_id, person_id, role, revoked_on, reason FROM waiver_revocations"_s, [&](const Row &r) {
            revocations.insert(r.text("waiver_id"), WaiverRevocation{r.text("person_id"), r.as<Role>("role"),
                                                                     sql::toDate(r["revoked_on"]), r.text("reason")});
        }));
    return forEachRow(db,
                      u"SELECT id, use_case_id, gate, rule_id, reason, control, granted_by, role, granted_on, "
                      u"expires_on FROM waivers ORDER BY use_case_id, sort_order"_s,
                      [&](const Row &r) {
                          const QString id = r.text("id");
                          Waiver w{id,
                                   r.text("gate"),
                                   r.text("rule_id"),
                                   r.text("reason"),
                                   r.text("control"),
                                   r.text("granted_by"),
                                   r.as<Role>("role"),
                                   sql::toDate(r["granted_on"]),
                                   sql::toDate(r["expires_on"]),
                                   {}};
                          if (const auto it = revocations.constFind(id); it != revocations.cend())
                              w.revocation = *it;
                          waivers[r.text("use_case_id")].append(w);
                      });
}

/// One use_cases row with its parts: the columns UseCaseStore::saveDetails writes, by name.
UseCase useCaseFrom(const Row &r, const UseCaseParts &parts)
{
    UseCase u;
    u.id = r.text("id");
    u.name = r.text("name");
    u.description = r.text("description");
    u.audience = r.as<Audience>("audience");
    u.riskTier = r.as<RiskTier>("risk_tier");
    u.status = r.as<LifecycleStatus>("status");
    u.owners =
        Owners{r.text("owner_product"), r.text("owner_launch"), r.text("owner_engineering"), r.text("owner_support")};
    u.dataClasses = parts.classes.value(u.id);
    u.dataApprovals = parts.approvals.value(u.id);
    u.outputUser = r.text("output_user");
    u.allowedPath = r.text("allowed_path");
    u.humanReview = r.text("human_review");
    u.release = Release{sql::toOptEnum<Endpoint>(r["release_path"]), sql::optBool(r["release_user_waits"])};
    u.scoring = Scoring{sql::optInt(r["score_hours_saved"]), sql::optInt(r["score_complexity"]),
                        sql::optInt(r["score_blast_radius"])};
    u.roi = Roi{sql::optReal(r["roi_hours_saved_per_week"]), sql::optReal(r["roi_loaded_hourly_rate_usd"]),
                sql::optInt(r["roi_beneficiaries"])};
    u.operations = Operations{sql::optBool(r["ops_monitoring"]), r.text("ops_kill_switch"),
                              sql::toDate(r["ops_kill_switch_tested"]), sql::optReal(r["ops_daily_cost_cap_usd"]),
                              sql::optInt(r["ops_latency_budget_ms"])};
    u.route = r.text("route_id");
    u.toolsAttested = sql::optBool(r["tools_attested"]);
    if (parts.logging.contains(u.id))
        u.logging = parts.logging.value(u.id);
    u.rollback =
        Rollback{r.text("rollback_path"), r.text("rollback_fallback_route"), sql::toDate(r["rollback_tested"])};
    if (parts.runbooks.contains(u.id))
        u.runbook = parts.runbooks.value(u.id);
    u.evalRuns = parts.runs.value(u.id);
    u.gateReviews = parts.reviews.value(u.id);
    u.waivers = parts.waivers.value(u.id);
    u.version = r["version"].toLongLong();
    u.changedSeq = r["changed_seq"].toLongLong();
    return u;
}

Status readUseCases(Database &db, QList<UseCase> &useCases)
{
    UseCaseParts parts;
    GL_TRY(readDataAndLogging(db, parts));
    GL_TRY(readRunbooks(db, parts.runbooks));
    GL_TRY(readWaivers(db, parts.waivers));
    GL_TRY(readEvalRuns(db, parts.runs));
    GL_TRY(readGateReviews(db, parts.reviews));
    return forEachRow(db, u"SELECT * FROM use_cases ORDER BY sort_order"_s,
                      [&](const Row &r) { useCases.append(useCaseFrom(r, parts)); });
}

Status readGateTemplates(Database &db, QList<GateTemplate> &templates)
{
    ByParent<QString> rules;
    GL_TRY(forEachRow(db, u"SELECT template_id, rule_id FROM gate_template_rules ORDER BY template_id, sort_order"_s,
                      [&](const Row &r) { rules[r.text("template_id")].append(r.text("rule_id")); }));
    ByParent<Role> signoffs;
    GL_TRY(forEachRow(db, u"SELECT template_id, role FROM gate_template_signoffs ORDER BY template_id, sort_order"_s,
                      [&](const Row &r) { signoffs[r.text("template_id")].append(r.as<Role>("role")); }));
    return forEachRow(
        db, u"SELECT id, name, high_risk_threshold, signed_signoffs FROM gate_templates ORDER BY sort_order"_s,
        [&](const Row &r) {
            const QString id = r.text("id");
            templates.append(GateTemplate{id, r.text("name"), rules.value(id), r["high_risk_threshold"].toInt() != 0,
                                          signoffs.value(id), r["signed_signoffs"].toInt() != 0});
        });
}

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
    GL_TRY(readPolicy(m_db, p.policy));
    GL_TRY(readPeople(m_db, p.people));
    GL_TRY(readTenantsAndRoutes(m_db, p));
    GL_TRY(readUseCases(m_db, p.useCases));
    GL_TRY(readGateTemplates(m_db, p.gateTemplates));
    return p;
}

namespace {

/// Deletes the state a portfolio file replaces as a whole. Facts are not state: they stay (see replace()).
Status deleteState(Database &db)
{
    for (const QString &table : {u"gate_templates"_s, u"tenants"_s, u"policy"_s, u"person_roles"_s,
                                 u"person_accounts"_s, u"person_signing_keys"_s}) {
        SqlStatement st(db, u"DELETE FROM "_s + table);
        GL_TRY(st.exec());
    }
    return {};
}

/// Whether @p sql (a SELECT of one row) finds anything for @p values.
Result<bool> factHeld(Database &db, const QString &sql, const QVariantList &values)
{
    SqlStatement st(db, sql);
    GL_TRY(st.exec(values));
    const bool found = st.next();
    GL_TRY(st.finished());
    return found;
}

/// Deletes the rows of @p table whose @p column is none of @p keep.
Status deleteOthers(Database &db, const QString &table, const QString &column, const QStringList &keep)
{
    QStringList marks;
    QVariantList values;
    for (const QString &id : keep) {
        marks.append(u"?"_s);
        values.append(id);
    }
    SqlStatement st(db, marks.isEmpty()
                            ? u"DELETE FROM %1"_s.arg(table)
                            : u"DELETE FROM %1 WHERE %2 NOT IN (%3)"_s.arg(table, column, marks.join(u", "_s)));
    return st.exec(values);
}

/// The row itself (new, or the stored one with the file's values); UseCaseStore fills in the details so both paths
/// share one column list.
Status insertUseCase(Database &db, const UseCase &u, int order)
{
    SqlStatement st(db, u"INSERT INTO use_cases (id, name, audience, risk_tier, status, sort_order) "
                        u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                        u"audience = excluded.audience, risk_tier = excluded.risk_tier, status = excluded.status, "
                        u"sort_order = excluded.sort_order"_s);
    GL_TRY(
        st.exec({u.id, u.name, sql::enumText(u.audience), sql::enumText(u.riskTier), sql::enumText(u.status), order}));
    return UseCaseStore(db).saveDetails(u);
}

} // namespace

Status PortfolioRepository::replace(const Portfolio &p)
{
    // State is replaced; facts are append-only (DESIGN §8): a fact row the database holds stays as it is, linked to
    // the event that recorded it (HistoryGuard has checked that the file keeps every one), and only the file's new
    // facts are inserted. So an import never deletes or rewrites a fact, and a team server can refuse anyone who does.
    Database &db = m_db;
    GL_TRY(deleteState(db));

    const Policy &pol = p.policy;
    SqlStatement policy(db, u"INSERT INTO policy (id, eval_threshold_standard_pct, eval_threshold_high_risk_pct, "
                            u"eval_regression_pp, eval_min_cases, eval_min_injection_cases, spend_share_ratio_alert, "
                            u"edit_rate_alert_pp, training, kill_switch_test_max_days, rollback_test_max_days, "
                            u"eval_run_max_days, data_approval_max_days, runbook_review_max_days) "
                            u"VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const EvidenceMaxAge &age = pol.evidenceMaxAge;
    GL_TRY(policy.exec({pol.evalThresholdStandardPct, pol.evalThresholdHighRiskPct, pol.evalRegressionPp,
                        pol.evalMinCases, pol.evalMinInjectionCases, pol.spendShareRatioAlert, pol.editRateAlertPp,
                        int(pol.training), age.killSwitchTestDays, age.rollbackTestDays, age.evalRunDays,
                        age.dataApprovalDays, age.runbookReviewDays}));

    SqlStatement person(db, u"INSERT INTO people (id, name, email, sort_order) VALUES (?, ?, ?, ?) "
                            u"ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, "
                            u"sort_order = excluded.sort_order"_s);
    SqlStatement role(db, u"INSERT INTO person_roles (person_id, role, sort_order) VALUES (?, ?, ?)"_s);
    SqlStatement account(db, u"INSERT INTO person_accounts (person_id, account, sort_order) VALUES (?, ?, ?)"_s);
    SqlStatement signingKey(db, u"INSERT INTO person_signing_keys (person_id, public_key, valid_from, revoked_on, "
                                u"sort_order) VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.people.size(); ++i) {
        const Person &x = p.people[i];
        GL_TRY(person.exec({x.id, x.name, sql::text(x.email), int(i)}));
        for (qsizetype r = 0; r < x.roles.size(); ++r)
            GL_TRY(role.exec({x.id, sql::enumText(x.roles[r]), int(r)}));
        for (qsizetype a = 0; a < x.accounts.size(); ++a)
            GL_TRY(account.exec({x.id, x.accounts[a], int(a)}));
        for (qsizetype k = 0; k < x.signingKeys.size(); ++k) {
            const SigningKey &key = x.signingKeys[k];
            GL_TRY(signingKey.exec({x.id, key.publicKey, sql::date(key.validFrom), sql::date(key.revokedOn), int(k)}));
        }
    }

    SqlStatement tenant(db, u"INSERT INTO tenants (id, name, monthly_revenue_usd, residency, sort_order) "
                            u"VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.tenants.size(); ++i) {
        const Tenant &t = p.tenants[i];
        GL_TRY(tenant.exec({t.id, t.name, sql::real(t.monthlyRevenueUsd), sql::text(t.residency), int(i)}));
    }

    SqlStatement route(db, u"INSERT INTO routes (id, version, provider, model, endpoint, prompt_version, "
                           u"retrieval_corpus, tool_schema_version, fallback_route, sort_order) "
                           u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id, version) DO UPDATE SET "
                           u"sort_order = excluded.sort_order"_s);
    for (qsizetype i = 0; i < p.routes.size(); ++i) {
        const Route &r = p.routes[i];
        GL_TRY(route.exec({r.id, r.version, r.provider, r.model, sql::enumText(r.endpoint), sql::text(r.promptVersion),
                           sql::text(r.retrievalCorpus), sql::text(r.toolSchemaVersion), sql::text(r.fallbackRoute),
                           int(i)}));
    }

    SqlStatement approval(db, u"INSERT INTO data_approvals (use_case_id, sort_order, data_class, role, person_id, "
                              u"decision, decided_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                              u"ON CONFLICT (use_case_id, sort_order) DO NOTHING"_s);
    SqlStatement review(db, u"INSERT INTO gate_reviews (id, use_case_id, gate, requested_by, requested_at, decision, "
                            u"rationale, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    SqlStatement decide(db, u"UPDATE gate_reviews SET decision = ?, rationale = ? WHERE id = ? AND decision IS NULL"_s);
    SqlStatement signoff(db, u"INSERT INTO gate_signoffs (review_id, sort_order, role, person_id, decision, "
                             u"signed_at, note) VALUES (?, ?, ?, ?, ?, ?, ?) "
                             u"ON CONFLICT (review_id, sort_order) DO NOTHING"_s);
    SqlStatement ruleResult(db, u"INSERT INTO gate_rule_results (review_id, sort_order, rule_id, severity, result, "
                                u"explanation) VALUES (?, ?, ?, ?, ?, ?)"_s);
    QStringList useCaseIds;
    for (qsizetype i = 0; i < p.useCases.size(); ++i) {
        const UseCase &u = p.useCases[i];
        useCaseIds.append(u.id);
        GL_TRY(insertUseCase(db, u, int(i)));
        for (qsizetype a = 0; a < u.dataApprovals.size(); ++a) {
            const DataApproval &x = u.dataApprovals[a];
            GL_TRY(approval.exec({u.id, int(a), sql::enumText(x.dataClass), sql::enumText(x.role), x.person,
                                  sql::enumText(x.decision), sql::date(x.date), sql::requiredText(x.note)}));
        }
        for (const EvalRun &e : u.evalRuns) {
            const Result<bool> held =
                factHeld(db, u"SELECT 1 FROM eval_runs WHERE use_case_id = ? AND id = ?"_s, {u.id, e.id});
            if (!held)
                return std::unexpected(held.error());
            if (!*held)
                GL_TRY(EvalRunStore(db).append(u.id, e));
        }
        for (qsizetype w = 0; w < u.waivers.size(); ++w) {
            const Result<bool> held = factHeld(db, u"SELECT 1 FROM waivers WHERE id = ?"_s, {u.waivers[w].id});
            if (!held)
                return std::unexpected(held.error());
            if (!*held)
                GL_TRY(WaiverStore(db).insert(u.id, u.waivers[w], int(w)));
            else if (u.waivers[w].revocation.has_value())
                GL_TRY(WaiverStore(db).addRevocationIfMissing(u.waivers[w].id, *u.waivers[w].revocation));
        }
        for (qsizetype g = 0; g < u.gateReviews.size(); ++g) {
            const GateReview &x = u.gateReviews[g];
            const Result<bool> held = factHeld(db, u"SELECT 1 FROM gate_reviews WHERE id = ?"_s, {x.id});
            if (!held)
                return std::unexpected(held.error());
            if (!*held) {
                GL_TRY(review.exec({x.id, u.id, x.gate, x.requestedBy, sql::dateTime(x.requestedAt),
                                    x.decision ? sql::enumText(*x.decision) : sql::text({}), sql::text(x.rationale),
                                    int(g)}));
                for (qsizetype s = 0; s < x.ruleResults.size(); ++s) {
                    const RuleResult &rr = x.ruleResults[s];
                    GL_TRY(ruleResult.exec({x.id, int(s), rr.rule, sql::enumText(rr.severity), sql::enumText(rr.result),
                                            sql::requiredText(rr.explanation)}));
                }
            } else if (x.decision) {
                GL_TRY(decide.exec({sql::enumText(*x.decision), sql::text(x.rationale), x.id}));
            }
            for (qsizetype s = 0; s < x.signoffs.size(); ++s) {
                const Signoff &so = x.signoffs[s];
                GL_TRY(signoff.exec({x.id, int(s), sql::enumText(so.role), so.person, sql::enumText(so.decision),
                                     sql::dateTime(so.at), sql::requiredText(so.note)}));
            }
        }
    }
    // Only use cases without facts can be missing from the file (HistoryGuard), so this deletes no fact.
    GL_TRY(deleteOthers(db, u"use_cases"_s, u"id"_s, useCaseIds));
    QStringList personIds;
    for (const Person &x : p.people)
        personIds.append(x.id);
    GL_TRY(deleteOthers(db, u"people"_s, u"id"_s, personIds));

    SqlStatement gate(db, u"INSERT INTO gate_templates (id, name, high_risk_threshold, signed_signoffs, sort_order) "
                          u"VALUES (?, ?, ?, ?, ?)"_s);
    SqlStatement gateRule(db, u"INSERT INTO gate_template_rules (template_id, rule_id, sort_order) VALUES (?, ?, ?)"_s);
    SqlStatement gateRole(db, u"INSERT INTO gate_template_signoffs (template_id, role, sort_order) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.gateTemplates.size(); ++i) {
        const GateTemplate &t = p.gateTemplates[i];
        GL_TRY(gate.exec({t.id, t.name, t.highRiskThreshold ? 1 : 0, t.signedSignoffs ? 1 : 0, int(i)}));
        for (qsizetype r = 0; r < t.rules.size(); ++r)
            GL_TRY(gateRule.exec({t.id, t.rules[r], int(r)}));
        for (qsizetype r = 0; r < t.requiredSignoffs.size(); ++r)
            GL_TRY(gateRole.exec({t.id, sql::enumText(t.requiredSignoffs[r]), int(r)}));
    }
    return {};
}

} // namespace greenlight::models
