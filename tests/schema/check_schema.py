#!/usr/bin/env python3
"""The published JSON Schema accepts the normative example and the demo, and rejects what the importer rejects."""
import copy
import json
import sys

import jsonschema

schema_path, example_path, demo_path = sys.argv[1:4]
schema = json.load(open(schema_path, encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

failures = []
for path in (example_path, demo_path):
    for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
        failures.append(f"{path}: {error.json_path}: {error.message}")

example = json.load(open(example_path, encoding="utf-8"))
bad = {
    "unknown top-level key": lambda d: d.__setitem__("colour", "green"),
    "score of 7": lambda d: d["use_cases"][0]["scoring"].__setitem__("hours_saved", 7),
    "unknown data class": lambda d: d["use_cases"][0]["data_classes"].append("secret"),
    "wrong format": lambda d: d.__setitem__("format", "greenlight.portfolio/2"),
    "revenue as text": lambda d: d["tenants"][0].__setitem__("monthly_revenue_usd", "12000"),
    "id not a slug": lambda d: d["use_cases"][0].__setitem__("id", "Support Reply"),
    "unknown rule": lambda d: d["gate_templates"][0]["rules"].append("owner.ceo"),
    "account with a space": lambda d: d["people"][0].__setitem__("accounts", ["ana ruiz"]),
    "account with two hosts": lambda d: d["people"][0].__setitem__("accounts", ["ana@a@b"]),
    "training as text": lambda d: d["policy"].__setitem__("training", "yes"),
    "evidence limit of zero days": lambda d: d["policy"].__setitem__("evidence_max_age_days", {"eval_run": 0}),
    "review decision withdrawn": lambda d: d["use_cases"][0]["gate_reviews"][0].__setitem__("decision", "withdrawn"),
}
for name, mutate in bad.items():
    document = copy.deepcopy(example)
    mutate(document)
    if validator.is_valid(document):
        failures.append(f"schema accepts a bad portfolio: {name}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"schema accepts the example and the demo and rejects {len(bad)} bad portfolios")
