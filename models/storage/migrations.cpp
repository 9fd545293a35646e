#include "storage/migrations.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

// Plain SQL that SQLite and PostgreSQL both accept. Booleans are INTEGER 0/1, dates ISO 8601 TEXT,
// and list order is kept in sort_order so the portfolio file round-trips byte for byte.
const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         u"governance domain and audit chain"_s,
         {
             uR"(CREATE TABLE policy (
                 id INTEGER PRIMARY KEY CHECK (id = 1),
                 eval_threshold_standard_pct DOUBLE PRECISION NOT NULL,
                 eval_threshold_high_risk_pct DOUBLE PRECISION NOT NULL,
                 eval_regression_pp DOUBLE PRECISION NOT NULL,
                 eval_min_cases INTEGER NOT NULL,
                 eval_min_injection_cases INTEGER NOT NULL,
                 spend_share_ratio_alert DOUBLE PRECISION NOT NULL,
                 edit_rate_alert_pp DOUBLE PRECISION NOT NULL))"_s,
             uR"(CREATE TABLE people (
                 id TEXT PRIMARY KEY,
                 name TEXT NOT NULL,
                 email TEXT,
                 sort_order INTEGER NOT NULL))"_s,
             uR"(CREATE TABLE person_roles (
                 person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                 role TEXT NOT NULL,
                 sort_order INTEGER NOT NULL,
                 PRIMARY KEY (person_id, role)))"_s,
             uR"(CREATE TABLE tenants (
                 id TEXT PRIMARY KEY,
                 name TEXT NOT NULL,
                 monthly_revenue_usd DOUBLE PRECISION,
                 residency TEXT,
                 sort_order INTEGER NOT NULL))"_s,
             uR"(CREATE TABLE routes (
                 id TEXT NOT NULL,
                 version INTEGER NOT NULL,
                 provider TEXT NOT NULL,
                 model TEXT NOT NULL,
                 endpoint TEXT NOT NULL,
                 prompt_version TEXT,
                 retrieval_corpus TEXT,
                 tool_schema_version TEXT,
                 fallback_route TEXT,
                 sort_order INTEGER NOT NULL,
                 PRIMARY KEY (id, version)))"_s,
             uR"(CREATE TABLE use_cases (
                 id TEXT PRIMARY KEY,
                 name TEXT NOT NULL,
                 description TEXT,
                 audience TEXT NOT NULL,
                 risk_tier TEXT NOT NULL,
                 status TEXT NOT NULL,
                 owner_product TEXT REFERENCES people(id),
                 owner_launch TEXT REFERENCES people(id),
                 owner_engineering TEXT REFERENCES people(id),
                 owner_support TEXT REFERENCES people(id),
                 output_user TEXT,
                 allowed_path TEXT,
                 human_review TEXT,
                 release_path TEXT,
                 release_user_waits INTEGER,
                 score_hours_saved INTEGER,
                 score_complexity INTEGER,
                 score_blast_radius INTEGER,
                 roi_hours_saved_per_week DOUBLE PRECISION,
                 roi_loaded_hourly_rate_usd DOUBLE PRECISION,
                 roi_beneficiaries INTEGER,
                 ops_monitoring INTEGER,
                 ops_kill_switch TEXT,
                 ops_kill_switch_tested TEXT,
                 ops_daily_cost_cap_usd DOUBLE PRECISION,
                 ops_latency_budget_ms INTEGER,
                 route_id TEXT,
                 tools_attested INTEGER,
                 rollback_path TEXT,
                 rollback_fallback_route TEXT,
                 rollback_tested TEXT,
                 sort_order INTEGER NOT NULL))"_s,
             uR"(CREATE TABLE use_case_data_classes (
                 use_case_id TEXT NOT NULL REFERENCES use_cases(id) ON DELETE CASCADE,
                 data_class TEXT NOT NULL,
                 sort_order INTEGER NOT NULL,
                 PRIMARY KEY (use_case_id, data_class)))"_s,
             uR"(CREATE TABLE data_approvals (
                 use_case_id TEXT NOT NULL REFERENCES use_cases(id) ON DELETE CASCADE,
                 sort_order INTEGER NOT NULL,
                 data_class TEXT NOT NULL,
                 role TEXT NOT NULL,
                 person_id TEXT NOT NULL REFERENCES people(id),
                 decision TEXT NOT NULL,
                 decided_on TEXT NOT NULL,
                 note TEXT NOT NULL,
                 PRIMARY KEY (use_case_id, sort_order)))"_s,
             uR"(CREATE TABLE logging_policies (
                 use_case_id TEXT PRIMARY KEY REFERENCES use_cases(id) ON DELETE CASCADE,
                 prompts TEXT NOT NULL,
                 responses TEXT NOT NULL,
                 raw_approved_by TEXT REFERENCES people(id),
                 retention_debug_days INTEGER,
                 retention_abuse_review_days INTEGER,
                 retention_eval_metadata_days INTEGER))"_s,
             uR"(CREATE TABLE runbooks (
                 use_case_id TEXT PRIMARY KEY REFERENCES use_cases(id) ON DELETE CASCADE,
                 body TEXT NOT NULL))"_s,
             uR"(CREATE TABLE runbook_topics (
                 use_case_id TEXT NOT NULL REFERENCES runbooks(use_case_id) ON DELETE CASCADE,
                 topic TEXT NOT NULL,
                 sort_order INTEGER NOT NULL,
                 PRIMARY KEY (use_case_id, topic)))"_s,
             uR"(CREATE TABLE runbook_on_call (
                 use_case_id TEXT NOT NULL REFERENCES runbooks(use_case_id) ON DELETE CASCADE,
                 person_id TEXT NOT NULL REFERENCES people(id),
                 sort_order INTEGER NOT NULL,
                 PRIMARY KEY (use_case_id, person_id)))"_s,
             uR"(CREATE TABLE eval_runs (
                 use_case_id TEXT NOT NULL REFERENCES use_cases(id) ON DELETE CASCADE,
                 id TEXT NOT NULL,
                 run_date TEXT NOT NULL,
                 route_id TEXT NOT NULL,
                 route_version INTEGER NOT NULL,
                 baseline INTEGER NOT NULL,
                 secrets_found INTEGER NOT NULL,
                 sort_order INTEGER NOT NULL,
                 PRIMARY KEY (use_case_id, id),
                 FOREIGN KEY (route_id, route_version) REFERENCES routes(id, version)))"_s,
             uR"(CREATE TABLE eval_results (
                 use_case_id TEXT NOT NULL,
                 run_id TEXT NOT NULL,
                 category TEXT NOT NULL,
                 total INTEGER NOT NULL CHECK (total >= 0),
                 passed INTEGER NOT NULL CHECK (passed >= 0 AND passed <= total),
                 PRIMARY KEY (use_case_id, run_id, category),
                 FOREIGN KEY (use_case_id, run_id) REFERENCES eval_runs(use_case_id, id) ON DELETE CASCADE))"_s,
             uR"(CREATE TABLE gate_reviews (
                 id TEXT PRIMARY KEY,
                 use_case_id TEXT NOT NULL REFERENCES use_cases(id) ON DELETE CASCADE,
                 gate TEXT NOT NULL,
                 requested_by TEXT NOT NULL REFERENCES people(id),
                 requested_at TEXT NOT NULL,
                 decision TEXT,
                 rationale TEXT,
                 sort_order INTEGER NOT NULL))"_s,
             uR"(CREATE TABLE gate_signoffs (
                 review_id TEXT NOT NULL REFERENCES gate_reviews(id) ON DELETE CASCADE,
                 sort_order INTEGER NOT NULL,
                 role TEXT NOT NULL,
                 person_id TEXT NOT NULL REFERENCES people(id),
                 decision TEXT NOT NULL,
                 signed_at TEXT NOT NULL,
                 note TEXT NOT NULL,
                 PRIMARY KEY (review_id, sort_order)))"_s,
             uR"(CREATE TABLE gate_rule_results (
                 review_id TEXT NOT NULL REFERENCES gate_reviews(id) ON DELETE CASCADE,
                 sort_order INTEGER NOT NULL,
                 rule_id TEXT NOT NULL,
                 severity TEXT NOT NULL,
                 result TEXT NOT NULL,
                 explanation TEXT NOT NULL,
                 PRIMARY KEY (review_id, sort_order)))"_s,
             uR"(CREATE TABLE gate_templates (
                 id TEXT PRIMARY KEY,
                 name TEXT NOT NULL,
                 high_risk_threshold INTEGER NOT NULL,
                 sort_order INTEGER NOT NULL))"_s,
             uR"(CREATE TABLE gate_template_rules (
                 template_id TEXT NOT NULL REFERENCES gate_templates(id) ON DELETE CASCADE,
                 rule_id TEXT NOT NULL,
                 sort_order INTEGER NOT NULL,
                 PRIMARY KEY (template_id, rule_id)))"_s,
             uR"(CREATE TABLE gate_template_signoffs (
                 template_id TEXT NOT NULL REFERENCES gate_templates(id) ON DELETE CASCADE,
                 role TEXT NOT NULL,
                 sort_order INTEGER NOT NULL,
                 PRIMARY KEY (template_id, role)))"_s,
             uR"(CREATE TABLE audit_events (
                 seq BIGINT PRIMARY KEY,
                 occurred_at TEXT NOT NULL,
                 actor TEXT NOT NULL,
                 entity TEXT NOT NULL,
                 entity_id TEXT NOT NULL,
                 action TEXT NOT NULL,
                 payload TEXT NOT NULL,
                 prev_hash TEXT NOT NULL,
                 hash TEXT NOT NULL))"_s,
             u"CREATE INDEX audit_events_entity ON audit_events (entity, entity_id)"_s,
         }},
        {2,
         u"usage and feedback records"_s,
         {
             uR"(CREATE TABLE usage_records (
                 source TEXT NOT NULL,
                 request_id TEXT NOT NULL,
                 occurred_at TEXT NOT NULL,
                 provider TEXT,
                 model TEXT,
                 tenant TEXT,
                 use_case TEXT,
                 prompt_tokens BIGINT NOT NULL,
                 completion_tokens BIGINT NOT NULL,
                 cost_usd DOUBLE PRECISION NOT NULL,
                 latency_ms BIGINT,
                 status TEXT,
                 PRIMARY KEY (source, request_id)))"_s,
             uR"(CREATE TABLE feedback_records (
                 feedback_key TEXT PRIMARY KEY,
                 occurred_at TEXT NOT NULL,
                 use_case TEXT NOT NULL,
                 tenant TEXT,
                 request_id TEXT,
                 outcome TEXT NOT NULL))"_s,
         }},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace greenlight::models
