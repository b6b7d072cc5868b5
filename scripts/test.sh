#!/usr/bin/env bash
# Runs every test of the solution and prints one closing line: "tests: N passed, M failed".
# The embedded default (SQLite files in temp folders) needs no server. PostgreSQL and Redis are
# started here by scripts/services.sh (a throwaway cluster and Redis on 127.0.0.1) unless
# SEO_SKIP_SERVICES=1 or their variables are already set, and stopped again at the end.
# SQL Server is never started here: without SEO_SQLSERVER_CONNECTION the suites traited
# Store=SqlServer are left out, and the pipeline's IntegrationTests stage runs them. Elasticsearch
# likewise: without SEO_ELASTICSEARCH_URL the suites traited ReadModel=Elasticsearch are left out.
set -uo pipefail
cd "$(dirname "$0")/.." || exit

results=$(mktemp -d)
log="$results/dotnet-test.log"

# Stops only the servers services.sh started for this run, never ones that were running already.
started_services=
stop_services() {
  if [ -n "$started_services" ]; then
    # shellcheck disable=SC2086 # a list of service names
    bash scripts/services.sh stop $started_services || true
    started_services=
  fi
}
trap stop_services EXIT
trap 'exit 130' INT TERM

if [ "${SEO_SKIP_SERVICES:-0}" = 1 ]; then
  echo "services: not started (SEO_SKIP_SERVICES=1)"
else
  if ! exports=$(bash scripts/services.sh start); then
    echo "services: scripts/services.sh start failed (see above); no test was run"
    echo "tests: 0 passed, 1 failed"
    exit 1
  fi
  eval "$exports"
  started_services=${SEO_SERVICES_STARTED:-}
  echo "services: PostgreSQL ${SEO_POSTGRES_CONNECTION:-(none)}; Redis ${SEO_REDIS_CONNECTION:-(none)}"
fi

exclusions=()
sqlserver_note=
if [ -z "${SEO_SQLSERVER_CONNECTION:-}" ]; then
  exclusions+=("Store!=SqlServer")
  sqlserver_note="SQL Server integration suite (Store=SqlServer): NOT run here (SEO_SQLSERVER_CONNECTION is unset; no SQL Server on this machine); it runs in the Azure pipeline's IntegrationTests stage against SQL Server 2022."
fi
elasticsearch_note=
if [ -z "${SEO_ELASTICSEARCH_URL:-}" ]; then
  exclusions+=("ReadModel!=Elasticsearch")
  elasticsearch_note="Elasticsearch crossing-log suite (ReadModel=Elasticsearch): NOT run here (SEO_ELASTICSEARCH_URL is unset; no Elasticsearch on this machine); it runs in the Azure pipeline's IntegrationTests stage against Elasticsearch 9."
fi
filter=()
if [ "${#exclusions[@]}" -gt 0 ]; then
  # Both exclusions must hold: dotnet test joins filter conditions with '&'.
  filter=(--filter "$(IFS='&'; echo "${exclusions[*]}")")
fi

dotnet test Seo.sln --configuration Release "${filter[@]}" \
  --logger "trx" --results-directory "$results" \
  --collect "XPlat Code Coverage" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The deployable artefact: the projections worker starts from the API's publish output, against
# this run's Redis (scripts/check-worker.sh). It counts as one test in the closing line.
worker_log="$results/worker-check.log"
bash scripts/check-worker.sh 2>&1 | tee "$worker_log"
worker_status=${PIPESTATUS[0]}

stop_services

# The contract as integrators use it: linted, and the clients generated from it built (clients/check.sh).
# Each check counts as one test in the closing line.
contract_log="$results/contract-checks.log"
bash clients/check.sh 2>&1 | tee "$contract_log"
contract_status=${PIPESTATUS[0]}

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 293, Skipped: 0, ...").
read -r passed failed skipped < <(grep -E '^\s*(Passed|Failed)!' "$log" | awk '
  { for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") { gsub(",", "", $(i+1)); f += $(i+1) }
      if ($i == "Passed:") { gsub(",", "", $(i+1)); p += $(i+1) }
      if ($i == "Skipped:") { gsub(",", "", $(i+1)); s += $(i+1) } } }
  END { print p+0, f+0, s+0 }')
assemblies=$(grep -cE '^\s*(Passed|Failed)!' "$log")
read -r contract_passed contract_failed < <(sed -nE 's/^contract checks: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$contract_log" | tail -1)
if [ -z "${contract_passed:-}" ]; then
  contract_passed=0
  contract_failed=1
fi
passed=$((passed + contract_passed))
failed=$((failed + contract_failed))
if [ "$worker_status" -eq 0 ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  [ "$status" -ne 0 ] || status=$worker_status
fi
if [ "$contract_status" -ne 0 ] && [ "$status" -eq 0 ]; then
  status=$contract_status
fi
echo "test results and coverage: $results ($assemblies test assemblies)"
[ -z "$sqlserver_note" ] || echo "$sqlserver_note"
[ -z "$elasticsearch_note" ] || echo "$elasticsearch_note"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A build error or a crashed test host: count it as a failure, never as a pass.
  failed=1
fi
if [ "$skipped" -gt 0 ]; then
  echo "tests: $passed passed, $failed failed, $skipped skipped"
else
  echo "tests: $passed passed, $failed failed"
fi
exit "$status"
