#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `cluster.sh start DIR PORT` installs Debian's postgresql when
# missing, creates a cluster in DIR listening on 127.0.0.1:PORT only (trust authentication, no password: it is
# reachable from this machine alone and deleted afterwards) and prints its admin URL; `cluster.sh stop DIR` stops
# it and removes DIR. As root, the server runs as the dedicated user mekong-pg (PostgreSQL refuses to run as root).
set -euo pipefail
command=${1:?usage: cluster.sh start DIR PORT | stop DIR}
dir=${2:?usage: cluster.sh start DIR PORT | stop DIR}

bin_dir() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    [ -n "$found" ] && [ -x "$found/initdb" ] && echo "$found"
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u mekong-pg -- "$@"; else "$@"; fi
}

case "$command" in
start)
    port=${3:?usage: cluster.sh start DIR PORT}
    if ! bin_dir >/dev/null; then
        echo "Installing postgresql …" >&2
        SUDO=$( [ "$(id -u)" = 0 ] || echo sudo )
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
    fi
    bin=$(bin_dir)
    if [ "$(id -u)" = 0 ] && ! id mekong-pg >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin mekong-pg
    fi
    user=$( [ "$(id -u)" = 0 ] && echo mekong-pg || id -un )
    # A cluster left by a killed run is stopped and replaced.
    if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown mekong-pg "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=60" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://$user@127.0.0.1:$port/postgres"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        bin=$(bin_dir)
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: cluster.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
