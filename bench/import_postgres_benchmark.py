#!/usr/bin/env python3
"""PostgreSQL import benchmark (issue 17): `greenlight import usage` into a PostgreSQL database, end to end (new
records: COPY straight into usage_records, the rollups summed by the client and added through one more COPY; an
input with stored records: COPY into a staging table and one statement from there), against `psql \\copy` of the
same CSV into a bare table on the same server. Prints medians and the ratio of rates (goal >= 0.5). Also times
`psql \\copy` into a table with usage_records' primary key (no rollups), for what the key alone costs, and a second
import of the same file (every record already stored: the staging path).

    bench/import_postgres_benchmark.py BUILD_DIR [--records N] [--runs K]

Needs GREENLIGHT_TEST_PG; without it, the script runs itself under tests/support/with-postgres.sh, which starts a
throwaway server on loopback (fsync off, as for the tests).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

from import_benchmark import make_csv, report, timed

KEYED = ("CREATE TABLE keyed (request_id text, time text, source text, provider text, model text, tenant text, "
         "use_case text, prompt_tokens text, completion_tokens text, cost_usd text, latency_ms text, status text, "
         "PRIMARY KEY (source, request_id))")
BARE = ("CREATE TABLE bare (request_id text, time text, source text, provider text, model text, tenant text, "
        "use_case text, prompt_tokens text, completion_tokens text, cost_usd text, latency_ms text, status text)")


def psql(url, *commands):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url] + [a for c in commands for a in ("-c", c)],
                   check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    url = os.environ.get("GREENLIGHT_TEST_PG")
    if not url:
        wrapper = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "support",
                               "with-postgres.sh")
        return subprocess.run([wrapper, sys.executable, os.path.abspath(__file__)] + sys.argv[1:]).returncode
    greenlight = os.path.join(args.build_dir, "greenlight")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    with tempfile.TemporaryDirectory() as work:
        csv = os.path.join(work, "usage.csv")
        make_csv(csv, args.records)
        ours, again, reference, keyed = [], [], [], []
        for _ in range(args.runs):
            psql(url, "SET client_min_messages TO WARNING", "DROP SCHEMA public CASCADE", "CREATE SCHEMA public")
            subprocess.run([greenlight, "--db", url, "init"], check=True, stdout=subprocess.DEVNULL, env=env)
            ours.append(timed([greenlight, "--db", url, "import", "usage", csv], env=env))
            again.append(timed([greenlight, "--db", url, "import", "usage", csv], env=env))
            psql(url, BARE, KEYED)
            reference.append(timed(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c",
                                    f"\\copy bare FROM '{csv}' WITH (FORMAT csv, HEADER true)"]))
            keyed.append(timed(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c",
                                f"\\copy keyed FROM '{csv}' WITH (FORMAT csv, HEADER true)"]))
        print(f"the same file again (all stored, staging path): median {statistics.median(again):.2f} s")
        print(f"psql \\copy into a table with the key:   median {statistics.median(keyed):.2f} s")
        return report(args.records, args.runs, ours, reference, "psql \\copy into a bare table:",
                      ", server: PostgreSQL on loopback (fsync off)")

if __name__ == "__main__":
    sys.exit(main())
