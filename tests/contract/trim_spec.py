#!/usr/bin/env python3
"""Writes the part of a vendor's OpenAPI description that a connector uses, as JSON, for Prism to serve.

    trim_spec.py SPEC OUT PATH[,PATH…]

Keeps the named paths exactly as published, every component they reference (transitively) and the security
schemes; drops the other operations, webhooks and unreferenced components. Prism then starts in about a second
instead of fifteen (OpenAI's description is 3 MB of YAML) and serves and validates these operations just as it
would from the whole file. Fails, naming it, if a path is not in the description."""
import json
import sys

import yaml


def main():
    source, out, paths = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    with open(source, encoding="utf-8") as f:
        spec = json.load(f) if source.endswith(".json") else yaml.safe_load(f)
    missing = [p for p in paths if p not in spec.get("paths", {})]
    if missing:
        sys.exit(f"trim_spec: {source} has no path {', '.join(missing)}")
    spec.pop("webhooks", None)
    spec["paths"] = {p: spec["paths"][p] for p in paths}
    components = spec.get("components", {})
    used = set()

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                _, _, kind, name = ref.split("/", 3)
                if (kind, name) not in used:
                    used.add((kind, name))
                    walk(components[kind][name])
            for key, value in node.items():
                if key != "$ref":
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec["paths"])
    kept = {}
    for kind, entries in components.items():
        chosen = entries if kind == "securitySchemes" else {n: e for n, e in entries.items() if (kind, n) in used}
        if chosen:
            kept[kind] = chosen
    spec["components"] = kept
    with open(out, "w", encoding="utf-8") as f:
        json.dump(spec, f)


if __name__ == "__main__":
    main()
