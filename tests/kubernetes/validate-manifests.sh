#!/usr/bin/env bash
# The ctest `kubernetes_manifest_schemas`: what DeploymentManifest builds validates against Kubernetes'
# published schemas.   validate-manifests.sh SAMPLES_EXECUTABLE OUTPUT_DIR
# Exits 77 (skipped) when kubernetes-models is not installed (scripts/install-test-tools.sh, which
# ./test.sh runs); on CI (CI set) that is a failure instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools_dir=${SWITCHYARD_TEST_TOOLS_DIR:-$root/.cache/test-tools}
samples=$1
out=$2

if [ ! -f "$tools_dir/node_modules/kubernetes-models/package.json" ] || ! command -v node >/dev/null; then
    echo "kubernetes-models or node is not installed: run scripts/install-test-tools.sh" >&2
    [ -n "${CI:-}" ] && exit 1
    exit 77
fi
rm -rf "$out"
mkdir -p "$out"
"$samples" "$out"
NODE_PATH="$tools_dir/node_modules" exec node "$(dirname "$0")/validate-manifests.js" "$out"
