#!/usr/bin/env bash
# The ctest `openapi_lint`: docs/openapi.yaml (or the file given) must be a valid OpenAPI 3.0 document.
# swagger-cli parses the YAML (refusing duplicate keys), validates it against the OpenAPI 3.0 schema
# (a stray or misspelt property is an error) and resolves every $ref.
# Exits 77, which ctest counts as skipped, when the linter is not installed (scripts/install-test-tools.sh,
# which ./test.sh runs); on CI (CI set) a missing linter is a failure instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tools_dir=${SWITCHYARD_TEST_TOOLS_DIR:-$root/.cache/test-tools}
cli="$tools_dir/node_modules/.bin/swagger-cli"
spec=${1:-$root/docs/openapi.yaml}

if [ ! -x "$cli" ]; then
    echo "The OpenAPI linter is not installed: run scripts/install-test-tools.sh" >&2
    [ -n "${CI:-}" ] && exit 1
    exit 77
fi
exec "$cli" validate "$spec"
