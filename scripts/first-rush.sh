#!/usr/bin/env bash
# A fresh instance's first rush (docs/performance.md, "A fresh instance"): the API as `dotnet build`
# leaves it (compiled by the JIT as it runs) beside the API as the container image publishes it
# (ReadyToRun for linux-x64), each started fresh on the embedded SQLite store and at once given
# a rush of first-free bookings, in turns, several times.
#
#   bash scripts/first-rush.sh          # 3 turns, 300 bookings at 16 clients
#
# Settings (environment): SEO_RUSH_TURNS (3), SEO_RUSH_REQUESTS (300), SEO_RUSH_CLIENTS (16).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
turns=${SEO_RUSH_TURNS:-3}
requests=${SEO_RUSH_REQUESTS:-300}
clients=${SEO_RUSH_CLIENTS:-16}
port=5191
registrar_password=reference-run-registrar-1
totp_secret=JBSWY3DPEHPK3PXPJBSWY3DP
work=$(mktemp -d)
api_pid=

say() { printf 'first-rush: %s\n' "$*" >&2; }
cleanup() {
  [ -z "$api_pid" ] || kill "$api_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

say "building the API (Release), publishing it ReadyToRun for linux-x64, building the load driver"
dotnet build -c Release src/WebApi >/dev/null
dotnet publish src/WebApi -c Release -r linux-x64 --self-contained false -o "$work/r2r" /p:UseAppHost=false >/dev/null
dotnet build -c Release tests/Seo.LoadBenchmarks >/dev/null
declare -A dlls=([jit]="$root/src/WebApi/bin/Release/net10.0/Seo.WebApi.dll" [r2r]="$work/r2r/Seo.WebApi.dll")

source scripts/lib/api-under-load.sh

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo), $(dotnet --version)"
echo "build,turn,ready_s,bookings_per_s,p50_ms,p99_ms,not_booked"
for turn in $(seq 1 "$turns"); do
  for build in jit r2r; do
    api_dll=${dlls[$build]}
    rm -rf "$work/data-Sqlite"
    started=$(date +%s.%N)
    start_api Sqlite
    ready=$(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')")
    read -r rate p50 p99 refused < <(drive "$requests" "$clients")
    echo "$build,$turn,$ready,$rate,$p50,$p99,$refused"
    stop_api
  done
done
