#!/usr/bin/env python3
"""Shows what changed between two versions of an API description in the operations a connector uses.

    spec_diff.py OLD NEW PATH[,PATH…]

For each path and method: the parameters (where, required, type, allowed values), the request body's properties
and the properties of the success response, each resolved through $ref. Prints one line per difference and
exits 0; prints "no change in the paths the connector uses" when there is none."""
import json
import sys

import yaml


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f) if path.endswith(".json") else yaml.safe_load(f)


def resolve(spec, node, depth=0):
    while isinstance(node, dict) and "$ref" in node and depth < 20:
        _, _, kind, name = node["$ref"].split("/", 3)
        node = spec.get("components", {}).get(kind, {}).get(name, {})
        depth += 1
    return node or {}


def properties(spec, schema):
    """Property names of a schema, through allOf/oneOf/anyOf, one level deep."""
    schema = resolve(spec, schema)
    names = set(schema.get("properties", {}))
    for key in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(key, []):
            names |= properties(spec, part)
    return names


def describe(spec, path):
    out = {}
    for method, op in (spec.get("paths", {}).get(path) or {}).items():
        if not isinstance(op, dict) or method.startswith("x-") or method == "parameters":
            continue
        for p in op.get("parameters", []):
            p = resolve(spec, p)
            schema = resolve(spec, p.get("schema", {}))
            items = resolve(spec, schema.get("items", {}))
            enum = schema.get("enum") or items.get("enum")
            out[f"{method.upper()} {path} parameter {p.get('in')}:{p.get('name')}"] = (
                f"required={bool(p.get('required'))} type={schema.get('type')}"
                + (f" enum={sorted(map(str, enum))}" if enum else ""))
        body = resolve(spec, op.get("requestBody", {}))
        for media in body.get("content", {}).values():
            for name in sorted(properties(spec, media.get("schema", {}))):
                out[f"{method.upper()} {path} body property {name}"] = "present"
        for status, response in op.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            for media in resolve(spec, response).get("content", {}).values():
                for name in sorted(properties(spec, media.get("schema", {}))):
                    out[f"{method.upper()} {path} response {status} property {name}"] = "present"
    return out


def main():
    old, new, paths = load(sys.argv[1]), load(sys.argv[2]), sys.argv[3].split(",")
    changes = []
    for path in paths:
        if path not in new.get("paths", {}):
            changes.append(f"- {path}: gone from the new description")
            continue
        before, after = describe(old, path), describe(new, path)
        for key in sorted(set(before) | set(after)):
            if key not in after:
                changes.append(f"- {key} ({before[key]})")
            elif key not in before:
                changes.append(f"+ {key} ({after[key]})")
            elif before[key] != after[key]:
                changes.append(f"~ {key}: {before[key]} -> {after[key]}")
    print("\n".join(changes) if changes else "no change in the paths the connector uses")


if __name__ == "__main__":
    main()
