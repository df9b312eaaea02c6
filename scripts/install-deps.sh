#!/usr/bin/env bash
# Installs the Debian 12 packages Switchyard needs, only those that are missing.
# Non-interactive; uses sudo when not root. Idempotent: a second run installs nothing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build git pkg-config clang-format
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qtkeychain-qt6-dev libgl-dev
    libcurl4-openssl-dev nlohmann-json3-dev libssl-dev libboost-dev libsqlite3-dev libcli11-dev libyaml-cpp-dev
    openssl ca-certificates
    # The packages' man pages (from each program's --help) and icons (the SVG rendered to PNG sizes).
    help2man librsvg2-bin
    # The alert notifications test starts a private D-Bus session bus.
    dbus-daemon
)
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
