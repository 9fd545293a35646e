#!/usr/bin/env python3
"""Start-up benchmark (issue 5): cold start to a drawn main window on a database with N usage
records, against a bare Qt window with a table. Prints medians and the ratio (target <= 5).

    bench/startup_benchmark.py BUILD_DIR [--records N] [--runs K]
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
    bare = os.path.join(args.build_dir, "bench", "greenlight_bare_window")
    env = dict(os.environ, GREENLIGHT_QUIT_AFTER_FIRST_PAINT="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "startup.sqlite")
        csv = os.path.join(work, "usage.csv")
        subprocess.run([greenlight, "--db", db, "init", "--demo"], check=True, stdout=subprocess.DEVNULL)
        make_csv(csv, args.records)
        subprocess.run([greenlight, "--db", db, "import", "usage", csv], check=True, stdout=subprocess.DEVNULL)
        ours = [timed([greenlight, "--db", db], env) for _ in range(args.runs)]
        reference = [timed([bare], env) for _ in range(args.runs)]
    ours_median, ref_median = statistics.median(ours), statistics.median(reference)
    print(f"usage records in the database: {args.records:,} (plus the demo's), runs: {args.runs}, "
          f"platform: {env['QT_QPA_PLATFORM']}")
    print(f"greenlight to a drawn main window: median {ours_median * 1000:.0f} ms")
    print(f"bare Qt window with a table:       median {ref_median * 1000:.0f} ms")
    ratio = ours_median / ref_median
    print(f"ratio (target <= 5): {ratio:.2f}")
    return 0 if ratio <= 5 else 1


if __name__ == "__main__":
    sys.exit(main())
