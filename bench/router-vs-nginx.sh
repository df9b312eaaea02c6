#!/usr/bin/env bash
# Measures the scoring router against nginx doing the same weighted proxying on this machine.
#
# Both proxy to switchyard-replica processes (the built-in model server, work_ms 0) split 70/30 between
# two versions of two replicas each, with keep-alive to the replicas. wrk drives each for the same time
# with the same connections; a run straight at one replica shows what the proxies add.
# Usage: bench/router-vs-nginx.sh [build-dir] [seconds] [connections] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
seconds=${2:-15}
conns=${3:-32}
rounds=${4:-3}
server=$build/server/switchyard-server
replica=$build/server/replica/switchyard-replica
for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk nginx-light curl)"; exit 2; }
done
[ -x "$server" ] && [ -x "$replica" ] || { echo "build first: cmake --build $build"; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cat > "$work/model.json" <<'JSON'
{"format": "switchyard.linear/v1", "weights": [[0.5, -1.0], [0.25, 2.0]], "bias": [0.1, 0.0],
 "activation": "softmax", "labels": ["stay", "churn"], "work_ms": 0}
JSON

# --- switchyard ---------------------------------------------------------------------------------------
"$server" --listen 127.0.0.1:0 --data-dir "$work/data" --purpose DevTest ${SERVER_ARGS:-} >"$work/server.out" 2>&1 &
server_pid=$!
pids+=($!)
for _ in $(seq 100); do grep -q "listening on" "$work/server.out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.out" | head -1)
token=$(cat "$work/data/admin-token")
api() { curl -sf -H "Authorization: Bearer $token" "$@"; }
json_api() { api -H "Content-Type: application/json" "$@"; }
api -X POST -H "Content-Type: application/octet-stream" --data-binary @"$work/model.json" "$url/api/v1/models/bench" >/dev/null
version() { # name percent
    printf '{"version_name": "%s", "model": "bench:1", "num_replicas": 2, "replica_max_concurrent_requests": 64, "traffic_percentile": %s, "initial_delay_seconds": 5}' "$1" "$2"
}
json_api -X POST "$url/api/v1/endpoints" -d "{\"name\": \"bench\", \"auth_enabled\": false, \"version\": $(version vera 70)}" >/dev/null
json_api -X POST "$url/api/v1/endpoints/bench/versions" -d "$(version verb 30)" >/dev/null
for _ in $(seq 200); do
    api "$url/api/v1/endpoints/bench" | grep -q '"state":"Healthy"' && break
    sleep 0.1
done

# --- nginx over its own replicas of the same binary ----------------------------------------------------
ports=()
for i in 1 2 3 4; do
    p=$(free_port); ports+=("$p")
    PORT=$p MODEL_PATH="$work/model.json" "$replica" >/dev/null 2>&1 &
    pids+=($!)
done
nginx_port=$(free_port)
mkdir -p "$work/nginx"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    upstream replicas {
        server 127.0.0.1:${ports[0]} weight=35;
        server 127.0.0.1:${ports[1]} weight=35;
        server 127.0.0.1:${ports[2]} weight=15;
        server 127.0.0.1:${ports[3]} weight=15;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        location /score/bench {
            proxy_pass http://replicas/score;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
CONF
nginx -c "$work/nginx/nginx.conf" -g "daemon off;" &
pids+=($!)
sleep 1
nginx_pids="$(cat "$work/nginx/nginx.pid") $(pgrep -P "$(cat "$work/nginx/nginx.pid")" | tr '\n' ' ')"

# CPU ticks used so far by the given processes, from /proc/<pid>/stat: "user system".
cpu_of() { # pid...
    local user=0 sys=0 u s
    for p in "$@"; do
        read -r u s < <(awk '{print $14, $15}' "/proc/$p/stat" 2>/dev/null || echo 0 0)
        user=$((user + u)); sys=$((sys + s))
    done
    echo "$user $sys"
}
summary=$work/summary
run() { # label url pid...
    local label=$1 target=$2
    shift 2
    echo "== $label"
    local before out requests after
    before=$(cpu_of "$@")
    out=$(wrk -t2 -c"$conns" -d"${seconds}s" --latency -s bench/score.lua "$target")
    after=$(cpu_of "$@")
    echo "$out" | grep -E "Requests/sec|Latency  |^ +(50|90|99)%|Non-2xx|Socket errors"
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    # The proxy's own CPU per request: what it costs, whatever else shares the cores.
    awk -v b="$before" -v a="$after" -v hz="$(getconf CLK_TCK)" -v n="$requests" -v label="$label" \
        -v rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
        -v p99="$(echo "$out" | awk '$1 == "99%" {print $2}')" -v summary="$summary" -v proxy=$# 'BEGIN {
        split(b, x, " "); split(a, y, " "); u = (y[1] - x[1]) / hz; s = (y[2] - x[2]) / hz
        ms = p99 + 0; if (p99 ~ /us$/) ms /= 1000; else if (p99 ~ /[0-9]s$/ && p99 !~ /ms$/) ms *= 1000
        cpu = n > 0 ? (u + s) * 1e6 / n : 0
        if (proxy > 0 && n > 0)
            printf "  proxy CPU: %.1f us per request (user %.1f, system %.1f)\n", cpu, u * 1e6 / n, s * 1e6 / n
        printf "%s\t%.0f\t%.2f\t%.1f\n", label, rps, ms, cpu >> summary
    }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
nginx_label="nginx weighted proxy (70/30, keep-alive)"
router_label="switchyard router (70/30 split)"
{
    echo "# router vs nginx, $(date -u +%FT%TZ), $(nproc) cores, ${seconds}s per run, $conns connections, $rounds rounds"
    run "one replica directly (baseline)" "http://127.0.0.1:${ports[0]}/score"
    # Rounds alternate which proxy goes first, so neither always runs on a warmer or cooler machine.
    for round in $(seq "$rounds"); do
        echo "# round $round"
        if [ $((round % 2)) -eq 1 ]; then
            run "$nginx_label" "http://127.0.0.1:$nginx_port/score/bench" $nginx_pids
            run "$router_label" "$url/score/bench" "$server_pid"
        else
            run "$router_label" "$url/score/bench" "$server_pid"
            run "$nginx_label" "http://127.0.0.1:$nginx_port/score/bench" $nginx_pids
        fi
    done
    echo
    echo "# medians over $rounds rounds: requests/s, p99 ms, proxy CPU us per request"
    for label in "$nginx_label" "$router_label"; do
        printf '%-42s %8s  %6s  %6s\n' "$label" \
            "$(grep -F "$label" "$summary" | cut -f2 | median)" \
            "$(grep -F "$label" "$summary" | cut -f3 | median)" \
            "$(grep -F "$label" "$summary" | cut -f4 | median)"
    done
} | tee "bench/results/router-vs-nginx-latest.txt"
