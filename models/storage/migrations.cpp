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
        {3,
         u"usage and feedback with daily rollups (the tables of schema 2 were never filled)"_s,
         {
             u"DROP TABLE usage_records"_s,
             u"DROP TABLE feedback_records"_s,
             // Times are UTC milliseconds, day is days since 1970-01-01, money is micro-dollars: sums stay exact.
             uR"(CREATE TABLE usage_records (
                 source TEXT NOT NULL,
                 request_id TEXT NOT NULL,
                 occurred_at_ms BIGINT NOT NULL,
                 provider TEXT NOT NULL,
                 model TEXT NOT NULL,
                 tenant TEXT NOT NULL,
                 use_case TEXT NOT NULL,
                 prompt_tokens BIGINT NOT NULL,
                 completion_tokens BIGINT NOT NULL,
                 cost_micros BIGINT NOT NULL,
                 latency_ms BIGINT,
                 status TEXT NOT NULL,
                 PRIMARY KEY (source, request_id)))"_s,
             uR"(CREATE TABLE usage_daily (
                 day INTEGER NOT NULL,
                 source TEXT NOT NULL,
                 use_case TEXT NOT NULL,
                 tenant TEXT NOT NULL,
                 model TEXT NOT NULL,
                 requests BIGINT NOT NULL,
                 prompt_tokens BIGINT NOT NULL,
                 completion_tokens BIGINT NOT NULL,
                 cost_micros BIGINT NOT NULL,
                 errors BIGINT NOT NULL,
                 latency_ms_sum BIGINT NOT NULL,
                 latency_count BIGINT NOT NULL,
                 PRIMARY KEY (day, source, use_case, tenant, model)))"_s,
             uR"(CREATE TABLE feedback_records (
                 source TEXT NOT NULL,
                 feedback_key TEXT NOT NULL,
                 occurred_at_ms BIGINT NOT NULL,
                 use_case TEXT NOT NULL,
                 tenant TEXT NOT NULL,
                 request_id TEXT NOT NULL,
                 outcome TEXT NOT NULL,
                 PRIMARY KEY (source, feedback_key)))"_s,
             uR"(CREATE TABLE feedback_daily (
                 day INTEGER NOT NULL,
                 use_case TEXT NOT NULL,
                 tenant TEXT NOT NULL,
                 accepted BIGINT NOT NULL,
                 edited BIGINT NOT NULL,
                 rejected BIGINT NOT NULL,
                 PRIMARY KEY (day, use_case, tenant)))"_s,
         }},
        {4,
         u"gateway connections with their sync cursors (the API key lives in the OS keychain)"_s,
         {
             uR"(CREATE TABLE connections (
                 name TEXT PRIMARY KEY,
                 kind TEXT NOT NULL,
                 url TEXT NOT NULL,
                 tenant_field TEXT,
                 use_case_field TEXT,
                 secret_ref TEXT NOT NULL,
                 sync_cursor TEXT,
                 last_synced_at TEXT,
                 created_at TEXT NOT NULL))"_s,
         }},
        {5,
         u"covering indexes for the dashboards: each view reads one index in its grouping order"_s,
         {
             u"CREATE INDEX usage_daily_by_model ON usage_daily (day, model, cost_micros, requests)"_s,
             u"CREATE INDEX usage_daily_by_use_case ON usage_daily (day, use_case, cost_micros, requests)"_s,
             uR"(CREATE INDEX usage_daily_by_tenant ON usage_daily
                 (tenant, day, cost_micros, requests, prompt_tokens, completion_tokens))"_s,
             u"CREATE INDEX feedback_daily_by_use_case ON feedback_daily (day, use_case, accepted, edited, rejected)"_s,
             u"ANALYZE"_s,
         }},
        {6,
         u"the chain covers state: RFC 8785 hashes, and each fact row names the audit event that recorded it"_s,
         {
             // Events already stored keep the form they were hashed in (1); new ones are written as 2.
             u"ALTER TABLE audit_events ADD COLUMN format INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE data_approvals ADD COLUMN audit_seq BIGINT"_s,
             u"ALTER TABLE data_approvals ADD COLUMN audit_hash TEXT"_s,
             u"ALTER TABLE gate_signoffs ADD COLUMN audit_seq BIGINT"_s,
             u"ALTER TABLE gate_signoffs ADD COLUMN audit_hash TEXT"_s,
             u"ALTER TABLE gate_reviews ADD COLUMN audit_seq BIGINT"_s,
             u"ALTER TABLE gate_reviews ADD COLUMN audit_hash TEXT"_s,
             u"ALTER TABLE gate_reviews ADD COLUMN decision_audit_seq BIGINT"_s,
             u"ALTER TABLE gate_reviews ADD COLUMN decision_audit_hash TEXT"_s,
             u"ALTER TABLE eval_runs ADD COLUMN audit_seq BIGINT"_s,
             u"ALTER TABLE eval_runs ADD COLUMN audit_hash TEXT"_s,
             u"ALTER TABLE routes ADD COLUMN audit_seq BIGINT"_s,
             u"ALTER TABLE routes ADD COLUMN audit_hash TEXT"_s,
             // Evidence is language-neutral: the explanation is English, and this JSON (source text and
             // arguments) lets a window translate it when showing it. NULL for rows of schema 1–5 and imports.
             u"ALTER TABLE gate_rule_results ADD COLUMN message TEXT"_s,
             // Older events do not hold every field of their row (and imports wrote none per row), so rows of
             // schema 1–5 are marked "before coverage" (seq 0) instead of being matched by guesswork. A row
             // without any seq (NULL) was written outside the application and fails verification.
             u"UPDATE data_approvals SET audit_seq = 0, audit_hash = ''"_s,
             u"UPDATE gate_signoffs SET audit_seq = 0, audit_hash = ''"_s,
             u"UPDATE gate_reviews SET audit_seq = 0, audit_hash = '', decision_audit_seq = 0, "
             u"decision_audit_hash = '' WHERE decision IS NOT NULL"_s,
             u"UPDATE gate_reviews SET audit_seq = 0, audit_hash = '' WHERE decision IS NULL"_s,
             u"UPDATE eval_runs SET audit_seq = 0, audit_hash = ''"_s,
             u"UPDATE routes SET audit_seq = 0, audit_hash = ''"_s,
         }},
        {7,
         u"identity: people are bound to OS accounts, events name the account and host, training databases"_s,
         {
             uR"(CREATE TABLE person_accounts (
                 person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                 account TEXT NOT NULL,
                 sort_order INTEGER NOT NULL,
                 PRIMARY KEY (person_id, account)))"_s,
             // Events of format 1 and 2 keep NULL here: they were hashed without an account, and stay so.
             u"ALTER TABLE audit_events ADD COLUMN account TEXT"_s,
             u"ALTER TABLE audit_events ADD COLUMN host TEXT"_s,
             u"ALTER TABLE audit_events ADD COLUMN identity TEXT"_s,
             u"ALTER TABLE policy ADD COLUMN training INTEGER NOT NULL DEFAULT 0"_s,
         }},
        {8,
         u"optimistic concurrency: each use case carries the version an editor started from, and the event that "
         u"last changed it"_s,
         {
             u"ALTER TABLE use_cases ADD COLUMN version BIGINT NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE use_cases ADD COLUMN changed_seq BIGINT"_s,
             // The last event that could have changed the details: an edit of this use case or an import.
             uR"(UPDATE use_cases SET changed_seq = (SELECT MAX(seq) FROM audit_events
                 WHERE (entity = 'use_case' AND entity_id = use_cases.id)
                    OR (entity = 'portfolio' AND action = 'import')))"_s,
         }},
        {9,
         u"signing keys: the SSH public keys people sign with, each valid from a date until revoked"_s,
         {
             uR"(CREATE TABLE person_signing_keys (
                 person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                 public_key TEXT NOT NULL,
                 valid_from TEXT NOT NULL,
                 revoked_on TEXT,
                 sort_order INTEGER NOT NULL,
                 PRIMARY KEY (person_id, sort_order)))"_s,
         }},
        {10,
         u"signed events: the SSHSIG signature of an event whose payload names the key that signs it"_s,
         {
             u"ALTER TABLE audit_events ADD COLUMN signature TEXT"_s,
         }},
        {11,
         u"signed sign-offs: a gate template may require that a sign-off be signed when the signer has a key"_s,
         {
             u"ALTER TABLE gate_templates ADD COLUMN signed_signoffs INTEGER NOT NULL DEFAULT 0"_s,
             // What reading a portfolio file without the key gives these two templates (defaultpolicy.cpp).
             u"UPDATE gate_templates SET signed_signoffs = 1 WHERE id IN ('customer-launch', 'high-risk-launch')"_s,
         }},
        {12,
         u"nano-dollars: costs are stored as integer 1e-9 USD, so a 10-token embedding call no longer rounds to zero"_s,
         {
             // An amount above 9.2 billion USD would not fit once multiplied: such a database stays as it was, and the
             // failed migration names the column that says why (NULL into NOT NULL fails on both backends).
             u"CREATE TEMPORARY TABLE greenlight_migration_check (every_cost_fits_in_nano_dollars INTEGER NOT NULL)"_s,
             uR"(INSERT INTO greenlight_migration_check SELECT CASE WHEN
                 (SELECT MAX(ABS(cost_micros)) FROM usage_records) > 9223372036854775 OR
                 (SELECT MAX(ABS(cost_micros)) FROM usage_daily) > 9223372036854775 THEN NULL ELSE 1 END)"_s,
             u"DROP TABLE greenlight_migration_check"_s,
             u"ALTER TABLE usage_records RENAME COLUMN cost_micros TO cost_nanos"_s,
             u"ALTER TABLE usage_daily RENAME COLUMN cost_micros TO cost_nanos"_s,
             // Exact: every stored micro-dollar amount is a whole number of nano-dollars.
             u"UPDATE usage_records SET cost_nanos = cost_nanos * 1000"_s,
             u"UPDATE usage_daily SET cost_nanos = cost_nanos * 1000"_s,
         }},
        {13,
         u"database identity: API keys in the OS keychain are named after the database they belong to"_s,
         {
             // One row, written by the first write that needs it (ConnectionStore::databaseId()).
             uR"(CREATE TABLE database_identity (
                 singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                 id TEXT NOT NULL))"_s,
         }},
        {14,
         u"identifier maps: what a gateway's API keys, workspaces and projects mean as use cases and tenants"_s,
         {
             uR"(CREATE TABLE connection_maps (
                 connection TEXT NOT NULL REFERENCES connections(name) ON DELETE CASCADE,
                 dimension TEXT NOT NULL CHECK (dimension IN ('use_case', 'tenant')),
                 value TEXT NOT NULL,
                 target TEXT NOT NULL,
                 PRIMARY KEY (connection, dimension, value)))"_s,
         }},
        {15,
         u"evidence that goes stale: how many days a test, an eval run, an approval or a runbook review counts before "
         u"its "
         u"rule fails"_s,
         {
             // Existing databases take the defaults (EvidenceMaxAge), as a portfolio file without the key does.
             u"ALTER TABLE policy ADD COLUMN kill_switch_test_max_days INTEGER NOT NULL DEFAULT 90"_s,
             u"ALTER TABLE policy ADD COLUMN rollback_test_max_days INTEGER NOT NULL DEFAULT 90"_s,
             u"ALTER TABLE policy ADD COLUMN eval_run_max_days INTEGER NOT NULL DEFAULT 90"_s,
             u"ALTER TABLE policy ADD COLUMN data_approval_max_days INTEGER NOT NULL DEFAULT 365"_s,
             u"ALTER TABLE policy ADD COLUMN runbook_review_max_days INTEGER NOT NULL DEFAULT 180"_s,
             u"ALTER TABLE runbooks ADD COLUMN reviewed TEXT"_s,
         }},
        {16,
         u"waivers: a failing rule of one use case and gate accepted until an expiry date, and the revocations that "
         u"end "
         u"one early; both are facts, each row linked to the audit event that recorded it"_s,
         {
             uR"(CREATE TABLE waivers (
                 id TEXT PRIMARY KEY,
                 use_case_id TEXT NOT NULL REFERENCES use_cases(id) ON DELETE CASCADE,
                 sort_order INTEGER NOT NULL,
                 gate TEXT NOT NULL,
                 rule_id TEXT NOT NULL,
                 reason TEXT NOT NULL,
                 control TEXT NOT NULL,
                 granted_by TEXT NOT NULL REFERENCES people(id),
                 role TEXT NOT NULL,
                 granted_on TEXT NOT NULL,
                 expires_on TEXT NOT NULL,
                 audit_seq BIGINT,
                 audit_hash TEXT))"_s,
             uR"(CREATE TABLE waiver_revocations (
                 waiver_id TEXT PRIMARY KEY REFERENCES waivers(id) ON DELETE CASCADE,
                 person_id TEXT NOT NULL REFERENCES people(id),
                 role TEXT NOT NULL,
                 revoked_on TEXT NOT NULL,
                 reason TEXT NOT NULL,
                 audit_seq BIGINT,
                 audit_hash TEXT))"_s,
         }},
        {17,
         u"team database: logins are people, and the server checks every audit event (PostgreSQL only)"_s,
         {},
         {
             // The group roles a login gets from its person's roles. Roles belong to the whole server, so a
             // second Greenlight database on it shares them.
             uR"(DO $$
                 DECLARE
                     name TEXT;
                 BEGIN
                     FOREACH name IN ARRAY ARRAY['greenlight_pm', 'greenlight_cto', 'greenlight_security',
                         'greenlight_legal', 'greenlight_compliance', 'greenlight_engineering', 'greenlight_support',
                         'greenlight_reader'] LOOP
                         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
                             EXECUTE format('CREATE ROLE %I NOLOGIN', name);
                         END IF;
                     END LOOP;
                 END $$)"_s,
             // Which person a database login is. Written only by `greenlight admin add-login` (the owner).
             uR"(CREATE TABLE person_logins (
                 login TEXT PRIMARY KEY,
                 person_id TEXT NOT NULL,
                 added_on TEXT NOT NULL))"_s,
             uR"(CREATE FUNCTION greenlight_session_person() RETURNS TEXT
                 LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
                 AS $$ SELECT person_id FROM person_logins WHERE login = session_user $$)"_s,
             // Every event is checked here, under the chain's lock, whoever inserts it and however: its place in
             // the chain, its hash (recomputed from its fields, as AuditChain::canonicalForm() spells them in
             // RFC 8785 form) and, for every login but the owner, that it names the person the login is.
             uR"(CREATE FUNCTION greenlight_check_audit_event() RETURNS trigger
                 LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
                 AS $$
                 DECLARE
                     head_seq BIGINT;
                     head_hash TEXT;
                     person TEXT;
                     client_host TEXT := COALESCE(host(inet_client_addr()), 'local');
                     form TEXT;
                 BEGIN
                     PERFORM pg_advisory_xact_lock(7220616476583829504);
                     SELECT seq, hash INTO head_seq, head_hash FROM audit_events ORDER BY seq DESC LIMIT 1;
                     IF NEW.seq IS DISTINCT FROM COALESCE(head_seq, 0) + 1
                         OR NEW.prev_hash IS DISTINCT FROM COALESCE(head_hash, repeat('0', 64)) THEN
                         RAISE EXCEPTION 'audit event % does not follow the chain''s head (event %)',
                             NEW.seq, COALESCE(head_seq, 0) USING ERRCODE = 'integrity_constraint_violation';
                     END IF;
                     IF NEW.format IS DISTINCT FROM 3 OR jsonb_typeof(NEW.payload::jsonb) IS DISTINCT FROM 'object' THEN
                         RAISE EXCEPTION 'audit event % is not in hash format 3 with a JSON object payload', NEW.seq
                             USING ERRCODE = 'integrity_constraint_violation';
                     END IF;
                     IF session_user <> current_user THEN
                         person := (SELECT person_id FROM person_logins WHERE login = session_user);
                         IF NEW.account IS DISTINCT FROM session_user OR NEW.host IS DISTINCT FROM client_host THEN
                             RAISE EXCEPTION 'audit event % must name the login % from %, who sent it', NEW.seq,
                                 session_user, client_host USING ERRCODE = 'insufficient_privilege';
                         END IF;
                         IF NEW.identity = 'unverified' AND (SELECT training FROM policy) = 1 THEN
                             NULL; -- a training database: anyone may be named, and the event says unverified
                         ELSIF person IS NULL THEN
                             IF NEW.actor <> '' OR NEW.identity IS DISTINCT FROM 'account' THEN
                                 RAISE EXCEPTION 'the login % is no person''s login: it cannot act for %', session_user,
                                     NEW.actor USING ERRCODE = 'insufficient_privilege';
                             END IF;
                         ELSIF NOT (NEW.actor = person AND NEW.identity = 'login') THEN
                             RAISE EXCEPTION 'the login % is %: nobody may act for someone else (the event names %)',
                                 session_user, person, NEW.actor USING ERRCODE = 'insufficient_privilege';
                         END IF;
                     END IF;
                     form := '{"account":' || to_json(NEW.account)::text || ',"action":' || to_json(NEW.action)::text
                         || ',"actor":' || to_json(NEW.actor)::text || ',"entity":' || to_json(NEW.entity)::text
                         || ',"entity_id":' || to_json(NEW.entity_id)::text || ',"format":' || NEW.format
                         || ',"host":' || to_json(NEW.host)::text || ',"identity":' || to_json(NEW.identity)::text
                         || ',"payload":' || NEW.payload || ',"prev_hash":' || to_json(NEW.prev_hash)::text
                         || ',"seq":' || NEW.seq || ',"time":' || to_json(NEW.occurred_at)::text || '}';
                     IF NEW.hash IS DISTINCT FROM encode(sha256(convert_to(form, 'UTF8')), 'hex') THEN
                         RAISE EXCEPTION 'audit event %''s hash does not match its contents', NEW.seq
                             USING ERRCODE = 'integrity_constraint_violation';
                     END IF;
                     RETURN NEW;
                 END $$)"_s,
             u"CREATE TRIGGER audit_events_checked BEFORE INSERT ON audit_events FOR EACH ROW "
             u"EXECUTE FUNCTION greenlight_check_audit_event()"_s,
             // What the group roles may do, table by table; Database::migrate() runs it after every migration, so a
             // table added later is covered too. Reading is everyone's; the audit chain takes inserts only (checked
             // above); the logins map and the schema version are the owner's alone.
             uR"(CREATE FUNCTION greenlight_grant_privileges() RETURNS void
                 LANGUAGE plpgsql SET search_path FROM CURRENT
                 AS $$
                 DECLARE
                     name TEXT;
                     writers CONSTANT TEXT := 'greenlight_pm, greenlight_cto, greenlight_security, greenlight_legal, '
                         'greenlight_compliance, greenlight_engineering, greenlight_support';
                 BEGIN
                     EXECUTE format('GRANT USAGE ON SCHEMA %I TO greenlight_reader, %s', current_schema(), writers);
                     FOR name IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
                         EXECUTE format('REVOKE ALL ON TABLE %I FROM PUBLIC', name);
                         EXECUTE format('GRANT SELECT ON TABLE %I TO greenlight_reader, %s', name, writers);
                         IF name = 'audit_events' THEN
                             EXECUTE format('GRANT INSERT ON TABLE %I TO %s', name, writers);
                         ELSIF name NOT IN ('person_logins', 'greenlight_schema') THEN
                             EXECUTE format('GRANT INSERT, UPDATE, DELETE ON TABLE %I TO %s', name, writers);
                         END IF;
                     END LOOP;
                 END $$)"_s,
             u"REVOKE EXECUTE ON FUNCTION greenlight_grant_privileges() FROM PUBLIC"_s,
         }},
        {18,
         u"team database: the server refuses a fact a login may not record, and any change a login makes without its "
         u"audit event (PostgreSQL only)"_s,
         {},
         {
             // Whether the session's login is a person who holds @p wanted both in the portfolio (person_roles) and on
             // the server (the group role the owner granted with add-login): a file that gives someone a role does
             // not give their login its power.
             uR"(CREATE FUNCTION greenlight_session_holds(wanted TEXT) RETURNS BOOLEAN
                 LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
                 AS $$
                 BEGIN
                     IF wanted IS NULL OR wanted NOT IN ('pm', 'cto', 'security', 'legal', 'compliance', 'engineering',
                         'support') THEN
                         RETURN false;
                     END IF;
                     RETURN pg_has_role(session_user, 'greenlight_' || wanted, 'MEMBER') AND EXISTS (
                         SELECT 1 FROM person_logins l JOIN person_roles r ON r.person_id = l.person_id
                         WHERE l.login = session_user AND r.role = wanted);
                 END $$)"_s,
             // Whether a row version (its xmin) was written by the running transaction.
             uR"(CREATE FUNCTION greenlight_written_now(row_xmin xid) RETURNS BOOLEAN
                 LANGUAGE sql STABLE
                 AS $$ SELECT row_xmin::text = (pg_current_xact_id()::text::bigint % 4294967296)::text $$)"_s,
             // Whether a parent fact row was recorded by the running transaction: written by it, and linked to no event
             // yet (an import links later) or to one written by it. (Touching an old row makes it "written" too, but
             // its event stays old.)
             uR"(CREATE FUNCTION greenlight_recorded_now(row_xmin xid, event_seq BIGINT) RETURNS BOOLEAN
                 LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
                 AS $$ SELECT greenlight_written_now(row_xmin) AND (event_seq IS NULL OR EXISTS (
                     SELECT 1 FROM audit_events e WHERE e.seq = event_seq AND greenlight_written_now(e.xmin))) $$)"_s,
             // Before a fact row is written by a login (the owner may do anything): facts are never deleted, a set
             // field never changes, and a new fact is the login's own, in a role it holds, within the rules the
             // application applies (DataApprovalRules, WaiverRules, GateReviewService). The key columns come as the
             // trigger's arguments: a row the table already holds is left to the insert's ON CONFLICT.
             uR"(CREATE FUNCTION greenlight_guard_fact() RETURNS trigger
                 LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
                 AS $$
                 DECLARE
                     person TEXT;
                     changeable TEXT[] := ARRAY['audit_seq', 'audit_hash'];
                     field TEXT;
                     conditions TEXT := '';
                     held BOOLEAN;
                     parent RECORD;
                     granting TEXT[];
                 BEGIN
                     IF session_user = current_user THEN
                         RETURN COALESCE(NEW, OLD);
                     END IF;
                     IF TG_OP = 'DELETE' THEN
                         RAISE EXCEPTION '% may not delete from %: a fact is never deleted', session_user, TG_TABLE_NAME
                             USING ERRCODE = 'insufficient_privilege';
                     END IF;
                     person := (SELECT person_id FROM person_logins WHERE login = session_user);
                     IF person IS NULL THEN
                         RAISE EXCEPTION 'the login % is no person''s login: it cannot record % rows', session_user,
                             TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
                     END IF;
                     IF TG_OP = 'UPDATE' THEN
                         IF TG_TABLE_NAME = 'gate_reviews' THEN
                             changeable := changeable || ARRAY['decision', 'rationale', 'decision_audit_seq',
                                 'decision_audit_hash'];
                         END IF;
                         FOREACH field IN ARRAY changeable LOOP
                             IF to_jsonb(OLD) -> field <> 'null'::jsonb
                                 AND to_jsonb(NEW) -> field IS DISTINCT FROM to_jsonb(OLD) -> field THEN
                                 RAISE EXCEPTION '% may not change %.% once it is set: a fact is never rewritten',
                                     session_user, TG_TABLE_NAME, field USING ERRCODE = 'insufficient_privilege';
                             END IF;
                         END LOOP;
                         IF TG_TABLE_NAME <> 'gate_reviews' THEN
                             RETURN NEW; -- (a field of one table is named only once the table is known)
                         END IF;
                         IF OLD.decision IS NULL AND NEW.decision IS NOT NULL AND (SELECT training FROM policy) = 0 THEN
                             IF person <> OLD.requested_by AND NOT greenlight_session_holds('pm') THEN
                                 RAISE EXCEPTION '% is neither the requester of review % nor a pm, so cannot decide it',
                                     person, OLD.id USING ERRCODE = 'insufficient_privilege';
                             END IF;
                             IF NEW.decision = 'go' AND EXISTS (SELECT 1 FROM gate_signoffs WHERE review_id = OLD.id
                                     AND decision = 'approve' AND person_id = OLD.requested_by)
                                 AND NOT EXISTS (SELECT 1 FROM gate_signoffs WHERE review_id = OLD.id
                                     AND decision = 'approve' AND person_id <> OLD.requested_by) THEN
                                 RAISE EXCEPTION 'go refused on review %: the requester % is the only approver',
                                     OLD.id, OLD.requested_by USING ERRCODE = 'insufficient_privilege';
                             END IF;
                         END IF;
                         RETURN NEW;
                     END IF;
                     FOREACH field IN ARRAY TG_ARGV LOOP
                         conditions := conditions || format(' AND %I = ($1).%I', field, field);
                     END LOOP;
                     EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE true%s)', TG_TABLE_NAME, conditions)
                         INTO held USING NEW;
                     IF held OR (SELECT training FROM policy) = 1 THEN
                         RETURN NEW; -- held: the stored fact stays (ON CONFLICT); training: anyone may be named
                     END IF;
                     IF TG_TABLE_NAME = 'data_approvals' THEN
                         IF NEW.person_id <> person THEN
                             RAISE EXCEPTION '% is the login of %: it cannot record an approval by %', session_user,
                                 person, NEW.person_id USING ERRCODE = 'insufficient_privilege';
                         ELSIF NEW.role NOT IN ('security', 'legal', 'compliance') THEN
                             RAISE EXCEPTION 'only security, legal or compliance decide on data classes, not %',
                                 NEW.role USING ERRCODE = 'insufficient_privilege';
                         ELSIF NOT greenlight_session_holds(NEW.role) THEN
                             RAISE EXCEPTION '% (%) does not hold the % role', person, session_user, NEW.role
                                 USING ERRCODE = 'insufficient_privilege';
                         ELSIF NEW.data_class = 'credentials' AND NEW.decision = 'approved' THEN
                             RAISE EXCEPTION 'credentials can never be approved'
                                 USING ERRCODE = 'insufficient_privilege';
                         ELSIF NOT EXISTS (SELECT 1 FROM use_case_data_classes WHERE use_case_id = NEW.use_case_id
                                 AND data_class = NEW.data_class) THEN
                             RAISE EXCEPTION '% is not among the data classes of %', NEW.data_class, NEW.use_case_id
                                 USING ERRCODE = 'insufficient_privilege';
                         END IF;
                     ELSIF TG_TABLE_NAME = 'gate_reviews' THEN
                         IF NEW.requested_by <> person THEN
                             RAISE EXCEPTION '% is the login of %: it cannot request a review for %', session_user,
                                 person, NEW.requested_by USING ERRCODE = 'insufficient_privilege';
                         ELSIF NOT (greenlight_session_holds('pm') OR greenlight_session_holds('cto')) THEN
                             RAISE EXCEPTION '% holds neither the pm nor the cto role, so cannot request a gate review',
                                 person USING ERRCODE = 'insufficient_privilege';
                         END IF;
                     ELSIF TG_TABLE_NAME = 'gate_signoffs' THEN
                         IF NEW.person_id <> person THEN
                             RAISE EXCEPTION '% is the login of %: it cannot sign off for %', session_user, person,
                                 NEW.person_id USING ERRCODE = 'insufficient_privilege';
                         ELSIF NOT greenlight_session_holds(NEW.role) THEN
                             RAISE EXCEPTION '% does not hold the % role, so cannot sign off as %', person, NEW.role,
                                 NEW.role USING ERRCODE = 'insufficient_privilege';
                         ELSIF (SELECT decision FROM gate_reviews WHERE id = NEW.review_id) IS NOT NULL THEN
                             RAISE EXCEPTION 'the review % is already decided', NEW.review_id
                                 USING ERRCODE = 'insufficient_privilege';
                         END IF;
                     ELSIF TG_TABLE_NAME = 'gate_rule_results' THEN
                         SELECT xmin, requested_by, audit_seq INTO parent FROM gate_reviews WHERE id = NEW.review_id;
                         IF NOT FOUND OR NOT greenlight_recorded_now(parent.xmin, parent.audit_seq)
                             OR parent.requested_by <> person THEN
                             RAISE EXCEPTION 'rule results are frozen when % starts review %, not added later',
                                 person, NEW.review_id USING ERRCODE = 'insufficient_privilege';
                         END IF;
                     ELSIF TG_TABLE_NAME = 'eval_results' THEN
                         SELECT xmin, audit_seq INTO parent FROM eval_runs
                             WHERE use_case_id = NEW.use_case_id AND id = NEW.run_id;
                         IF NOT FOUND OR NOT greenlight_recorded_now(parent.xmin, parent.audit_seq) THEN
                             RAISE EXCEPTION 'eval run %/% is recorded with its results, not added to later',
                                 NEW.use_case_id, NEW.run_id USING ERRCODE = 'insufficient_privilege';
                         END IF;
                     ELSIF TG_TABLE_NAME IN ('waivers', 'waiver_revocations') THEN
                         IF TG_TABLE_NAME = 'waivers' THEN
                             field := NEW.rule_id;
                             IF NEW.granted_by <> person THEN
                                 RAISE EXCEPTION '% is the login of %: it cannot grant a waiver for %', session_user,
                                     person, NEW.granted_by USING ERRCODE = 'insufficient_privilege';
                             ELSIF NEW.expires_on::date < NEW.granted_on::date
                                 OR NEW.expires_on::date - NEW.granted_on::date > 90 THEN
                                 RAISE EXCEPTION 'a waiver runs from the day it is granted for at most 90 days'
                                     USING ERRCODE = 'insufficient_privilege';
                             END IF;
                         ELSE
                             field := (SELECT rule_id FROM waivers WHERE id = NEW.waiver_id);
                             IF NEW.person_id <> person THEN
                                 RAISE EXCEPTION '% is the login of %: it cannot revoke a waiver for %', session_user,
                                     person, NEW.person_id USING ERRCODE = 'insufficient_privilege';
                             END IF;
                         END IF;
                         granting := CASE WHEN field IN ('data.no_credentials', 'eval.no_secrets') THEN ARRAY[]::TEXT[]
                             WHEN field LIKE 'data.%' OR field LIKE 'logging.%'
                                 THEN ARRAY['security', 'legal', 'compliance'] ELSE ARRAY['cto'] END;
                         IF NOT NEW.role = ANY(granting) THEN
                             RAISE EXCEPTION 'a waiver of % is granted or revoked by %, not %', field,
                                 COALESCE(NULLIF(array_to_string(granting, ', '), ''), 'nobody'), NEW.role
                                 USING ERRCODE = 'insufficient_privilege';
                         ELSIF NOT greenlight_session_holds(NEW.role) THEN
                             RAISE EXCEPTION '% does not hold the % role', person, NEW.role
                                 USING ERRCODE = 'insufficient_privilege';
                         END IF;
                     END IF;
                     RETURN NEW;
                 END $$)"_s,
             // At commit, each fact row a login wrote must be linked to an audit event that this login sent in this
             // transaction (the store writes the row with its event's seq and hash; an import links its new rows).
             uR"(CREATE FUNCTION greenlight_check_fact_link() RETURNS trigger
                 LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
                 AS $$
                 DECLARE
                     stored JSONB;
                     field TEXT;
                     conditions TEXT := '';
                     links TEXT[] := ARRAY[]::TEXT[];
                     link TEXT;
                     event RECORD;
                 BEGIN
                     IF session_user = current_user THEN
                         RETURN NULL;
                     END IF;
                     FOREACH field IN ARRAY TG_ARGV LOOP
                         conditions := conditions || format(' AND %I = ($1).%I', field, field);
                     END LOOP;
                     EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE true%s', TG_TABLE_NAME, conditions)
                         INTO stored USING NEW;
                     IF stored IS NULL THEN
                         RETURN NULL;
                     END IF;
                     IF TG_OP = 'INSERT' OR to_jsonb(OLD) -> 'audit_seq' = 'null'::jsonb THEN
                         links := links || ARRAY['audit'];
                     END IF;
                     IF TG_TABLE_NAME = 'gate_reviews' AND stored -> 'decision' <> 'null'::jsonb
                         AND (TG_OP = 'INSERT' OR to_jsonb(OLD) -> 'decision' = 'null'::jsonb) THEN
                         links := links || ARRAY['decision_audit'];
                     END IF;
                     FOREACH link IN ARRAY links LOOP
                         SELECT xmin, account, hash INTO event FROM audit_events
                             WHERE seq = (stored ->> (link || '_seq'))::bigint;
                         IF NOT FOUND OR event.hash IS DISTINCT FROM stored ->> (link || '_hash')
                             OR event.account IS DISTINCT FROM session_user::text
                             OR NOT greenlight_written_now(event.xmin) THEN
                             RAISE EXCEPTION '% wrote a row of % without the audit event that records it: each fact a '
                                 'login writes is linked to an event it sent in the same transaction', session_user,
                                 TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
                         END IF;
                     END LOOP;
                     RETURN NULL;
                 END $$)"_s,
             // At commit, a change a login made to the portfolio's state (use cases, people, policy, templates) must
             // come with an audit event it sent in the same transaction: the chain's head, since the chain's lock is
             // held from a transaction's first event to its end.
             uR"(CREATE FUNCTION greenlight_check_state_recorded() RETURNS trigger
                 LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
                 AS $$
                 DECLARE
                     head RECORD;
                 BEGIN
                     IF session_user = current_user THEN
                         RETURN NULL;
                     END IF;
                     SELECT xmin, account INTO head FROM audit_events ORDER BY seq DESC LIMIT 1;
                     IF NOT FOUND OR NOT greenlight_written_now(head.xmin)
                         OR head.account IS DISTINCT FROM session_user::text THEN
                         RAISE EXCEPTION '% changed % without recording it: each change a login makes comes with its '
                             'audit event in the same transaction', session_user, TG_TABLE_NAME
                             USING ERRCODE = 'insufficient_privilege';
                     END IF;
                     RETURN NULL;
                 END $$)"_s,
             uR"(DO $$
                 DECLARE
                     fact TEXT[];
                     keys TEXT;
                     state TEXT;
                 BEGIN
                     -- Each fact table with its key columns, and whether its rows carry an audit link.
                     FOREACH fact SLICE 1 IN ARRAY ARRAY[
                         ['data_approvals', 'use_case_id', 'sort_order', '', 'linked'],
                         ['gate_reviews', 'id', '', '', 'linked'],
                         ['gate_signoffs', 'review_id', 'sort_order', '', 'linked'],
                         ['gate_rule_results', 'review_id', 'sort_order', '', ''],
                         ['eval_runs', 'use_case_id', 'id', '', 'linked'],
                         ['eval_results', 'use_case_id', 'run_id', 'category', ''],
                         ['routes', 'id', 'version', '', 'linked'],
                         ['waivers', 'id', '', '', 'linked'],
                         ['waiver_revocations', 'waiver_id', '', '', 'linked']] LOOP
                         keys := array_to_string(ARRAY[quote_literal(fact[2]), quote_literal(NULLIF(fact[3], '')),
                             quote_literal(NULLIF(fact[4], ''))], ', ');
                         EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                             'EXECUTE FUNCTION greenlight_guard_fact(%s)', fact[1] || '_guarded', fact[1], keys);
                         IF fact[5] = 'linked' THEN
                             EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE ON %I DEFERRABLE '
                                 'INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION greenlight_check_fact_link(%s)',
                                 fact[1] || '_linked', fact[1], keys);
                         END IF;
                     END LOOP;
                     FOREACH state IN ARRAY ARRAY['use_cases', 'use_case_data_classes', 'logging_policies', 'runbooks',
                         'runbook_topics', 'runbook_on_call', 'people', 'person_roles', 'person_accounts',
                         'person_signing_keys', 'policy', 'tenants', 'gate_templates', 'gate_template_rules',
                         'gate_template_signoffs'] LOOP
                         EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                             'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION '
                             'greenlight_check_state_recorded()', state || '_recorded', state);
                     END LOOP;
                 END $$)"_s,
             // Privileges narrowed to what the application writes: a fact table takes inserts, and updates only of
             // the columns that go from NULL once (its audit link; a review's decision), never deletes. The state
             // and usage tables stay writable (checked above: state changes come with their event).
             uR"(CREATE OR REPLACE FUNCTION greenlight_grant_privileges() RETURNS void
                 LANGUAGE plpgsql SET search_path FROM CURRENT
                 AS $$
                 DECLARE
                     name TEXT;
                     writers CONSTANT TEXT := 'greenlight_pm, greenlight_cto, greenlight_security, greenlight_legal, '
                         'greenlight_compliance, greenlight_engineering, greenlight_support';
                 BEGIN
                     EXECUTE format('GRANT USAGE ON SCHEMA %I TO greenlight_reader, %s', current_schema(), writers);
                     FOR name IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
                         EXECUTE format('REVOKE ALL ON TABLE %I FROM PUBLIC, greenlight_reader, %s', name, writers);
                         EXECUTE format('GRANT SELECT ON TABLE %I TO greenlight_reader, %s', name, writers);
                         IF name IN ('audit_events', 'gate_rule_results', 'eval_results') THEN
                             EXECUTE format('GRANT INSERT ON TABLE %I TO %s', name, writers);
                         ELSIF name = 'gate_reviews' THEN
                             EXECUTE format('GRANT INSERT, UPDATE (audit_seq, audit_hash, decision, rationale, '
                                 'decision_audit_seq, decision_audit_hash) ON TABLE %I TO %s', name, writers);
                         ELSIF name = 'routes' THEN
                             EXECUTE format('GRANT INSERT, UPDATE (audit_seq, audit_hash, sort_order) ON TABLE %I TO %s',
                                 name, writers);
                         ELSIF name IN ('data_approvals', 'gate_signoffs', 'eval_runs', 'waivers', 'waiver_revocations')
                             THEN
                             EXECUTE format('GRANT INSERT, UPDATE (audit_seq, audit_hash) ON TABLE %I TO %s', name,
                                 writers);
                         ELSIF name NOT IN ('person_logins', 'greenlight_schema') THEN
                             EXECUTE format('GRANT INSERT, UPDATE, DELETE ON TABLE %I TO %s', name, writers);
                         END IF;
                     END LOOP;
                 END $$)"_s,
         }},
        {19,
         u"smaller usage rollups: usage_daily summed without the tenant, per tenant and day, and per use case, tenant "
         u"and day, for the views that need no more (issue 17)"_s,
         {
             // Each is usage_daily grouped by its key (UsageRollups), kept in step by every write of usage_daily.
             uR"(CREATE TABLE usage_daily_model (
                 day INTEGER NOT NULL,
                 source TEXT NOT NULL,
                 use_case TEXT NOT NULL,
                 model TEXT NOT NULL,
                 requests BIGINT NOT NULL,
                 prompt_tokens BIGINT NOT NULL,
                 completion_tokens BIGINT NOT NULL,
                 cost_nanos BIGINT NOT NULL,
                 errors BIGINT NOT NULL,
                 latency_ms_sum BIGINT NOT NULL,
                 latency_count BIGINT NOT NULL,
                 PRIMARY KEY (day, source, use_case, model)))"_s,
             uR"(CREATE TABLE usage_daily_tenant (
                 day INTEGER NOT NULL,
                 tenant TEXT NOT NULL,
                 requests BIGINT NOT NULL,
                 prompt_tokens BIGINT NOT NULL,
                 completion_tokens BIGINT NOT NULL,
                 cost_nanos BIGINT NOT NULL,
                 errors BIGINT NOT NULL,
                 latency_ms_sum BIGINT NOT NULL,
                 latency_count BIGINT NOT NULL,
                 PRIMARY KEY (day, tenant)))"_s,
             uR"(INSERT INTO usage_daily_model (day, source, use_case, model, requests, prompt_tokens, completion_tokens,
                     cost_nanos, errors, latency_ms_sum, latency_count)
                 SELECT day, source, use_case, model, SUM(requests), SUM(prompt_tokens), SUM(completion_tokens),
                     SUM(cost_nanos), SUM(errors), SUM(latency_ms_sum), SUM(latency_count)
                 FROM usage_daily GROUP BY day, source, use_case, model)"_s,
             uR"(INSERT INTO usage_daily_tenant (day, tenant, requests, prompt_tokens, completion_tokens, cost_nanos,
                     errors, latency_ms_sum, latency_count)
                 SELECT day, tenant, SUM(requests), SUM(prompt_tokens), SUM(completion_tokens), SUM(cost_nanos),
                     SUM(errors), SUM(latency_ms_sum), SUM(latency_count)
                 FROM usage_daily GROUP BY day, tenant)"_s,
             uR"(CREATE TABLE usage_daily_use_case_tenant (
                 day INTEGER NOT NULL,
                 use_case TEXT NOT NULL,
                 tenant TEXT NOT NULL,
                 requests BIGINT NOT NULL,
                 prompt_tokens BIGINT NOT NULL,
                 completion_tokens BIGINT NOT NULL,
                 cost_nanos BIGINT NOT NULL,
                 errors BIGINT NOT NULL,
                 latency_ms_sum BIGINT NOT NULL,
                 latency_count BIGINT NOT NULL,
                 PRIMARY KEY (day, use_case, tenant)))"_s,
             uR"(INSERT INTO usage_daily_use_case_tenant (day, use_case, tenant, requests, prompt_tokens,
                     completion_tokens, cost_nanos, errors, latency_ms_sum, latency_count)
                 SELECT day, use_case, tenant, SUM(requests), SUM(prompt_tokens), SUM(completion_tokens),
                     SUM(cost_nanos), SUM(errors), SUM(latency_ms_sum), SUM(latency_count)
                 FROM usage_daily GROUP BY day, use_case, tenant)"_s,
             // The alerts' spend by use case and tenant, in its grouping order: SQLite sums it without a sort (EXPLAIN
             // QUERY PLAN: a covering skip-scan instead of a temporary B-tree; 43-57 ms -> 6-12 ms at 42 k rows).
             uR"(CREATE INDEX usage_daily_use_case_tenant_by_use_case ON usage_daily_use_case_tenant
                 (use_case, tenant, day, cost_nanos))"_s,
             u"ANALYZE usage_daily_model"_s,
             u"ANALYZE usage_daily_tenant"_s,
             u"ANALYZE usage_daily_use_case_tenant"_s,
         }},
        {20,
         u"feedback per use case and day, without the tenant: the edit-rate view and the alerts read a few hundred "
         u"rows instead of every row of feedback_daily; the rollups keep only the indexes a query still reads "
         u"(issue 17)"_s,
         {
             // feedback_daily grouped by (day, use_case), kept in step by every write of feedback_daily.
             uR"(CREATE TABLE feedback_daily_use_case (
                 day INTEGER NOT NULL,
                 use_case TEXT NOT NULL,
                 accepted BIGINT NOT NULL,
                 edited BIGINT NOT NULL,
                 rejected BIGINT NOT NULL,
                 PRIMARY KEY (day, use_case)))"_s,
             uR"(INSERT INTO feedback_daily_use_case (day, use_case, accepted, edited, rejected)
                 SELECT day, use_case, SUM(accepted), SUM(edited), SUM(rejected)
                 FROM feedback_daily GROUP BY day, use_case)"_s,
             u"ANALYZE feedback_daily_use_case"_s,
             // Since the smaller rollups, a query reads usage_daily only with a tenant (and a model, source or use
             // case): the covering indexes by day and model or use case serve none, and feedback_daily's by day and
             // use case gave way to feedback_daily_use_case. Every import paid for them (a fifth of the rollup
             // upsert on PostgreSQL). The one by tenant needs no measures: the planners fetch the few rows of one
             // tenant from the table (PostgreSQL never read it index-only).
             u"DROP INDEX usage_daily_by_model"_s,
             u"DROP INDEX usage_daily_by_use_case"_s,
             u"DROP INDEX usage_daily_by_tenant"_s,
             u"CREATE INDEX usage_daily_by_tenant ON usage_daily (tenant, day)"_s,
             u"DROP INDEX feedback_daily_by_use_case"_s,
         },
         {
             // SQLite's skip-scan for the alerts' spend (migration 19); PostgreSQL plans without it (a hash
             // aggregate over 40 k rows), so there it only slowed every import.
             u"DROP INDEX usage_daily_use_case_tenant_by_use_case"_s,
         }},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace greenlight::models
