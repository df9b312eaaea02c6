#!/usr/bin/env bash
# Builds and runs bench/snapshot-load.cpp: the router's per-request route snapshot load
# (std::atomic<std::shared_ptr>) against a per-thread cached snapshot, with 1 and 2 threads.
# Usage: bench/snapshot-load.sh [repeats]   (results in bench/results/snapshot-load-latest.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
${CXX:-g++} -std=c++20 -O2 -DNDEBUG -pthread -o "$out/snapshot-load" bench/snapshot-load.cpp
mkdir -p bench/results
{
    echo "# $(date -u +%FT%TZ), $(nproc) cores, $(${CXX:-g++} --version | head -1), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    "$out/snapshot-load" "${1:-5}"
    echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee bench/results/snapshot-load-latest.txt
