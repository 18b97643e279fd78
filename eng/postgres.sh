#!/usr/bin/env bash
# PostgreSQL 15 servers for the tests, on loopback with trust authentication (run as root; idempotent):
#   psstats_single  55432  one server holding a whole table
#   psstats_coord   55433  a coordinator whose partitions are postgres_fdw foreign tables on the two shards
#   psstats_shard_a 55434  shard A
#   psstats_shard_b 55435  shard B
# The tests (tests/PublicSecurity.Stats.Tests/Testing/PostgresServers.cs) create their own databases on them.
#   eng/postgres.sh start   install Debian's postgresql if missing, create the clusters if missing, start, wait ready
#   eng/postgres.sh stop    stop and drop the clusters
set -euo pipefail

version=15
clusters=(psstats_single:55432 psstats_coord:55433 psstats_shard_a:55434 psstats_shard_b:55435)

install() {
  if ! command -v pg_createcluster > /dev/null 2>&1 || [ ! -x "/usr/lib/postgresql/$version/bin/postgres" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # Debian's postgresql installs PostgreSQL 15 here (postgres_fdw ships with it); its default cluster is not used.
    apt-get install -y -qq postgresql > /dev/null
  fi
}

configure() {
  local name=$1 port=$2 dir=/etc/postgresql/$version/$1
  mkdir -p "$dir/conf.d"
  # Settings for throwaway test data: no durability, many short connections, little memory.
  cat > "$dir/conf.d/psstats.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
max_connections = 200
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
max_wal_size = 1GB
log_min_messages = warning
CONF
  cat > "$dir/pg_hba.conf" <<HBA
# eng/postgres.sh: test servers on loopback only, trust authentication.
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       all                  trust
host    all       all   127.0.0.1/32   trust
HBA
  chown -R postgres:postgres "$dir"
}

exists() { pg_lsclusters -h 2> /dev/null | awk -v v="$version" -v n="$1" '$1 == v && $2 == n { found = 1 } END { exit !found }'; }

start() {
  install
  mkdir -p /var/run/postgresql
  chown postgres:postgres /var/run/postgresql
  local entry name port
  for entry in "${clusters[@]}"; do
    name=${entry%%:*} port=${entry##*:}
    if ! exists "$name"; then
      rm -rf "/etc/postgresql/$version/$name" # what a dropped cluster left behind (conf.d/psstats.conf)
      pg_createcluster "$version" "$name" --port "$port" > /dev/null
    fi
    configure "$name" "$port"
    if pg_ctlcluster "$version" "$name" status > /dev/null 2>&1; then
      pg_ctlcluster "$version" "$name" reload
    else
      pg_ctlcluster "$version" "$name" start
    fi
  done
  for entry in "${clusters[@]}"; do
    name=${entry%%:*} port=${entry##*:}
    local waited=0
    until pg_isready -q -h 127.0.0.1 -p "$port"; do
      if [ "$waited" -ge 60 ]; then
        echo "PostgreSQL cluster $name did not answer on 127.0.0.1:$port within 60 s." >&2
        tail -20 "/var/log/postgresql/postgresql-$version-$name.log" >&2 || true
        exit 1
      fi
      sleep 1
      waited=$((waited + 1))
    done
    echo "$name: accepting connections on 127.0.0.1:$port"
  done
}

stop() {
  command -v pg_dropcluster > /dev/null 2>&1 || return 0
  local entry name
  for entry in "${clusters[@]}"; do
    name=${entry%%:*}
    if exists "$name"; then
      pg_dropcluster --stop "$version" "$name"
      rm -rf "/etc/postgresql/$version/$name"
      echo "$name: stopped and dropped"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
