#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with an unlocked GNOME keyring (a real Secret Service),
# as DESIGN §7 says; the keyring lives in a throw-away home so tests never touch the user's.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
    echo -n greenlight-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$@"' _ "$@"
