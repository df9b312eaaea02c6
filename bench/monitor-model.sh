#!/usr/bin/env bash
# Runs bench/monitor-model.cpp: the console's Monitor (model, filter proxy, view with sparklines) fed
# 4 clusters x 200 endpoints x 3 versions at 1 s; reports the worst GUI-thread stall.
# Usage: bench/monitor-model.sh [build-dir] [seconds]   (results in bench/results/monitor-model-latest.txt)
# Measure a Release build for the figure that matters; a Debug/sanitizer build shows the worst case.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target bench_monitor_model
mkdir -p bench/results
{
    echo "# $(date -u +%FT%TZ), $(nproc) cores, build $build ($(grep -m1 CMAKE_BUILD_TYPE "$build/CMakeCache.txt")), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    "$build/tests/widgets/bench_monitor_model" "${2:-60}"
    echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee bench/results/monitor-model-latest.txt
