# Sourced by the benchmark scripts: start a fresh Release API on the embedded store or PostgreSQL,
# and drive first-free bookings at it with the load driver. Expects: root, work, port,
# registrar_password, totp_secret, api_dll (the API's assembly), say, psql_q and PG* for PostgreSQL;
# sets api_pid; stop_api stops it.

start_api() { # store [database]: a PostgreSQL database named is taken as it stands, never emptied
  local store=$1 database=${2:-} data=$work/data-$1${2:+-$2}
  local -a env=(ASPNETCORE_ENVIRONMENT=Development "Persistence__DataDirectory=$data" Logging__LogLevel__Default=Warning
    Seo__Bookings__Caps__MaxUnpaidHoldsPerAccount=0 Seo__Bookings__Caps__MaxBookingsPerAccountPerCheckpointDay=0
    Seo__Bookings__Caps__VehicleCoolDown=00:00:00 Seo__RateLimits__ExemptLoopback=true
    "Seo__Bootstrap__RegistrarPassword=$registrar_password" "Seo__Bootstrap__RegistrarTotpSecret=$totp_secret")
  if [ "$store" = PostgreSql ]; then
    if [ -z "$database" ]; then
      database=seo_reference_api
      psql_q -d postgres -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
    fi
    env+=(Persistence__Provider=PostgreSql Persistence__MigrateAtStart=true
      "ConnectionStrings__Seo=Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$database")
  fi
  env "${env[@]}" dotnet "$api_dll" --contentRoot "$(dirname "$api_dll")" \
    --urls "http://127.0.0.1:$port" >>"$work/api-$store.log" 2>&1 &
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

stop_api() { kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=; }
