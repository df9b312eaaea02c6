#!/usr/bin/env bash
# Installs the test tools that are not Debian packages into .cache/test-tools (git-ignored), only when
# missing or at another version: the OpenAPI linter of the ctest `openapi_lint` (scripts/lint-openapi.sh).
# Idempotent: a second run does nothing and needs no network.
set -euo pipefail
cd "$(dirname "$0")/.."

tools_dir=${SWITCHYARD_TEST_TOOLS_DIR:-$PWD/.cache/test-tools}
# Pinned: a new linter release must not fail the suite by itself. Runs on Node >= 10 (Debian 12 has 18).
swagger_cli_version=4.0.4

installed="$tools_dir/node_modules/@apidevtools/swagger-cli/package.json"
if [ -f "$installed" ] && grep -q "\"version\": \"$swagger_cli_version\"" "$installed"; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    ./scripts/install-deps.sh nodejs npm
fi
echo "Installing @apidevtools/swagger-cli@$swagger_cli_version into $tools_dir"
mkdir -p "$tools_dir"
npm install --prefix "$tools_dir" --no-audit --no-fund --loglevel=error --save-exact \
    "@apidevtools/swagger-cli@$swagger_cli_version"
