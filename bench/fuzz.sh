#!/usr/bin/env bash
# Fuzzes the targets of tests/fuzz with libFuzzer (clang), one after the other, SECONDS each.
#
# Builds them in a clang build dir (-fsanitize=fuzzer,address,undefined; the libraries they test with
# -fsanitize=fuzzer-no-link so libFuzzer sees their coverage), runs each from its committed corpus
# (tests/fuzz/corpus/<target>/) with new inputs going to a scratch dir, then merges what adds coverage
# back into the committed corpus, minimised (-merge=1; hand-written seed-* and regression crash-* files
# always stay). A crashing input is copied to tests/fuzz/crashes/<target>/: once its bug is fixed,
# move it into the corpus (git mv) and it replays as a regression input in ctest (fuzz_replay_<target>).
# Prints per target: seconds, executions, executions/s, corpus size, crashes.
#
# Usage: bench/fuzz.sh [SECONDS] [TARGET ...]      (default 600 s; targets: core_specs jwt kubeconfig watch_stream
#        client_answers server_request). Env: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_JOBS (build
#        jobs, default 2), FUZZ_NO_BUILD=1 (use the binaries as they are), FUZZ_NO_MERGE=1 (leave the
#        committed corpus alone), FUZZ_KEEP_GOING=1 (go on after crashes: fork mode).
# Needs clang and libFuzzer (Debian: clang libfuzzer-14-dev; installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(core_specs jwt client_answers server_request kubeconfig watch_stream)
build=${FUZZ_BUILD_DIR:-build-fuzz}
jobs=${FUZZ_JOBS:-2}

if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a \
    >/dev/null 2>&1; then
    scripts/install-deps.sh clang libfuzzer-14-dev
fi

# Debug with -O1: assertions (Beast's included) stay on, and it runs fast enough to fuzz.
if [ ! -f "$build/CMakeCache.txt" ]; then
    mkdir -p "$build"
    CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS="-O1 -fsanitize=fuzzer-no-link" -DSWITCHYARD_SANITIZE=ON -DSWITCHYARD_FUZZ=ON \
        -DSWITCHYARD_BUILD_GUI=OFF -DSWITCHYARD_COMPONENTS="server;client" >"$build/configure.log" 2>&1 ||
        { cat "$build/configure.log"; exit 1; }
fi
[ "${FUZZ_NO_BUILD:-0}" = 1 ] || cmake --build "$build" -j"$jobs" --target "${targets[@]/#/fuzz_}"

options_for() {
    case $1 in
    server_request)
        echo "-max_len=8192 -timeout=60 -rss_limit_mb=4096 -dict=$root/tests/fuzz/server_request.dict" ;;
    *) echo "-max_len=4096 -timeout=30 -rss_limit_mb=2048" ;;
    esac
}

# FUZZ_KEEP_GOING=1: libFuzzer's fork mode goes on after a crash (for a target with a known, not yet
# fixed crash), saving every crashing input.
keep_going=()
[ "${FUZZ_KEEP_GOING:-0}" = 1 ] && keep_going=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)

# OpenSSL's per-thread state in the server fixture is reported at exit (see tests/fuzz/lsan.supp).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0}

summary=()
status=0
for target in "${targets[@]}"; do
    binary=$build/tests/fuzz/fuzz_$target
    corpus=$root/tests/fuzz/corpus/$target
    work=$root/$build/fuzz-work/$target
    rm -rf "$work"
    mkdir -p "$work/new" "$work/artifacts" "$work/merged" "$corpus"
    log=$work/fuzz.log
    echo "== $target: ${seconds} s, log in $log"
    start=$(date +%s)
    set +e
    # shellcheck disable=SC2046
    "$binary" $(options_for "$target") "${keep_going[@]}" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/" "$work/new" "$corpus" >"$log" 2>&1 &
    pid=$!
    wait $pid
    rc=$?
    set -e
    elapsed=$(($(date +%s) - start))
    rm -rf /dev/shm/switchyard-fuzz-"$pid"-* /tmp/switchyard-fuzz-"$pid"-* 2>/dev/null || true

    execs=$(grep -oE 'stat::number_of_executed_units:[[:space:]]*[0-9]+' "$log" | tail -1 | awk '{print $2}' || true)
    rate=$(grep -oE 'stat::average_exec_per_sec:[[:space:]]*[0-9]+' "$log" | tail -1 | awk '{print $2}' || true)
    if [ -z "$execs" ]; then # fork mode: "#<execs>: cov: …" lines, no final stats
        execs=$(grep -oE '^#[0-9]+: cov' "$log" | tail -1 | tr -dc 0-9 || true)
        [ -n "$execs" ] && rate=$((execs / (elapsed > 0 ? elapsed : 1)))
    fi
    crashes=0
    mkdir -p "$root/tests/fuzz/crashes/$target"
    for artifact in "$work"/artifacts/*; do
        [ -e "$artifact" ] || continue
        crashes=$((crashes + 1))
        cp "$artifact" "$root/tests/fuzz/crashes/$target/"
        echo "   crash input: tests/fuzz/crashes/$target/$(basename "$artifact")"
    done
    rmdir "$root/tests/fuzz/crashes/$target" 2>/dev/null || true
    if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then
        echo "   $target exited with $rc and left no input; see $log"
        crashes=1
    fi
    [ "$crashes" -eq 0 ] || status=1

    if [ "${FUZZ_NO_MERGE:-0}" != 1 ]; then
        # The smallest set of inputs that keeps every edge covered by the old corpus and the new finds
        # (edges only, not hit counts: a few hundred files rather than thousands); the hand-written seeds
        # and the regression inputs stay under their own names.
        # shellcheck disable=SC2046
        "$binary" $(options_for "$target") -use_counters=0 -merge=1 "$work/merged" "$corpus" "$work/new" \
            >"$work/merge.log" 2>&1 || { echo "   merge failed, see $work/merge.log"; status=1; }
        if [ -n "$(ls -A "$work/merged")" ]; then
            keep=$(cd "$corpus" && for f in seed-* crash-*; do
                if [ -e "$f" ]; then sha1sum "$f" | cut -d' ' -f1; fi
            done)
            find "$corpus" -maxdepth 1 -type f ! -name 'seed-*' ! -name 'crash-*' -delete
            for f in "$work"/merged/*; do
                grep -qx "$(basename "$f")" <<<"$keep" || cp "$f" "$corpus/"
            done
        fi
    fi
    size=$(find "$corpus" -maxdepth 1 -type f | wc -l)
    bytes=$(find "$corpus" -maxdepth 1 -type f -printf '%s\n' | awk '{n += $1} END {printf "%.0f", n / 1024}')
    line=$(printf '%-15s %5s s  %10s execs  %7s exec/s  corpus %4s files (%s KB)  crashes %s' \
        "$target" "$elapsed" "${execs:-?}" "${rate:-?}" "$size" "$bytes" "$crashes")
    echo "   $line"
    summary+=("$line")
done

echo
echo "== summary ($(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD))"
printf '%s\n' "${summary[@]}"
exit $status
