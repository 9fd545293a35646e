#!/usr/bin/env python3
"""Dashboard benchmark (issue 7): each view's query over N usage records (10 million by default),
against a plain GROUP BY over the raw usage table on the same database. Medians in milliseconds.

    bench/dashboard_benchmark.py BUILD_DIR [--records N] [--runs K] [--keep DB]
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

from import_benchmark import make_csv


def make_feedback(path, records):
    """Feedback on the same 90 days, tenants and use cases as make_csv's usage."""
    rng = random.Random(7)
    outcomes = ["accepted"] * 6 + ["edited"] * 3 + ["rejected"]
    with open(path, "w") as f:
        f.write("time,use_case,tenant,request_id,outcome,source\n")
        for i in range(records):
            day = 1 + rng.randrange(90)
            month, dom = (8 + (day - 1) // 30, 1 + (day - 1) % 30)
            f.write(f"2026-{month:02d}-{dom:02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z,"
                    f"use-case-{rng.randrange(9)},tenant-{rng.randrange(50)},fb-{i},{rng.choice(outcomes)},app\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--records", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", help="reuse (or create and keep) this database")
    args = parser.parse_args()
    greenlight = os.path.join(args.build_dir, "greenlight")
    bench = os.path.join(args.build_dir, "bench", "greenlight_dashboard_bench")

    with tempfile.TemporaryDirectory() as work:
        db = args.keep or os.path.join(work, "dashboard.sqlite")
        if not os.path.exists(db):
            usage, feedback = os.path.join(work, "usage.csv"), os.path.join(work, "feedback.csv")
            print(f"building a database of {args.records:,} usage records…", flush=True)
            make_csv(usage, args.records)
            make_feedback(feedback, args.records // 10)
            subprocess.run([greenlight, "--db", db, "init", "--demo"], check=True, stdout=subprocess.DEVNULL)
            subprocess.run([greenlight, "--db", db, "import", "usage", usage], check=True, stdout=subprocess.DEVNULL)
            subprocess.run([greenlight, "--db", db, "import", "feedback", feedback], check=True,
                           stdout=subprocess.DEVNULL)
        print(f"records: {args.records:,} (+ the demo's), runs: {args.runs}", flush=True)
        return subprocess.run([bench, db, "2026-08-01", "2026-10-30", str(args.runs)]).returncode


if __name__ == "__main__":
    sys.exit(main())
