#!/usr/bin/env bash
# Installs what is missing, builds with sanitizers and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh
./scripts/install-test-tools.sh # the OpenAPI linter (ctest openapi_lint), into .cache/test-tools

build_dir=${SWITCHYARD_TEST_BUILD_DIR:-build-test}
werror=OFF
[ -n "${CI:-}" ] && werror=ON
# Debug with light debug info: the sanitizers do the checking, and it compiles fastest on 2 cores.
# Unity builds compile each library in a few large units, parsing the heavy headers (Beast, Qt, json)
# once per unit instead of once per file.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" \
    -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=12 \
    -DSWITCHYARD_SANITIZE=ON -DSWITCHYARD_WERROR="$werror" -DSWITCHYARD_BUILD_TESTS=ON >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
# The server with every optional part off (no GUI, no local data plane, no tests) must build too: it
# proves that no server target leans on the data plane. No sanitizers and only switchyard-server, so it
# is cheap, and ccache keeps its objects from one run to the next (it caches compilations that use a
# precompiled header only with this sloppiness: measured 31 s instead of 2 min 21 s with a warm cache).
cmake -S . -B "$build_dir-minimal" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" \
    -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=12 -DSWITCHYARD_WERROR="$werror" \
    -DSWITCHYARD_BUILD_GUI=OFF -DSWITCHYARD_LOCAL_DATAPLANE=OFF -DSWITCHYARD_BUILD_TESTS=OFF \
    -DSWITCHYARD_COMPONENTS=server >/dev/null
CCACHE_SLOPPINESS=pch_defines,time_macros cmake --build "$build_dir-minimal" -j"$(nproc)" --target switchyard-server
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Qt and glib keep some allocations for the life of the process; those are not our leaks.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
cd "$build_dir"
ctest --output-on-failure -j"$(nproc)" --timeout 300 "$@"
