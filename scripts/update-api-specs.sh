#!/usr/bin/env bash
# Fetches the newest published API descriptions of the gateways that have one, shows what changed in the paths
# and parameters the connectors use, and replaces the copies in tests/contract/specs. Needs internet (github.com);
# CI never runs it: it tests against the copies. Afterwards: update the commit column of tests/contract/README.md
# (printed below), run the contract tests (ctest -R tst_contract) and commit.
#   scripts/update-api-specs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
specs=tests/contract/specs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# file | repository | path in it | the paths the connector uses
sources=(
  "openai.openapi.yaml|openai/openai-openapi|openapi.yaml|/organization/costs,/organization/usage/completions"
  "helicone.swagger.json|Helicone/helicone|valhalla/jawn/src/tsoa-build/public/swagger.json|/v1/request/query-clickhouse"
  "litellm.openapi.json|BerriAI/litellm|openapi.json|/spend/logs/v2"
  "langfuse.openapi.yml|langfuse/langfuse|web/public/generated/api/openapi.yml|/api/public/v2/observations,/api/public/v2/scores"
)

for entry in "${sources[@]}"; do
  IFS='|' read -r file repo path used <<<"$entry"
  commit=$(git ls-remote "https://github.com/$repo" HEAD | cut -f1)
  echo "== $file: $repo $path at $commit"
  curl -fsSL "https://raw.githubusercontent.com/$repo/$commit/$path" -o "$work/$file"
  python3 tests/contract/spec_diff.py "$specs/$file" "$work/$file" "$used"
  cp "$work/$file" "$specs/$file"
done
