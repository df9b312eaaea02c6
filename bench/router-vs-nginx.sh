#!/usr/bin/env bash
# Measures the scoring router against nginx doing the same weighted proxying on this machine.
#
# Both proxy to switchyard-replica processes (the built-in model server, work_ms 0) split 70/30 between
# two versions of two replicas each, with keep-alive to the replicas. wrk drives each for the same time
# with the same connections; a run straight at one replica shows what the proxies add.
# Usage: bench/router-vs-nginx.sh [build-dir] [seconds] [connections] [rounds]
# Cases (environment; bench/edges.sh runs them all):
#   AUTH=key     the router's endpoint has key auth on and wrk sends its key as "Authorization: Bearer";
#                nginx answers 401 unless the request carries the same header
#   TLS=1        both serve HTTPS with the same self-signed certificate (wrk speaks https)
#   IDLE=N       instead of wrk: N idle keep-alive connections to each (bench/idle-connections.py),
#                the proxy's resident memory per connection
#   MAX_CONCURRENT=N  the versions' replica_max_concurrent_requests (default 64; past it the router
#                queues a request, where nginx sends every request on to a replica at once)
#   BASELINE=0   skip the run straight at one replica
#   RESULTS=FILE where the summary goes (default bench/results/router-vs-nginx-latest.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
seconds=${2:-15}
conns=${3:-32}
rounds=${4:-3}
auth=${AUTH:-none}
tls=${TLS:-0}
idle=${IDLE:-0}
results=${RESULTS:-bench/results/router-vs-nginx-latest.txt}
# 1,000 connections (and 10,000 idle ones) need descriptors: take the hard limit.
ulimit -n "$(ulimit -Hn)"
server=$build/server/switchyard-server
replica=$build/server/replica/switchyard-replica
for tool in wrk nginx curl openssl python3; do
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
scheme=http
curl_tls=()
if [ "$tls" = 1 ]; then
    # One self-signed certificate for both; curl checks it, wrk does not check certificates.
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1 \
        -addext subjectAltName=IP:127.0.0.1 -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
    scheme=https
    curl_tls=(--cacert "$work/cert.pem")
    SERVER_ARGS="${SERVER_ARGS:-} --tls-cert $work/cert.pem --tls-key $work/key.pem"
fi

# --- switchyard ---------------------------------------------------------------------------------------
"$server" --listen 127.0.0.1:0 --data-dir "$work/data" --purpose DevTest ${SERVER_ARGS:-} >"$work/server.out" 2>&1 &
server_pid=$!
pids+=($!)
for _ in $(seq 100); do grep -q "listening on" "$work/server.out" && break; sleep 0.1; done
url=$(grep -o 'https\{0,1\}://127.0.0.1:[0-9]*' "$work/server.out" | head -1)
token=$(cat "$work/data/admin-token")
api() { curl -sf "${curl_tls[@]}" -H "Authorization: Bearer $token" "$@"; }
json_api() { api -H "Content-Type: application/json" "$@"; }
api -X POST -H "Content-Type: application/octet-stream" --data-binary @"$work/model.json" "$url/api/v1/models/bench" >/dev/null
version() { # name percent
    printf '{"version_name": "%s", "model": "bench:1", "num_replicas": 2, "replica_max_concurrent_requests": %s, "traffic_percentile": %s, "initial_delay_seconds": 5}' "$1" "${MAX_CONCURRENT:-64}" "$2"
}
auth_enabled=false
[ "$auth" = key ] && auth_enabled=true
json_api -X POST "$url/api/v1/endpoints" -d "{\"name\": \"bench\", \"auth_enabled\": $auth_enabled, \"version\": $(version vera 70)}" >/dev/null
json_api -X POST "$url/api/v1/endpoints/bench/versions" -d "$(version verb 30)" >/dev/null
for _ in $(seq 200); do
    api "$url/api/v1/endpoints/bench" | grep -q '"state":"Healthy"' && break
    sleep 0.1
done
# bench/score.lua sends SCORE_KEY as "Authorization: Bearer" when it is set.
export SCORE_KEY=
nginx_auth=
if [ "$auth" = key ]; then
    SCORE_KEY=$(api "$url/api/v1/endpoints/bench/keys" | python3 -c 'import json, sys; print(json.load(sys.stdin)["primary_key"])')
    nginx_auth="if (\$http_authorization != \"Bearer $SCORE_KEY\") { return 401; }"
fi

# --- nginx over its own replicas of the same binary ----------------------------------------------------
ports=()
for i in 1 2 3 4; do
    p=$(free_port); ports+=("$p")
    PORT=$p MODEL_PATH="$work/model.json" "$replica" >/dev/null 2>&1 &
    pids+=($!)
done
nginx_port=$(free_port)
mkdir -p "$work/nginx"
nginx_listen="listen 127.0.0.1:$nginx_port;"
[ "$tls" = 1 ] && nginx_listen="listen 127.0.0.1:$nginx_port ssl;
        ssl_certificate $work/cert.pem;
        ssl_certificate_key $work/key.pem;
        ssl_protocols TLSv1.2 TLSv1.3;"
# Each worker keeps enough idle replica connections for every client connection it may carry, so
# nginx does not open and close upstream connections at 1,000 clients (the router keeps all of its).
nginx_keepalive=$((conns > 64 ? conns : 64))
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
worker_rlimit_nofile 20000;
events { worker_connections 16384; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    upstream replicas {
        server 127.0.0.1:${ports[0]} weight=35;
        server 127.0.0.1:${ports[1]} weight=35;
        server 127.0.0.1:${ports[2]} weight=15;
        server 127.0.0.1:${ports[3]} weight=15;
        keepalive $nginx_keepalive;
    }
    keepalive_timeout 300s;
    server {
        $nginx_listen
        location = /healthz { return 200 "ok\\n"; }
        location /score/bench {
            $nginx_auth
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

# Both must refuse a request without the key (else the auth case would measure nothing).
if [ "$auth" = key ]; then
    for target in "$url/score/bench" "$scheme://127.0.0.1:$nginx_port/score/bench"; do
        code=$(curl -s "${curl_tls[@]}" -o /dev/null -w '%{http_code}' -X POST -d '{"data": [[0.5, 1.5]]}' "$target")
        [ "$code" = 401 ] || { echo "$target answered $code without the key, not 401"; exit 1; }
        code=$(curl -s "${curl_tls[@]}" -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $SCORE_KEY" \
            -H "Content-Type: application/json" -X POST -d '{"data": [[0.5, 1.5]]}' "$target")
        [ "$code" = 200 ] || { echo "$target answered $code with the key, not 200"; exit 1; }
    done
fi

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
        -v p99="$(echo "$out" | awk '$1 == "99%" {print $2}')" -v summary="$summary" -v proxy=$# \
        -v bad="$(echo "$out" | awk '/Non-2xx/ {print $NF}')" 'BEGIN {
        split(b, x, " "); split(a, y, " "); u = (y[1] - x[1]) / hz; s = (y[2] - x[2]) / hz
        ms = p99 + 0; if (p99 ~ /us$/) ms /= 1000; else if (p99 ~ /[0-9]s$/ && p99 !~ /ms$/) ms *= 1000
        cpu = n > 0 ? (u + s) * 1e6 / n : 0
        if (proxy > 0 && n > 0)
            printf "  proxy CPU: %.1f us per request (user %.1f, system %.1f)\n", cpu, u * 1e6 / n, s * 1e6 / n
        if (bad + 0 > 0)
            printf "  WARNING: %d answers were not 2xx (a refused key or an overloaded proxy)\n", bad
        printf "%s\t%.0f\t%.2f\t%.1f\t%d\n", label, rps, ms, cpu, bad + 0 >> summary
    }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }'; }
case_name="auth $auth, $([ "$tls" = 1 ] && echo TLS || echo plain HTTP)"
nginx_label="nginx weighted proxy (70/30, keep-alive)"
router_label="switchyard router (70/30 split)"
nginx_url="$scheme://127.0.0.1:$nginx_port"
mkdir -p "$(dirname "$results")"
{
    # Others' builds share these cores: the load average says how quiet the machine was.
    echo "# router vs nginx ($case_name), $(date -u +%FT%TZ), $(nproc) cores, ${seconds}s per run, $conns connections, $rounds rounds"
    echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    if [ "$idle" -gt 0 ]; then
        # Alternating too: the second measured may find the machine's page cache warmer.
        if [ "$tls" = 1 ]; then idle_tls=(--tls); else idle_tls=(); fi
        for round in $(seq "$rounds"); do
            echo "# round $round"
            if [ $((round % 2)) -eq 1 ]; then order="nginx router"; else order="router nginx"; fi
            for who in $order; do
                if [ "$who" = nginx ]; then
                    nginx_pids="$(cat "$work/nginx/nginx.pid") $(pgrep -P "$(cat "$work/nginx/nginx.pid")" | tr '\n' ' ')"
                    python3 bench/idle-connections.py --label "nginx" --url "$nginx_url/healthz" \
                        --count "$idle" "${idle_tls[@]}" $nginx_pids
                else
                    python3 bench/idle-connections.py --label "switchyard-server" --url "$url/healthz" \
                        --count "$idle" "${idle_tls[@]}" "$server_pid"
                fi
            done
        done
        echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
        exit 0
    fi
    [ "${BASELINE:-1}" = 1 ] && run "one replica directly (baseline)" "http://127.0.0.1:${ports[0]}/score"
    # Rounds alternate which proxy goes first, so neither always runs on a warmer or cooler machine.
    for round in $(seq "$rounds"); do
        echo "# round $round (load $(cut -d' ' -f1 /proc/loadavg))"
        if [ $((round % 2)) -eq 1 ]; then
            run "$nginx_label" "$nginx_url/score/bench" $nginx_pids
            run "$router_label" "$url/score/bench" "$server_pid"
        else
            run "$router_label" "$url/score/bench" "$server_pid"
            run "$nginx_label" "$nginx_url/score/bench" $nginx_pids
        fi
    done
    echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "# medians over $rounds rounds ($case_name, $conns connections): requests/s (range), p99 ms, proxy CPU us per request, non-2xx answers"
    for label in "$nginx_label" "$router_label"; do
        printf '%-42s %8s (%s)  %6s  %6s  %s\n' "$label" \
            "$(grep -F "$label" "$summary" | cut -f2 | median)" \
            "$(grep -F "$label" "$summary" | cut -f2 | range)" \
            "$(grep -F "$label" "$summary" | cut -f3 | median)" \
            "$(grep -F "$label" "$summary" | cut -f4 | median)" \
            "$(grep -F "$label" "$summary" | cut -f5 | awk '{ s += $1 } END { print s + 0 }')"
    done
} | tee "$results"
