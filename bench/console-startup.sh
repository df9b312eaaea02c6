#!/usr/bin/env bash
# Measures the console with a cluster of 200 endpoints: time from main() to the first full window
# (connected, every endpoint listed, the first endpoint's versions shown), resident memory after 10 s of
# live polling, and the time to paint the dashboard with 200 tiles. Runs the console three times.
#
# The cluster is a real switchyard-server with 200 endpoints of one built-in replica each. Under Xvfb
# (xvfb-run, from Debian's xvfb) when it is installed, else on Qt's offscreen platform.
# Usage: bench/console-startup.sh [build-dir] [endpoints] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
endpoints=${2:-200}
runs=${3:-3}
server=$build/server/switchyard-server
console=$build/app/switchyard
for tool in curl; do command -v "$tool" >/dev/null || { echo "needs $tool"; exit 2; }; done
[ -x "$server" ] && [ -x "$console" ] || { echo "build first: cmake --build $build"; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

"$server" --listen 127.0.0.1:0 --data-dir "$work/data" --demo --cpu-cores 256 --memory-gb 512 \
    >"$work/server.out" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q "listening on" "$work/server.out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.out" | head -1)
token_file="$work/data/admin-token"
token=$(cat "$token_file")
api() { curl -sf -H "Authorization: Bearer $token" -H "Content-Type: application/json" "$@"; }
for i in $(seq 2 "$endpoints"); do
    api -X POST "$url/api/v1/endpoints" -d "{\"name\": \"ep$(printf %03d "$i")\", \"version\": {\"version_name\": \"only\", \
\"model\": \"demo:1\", \"num_replicas\": 1, \"cpu_cores\": 0.1, \"memory_gb\": 0.1}}" >/dev/null
done
echo "cluster at $url with $(api "$url/api/v1/endpoints" | grep -o '"name"' | wc -l) endpoints"

display=(env QT_QPA_PLATFORM=offscreen)
command -v xvfb-run >/dev/null && command -v xauth >/dev/null && display=(xvfb-run -a -s "-screen 0 1600x1000x24")
{
    echo "# console start-up, $(date -u +%FT%TZ), $(nproc) cores, $endpoints endpoints, ${display[0]}"
    for run in $(seq "$runs"); do
        echo "== run $run"
        # A fresh home each run (no remembered clusters, no saved layout), and one that exists: with a
        # $HOME that is not there, D-Bus autolaunch under Xvfb waits seconds before giving up, which
        # measured 3.1 s instead of the console's own 0.1 s.
        home="$work/home$run"
        mkdir -p "$home/.config" "$home/.cache" "$home/.local/share" "$work/runtime$run"
        chmod 0700 "$work/runtime$run"
        HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
            XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$work/runtime$run" SWITCHYARD_TOKEN_STORE=file \
            timeout 90 "${display[@]}" "$console" --connect "$url" \
            --admin-token-file "$token_file" --measure-startup "$endpoints" 2>&1 | grep -E "^[a-z0-9_]+ [0-9.]+"
    done
} | tee "bench/results/console-startup-latest.txt"
