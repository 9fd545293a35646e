#include "portfolio/portfoliowriter.h"

#include "portfolio/defaultpolicy.h"
#include "portfolio/portfolioreader.h"
#include "json/orderedjson.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

using J = OrderedJson;

template <typename T>
J optionalInt(const std::optional<T> &value)
{
    return value.has_value() ? J::integer(*value) : J::null();
}

J optionalReal(const std::optional<double> &value)
{
    return value.has_value() ? J::real(*value) : J::null();
}

J optionalBool(const std::optional<bool> &value)
{
    return value.has_value() ? J::boolean(*value) : J::null();
}

J date(const QDate &value)
{
    return value.isValid() ? J::string(value.toString(Qt::ISODate)) : J::null();
}

J dateTime(const QDateTime &value)
{
    return value.isValid() ? J::string(value.toUTC().toString(Qt::ISODate)) : J::null();
}

template <typename E>
J enumList(const QList<E> &values)
{
    J array = J::array();
    for (E value : values)
        array.append(J::string(enumName(value)));
    return array;
}

J stringList(const QStringList &values)
{
    J array = J::array();
    for (const QString &value : values)
        array.append(J::string(value));
    return array;
}

J policy(const Policy &p)
{
    J json = J::object();
    json.add(u"eval_threshold_standard_pct"_s, J::real(p.evalThresholdStandardPct))
        .add(u"eval_threshold_high_risk_pct"_s, J::real(p.evalThresholdHighRiskPct))
        .add(u"eval_regression_pp"_s, J::real(p.evalRegressionPp))
        .add(u"eval_min_cases"_s, J::integer(p.evalMinCases))
        .add(u"eval_min_injection_cases"_s, J::integer(p.evalMinInjectionCases))
        .add(u"spend_share_ratio_alert"_s, J::real(p.spendShareRatioAlert))
        .add(u"edit_rate_alert_pp"_s, J::real(p.editRateAlertPp));
    // Written only when set, like accounts below: a portfolio that does not use it exports as it was read.
    if (p.training)
        json.add(u"training"_s, J::boolean(true));
    // The same for the evidence limits: written when they differ from the defaults.
    if (p.evidenceMaxAge != EvidenceMaxAge{}) {
        const EvidenceMaxAge &a = p.evidenceMaxAge;
        json.add(u"evidence_max_age_days"_s, J::object()
                                                 .add(u"kill_switch_test"_s, J::integer(a.killSwitchTestDays))
                                                 .add(u"rollback_test"_s, J::integer(a.rollbackTestDays))
                                                 .add(u"eval_run"_s, J::integer(a.evalRunDays))
                                                 .add(u"data_approval"_s, J::integer(a.dataApprovalDays))
                                                 .add(u"runbook_review"_s, J::integer(a.runbookReviewDays)));
    }
    return json;
}

J person(const Person &p)
{
    J json = J::object();
    json.add(u"id"_s, J::string(p.id))
        .add(u"name"_s, J::string(p.name))
        .add(u"email"_s, J::stringOrNull(p.email))
        .add(u"roles"_s, enumList(p.roles));
    // An absent list and an empty one mean the same (nobody is bound), so an empty list is left out: a file
    // without bindings (the normative example) exports byte for byte as it was read.
    if (!p.accounts.isEmpty())
        json.add(u"accounts"_s, stringList(p.accounts));
    if (!p.signingKeys.isEmpty()) {
        J keys = J::array();
        for (const SigningKey &k : p.signingKeys)
            keys.append(J::object()
                            .add(u"public_key"_s, J::string(k.publicKey))
                            .add(u"valid_from"_s, date(k.validFrom))
                            .add(u"revoked_on"_s, date(k.revokedOn)));
        json.add(u"signing_keys"_s, std::move(keys));
    }
    return json;
}

J tenant(const Tenant &t)
{
    return J::object()
        .add(u"id"_s, J::string(t.id))
        .add(u"name"_s, J::string(t.name))
        .add(u"monthly_revenue_usd"_s, optionalReal(t.monthlyRevenueUsd))
        .add(u"residency"_s, J::stringOrNull(t.residency));
}

J route(const Route &r)
{
    return J::object()
        .add(u"id"_s, J::string(r.id))
        .add(u"version"_s, J::integer(r.version))
        .add(u"provider"_s, J::string(r.provider))
        .add(u"model"_s, J::string(r.model))
        .add(u"endpoint"_s, J::string(enumName(r.endpoint)))
        .add(u"prompt_version"_s, J::stringOrNull(r.promptVersion))
        .add(u"retrieval_corpus"_s, J::stringOrNull(r.retrievalCorpus))
        .add(u"tool_schema_version"_s, J::stringOrNull(r.toolSchemaVersion))
        .add(u"fallback_route"_s, J::stringOrNull(r.fallbackRoute));
}

J evalRun(const EvalRun &run)
{
    J results = J::object();
    for (auto it = run.results.cbegin(); it != run.results.cend(); ++it) // QMap iterates in category order
        results.add(enumName(it.key()),
                    J::object().add(u"total"_s, J::integer(it->total)).add(u"passed"_s, J::integer(it->passed)));
    return J::object()
        .add(u"id"_s, J::string(run.id))
        .add(u"date"_s, date(run.date))
        .add(u"route"_s, J::string(run.route))
        .add(u"route_version"_s, J::integer(run.routeVersion))
        .add(u"baseline"_s, J::boolean(run.baseline))
        .add(u"secrets_found"_s, J::integer(run.secretsFound))
        .add(u"results"_s, std::move(results));
}

J review(const GateReview &g)
{
    J signoffs = J::array();
    for (const Signoff &s : g.signoffs)
        signoffs.append(J::object()
                            .add(u"role"_s, J::string(enumName(s.role)))
                            .add(u"person"_s, J::string(s.person))
                            .add(u"decision"_s, J::string(enumName(s.decision)))
                            .add(u"at"_s, dateTime(s.at))
                            .add(u"note"_s, J::string(s.note)));
    J rules = J::array();
    for (const RuleResult &r : g.ruleResults)
        rules.append(J::object()
                         .add(u"rule"_s, J::string(r.rule))
                         .add(u"severity"_s, J::string(enumName(r.severity)))
                         .add(u"result"_s, J::string(enumName(r.result)))
                         .add(u"explanation"_s, J::string(r.explanation)));
    return J::object()
        .add(u"id"_s, J::string(g.id))
        .add(u"gate"_s, J::string(g.gate))
        .add(u"requested_by"_s, J::string(g.requestedBy))
        .add(u"requested_at"_s, dateTime(g.requestedAt))
        .add(u"decision"_s, g.decision.has_value() ? J::string(enumName(*g.decision)) : J::null())
        .add(u"rationale"_s, J::stringOrNull(g.rationale))
        .add(u"signoffs"_s, std::move(signoffs))
        .add(u"rule_results"_s, std::move(rules));
}

J waiver(const Waiver &w)
{
    J revoked = J::null();
    if (w.revocation.has_value())
        revoked = J::object()
                      .add(u"person"_s, J::string(w.revocation->person))
                      .add(u"role"_s, J::string(enumName(w.revocation->role)))
                      .add(u"date"_s, date(w.revocation->date))
                      .add(u"reason"_s, J::string(w.revocation->reason));
    return J::object()
        .add(u"id"_s, J::string(w.id))
        .add(u"gate"_s, J::string(w.gate))
        .add(u"rule"_s, J::string(w.rule))
        .add(u"reason"_s, J::string(w.reason))
        .add(u"control"_s, J::string(w.control))
        .add(u"granted_by"_s, J::string(w.grantedBy))
        .add(u"role"_s, J::string(enumName(w.role)))
        .add(u"granted_on"_s, date(w.grantedOn))
        .add(u"expires"_s, date(w.expires))
        .add(u"revoked"_s, std::move(revoked));
}

J useCase(const UseCase &u)
{
    J approvals = J::array();
    for (const DataApproval &a : u.dataApprovals)
        approvals.append(J::object()
                             .add(u"data_class"_s, J::string(enumName(a.dataClass)))
                             .add(u"role"_s, J::string(enumName(a.role)))
                             .add(u"person"_s, J::string(a.person))
                             .add(u"decision"_s, J::string(enumName(a.decision)))
                             .add(u"date"_s, date(a.date))
                             .add(u"note"_s, J::string(a.note)));
    J logging = J::null();
    if (u.logging.has_value()) {
        const LoggingPolicy &l = *u.logging;
        logging =
            J::object()
                .add(u"prompts"_s, J::string(enumName(l.prompts)))
                .add(u"responses"_s, J::string(enumName(l.responses)))
                .add(u"raw_approved_by"_s, J::stringOrNull(l.rawApprovedBy))
                .add(u"retention_days"_s, J::object()
                                              .add(u"debug"_s, optionalInt(l.retentionDays.debug))
                                              .add(u"abuse_review"_s, optionalInt(l.retentionDays.abuseReview))
                                              .add(u"eval_metadata"_s, optionalInt(l.retentionDays.evalMetadata)));
    }
    J runbook = J::null();
    if (u.runbook.has_value()) {
        runbook = J::object()
                      .add(u"text"_s, J::string(u.runbook->text))
                      .add(u"covers"_s, enumList(u.runbook->covers))
                      .add(u"on_call"_s, stringList(u.runbook->onCall));
        // Written only when recorded, so a file from before the key exports as it was read.
        if (u.runbook->reviewed.isValid())
            runbook.add(u"reviewed"_s, J::string(u.runbook->reviewed.toString(Qt::ISODate)));
    }
    J runs = J::array();
    for (const EvalRun &run : u.evalRuns)
        runs.append(evalRun(run));
    J reviews = J::array();
    for (const GateReview &g : u.gateReviews)
        reviews.append(review(g));

    J json = J::object();
    json.add(u"id"_s, J::string(u.id))
        .add(u"name"_s, J::string(u.name))
        .add(u"description"_s, J::stringOrNull(u.description))
        .add(u"audience"_s, J::string(enumName(u.audience)))
        .add(u"risk_tier"_s, J::string(enumName(u.riskTier)))
        .add(u"status"_s, J::string(enumName(u.status)))
        .add(u"owners"_s, J::object()
                              .add(u"product"_s, J::stringOrNull(u.owners.product))
                              .add(u"launch"_s, J::stringOrNull(u.owners.launch))
                              .add(u"engineering"_s, J::stringOrNull(u.owners.engineering))
                              .add(u"support"_s, J::stringOrNull(u.owners.support)))
        .add(u"data_classes"_s, enumList(u.dataClasses))
        .add(u"data_approvals"_s, std::move(approvals))
        .add(u"output_user"_s, J::stringOrNull(u.outputUser))
        .add(u"allowed_path"_s, J::stringOrNull(u.allowedPath))
        .add(u"human_review"_s, J::stringOrNull(u.humanReview))
        .add(u"release"_s, J::object()
                               .add(u"path"_s, u.release.path ? J::string(enumName(*u.release.path)) : J::null())
                               .add(u"user_waits"_s, optionalBool(u.release.userWaits)))
        .add(u"scoring"_s, J::object()
                               .add(u"hours_saved"_s, optionalInt(u.scoring.hoursSaved))
                               .add(u"complexity"_s, optionalInt(u.scoring.complexity))
                               .add(u"blast_radius"_s, optionalInt(u.scoring.blastRadius)))
        .add(u"roi"_s, J::object()
                           .add(u"hours_saved_per_week"_s, optionalReal(u.roi.hoursSavedPerWeek))
                           .add(u"loaded_hourly_rate_usd"_s, optionalReal(u.roi.loadedHourlyRateUsd))
                           .add(u"beneficiaries"_s, optionalInt(u.roi.beneficiaries)))
        .add(u"operations"_s, J::object()
                                  .add(u"monitoring"_s, optionalBool(u.operations.monitoring))
                                  .add(u"kill_switch"_s, J::stringOrNull(u.operations.killSwitch))
                                  .add(u"kill_switch_tested"_s, date(u.operations.killSwitchTested))
                                  .add(u"daily_cost_cap_usd"_s, optionalReal(u.operations.dailyCostCapUsd))
                                  .add(u"latency_budget_ms"_s, optionalInt(u.operations.latencyBudgetMs)))
        .add(u"route"_s, J::stringOrNull(u.route))
        .add(u"tools_attested"_s, optionalBool(u.toolsAttested))
        .add(u"logging"_s, std::move(logging))
        .add(u"rollback"_s, J::object()
                                .add(u"path"_s, J::stringOrNull(u.rollback.path))
                                .add(u"fallback_route"_s, J::stringOrNull(u.rollback.fallbackRoute))
                                .add(u"tested"_s, date(u.rollback.tested)))
        .add(u"runbook"_s, std::move(runbook))
        .add(u"eval_runs"_s, std::move(runs))
        .add(u"gate_reviews"_s, std::move(reviews));
    // Written only when there are any, so a file from before waivers exports as it was read.
    if (!u.waivers.isEmpty()) {
        J waivers = J::array();
        for (const Waiver &w : u.waivers)
            waivers.append(waiver(w));
        json.add(u"waivers"_s, std::move(waivers));
    }
    return json;
}

J gateTemplate(const GateTemplate &t)
{
    J json = J::object()
                 .add(u"id"_s, J::string(t.id))
                 .add(u"name"_s, J::string(t.name))
                 .add(u"rules"_s, stringList(t.rules))
                 .add(u"high_risk_threshold"_s, J::boolean(t.highRiskThreshold))
                 .add(u"required_signoffs"_s, enumList(t.requiredSignoffs));
    // Written only when it differs from what reading the file without it gives: the example exports as read.
    if (t.signedSignoffs != signedSignoffsByDefault(t.id))
        json.add(u"signed_signoffs"_s, J::boolean(t.signedSignoffs));
    return json;
}

template <typename T, typename Fn>
J arrayOf(const QList<T> &items, Fn fn)
{
    J array = J::array();
    for (const T &item : items)
        array.append(fn(item));
    return array;
}

} // namespace

QByteArray PortfolioWriter::writeUseCase(const UseCase &u)
{
    return useCase(u).toCanonical();
}

OrderedJson PortfolioWriter::waiverJson(const Waiver &w)
{
    return waiver(w);
}

QByteArray PortfolioWriter::write(const Portfolio &p)
{
    return J::object()
        .add(u"format"_s, J::string(PortfolioReader::formatName()))
        .add(u"policy"_s, policy(p.policy))
        .add(u"people"_s, arrayOf(p.people, person))
        .add(u"tenants"_s, arrayOf(p.tenants, tenant))
        .add(u"routes"_s, arrayOf(p.routes, route))
        .add(u"use_cases"_s, arrayOf(p.useCases, useCase))
        .add(u"gate_templates"_s, arrayOf(p.gateTemplates, gateTemplate))
        .toCanonical();
}

} // namespace greenlight::models
