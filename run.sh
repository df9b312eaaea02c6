#!/usr/bin/env bash
# Installs what is missing, builds in Release, starts a local demo cluster and opens the console on it.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh

build_dir=${SWITCHYARD_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON -DSWITCHYARD_BUILD_TESTS=OFF \
    -DSWITCHYARD_COMPONENTS="server;client;models;widgets;app" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"

if [ -x "$build_dir/app/switchyard" ]; then
    exec "$build_dir/app/switchyard" --local "$@"
fi
if [ -x "$build_dir/server/switchyard-server" ]; then
    data_dir=${SWITCHYARD_DATA_DIR:-$HOME/.local/share/switchyard/local}
    mkdir -p "$data_dir"
    echo "Starting a local cluster with the demo endpoint (data in $data_dir); Ctrl-C stops it."
    exec "$build_dir/server/switchyard-server" --demo --data-dir "$data_dir" "$@"
fi
echo "Built:"
find "$build_dir" -maxdepth 3 -type f -perm -u+x -name 'switchyard*' -printf '  %p\n'
echo "The server and console are not built yet; ./test.sh runs the tests of what exists."
