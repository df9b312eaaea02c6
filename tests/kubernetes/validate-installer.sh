#!/usr/bin/env bash
# The ctest `installer_manifests_schemas`: installer/kubernetes validates against Kubernetes' published
# schemas, and its kustomization lists exactly its files; so do the examples in docs/kubernetes.md.
#   validate-installer.sh INSTALLER_DIR WORK_DIR
# Exits 77 (skipped) when kubernetes-models or js-yaml is not installed (scripts/install-test-tools.sh,
# which ./test.sh runs); on CI (CI set) that is a failure instead. When kubectl is installed, what
# `kubectl kustomize` builds from the folder (offline) is validated too.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools_dir=${SWITCHYARD_TEST_TOOLS_DIR:-$root/.cache/test-tools}
installer=$1
work=$2

for package in kubernetes-models js-yaml; do
    if [ ! -f "$tools_dir/node_modules/$package/package.json" ] || ! command -v node >/dev/null; then
        echo "$package or node is not installed: run scripts/install-test-tools.sh" >&2
        [ -n "${CI:-}" ] && exit 1
        exit 77
    fi
done
rm -rf "$work"
mkdir -p "$work"
built=()
kustomize_failed=0
if command -v kubectl >/dev/null; then
    if kubectl kustomize "$installer" >"$work/built.yaml"; then
        built=(--built "$work/built.yaml")
    else
        echo "FAIL kubectl kustomize $installer (its message is above)"
        kustomize_failed=1
    fi
else
    echo "kubectl is not installed: the kustomize build is not checked"
fi
# The files are checked even when kustomize failed: their messages say which file is wrong.
NODE_PATH="$tools_dir/node_modules" node "$(dirname "$0")/validate-installer.js" "$installer" "${built[@]}" \
    --doc "$root/docs/kubernetes.md"
exit $kustomize_failed
