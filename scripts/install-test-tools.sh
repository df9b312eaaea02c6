#!/usr/bin/env bash
# Installs the Debian validators of the package tests (below) and the test tools that are not Debian
# packages into .cache/test-tools (git-ignored), only when
# missing or at another version: the OpenAPI linter of the ctest `openapi_lint` (scripts/lint-openapi.sh)
# and Kubernetes' published schemas for the ctests `kubernetes_manifest_schemas`
# (tests/kubernetes/validate-manifests.sh) and `installer_manifests_schemas`
# (tests/kubernetes/validate-installer.sh), and promtool for the ctest that lints a real server's /metrics
# (test_server_MetricsExport). Idempotent: a second run does nothing and needs no network.
set -euo pipefail
cd "$(dirname "$0")/.."

tools_dir=${SWITCHYARD_TEST_TOOLS_DIR:-$PWD/.cache/test-tools}
# Pinned: a new release must not fail the suite by itself. Both tried here with Node 20.
packages=(
    "@apidevtools/swagger-cli@4.0.4"
    # Kubernetes' published OpenAPI schemas compiled into validators (types, required fields, enums,
    # the "quantity" format), one class per kind.
    "kubernetes-models@4.5.1"
    # Reads installer/kubernetes/*.yaml (several documents a file) for installer_manifests_schemas. Named
    # here, not taken from swagger-cli's dependencies, whose version is theirs to change.
    "js-yaml@4.1.0"
)

# promtool comes from Debian's prometheus package, unpacked rather than installed: installing it would run
# its postinst, which creates a user and may start a Prometheus daemon on this machine.
# Debian's validators for the ctests of tests/package: desktop-file-validate, appstreamcli and
# systemd-analyze (the unit; systemd is not started, a container keeps its own init).
./scripts/install-deps.sh desktop-file-utils appstream systemd

promtool="$tools_dir/prometheus/usr/bin/promtool"
if [ ! -x "$promtool" ] && command -v apt-get >/dev/null 2>&1; then
    download=$(mktemp -d)
    # A machine that had every package already may have no package lists yet: read them once and retry.
    fetch_deb() { (cd "$download" && apt-get download prometheus >/dev/null 2>&1); }
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    if fetch_deb || { "${sudo_cmd[@]}" apt-get update -qq && fetch_deb; }; then
        mkdir -p "$tools_dir/prometheus"
        dpkg -x "$download"/prometheus_*.deb "$tools_dir/prometheus"
        echo "Unpacked promtool into $tools_dir/prometheus"
    else
        echo "Could not download Debian's prometheus package; the promtool check will be skipped" >&2
    fi
    rm -rf "$download"
fi

missing=()
for package in "${packages[@]}"; do
    name=${package%@*}
    version=${package##*@}
    installed="$tools_dir/node_modules/$name/package.json"
    if ! { [ -f "$installed" ] && grep -q "\"version\": \"$version\"" "$installed"; }; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v npm >/dev/null 2>&1; then
    ./scripts/install-deps.sh nodejs npm
fi
echo "Installing ${missing[*]} into $tools_dir"
mkdir -p "$tools_dir"
# All of them in one call: npm install --prefix rewrites package.json, and separate calls would each
# prune what the previous one added.
npm install --prefix "$tools_dir" --no-audit --no-fund --loglevel=error --save-exact "${packages[@]}"
