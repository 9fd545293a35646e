#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server of its own (DESIGN §7: the real server, on
# loopback). Each run gets a new temporary folder and a free port picked at start, so any number of
# checkouts and test runs can share one machine; the server is stopped and its folder deleted on every
# exit path: success, failure, Ctrl+C or SIGTERM through the trap, and SIGKILL (what a CTest timeout
# sends) through a watchdog that outlives this script by a second.
#   with-postgres.sh COMMAND [ARGS…]   → COMMAND sees GREENLIGHT_TEST_PG=postgresql://greenlight@127.0.0.1:PORT/greenlight
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "with-postgres.sh: PostgreSQL server binaries not found (install the postgresql package)" >&2; exit 1; }

# The server refuses to run as root; run it as the postgres user when we are root.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

dir=$(mktemp -d "${TMPDIR:-/tmp}/greenlight-pg.XXXXXXXX")
stop() {
    local status=$?
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    exit "$status"
}
trap stop EXIT
# The watchdog: when this script dies without running its trap, stop the server and delete the folder.
wrapper=$$
(
    trap '' INT TERM
    while kill -0 "$wrapper" 2>/dev/null; do sleep 1; done
    if [ -d "$dir" ]; then
        sleep 1 # let an initdb that was running end first
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
) </dev/null >/dev/null 2>&1 &
disown
trap 'exit 130' INT
trap 'exit 143' TERM
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"

as_owner "$bin/initdb" -D "$dir/data" -U greenlight --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }

# The owner (greenlight) connects without a password, as before; every other login must give its password
# (SCRAM), as on a team server, so the tests prove that a login's password works and a wrong one does not.
cat >"$dir/data/pg_hba.conf" <<'HBA'
local all all trust
host all greenlight 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA

# Ask the kernel for a free port; another process may take it before the server binds, so try again.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
started=""
for _ in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null; then
        started=yes
        break
    fi
done
[ -n "$started" ] || { echo "with-postgres.sh: the server did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }
as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U greenlight greenlight

export GREENLIGHT_TEST_PG="postgresql://greenlight@127.0.0.1:$port/greenlight"
# Not exec: the trap must outlive the command to stop the server. In the background and waited for, so
# a signal reaches the trap at once; the trap's exit then takes the command's process group down too.
"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null; exit 143' TERM
trap 'kill -INT "$child" 2>/dev/null; exit 130' INT
wait "$child"
