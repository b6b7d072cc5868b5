#!/usr/bin/env bash
# Does a long history slow a booking? (docs/performance.md, "A long history"): on PostgreSQL, the
# rush of first-free bookings over HTTP on a store without history and on one with 10 million closed
# bookings of the past year (benchmarks/reference/history.sql), in turns, the API restarted and
# warmed the same way each time.
#
#   bash scripts/history-run.sh          # 10,000,000 rows; 1000 bookings at 16 clients, twice each
#
# Settings (environment): SEO_HISTORY_ROWS (10000000), SEO_HISTORY_REQUESTS (1000),
# SEO_HISTORY_CLIENTS (16), SEO_HISTORY_OUT (docs/performance: where history-run.csv goes). Uses the throwaway PostgreSQL of scripts/services.sh; the 10 million
# rows take about 12 GB of disk and a quarter of an hour to write on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
rows=${SEO_HISTORY_ROWS:-10000000}
requests=${SEO_HISTORY_REQUESTS:-1000}
clients=${SEO_HISTORY_CLIENTS:-16}
port=5191
registrar_password=reference-run-registrar-1
totp_secret=JBSWY3DPEHPK3PXPJBSWY3DP
work=$(mktemp -d)
api_pid=
api_dll=$root/src/WebApi/bin/Release/net10.0/Seo.WebApi.dll

say() { printf 'history-run: %s\n' "$*" >&2; }
cleanup() {
  [ -z "$api_pid" ] || kill "$api_pid" 2>/dev/null || true
  [ -z "${SEO_SERVICES_STARTED:-}" ] || bash scripts/services.sh stop $SEO_SERVICES_STARTED >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

eval "$(bash scripts/services.sh start)"
pg_bin=${SEO_PG_BIN:-/usr/lib/postgresql/15/bin}
pg_setting() { tr ';' '\n' <<<"$SEO_POSTGRES_CONNECTION" | awk -F= -v k="$1" 'tolower($1)==tolower(k){print $2}'; }
export PGHOST=$(pg_setting Host) PGPORT=$(pg_setting Port) PGUSER=$(pg_setting Username) PGOPTIONS='-c client_min_messages=warning'
psql_q() { "$pg_bin/psql" -v ON_ERROR_STOP=1 -qAt "$@"; }
source scripts/lib/api-under-load.sh   # start_api, drive, stop_api

say "building the API and the load driver (Release)"
dotnet build -c Release src/WebApi >/dev/null
dotnet build -c Release tests/Seo.LoadBenchmarks >/dev/null
# The run takes half an hour: it runs a copy of the API, which a build meanwhile leaves alone.
cp -r "$(dirname "$api_dll")" "$work/api"
api_dll=$work/api/Seo.WebApi.dll

# Two stores, migrated and warmed alike; the history goes into one of them.
for db in seo_history_empty seo_history_full; do
  psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  start_api PostgreSql "$db"; drive 200 4 >/dev/null; stop_api
done
say "writing $rows closed bookings of the past year"
started=$(date +%s)
psql_q -d seo_history_full -v rows="$rows" -f benchmarks/reference/history.sql
say "written in $(( $(date +%s) - started )) s; the bookings table and its indexes take $(psql_q -d seo_history_full -c "SELECT pg_size_pretty(pg_total_relation_size('\"Bookings\"'))")"

# In turns, each time on a freshly started API warmed the same way.
echo "store,turn,bookings_in_store,bookings_per_s,p50_ms,p99_ms,not_booked" >"$work/history.csv"
for turn in 1 2; do
  for db in seo_history_empty seo_history_full; do
    start_api PostgreSql "$db"
    drive 200 4 >/dev/null
    read -r rate p50 p99 refused < <(drive "$requests" "$clients")
    in_store=$(psql_q -d "$db" -c 'SELECT count(*) FROM "Bookings"')
    say "$db, turn $turn ($in_store bookings): $rate bookings/s, p50 $p50 ms, p99 $p99 ms, $refused of $requests not booked"
    echo "$db,$turn,$in_store,$rate,$p50,$p99,$refused" >>"$work/history.csv"
    stop_api
  done
done
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo), PostgreSQL $(psql_q -d postgres -c 'SHOW server_version'), $(dotnet --version)"
cat "$work/history.csv"
mkdir -p "${SEO_HISTORY_OUT:-docs/performance}"
cp "$work/history.csv" "${SEO_HISTORY_OUT:-docs/performance}/history-run.csv"
