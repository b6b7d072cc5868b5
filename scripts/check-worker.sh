#!/usr/bin/env bash
# Publishes the API as its image does (deploy/api.Dockerfile) and starts the projections worker
# from that output, as the compose file's `projections` service does: the schema first (the
# one-shot `migrate`), then `dotnet Seo.Worker.dll` until it reports the host started and
# writes a health file that compose's healthcheck would accept (Healthy or Degraded).
# Needs a Redis for the worker's read model: SEO_REDIS_CONNECTION (scripts/services.sh sets it).
# Prints "worker check: passed" or the worker's output and "worker check: FAILED".
set -uo pipefail
cd "$(dirname "$0")/.." || exit

redis=${SEO_REDIS_CONNECTION:-}
if [ -z "$redis" ]; then
  echo "worker check: FAILED (no SEO_REDIS_CONNECTION to give the worker)"
  exit 1
fi

work=$(mktemp -d)
out="$work/app"
data="$work/data"
log="$work/worker.log"
health="$work/worker.health"
mkdir -p "$data"
trap 'rm -rf "$work"' EXIT

if ! dotnet publish src/WebApi/Seo.WebApi.csproj --configuration Release --runtime linux-x64 --self-contained false \
    --output "$out" /p:UseAppHost=false -nologo -v quiet >"$work/publish.log" 2>&1; then
  tail -30 "$work/publish.log"
  echo "worker check: FAILED (publish)"
  exit 1
fi

export DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development Persistence__DataDirectory="$data" ConnectionStrings__Redis="$redis"
# From the output folder, as the image runs them (WORKDIR /app): that is where appsettings*.json are.
if ! (cd "$out" && dotnet Seo.WebApi.dll migrate >"$work/migrate.log" 2>&1); then
  tail -30 "$work/migrate.log"
  echo "worker check: FAILED (migrate)"
  exit 1
fi

(cd "$out" && Seo__Projections__HealthFile="$health" exec timeout 120 dotnet Seo.Worker.dll >"$log" 2>&1) &
worker=$!
started=
for _ in $(seq 1 120); do
  if grep -q "Application started" "$log" && [ -s "$health" ]; then
    started=yes
    break
  fi
  if ! kill -0 "$worker" 2>/dev/null; then
    break
  fi
  sleep 1
done
kill "$worker" 2>/dev/null
wait "$worker" 2>/dev/null

if [ -n "$started" ] && head -1 "$health" | grep -qv Unhealthy; then
  echo "worker check: passed (the projections worker started from the API's publish output; its health file says $(head -1 "$health"))"
else
  [ -s "$health" ] && cat "$health"
  tail -40 "$log"
  echo "worker check: FAILED"
  exit 1
fi
