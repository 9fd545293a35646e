#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server on loopback for the tests (CTest fixture).
#   postgres-server.sh start DIR PORT   → initdb in DIR, listen on 127.0.0.1:PORT, trust auth, database "greenlight"
#   postgres-server.sh stop DIR
set -euo pipefail
action=$1 dir=$2 port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (install the postgresql package)" >&2; exit 1; }

# The server refuses to run as root; run it as the postgres user when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  "$0" stop "$dir" >/dev/null 2>&1 || true
  rm -rf "$dir" && mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U greenlight --auth=trust -E UTF8 --no-locale >"$dir/initdb.log"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U greenlight greenlight
  echo "PostgreSQL test server on 127.0.0.1:$port"
  ;;
stop)
  [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
esac
