#!/usr/bin/env bash
# Starts and stops the servers the test suites need on this machine: a throwaway PostgreSQL 15
# cluster and a throwaway Redis, both on 127.0.0.1 and on non-default ports.
#
#   eval "$(bash scripts/services.sh start)"   # installs what is missing, starts, prints export lines
#   bash scripts/services.sh status            # what runs (stderr)
#   bash scripts/services.sh stop [postgres] [redis]   # stops what `start` started (all by default)
#
# stdout carries only `export` lines, so the output can be eval'd:
#   SEO_POSTGRES_CONNECTION  Npgsql connection string, superuser `postgres`, trust auth on 127.0.0.1
#                            (no password anywhere), so the suites may CREATE/DROP their databases
#   SEO_REDIS_CONNECTION     StackExchange.Redis configuration, host:port
#   SEO_SERVICES_STARTED     the servers this call started (empty when they were running already),
#                            so that a caller stops only what it started
# SEO_SQLSERVER_CONNECTION and SEO_ELASTICSEARCH_URL are never started here (no SQL Server nor
# Elasticsearch on the build machine); when set, they are passed through like the others.
#
# A variable that is already set is passed through and its server is not started: that is how
# the pipeline's service containers, or a server of your own, take the place of these.
# Everything else goes to stderr. Settings (environment):
#   SEO_SERVICES_DIR  state, data and logs          default ${TMPDIR:-/tmp}/seo-services
#   SEO_PG_PORT       PostgreSQL port               default 55432
#   SEO_REDIS_PORT    Redis port                    default 56379
#   SEO_PG_BIN        PostgreSQL 15 binaries        default /usr/lib/postgresql/15/bin
# Works as root (servers run as the postgres and redis users) or as a user who can write the
# state folder (then PostgreSQL and Redis must be installed already, or sudo must work).
set -euo pipefail

state=${SEO_SERVICES_DIR:-${TMPDIR:-/tmp}/seo-services}
pg_port=${SEO_PG_PORT:-55432}
redis_port=${SEO_REDIS_PORT:-56379}
pg_bin=${SEO_PG_BIN:-/usr/lib/postgresql/15/bin}
pg_dir=$state/postgres          # the cluster (data/), its socket and its log
redis_dir=$state/redis          # pid file, log and working folder

say() { printf 'services: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a command as the given system user when root (PostgreSQL refuses to run as root).
as_user() {
  local user=$1; shift
  if is_root && id "$user" >/dev/null 2>&1; then runuser -u "$user" -- "$@"; else "$@"; fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

apt_updated=
apt_install() {
  local sudo=
  if ! is_root; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=sudo
    else
      die "$* is not installed and this user cannot install it; run: sudo apt-get install -y $*"
    fi
  fi
  command -v apt-get >/dev/null || die "$* is not installed and there is no apt-get here"
  say "installing $* (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  # Try the package lists as they are first; refresh them once when that fails.
  if ! $sudo apt-get install -y -q --no-install-recommends "$@" >&2; then
    [ -z "$apt_updated" ] || die "apt-get could not install $*"
    $sudo apt-get update -q >&2 && apt_updated=1
    $sudo apt-get install -y -q --no-install-recommends "$@" >&2 || die "apt-get could not install $*"
  fi
}

# export NAME='value', single-quoted so that ';' and spaces survive eval.
emit() { printf "export %s='%s'\n" "$1" "${2//\'/\'\\\'\'}"; }

# ---------------------------------------------------------------- PostgreSQL
pg_running() {
  [ -f "$pg_dir/data/postmaster.pid" ] || return 1
  local pid; pid=$(head -n1 "$pg_dir/data/postmaster.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$(cat "$pg_dir/port")" -t 2
}

pg_connection() { echo "Host=127.0.0.1;Port=$1;Username=postgres;Database=postgres"; }

start_postgres() {
  if pg_running; then
    say "PostgreSQL already running on 127.0.0.1:$(cat "$pg_dir/port") ($pg_dir)"
    pg_result=$(pg_connection "$(cat "$pg_dir/port")")
    return
  fi
  [ -x "$pg_bin/initdb" ] || apt_install postgresql-15
  [ -x "$pg_bin/initdb" ] || die "no initdb in $pg_bin after installing postgresql-15"
  if port_open "$pg_port"; then
    die "port $pg_port is taken by another server; set SEO_PG_PORT, or SEO_POSTGRES_CONNECTION to use that server"
  fi
  # A cluster left over from a stopped machine is thrown away: every start is a fresh cluster.
  rm -rf "$pg_dir"
  mkdir -p "$pg_dir"
  chmod 755 "$state"
  is_root && chown postgres: "$pg_dir"
  say "initdb: a throwaway cluster in $pg_dir/data (trust auth, 127.0.0.1 only)"
  as_user postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; die "initdb failed"; }
  # Only TCP on loopback and a socket in our own folder; durability off, it is a test server.
  cat >>"$pg_dir/data/postgresql.conf" <<EOF

# scripts/services.sh: a throwaway cluster for the test suites
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$pg_dir'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  printf 'host all all 127.0.0.1/32 trust\n' >"$pg_dir/data/pg_hba.conf"
  printf 'local all all trust\n' >>"$pg_dir/data/pg_hba.conf"
  echo "$pg_port" >"$pg_dir/port"
  say "starting PostgreSQL 15 on 127.0.0.1:$pg_port (log $pg_dir/postgres.log)"
  as_user postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 start >&2 9>&- \
    || { tail -n 30 "$pg_dir/postgres.log" >&2 || true; die "PostgreSQL did not start"; }
  pg_result=$(pg_connection "$pg_port")
  started+=(postgres)
}

stop_postgres() {
  if [ ! -d "$pg_dir/data" ]; then say "PostgreSQL: nothing started here"; return; fi
  if [ -f "$pg_dir/data/postmaster.pid" ]; then
    say "stopping PostgreSQL ($pg_dir)"
    as_user postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w -t 60 stop >&2 || true
  fi
  rm -rf "$pg_dir"
}

# ---------------------------------------------------------------- Redis
redis_running() {
  [ -f "$redis_dir/redis.pid" ] || return 1
  local pid; pid=$(cat "$redis_dir/redis.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
    && [ "$(redis-cli -h 127.0.0.1 -p "$(cat "$redis_dir/port")" ping 2>/dev/null)" = PONG ]
}

start_redis() {
  if redis_running; then
    say "Redis already running on 127.0.0.1:$(cat "$redis_dir/port")"
    redis_result=127.0.0.1:$(cat "$redis_dir/port")
    return
  fi
  if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    apt_install redis-server
  fi
  if port_open "$redis_port"; then
    die "port $redis_port is taken by another server; set SEO_REDIS_PORT, or SEO_REDIS_CONNECTION to use that server"
  fi
  rm -rf "$redis_dir"
  mkdir -p "$redis_dir"
  chmod 755 "$state"
  local user=redis
  if is_root && id redis >/dev/null 2>&1; then chown redis: "$redis_dir"; else user=$(id -un); fi
  echo "$redis_port" >"$redis_dir/port"
  say "starting Redis on 127.0.0.1:$redis_port, no persistence (log $redis_dir/redis.log)"
  as_user "$user" redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" \
    --save '' --appendonly no --dir "$redis_dir" \
    --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log" >&2 9>&- \
    || die "redis-server did not start"
  for _ in $(seq 1 50); do
    redis_running && break
    sleep 0.2
  done
  redis_running || { tail -n 30 "$redis_dir/redis.log" >&2 || true; die "Redis did not answer PING"; }
  redis_result=127.0.0.1:$redis_port
  started+=(redis)
}

stop_redis() {
  if [ ! -f "$redis_dir/redis.pid" ]; then say "Redis: nothing started here"; rm -rf "$redis_dir"; return; fi
  local pid; pid=$(cat "$redis_dir/redis.pid")
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping Redis (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -rf "$redis_dir"
}

# ---------------------------------------------------------------- commands
# A failed start leaves nothing behind: what this call started is stopped again.
rollback() {
  local status=$? service
  if [ "$status" -ne 0 ]; then
    for service in "${started[@]}"; do "stop_$service"; done
  fi
}

# One services.sh at a time. The servers are started with fd 9 closed, so they never hold it.
lock() {
  mkdir -p "$state"
  exec 9>"$state/.lock"
  flock -w 120 9 || die "another services.sh holds $state/.lock"
}

cmd=${1:-}
case "$cmd" in
  start)
    lock
    started=()
    trap rollback EXIT
    pg_result=${SEO_POSTGRES_CONNECTION:-}
    redis_result=${SEO_REDIS_CONNECTION:-}
    if [ -n "$pg_result" ]; then say "SEO_POSTGRES_CONNECTION is set: using that server"; else start_postgres; fi
    if [ -n "$redis_result" ]; then say "SEO_REDIS_CONNECTION is set: using that server"; else start_redis; fi
    emit SEO_POSTGRES_CONNECTION "$pg_result"
    emit SEO_REDIS_CONNECTION "$redis_result"
    [ -z "${SEO_SQLSERVER_CONNECTION:-}" ] || emit SEO_SQLSERVER_CONNECTION "$SEO_SQLSERVER_CONNECTION"
    [ -z "${SEO_ELASTICSEARCH_URL:-}" ] || emit SEO_ELASTICSEARCH_URL "$SEO_ELASTICSEARCH_URL"
    emit SEO_SERVICES_STARTED "${started[*]:-}"
    ;;
  stop)
    lock
    shift
    [ $# -gt 0 ] || set -- postgres redis
    for service in "$@"; do
      case "$service" in
        postgres) stop_postgres ;;
        redis) stop_redis ;;
        *) die "unknown service '$service' (postgres, redis)" ;;
      esac
    done
    ;;
  status)
    if pg_running; then say "PostgreSQL: running on 127.0.0.1:$(cat "$pg_dir/port")"; else say "PostgreSQL: not running"; fi
    if redis_running; then say "Redis: running on 127.0.0.1:$(cat "$redis_dir/port")"; else say "Redis: not running"; fi
    ;;
  *)
    die "usage: scripts/services.sh start|stop [postgres] [redis]|status"
    ;;
esac
