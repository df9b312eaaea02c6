#!/usr/bin/env bash
# The ctests package_desktop_entry and package_appstream: the desktop entry and the AppStream metadata
# pass the validators the distributions run (desktop-file-utils, appstream). Warnings fail too.
# Usage: validate-metadata.sh desktop|appstream FILE. Exits 77 (skipped) without the validator, except on CI.
set -euo pipefail
kind=$1
file=$2
case $kind in
    desktop) tool=desktop-file-validate ;;
    appstream) tool=appstreamcli ;;
    *) echo "usage: $0 desktop|appstream FILE" >&2; exit 2 ;;
esac
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "needs $tool (scripts/install-test-tools.sh installs it)" >&2
    [ -n "${CI:-}" ] && exit 1
    exit 77
fi
if [ "$kind" = desktop ]; then
    # desktop-file-validate exits 0 on hints and warnings: any line it prints is a finding.
    out=$(desktop-file-validate "$file" 2>&1) || { echo "$out"; exit 1; }
    [ -z "$out" ] || { echo "$out"; exit 1; }
else
    appstreamcli validate --no-net --strict "$file"
fi
echo "ok: $file"
