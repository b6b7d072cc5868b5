#!/usr/bin/env bash
# Runs every test of the solution and prints one closing line: "tests: N passed, M failed".
# The embedded default (SQLite files in temp folders) needs no server; later suites that need
# PostgreSQL or Redis are started from here, so this stays the one command to run.
set -uo pipefail
cd "$(dirname "$0")/.."

results=$(mktemp -d)
log="$results/dotnet-test.log"
dotnet test Seo.sln --configuration Release \
  --logger "trx" --results-directory "$results" \
  --collect "XPlat Code Coverage" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 293, Skipped: 0, ...").
read -r passed failed skipped < <(grep -E '^\s*(Passed|Failed)!' "$log" | awk '
  { for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") { gsub(",", "", $(i+1)); f += $(i+1) }
      if ($i == "Passed:") { gsub(",", "", $(i+1)); p += $(i+1) }
      if ($i == "Skipped:") { gsub(",", "", $(i+1)); s += $(i+1) } } }
  END { print p+0, f+0, s+0 }')
assemblies=$(grep -cE '^\s*(Passed|Failed)!' "$log")
echo "test results and coverage: $results ($assemblies test assemblies)"
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
