#!/usr/bin/env bash
# The reference run (docs/performance.md, "The booking path against what PostgreSQL can do"):
# at each concurrency, PostgreSQL's own rate for the least a booking must write
# (benchmarks/reference/booking.pgbench: take a place with the conditional update, insert the
# booking, insert its outbox row, in one transaction) beside the rate of first-free bookings over
# HTTP (the load driver against the Release API), on PostgreSQL and on the embedded SQLite default.
# Writes a CSV, two plots (throughput and p99 against clients) and a Markdown table.
#
#   bash scripts/reference-run.sh            # clients 1 4 16 64, 15 s of pgbench, 1000 bookings a run
#
# Settings (environment):
#   SEO_REF_CLIENTS    concurrencies               default "1 4 16 64"
#   SEO_REF_SECONDS    pgbench seconds per run     default 15
#   SEO_REF_REQUESTS   bookings per driver run     default 1000
#   SEO_REF_STORES     write stores over HTTP      default "PostgreSql Sqlite"
#   SEO_REF_OUT        where results go            default docs/performance
# Uses the throwaway PostgreSQL of scripts/services.sh (fsync off, as for the tests: the reference
# and the API run on the very same server settings) unless SEO_POSTGRES_CONNECTION names another.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

read -r -a clients <<<"${SEO_REF_CLIENTS:-1 4 16 64}"
read -r -a stores <<<"${SEO_REF_STORES:-PostgreSql Sqlite}"
seconds=${SEO_REF_SECONDS:-15}
requests=${SEO_REF_REQUESTS:-1000}
out=${SEO_REF_OUT:-docs/performance}
port=5191
registrar_password=reference-run-registrar-1
totp_secret=JBSWY3DPEHPK3PXPJBSWY3DP
work=$(mktemp -d)
api_pid=

say() { printf 'reference-run: %s\n' "$*" >&2; }
cleanup() {
  [ -z "$api_pid" ] || kill "$api_pid" 2>/dev/null || true
  [ -z "${SEO_SERVICES_STARTED:-}" ] || bash scripts/services.sh stop $SEO_SERVICES_STARTED >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The plots use Debian's matplotlib, so Debian's Python (a python3 earlier on PATH may not have it).
plot_python=/usr/bin/python3
"$plot_python" -c 'import matplotlib' 2>/dev/null || { say "installing python3-matplotlib"; apt-get install -y -qq python3-matplotlib >/dev/null 2>&1; }

eval "$(bash scripts/services.sh start)"
pg_bin=${SEO_PG_BIN:-/usr/lib/postgresql/15/bin}   # pgbench and psql come with the server services.sh installs
# Npgsql's "Host=…;Port=…;Username=…;Database=…" as libpq settings.
pg_setting() { tr ';' '\n' <<<"$SEO_POSTGRES_CONNECTION" | awk -F= -v k="$1" 'tolower($1)==tolower(k){print $2}'; }
export PGHOST=$(pg_setting Host) PGPORT=$(pg_setting Port) PGUSER=$(pg_setting Username) PGOPTIONS='-c client_min_messages=warning'
psql_q() { "$pg_bin/psql" -v ON_ERROR_STOP=1 -qAt "$@"; }

say "building the API and the load driver (Release)"
dotnet build -c Release src/WebApi >/dev/null
dotnet build -c Release tests/Seo.LoadBenchmarks >/dev/null

machine="$(nproc) cores, $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/{print $2}') GiB, PostgreSQL $(psql_q -d postgres -c 'SHOW server_version'), $(dotnet --version)"
csv=$work/reference-run.csv
echo "store,clients,reference_tps,reference_p50_ms,reference_p99_ms,http_bookings_per_s,http_p50_ms,http_p99_ms,http_not_booked,ratio" >"$csv"

# PostgreSQL's own rate at each concurrency, on a fresh schema each time.
declare -A ref_tps ref_p50 ref_p99
psql_q -d postgres -c 'DROP DATABASE IF EXISTS seo_reference' -c 'CREATE DATABASE seo_reference'
for c in "${clients[@]}"; do
  psql_q -d seo_reference -f benchmarks/reference/schema.sql
  threads=$(( c < $(nproc) ? c : $(nproc) ))
  rm -f "$work"/pgbench_log.*
  "$pg_bin/pgbench" -n -M prepared -c "$c" -j "$threads" -T "$seconds" -f benchmarks/reference/booking.pgbench \
    -l --log-prefix="$work/pgbench_log" seo_reference >"$work/pgbench-$c.txt" 2>&1
  ref_tps[$c]=$(awk '/^tps = /{print $3; exit}' "$work/pgbench-$c.txt")
  read -r ref_p50[$c] ref_p99[$c] < <(cat "$work"/pgbench_log.* | python3 -c '
import sys
lat = sorted(int(line.split()[2]) / 1000 for line in sys.stdin)
pick = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
print(f"{pick(0.50):.2f} {pick(0.99):.2f}")')
  say "reference, $c clients: ${ref_tps[$c]} transactions/s, p50 ${ref_p50[$c]} ms, p99 ${ref_p99[$c]} ms"
done

# start_api and drive (the API on $port, the load driver against it).
api_dll=$root/src/WebApi/bin/Release/net10.0/Seo.WebApi.dll
source scripts/lib/api-under-load.sh

for store in "${stores[@]}"; do
  start_api "$store"
  say "$store: warming up (200 bookings, untimed)"
  drive 200 4 >/dev/null
  for c in "${clients[@]}"; do
    read -r rate p50 p99 refused < <(drive "$requests" "$c")
    ratio=$(python3 -c "print(f'{$rate / ${ref_tps[$c]}:.4f}')")
    say "$store over HTTP, $c clients: $rate bookings/s, p50 $p50 ms, p99 $p99 ms, $refused of $requests not booked; ratio to the reference $ratio"
    echo "$store,$c,${ref_tps[$c]},${ref_p50[$c]},${ref_p99[$c]},$rate,$p50,$p99,$refused,$ratio" >>"$csv"
  done
  stop_api
done

mkdir -p "$out"
cp "$csv" "$out/reference-run.csv"
"$plot_python" scripts/reference-plot.py "$out/reference-run.csv" "$out" "$machine"
say "results in $out (reference-run.csv, reference-throughput.png, reference-p99.png)"
