#!/usr/bin/env bash
# The ctest `package_deb`: builds the Debian packages of this build tree with cpack, checks what each one
# holds (dpkg-deb -c) and declares (dependencies from dpkg-shlibdeps, conffiles, maintainer scripts),
# unpacks them into a temporary root (dpkg-deb -x) and runs the unpacked programs from there:
# switchyard-server on a free loopback port with a temporary data dir (it serves /healthz and starts the
# demo's replicas, with the switchyard-replica it finds under the root's usr/libexec), switchyard-cli
# against it, the bash completion with that CLI, and the console's --help and --version without a display.
# Usage: check-package.sh BUILD_DIR. Exits 77 (skipped) without dpkg-deb or dpkg-shlibdeps, except on CI.
set -euo pipefail
build=$(cd "$1" && pwd)

for tool in cpack dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "needs $tool (scripts/install-deps.sh installs it)" >&2
        [ -n "${CI:-}" ] && exit 1
        exit 77
    fi
done

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# gzip rather than xz: the test build's binaries are large (sanitizers) and xz would take a minute.
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" \
    -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
arch=$(dpkg --print-architecture)
deb() { echo "$work/out/$1_${version}_${arch}.deb"; }
for package in switchyard switchyard-server switchyard-cli; do
    [ -f "$(deb "$package")" ] || fail "no $(basename "$(deb "$package")") in: $(ls "$work/out")"
done

# What each package holds.
expect_files() {
    local package=$1
    shift
    dpkg-deb -c "$(deb "$package")" | awk '{print $6}' >"$work/$package.files"
    for path in "$@"; do
        grep -qx "\./$path" "$work/$package.files" || fail "$package lacks /$path; it holds: $(cat "$work/$package.files")"
    done
}
expect_files switchyard usr/bin/switchyard usr/share/applications/switchyard.desktop \
    usr/share/metainfo/io.switchyard.Switchyard.metainfo.xml usr/share/icons/hicolor/scalable/apps/switchyard.svg \
    usr/share/icons/hicolor/16x16/apps/switchyard.png usr/share/icons/hicolor/256x256/apps/switchyard.png \
    usr/share/man/man1/switchyard.1.gz
expect_files switchyard-server usr/bin/switchyard-server usr/libexec/switchyard/switchyard-replica \
    usr/lib/systemd/system/switchyard-server.service usr/lib/sysusers.d/switchyard-server.conf \
    usr/lib/tmpfiles.d/switchyard-server.conf etc/default/switchyard-server \
    usr/share/switchyard/grafana/switchyard-dashboard.json usr/share/man/man1/switchyard-server.1.gz
expect_files switchyard-cli usr/bin/switchyard-cli usr/share/bash-completion/completions/switchyard-cli \
    usr/share/man/man1/switchyard-cli.1.gz
for package in switchyard switchyard-server switchyard-cli; do
    expect_files "$package" "usr/share/doc/$package/copyright"
done
# Each program in one package only (three packages installed together must not clash).
for program in switchyard switchyard-server switchyard-cli; do
    n=$(cat "$work"/*.files | grep -cx "\./usr/bin/$program")
    [ "$n" -eq 1 ] || fail "/usr/bin/$program is in $n packages"
done

# What each package declares: shlibdeps found the libraries, the server's scripts and conffile are there.
field() { dpkg-deb -f "$(deb "$1")" "$2"; }
field switchyard Depends | grep -q "libqt6widgets6" || fail "switchyard Depends: $(field switchyard Depends)"
field switchyard Depends | grep -q "libqt6svg6" || fail "switchyard does not depend on the SVG plugins"
field switchyard-server Depends | grep -q "libsqlite3-0" || fail "switchyard-server Depends: $(field switchyard-server Depends)"
field switchyard-server Depends | grep -q "libcurl4" || fail "switchyard-server Depends lacks libcurl (the replica)"
field switchyard-cli Depends | grep -q "libc6" || fail "switchyard-cli Depends: $(field switchyard-cli Depends)"
field switchyard-cli Depends | grep -qi "qt" && fail "switchyard-cli depends on Qt: $(field switchyard-cli Depends)"
dpkg-deb -e "$(deb switchyard-server)" "$work/control"
for script in postinst prerm postrm; do
    [ -x "$work/control/$script" ] || fail "switchyard-server has no executable $script"
    sh -n "$work/control/$script" || fail "$script is not valid sh"
done
grep -qx /etc/default/switchyard-server "$work/control/conffiles" || fail "/etc/default/switchyard-server is not a conffile"

for package in switchyard switchyard-server switchyard-cli; do
    dpkg-deb -x "$(deb "$package")" "$work/root"
done
root=$work/root

# The unit, its user and directory, and the defaults: loopback until configured otherwise.
unit=$root/usr/lib/systemd/system/switchyard-server.service
grep -qx "User=switchyard" "$unit" || fail "the unit's user"
grep -q "^u switchyard " "$root/usr/lib/sysusers.d/switchyard-server.conf" || fail "sysusers.d does not create switchyard"
grep -q "^d /var/lib/switchyard 0750 switchyard switchyard" "$root/usr/lib/tmpfiles.d/switchyard-server.conf" ||
    fail "tmpfiles.d does not create /var/lib/switchyard"
grep -qx 'SWITCHYARD_SERVER_ARGS="--listen 127.0.0.1:8480"' "$root/etc/default/switchyard-server" ||
    fail "/etc/default/switchyard-server does not listen on loopback"
grep -q "^#SWITCHYARD_SERVER_ARGS=.*--tls-cert" "$root/etc/default/switchyard-server" ||
    fail "/etc/default/switchyard-server shows no TLS example"
if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "systemd-analyze not installed (scripts/install-test-tools.sh): the unit is not verified" >&2
    [ -n "${CI:-}" ] && fail "needs systemd-analyze on CI"
else
    # verify wants the ExecStart program at its real path: check a copy that runs the unpacked one.
    mkdir -p "$work/unit"
    sed "s|^ExecStart=/usr/bin/switchyard-server|ExecStart=$root/usr/bin/switchyard-server|" "$unit" \
        >"$work/unit/switchyard-server.service"
    # It also reads the unit's Documentation= (man:switchyard-server(1)) with man: the unpacked one.
    MANPATH=$root/usr/share/man systemd-analyze verify "$work/unit/switchyard-server.service" >"$work/verify.log" 2>&1 ||
        { cat "$work/verify.log" >&2; fail "systemd-analyze verify"; }
    [ -s "$work/verify.log" ] && { cat "$work/verify.log" >&2; fail "systemd-analyze verify warns"; }
fi

# Man pages: each names its program and says what it does.
for page in switchyard switchyard-server switchyard-cli; do
    zcat "$root/usr/share/man/man1/$page.1.gz" >"$work/$page.1"
    grep -q "^\.SH NAME" "$work/$page.1" && grep -q "^$page \\\\- " "$work/$page.1" || fail "man page of $page: $(head -20 "$work/$page.1")"
done
grep -qF -- '\-\-replica\-binary' "$work/switchyard-server.1" || fail "switchyard-server.1 lacks the flags"
grep -q "version list" "$work/switchyard-cli.1" || fail "switchyard-cli.1 lacks the commands"

# The console answers --help and --version without a display.
console_out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM ASAN_OPTIONS=detect_leaks=0 \
    "$root/usr/bin/switchyard" --version 2>&1) || fail "switchyard --version: $console_out"
[ "$console_out" = "switchyard $version" ] || fail "switchyard --version says: $console_out"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM ASAN_OPTIONS=detect_leaks=0 "$root/usr/bin/switchyard" --help \
    >"$work/console-help" 2>&1 || fail "switchyard --help: $(cat "$work/console-help")"
grep -q -- "--connect" "$work/console-help" || fail "switchyard --help: $(cat "$work/console-help")"

# The unpacked server: nothing of the build tree on its path, and none on PATH.
export PATH=/usr/bin:/bin
"$root/usr/bin/switchyard-server" --listen 127.0.0.1:0 --data-dir "$work/data" --demo >"$work/server.log" 2>&1 &
server_pid=$!
url=
for _ in $(seq 200); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/server.log" | head -1 || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$url" ] || fail "the unpacked switchyard-server did not start: $(cat "$work/server.log")"
# GET /healthz with bash alone (no curl on a minimal builder).
port=${url##*:}
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
read -r status_line <&3 || true
exec 3<&-
[[ $status_line == "HTTP/1.1 200 "* ]] || fail "GET /healthz answered: $status_line"

cli() { "$root/usr/bin/switchyard-cli" --server "$url" --admin-token-file "$work/data/admin-token" "$@"; }
healthy=
for _ in $(seq 300); do
    states=$(cli version list demo --output json | grep -o '"state": *"[A-Za-z]*"' || true)
    if [ "$(grep -c Healthy <<<"$states")" -ge 2 ]; then
        healthy=yes
        break
    fi
    grep -q Failed <<<"$states" && break
    sleep 0.2
done
[ -n "$healthy" ] || fail "the demo's versions did not become Healthy: $states; server log: $(tail -20 "$work/server.log")"
# The server's children, read from /proc (no procps on a minimal builder).
replicas=
for status in /proc/[0-9]*/status; do
    if [ "$(awk '/^PPid:/ {print $2}' "$status" 2>/dev/null)" = "$server_pid" ]; then
        replicas+="$(readlink "${status%/status}/exe" 2>/dev/null) "
    fi
done
grep -q "^$root/usr/libexec/switchyard/switchyard-replica " <<<"$replicas" ||
    fail "the server's replicas are not the packaged switchyard-replica: $replicas"

cli cluster show | grep -q "backend state: *ok" || fail "switchyard-cli cluster show: $(cli cluster show 2>&1)"
cli endpoint list | grep -q "^demo " || fail "switchyard-cli endpoint list: $(cli endpoint list 2>&1)"
cli version list demo >"$work/versions" || fail "switchyard-cli version list demo"
grep -q "^blue " "$work/versions" && grep -q "^green " "$work/versions" || fail "version list: $(cat "$work/versions")"

# The bash completion, with the unpacked CLI as the program it asks.
complete_words() {
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _switchyard_cli
             printf "%s\n" "${COMPREPLY[@]}"' _ "$root/usr/share/bash-completion/completions/switchyard-cli" "$@"
}
complete_words "$root/usr/bin/switchyard-cli" ver | grep -qx version || fail "completion of 'ver'"
complete_words "$root/usr/bin/switchyard-cli" version l | grep -qx list || fail "completion of 'version l'"
complete_words "$root/usr/bin/switchyard-cli" logs demo blue --t | grep -qx -- --tail || fail "completion of 'logs … --t'"
complete_words "$root/usr/bin/switchyard-cli" endpoint list --output "" | grep -qx json || fail "completion of --output"
complete_words "$root/usr/bin/switchyard-cli" events --op | grep -qx -- --operator || fail "completion of 'events --op'"
complete_words "$root/usr/bin/switchyard-cli" --token-file t events --operator admin --f | grep -qx -- --follow ||
    fail "completion after --token-file and --operator"

kill "$server_pid"
wait "$server_pid" || fail "switchyard-server did not stop cleanly on SIGTERM: $(tail -5 "$work/server.log")"
server_pid=
echo "ok: $(ls "$work/out"/*.deb | xargs -n1 basename | tr '\n' ' ')"
