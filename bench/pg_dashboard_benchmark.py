#!/usr/bin/env python3
"""Dashboard benchmark at scale on PostgreSQL (issue 17): N usage records (100 million by default) generated
server-side, then each dashboard view's query through the app's own query code (greenlight_dashboard_bench), against
a plain GROUP BY over the raw usage table in the same run. Medians in milliseconds; sizes and generation times too.

    bench/pg_dashboard_benchmark.py BUILD_DIR [--records N] [--runs K] [--reference-runs R] [--url URL]

Without --url it starts a throwaway server through tests/support/with-postgres.sh (fsync off, deleted at exit).
With --url it uses that database (an empty one, or one this script filled: then, when it already holds N records,
it skips the load).
The records are not imported through `greenlight import`: 100 M CSV rows would not fit the time of a 2-core machine.
One INSERT … SELECT FROM generate_series per chunk writes them with the distributions of import_benchmark.make_csv
(90 days, 50 tenants, 9 use cases, 3 models); the rollups are then built from them by GROUP BY with the importer's
aggregation (recordimporter.cpp's addToRollup), the smaller ones of schema 19 from usage_daily.
"""
import argparse
import datetime
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WITH_POSTGRES = os.path.join(HERE, "..", "tests", "support", "with-postgres.sh")
CHUNK = 10_000_000
FIRST_DAY = (datetime.date(2026, 8, 1) - datetime.date(1970, 1, 1)).days

# make_csv's day d in 1..90 is 2026-MM-DD with MM = 8 + (d-1)/30 and DD = 1 + (d-1)%30 (no 31 August);
# the epoch days of the three months' first days are FIRST_DAY + 0, 31 and 61.
DAY = f"({FIRST_DAY} + (ARRAY[0, 31, 61])[1 + d / 30] + d % 30)"

USAGE_CHUNK = f"""
INSERT INTO usage_records (source, request_id, occurred_at_ms, provider, model, tenant, use_case, prompt_tokens,
                           completion_tokens, cost_nanos, latency_ms, status)
SELECT 'litellm', 'req-' || lpad(i::text, 9, '0') || '-' || lpad(to_hex(h), 8, '0'),
       {DAY}::bigint * 86400000 + s * 1000,
       (ARRAY['openai', 'openai', 'anthropic'])[m + 1], (ARRAY['gpt-4o-mini', 'gpt-4o', 'claude-3-5-haiku'])[m + 1],
       'tenant-' || t, 'use-case-' || u, p, c, n * 1000, l, CASE WHEN f < 0.01 THEN 'failure' ELSE 'success' END
FROM (SELECT i, floor(random() * 2147483647)::int AS h, floor(random() * 90)::int AS d,
             floor(random() * 86400)::int AS s, floor(random() * 3)::int AS m, floor(random() * 50)::int AS t,
             floor(random() * 9)::int AS u, 100 + floor(random() * 3901)::bigint AS p,
             10 + floor(random() * 591)::bigint AS c, round(random() * 20000)::bigint AS n,
             150 + floor(random() * 5851)::bigint AS l, random() AS f
      FROM generate_series(@FIRST@, @LAST@) AS i) AS g
"""

FEEDBACK_CHUNK = f"""
INSERT INTO feedback_records (source, feedback_key, occurred_at_ms, use_case, tenant, request_id, outcome)
SELECT 'app', 'fb-' || i, {DAY}::bigint * 86400000 + s * 60000, 'use-case-' || u, 'tenant-' || t, 'fb-' || i,
       CASE WHEN o < 6 THEN 'accepted' WHEN o < 9 THEN 'edited' ELSE 'rejected' END
FROM (SELECT i, floor(random() * 90)::int AS d, floor(random() * 1440)::int AS s, floor(random() * 9)::int AS u,
             floor(random() * 50)::int AS t, floor(random() * 10)::int AS o
      FROM generate_series(@FIRST@, @LAST@) AS i) AS g
"""

# The importer's aggregation (recordimporter.cpp addToRollup): an error is a non-empty status other than
# "success"; latency sums only the records that have one. Every generated time is after 1970, so integer
# division is epochDay's floor. CREATE TABLE AS may run in parallel, INSERT … SELECT may not (PostgreSQL 15).
ROLLUPS = [
    """CREATE UNLOGGED TABLE bench_usage_daily AS
       SELECT (occurred_at_ms / 86400000)::int AS day, source, use_case, tenant, model, count(*) AS requests,
              sum(prompt_tokens) AS prompt_tokens, sum(completion_tokens) AS completion_tokens,
              sum(cost_nanos) AS cost_nanos, count(*) FILTER (WHERE status <> '' AND status <> 'success') AS errors,
              coalesce(sum(latency_ms), 0) AS latency_ms_sum, count(latency_ms) AS latency_count
       FROM usage_records GROUP BY 1, 2, 3, 4, 5""",
    "DELETE FROM usage_daily",
    "INSERT INTO usage_daily SELECT * FROM bench_usage_daily",
    "DROP TABLE bench_usage_daily",
    # The smaller rollups of schema 19 (models/storage/usagerollups.cpp): usage_daily summed by their keys.
    "DELETE FROM usage_daily_model",
    """INSERT INTO usage_daily_model (day, source, use_case, model, requests, prompt_tokens, completion_tokens,
                                      cost_nanos, errors, latency_ms_sum, latency_count)
       SELECT day, source, use_case, model, sum(requests), sum(prompt_tokens), sum(completion_tokens),
              sum(cost_nanos), sum(errors), sum(latency_ms_sum), sum(latency_count)
       FROM usage_daily GROUP BY 1, 2, 3, 4""",
    "DELETE FROM usage_daily_tenant",
    """INSERT INTO usage_daily_tenant (day, tenant, requests, prompt_tokens, completion_tokens, cost_nanos, errors,
                                       latency_ms_sum, latency_count)
       SELECT day, tenant, sum(requests), sum(prompt_tokens), sum(completion_tokens), sum(cost_nanos), sum(errors),
              sum(latency_ms_sum), sum(latency_count)
       FROM usage_daily GROUP BY 1, 2""",
    "DELETE FROM usage_daily_use_case_tenant",
    """INSERT INTO usage_daily_use_case_tenant (day, use_case, tenant, requests, prompt_tokens, completion_tokens,
                                                cost_nanos, errors, latency_ms_sum, latency_count)
       SELECT day, use_case, tenant, sum(requests), sum(prompt_tokens), sum(completion_tokens), sum(cost_nanos),
              sum(errors), sum(latency_ms_sum), sum(latency_count)
       FROM usage_daily GROUP BY 1, 2, 3""",
    "DELETE FROM feedback_daily",
    """INSERT INTO feedback_daily (day, use_case, tenant, accepted, edited, rejected)
       SELECT (occurred_at_ms / 86400000)::int, use_case, tenant, count(*) FILTER (WHERE outcome = 'accepted'),
              count(*) FILTER (WHERE outcome = 'edited'), count(*) FILTER (WHERE outcome = 'rejected')
       FROM feedback_records GROUP BY 1, 2, 3""",
    # Schema 20: feedback_daily summed per day and use case.
    "DELETE FROM feedback_daily_use_case",
    """INSERT INTO feedback_daily_use_case (day, use_case, accepted, edited, rejected)
       SELECT day, use_case, sum(accepted), sum(edited), sum(rejected) FROM feedback_daily GROUP BY 1, 2""",
]

SIZES = """
SELECT c.relname, pg_size_pretty(pg_total_relation_size(c.oid)), pg_size_pretty(pg_relation_size(c.oid)),
       pg_size_pretty(pg_indexes_size(c.oid)), c.reltuples::bigint
FROM pg_class c WHERE c.relname IN ('usage_records', 'usage_daily', 'usage_daily_model', 'usage_daily_tenant',
                                    'usage_daily_use_case_tenant', 'feedback_records', 'feedback_daily',
                                    'feedback_daily_use_case')
ORDER BY pg_total_relation_size(c.oid) DESC
"""


def chunk(statement, first, last):
    return statement.replace("@FIRST@", str(first)).replace("@LAST@", str(last))


def psql(url, *statements):
    """Runs @statements in one session, stops at the first error, returns the unaligned output."""
    command = ["psql", url, "-X", "-q", "-At", "-F", " | ", "-v", "ON_ERROR_STOP=1",
               "-c", "SET synchronous_commit = off", "-c", "SET work_mem = '256MB'",
               "-c", "SET maintenance_work_mem = '1GB'"]
    for statement in statements:
        command += ["-c", statement]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def timed(label, url, *statements):
    start = time.perf_counter()
    psql(url, *statements)
    seconds = time.perf_counter() - start
    print(f"  {label}: {seconds:.1f} s", flush=True)
    return seconds


def load(url, greenlight, records):
    subprocess.run([greenlight, "--db", url, "init", "--demo"], check=True, stdout=subprocess.DEVNULL)
    print(f"generating {records:,} usage records and {records // 10:,} feedback records server-side…", flush=True)
    total = 0.0
    for first in range(0, records, CHUNK):
        last = min(records, first + CHUNK) - 1
        # One seed per chunk: the same N gives the same data, and chunks do not repeat each other.
        seed = f"SELECT setseed({(first // CHUNK % 1000) / 1000.0})"
        total += timed(f"usage records {first:,}–{last:,}", url, seed, chunk(USAGE_CHUNK, first, last))
    feedback = max(1, records // 10)
    total += timed(f"feedback records 0–{feedback - 1:,}", url, "SELECT setseed(0.999)",
                   chunk(FEEDBACK_CHUNK, 0, feedback - 1))
    rollups = timed("rollups by GROUP BY", url, *ROLLUPS)
    vacuum = timed("VACUUM ANALYZE (visibility map for index-only scans, planner statistics)", url,
                   "VACUUM ANALYZE")
    print(f"generation {total:.0f} s ({(records + feedback) / total:,.0f} records/s), rollups {rollups:.0f} s, "
          f"vacuum {vacuum:.0f} s", flush=True)


def loaded_records(url):
    """The benchmark's usage records already in @url (read from the rollup, not by counting the raw table)."""
    try:
        return int(psql(url, "SELECT coalesce(sum(requests), 0) FROM usage_daily WHERE source = 'litellm'") or 0)
    except subprocess.CalledProcessError:
        return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--records", type=int, default=100_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--reference-runs", type=int, default=3, help="runs of the plain GROUP BY over raw rows")
    parser.add_argument("--url", help="postgresql:// URL of a database to fill (or reuse); default: a throwaway server")
    parser.add_argument("--throwaway", action="store_true", help=argparse.SUPPRESS)  # inside with-postgres.sh
    args = parser.parse_args()
    build_dir = os.path.abspath(args.build_dir)
    greenlight = os.path.join(build_dir, "greenlight")
    bench = os.path.join(build_dir, "bench", "greenlight_dashboard_bench")

    if not args.url and not args.throwaway:
        # Again, inside a server of its own; with-postgres.sh deletes it on every exit path.
        return subprocess.run([WITH_POSTGRES, sys.executable, os.path.abspath(__file__)] + sys.argv[1:] +
                              ["--throwaway"]).returncode
    url = args.url or os.environ["GREENLIGHT_TEST_PG"]
    if args.throwaway:
        # Our own server: fewer checkpoints while loading (fsync is off already).
        psql(url, "ALTER SYSTEM SET max_wal_size = '8GB'", "SELECT pg_reload_conf()")

    if loaded_records(url) != args.records:
        load(url, greenlight, args.records)
    print(psql(url, "SELECT version()"))
    print("relation | total | table | indexes | rows (estimate)")
    print(psql(url, SIZES))
    print(f"database {psql(url, 'SELECT pg_size_pretty(pg_database_size(current_database()))')}; "
          f"records: {args.records:,} (+ the demo's), runs: {args.runs}, reference runs: {args.reference_runs}",
          flush=True)
    return subprocess.run([bench, url, "2026-08-01", "2026-10-30", str(args.runs), str(args.reference_runs)]).returncode


if __name__ == "__main__":
    sys.exit(main())
