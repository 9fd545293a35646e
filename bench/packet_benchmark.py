#!/usr/bin/env python3
"""Packet benchmark (issue 8): end-to-end `greenlight export packet USE_CASE` (process start, evidence
queries over the rollups, layout, three vector charts, PDF written, audit event) on the demo database
with N extra usage records. Prints the median against the 1 s target, and the ratio against the same
process exporting the audit log (start-up and database open without layout or charts).

    bench/packet_benchmark.py BUILD_DIR [--records N] [--runs K]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from import_benchmark import make_csv, timed  # noqa: E402



def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    greenlight = os.path.join(args.build_dir, "greenlight")
    env = dict(os.environ)
    env.pop("DISPLAY", None)  # as in CI: no display, the offscreen platform draws the PDF
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "packet.sqlite")
        csv = os.path.join(work, "usage.csv")
        subprocess.run([greenlight, "--db", db, "init", "--demo"], check=True, stdout=subprocess.DEVNULL)
        if args.records:
            make_csv(csv, args.records)
            subprocess.run([greenlight, "--db", db, "import", "usage", csv], check=True, stdout=subprocess.DEVNULL)
        pdf = os.path.join(work, "packet.pdf")
        log = os.path.join(work, "audit.jsonl")
        packet = [timed([greenlight, "--db", db, "export", "packet", "support-reply-draft", "--out", pdf], env)
                  for _ in range(args.runs)]
        reference = [timed([greenlight, "--db", db, "export", "audit-log", "--out", log], env)
                     for _ in range(args.runs)]
    median, ref = statistics.median(packet), statistics.median(reference)
    print(f"usage records: {args.records:,} (plus the demo's), runs: {args.runs}")
    print(f"export packet (one use case, 3 charts): median {median * 1000:.0f} ms (target < 1000 ms)")
    print(f"export audit-log (same process start):  median {ref * 1000:.0f} ms; ratio {median / ref:.1f}")
    return 0 if median < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
