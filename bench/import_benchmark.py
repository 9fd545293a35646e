#!/usr/bin/env python3
"""Import benchmark (issue 6): `greenlight import usage` end to end, rollups included, against
sqlite3's own `.import` of the same CSV into a bare table. Prints medians and the ratio of rates.

    bench/import_benchmark.py BUILD_DIR [--records N] [--runs K]
"""
import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time


def make_csv(path, records):
    """Deterministic, realistic traffic: 90 days, 50 tenants, 9 use cases, 3 models."""
    rng = random.Random(20261123)
    models = [("openai", "gpt-4o-mini"), ("openai", "gpt-4o"), ("anthropic", "claude-3-5-haiku")]
    with open(path, "w") as f:
        f.write("request_id,time,source,provider,model,tenant,use_case,prompt_tokens,completion_tokens,"
                "cost_usd,latency_ms,status\n")
        for i in range(records):
            provider, model = models[rng.randrange(3)]
            day = 1 + rng.randrange(90)
            month, dom = (8 + (day - 1) // 30, 1 + (day - 1) % 30)
            f.write(f"req-{i:09d}-{rng.getrandbits(32):08x},2026-{month:02d}-{dom:02d}T{rng.randrange(24):02d}:"
                    f"{rng.randrange(60):02d}:{rng.randrange(60):02d}Z,litellm,{provider},{model},"
                    f"tenant-{rng.randrange(50)},use-case-{rng.randrange(9)},{rng.randint(100, 4000)},"
                    f"{rng.randint(10, 600)},{rng.random() / 50:.6f},{rng.randint(150, 6000)},"
                    f"{'failure' if rng.random() < 0.01 else 'success'}\n")


def timed(command, env=None, timeout=3600):
    """Wall-clock seconds of one run of @command (the other benchmarks use it too)."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   timeout=timeout)
    return time.perf_counter() - start


def report(records, runs, ours, reference, reference_label, note=""):
    """Prints the medians of both and the ratio of their rates; the exit code says whether it reaches 0.5."""
    ours_median, ref_median = statistics.median(ours), statistics.median(reference)
    print(f"records: {records:,}, runs: {runs}{note}")
    print(f"greenlight import usage (with rollups): median {ours_median:.2f} s "
          f"= {records / ours_median:,.0f} records/s")
    print(f"{reference_label:<39} median {ref_median:.2f} s = {records / ref_median:,.0f} records/s")
    ratio = ref_median / ours_median
    print(f"ratio of rates (target >= 0.5): {ratio:.2f}")
    return 0 if ratio >= 0.5 else 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    greenlight = os.path.join(args.build_dir, "greenlight")

    with tempfile.TemporaryDirectory() as work:
        csv = os.path.join(work, "usage.csv")
        make_csv(csv, args.records)
        ours, reference = [], []
        for run in range(args.runs):
            db = os.path.join(work, f"g{run}.sqlite")
            subprocess.run([greenlight, "--db", db, "init"], check=True, stdout=subprocess.DEVNULL)
            ours.append(timed([greenlight, "--db", db, "import", "usage", csv]))
            bare = os.path.join(work, f"s{run}.sqlite")
            reference.append(timed(["sqlite3", bare, ".mode csv", f".import {csv} usage"]))
        return report(args.records, args.runs, ours, reference, "sqlite3 .import into a bare table:")

if __name__ == "__main__":
    sys.exit(main())
