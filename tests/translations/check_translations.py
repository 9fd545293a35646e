#!/usr/bin/env python3
"""Fails when a translation is incomplete: runs lupdate on a copy of each .ts (as
scripts/update-translations.sh does) so that a source string missing from the file shows up as a
new unfinished message, then checks every message is finished, every plural form is filled, and
each translation keeps the source's placeholders (%1, %n, …).

    check_translations.py SOURCE_DIR LUPDATE
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def check(ts_path, source_dir, lupdate, plural_only):
    problems = []
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, os.path.basename(ts_path))
        shutil.copy(ts_path, copy)
        options = ["-silent", "-locations", "none", "-no-obsolete"] + (["-pluralonly"] if plural_only else [])
        subprocess.run([lupdate] + options + ["app", "models", "ui", "-ts", copy], cwd=source_dir, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        root = ET.parse(copy).getroot()
    name = os.path.basename(ts_path)
    for context in root.iter("context"):
        where = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            label = f"{name}: {where}: {source!r}"
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{label}: not translated (or missing from the file)")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if not all(t.strip() for t in texts):
                problems.append(f"{label}: an empty translation or plural form")
            wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            for text in texts:
                if sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) != wanted:
                    problems.append(f"{label}: placeholders {wanted} not kept in {text!r}")
    return problems


def main():
    source_dir, lupdate = sys.argv[1], sys.argv[2]
    problems = []
    for name, plural_only in (("greenlight_de.ts", False), ("greenlight_en.ts", True)):
        problems += check(os.path.join(source_dir, "translations", name), source_dir, lupdate, plural_only)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)" if problems else "translations complete")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
