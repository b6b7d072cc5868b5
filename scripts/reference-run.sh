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

start_api() { # store
  local store=$1 data=$work/data-$1
  local -a env=(ASPNETCORE_ENVIRONMENT=Development "Persistence__DataDirectory=$data" Logging__LogLevel__Default=Warning
    Seo__Bookings__Caps__MaxUnpaidHoldsPerAccount=0 Seo__Bookings__Caps__MaxBookingsPerAccountPerCheckpointDay=0
    Seo__Bookings__Caps__VehicleCoolDown=00:00:00 Seo__RateLimits__ExemptLoopback=true
    "Seo__Bootstrap__RegistrarPassword=$registrar_password" "Seo__Bootstrap__RegistrarTotpSecret=$totp_secret")
  if [ "$store" = PostgreSql ]; then
    psql_q -d postgres -c 'DROP DATABASE IF EXISTS seo_reference_api' -c 'CREATE DATABASE seo_reference_api'
    env+=(Persistence__Provider=PostgreSql Persistence__MigrateAtStart=true
      "ConnectionStrings__Seo=Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=seo_reference_api")
  fi
  env "${env[@]}" dotnet src/WebApi/bin/Release/net10.0/Seo.WebApi.dll --contentRoot "$root/src/WebApi/bin/Release/net10.0" \
    --urls "http://127.0.0.1:$port" >"$work/api-$store.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && return 0
    kill -0 "$api_pid" 2>/dev/null || { tail -n 40 "$work/api-$store.log" >&2; say "the API stopped"; exit 1; }
    sleep 1
  done
  say "the API did not become ready"; exit 1
}

drive() { # requests clients → "bookings/s p50 p99 not-booked"
  # The driver signs in as the registrar with an authenticator code, and a code is good once: wait for the next one.
  sleep $(( 31 - $(date +%s) % 30 ))
  dotnet tests/Seo.LoadBenchmarks/bin/Release/net10.0/Seo.LoadBenchmarks.dll "http://127.0.0.1:$port" "$1" "$2" DOSTYK \
    --registrar-password "$registrar_password" --registrar-totp-secret "$totp_secret" >"$work/driver.txt" 2>&1 \
    || { cat "$work/driver.txt" >&2; say "the load driver failed"; exit 1; }
  python3 - "$work/driver.txt" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
booked = int(re.search(r"^booked: (\d+)", text, re.M).group(1))
wall = float(re.search(r"requests/s over ([0-9.]+) s", text).group(1))
p50, p99 = re.search(r"latency ms: p50 ([0-9.]+), p95 [0-9.]+, p99 ([0-9.]+)", text).groups()
requests = int(re.search(r"(\d+) booking requests", text).group(1))
print(f"{booked / wall:.1f} {p50} {p99} {requests - booked}")
EOF
}

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
  kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=
done

mkdir -p "$out"
cp "$csv" "$out/reference-run.csv"
"$plot_python" scripts/reference-plot.py "$out/reference-run.csv" "$out" "$machine"
say "results in $out (reference-run.csv, reference-throughput.png, reference-p99.png)"
