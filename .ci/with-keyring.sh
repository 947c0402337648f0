#!/usr/bin/env bash
# Usage: .ci/with-keyring.sh CMD...
# Runs CMD inside a private D-Bus session with a fresh, unlocked gnome-keyring Secret Service, so
# keychain tests exercise the real OS keychain path without prompts; cleans up afterwards.
set -euo pipefail
if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
  echo "with-keyring: gnome-keyring or dbus missing; running without a Secret Service" >&2
  exec "$@"
fi
KR_HOME="$(mktemp -d "${TMPDIR:-/tmp}/wingdesk-keyring.XXXXXX")"
trap 'rm -rf "$KR_HOME"' EXIT
mkdir -p "$KR_HOME/data" "$KR_HOME/run" && chmod 700 "$KR_HOME/run"
export XDG_DATA_HOME="$KR_HOME/data" XDG_RUNTIME_DIR="$KR_HOME/run"
dbus-run-session -- bash -c '
  printf %s ci-keyring-pass | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  gkd=$!
  for i in $(seq 1 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
    sleep 0.1
  done
  rc=0; "$@" || rc=$?
  kill "$gkd" 2>/dev/null; wait "$gkd" 2>/dev/null || true
  exit $rc' _ "$@"
