#!/usr/bin/env bash
# Performance at the edges: the router against nginx doing the same, on this machine, in
# one run. Each case is bench/router-vs-nginx.sh with fresh processes, rounds alternating which proxy
# goes first, medians over the rounds:
#   a) key auth off, 64 connections        b) key auth off, 1,000 connections
#   b250) as b, replica_max_concurrent_requests 250 (not run by default)
#   c) key auth on, 64 connections         d) TLS in front of both, 64 connections
#   e) 10,000 idle keep-alive connections: resident memory per connection (then 2,000 over TLS)
# Usage: bench/edges.sh [build-dir] [seconds] [rounds] [cases]   e.g. bench/edges.sh build-bench 10 5 "a c"
# Results: bench/results/edges-latest.txt (each case's full output in bench/results/edges-<case>.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
seconds=${2:-10}
rounds=${3:-5}
cases=${4:-a b c d e}
ulimit -n "$(ulimit -Hn)"
one() { # case connections rounds env...
    local name=$1 conns=$2 rounds=$3
    shift 3
    echo "### case $name: $* $conns connections (load $(cut -d' ' -f1-3 /proc/loadavg))"
    env BASELINE=0 RESULTS="bench/results/edges-$name.txt" "$@" \
        bench/router-vs-nginx.sh "$build" "$seconds" "$conns" "$rounds" >/dev/null
    grep -E '^# (router|load)|^(nginx|switchyard)|^IDLE|^  RSS|still open' "bench/results/edges-$name.txt"
}
{
    echo "# edges, $(date -u +%FT%TZ), $("$build/server/switchyard-server" --version 2>/dev/null | head -1) in $build, checkout $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores"
    for c in $cases; do
        case $c in
        a) one a 64 "$rounds" AUTH=none ;;
        b) one b 1000 "$rounds" AUTH=none ;;
        # b, with room for every request at the replicas (4 x 250): the router queues none, as nginx.
        b250) one b250 1000 "$rounds" AUTH=none MAX_CONCURRENT=250 ;;
        c) one c 64 "$rounds" AUTH=key ;;
        d) one d 64 "$rounds" TLS=1 ;;
        e)
            # Two rounds, each proxy first once: the first into a fresh process, the second into one
            # that has had 10,000 connections before. The idle timeout must outlast the measurement.
            one e-plain 0 2 IDLE=10000 SERVER_ARGS="--max-connections 12000 --idle-timeout 600"
            # TLS: 2,000 connections (10,000 handshakes from one Python client take minutes here).
            one e-tls 0 2 IDLE="${IDLE_TLS:-2000}" TLS=1 SERVER_ARGS="--max-connections 12000 --idle-timeout 600"
            ;;
        *) echo "unknown case $c" ;;
        esac
    done
} | tee bench/results/edges-latest.txt
