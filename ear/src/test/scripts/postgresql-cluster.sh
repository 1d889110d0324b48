#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the integration tests, made fresh in DIR on every start:
#   postgresql-cluster.sh start DIR PORT   (database, user and password: kompetence)
#   postgresql-cluster.sh stop DIR
# Uses Debian's server binaries (/usr/lib/postgresql/<version>/bin) and installs the postgresql
# package when they are missing and we run as root (as on CI); otherwise says what to install, so
# the PostgreSQL tests never skip silently. PostgreSQL refuses to run as root: as root the
# cluster belongs to the postgres user the package creates.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?cluster directory}
data="$dir/data"

server_binaries() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$bin" ] && [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ]; then
        echo "$bin"
    fi
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    local bin=$1
    if [ -f "$data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop
    fi
}

bin=$(server_binaries)
if [ -z "$bin" ]; then
    if [ "$action" = stop ]; then
        exit 0
    fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing Debian's postgresql for the PostgreSQL integration tests"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q postgresql
        bin=$(server_binaries)
    fi
    if [ -z "$bin" ]; then
        echo "The PostgreSQL integration tests need Debian's PostgreSQL server: run 'sudo apt-get install -y postgresql'" \
            "(or skip them with -Dpostgresql.tests.skip=true)" >&2
        exit 1
    fi
fi

case "$action" in
stop)
    stop_cluster "$bin"
    ;;
start)
    port=${3:?port}
    # A cluster left running by an interrupted build goes first.
    stop_cluster "$bin" || true
    rm -rf "$dir"
    mkdir -p "$data"
    echo kompetence > "$dir/password"
    if [ "$(id -u)" = 0 ]; then
        chown -R postgres: "$dir"
    fi
    # C collation sorts by code point, as Derby does. No durability settings: the tests kill
    # WildFly, never PostgreSQL, and a cluster that lives for one build need not reach the disk.
    as_owner "$bin/initdb" -D "$data" -U kompetence --pwfile="$dir/password" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start -o \
        "-p $port -c listen_addresses=localhost -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    PGPASSWORD=kompetence as_owner "$bin/createdb" -h localhost -p "$port" -U kompetence kompetence
    echo "$("$bin/postgres" --version) ready on localhost:$port (cluster in $data)"
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
