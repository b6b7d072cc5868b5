#!/usr/bin/env bash
# Holds the committed contract (contracts/openapi.v1.json) to what integrators do with it:
#   lint        Redocly's strict recommended rules (redocly.yaml), zero errors and zero warnings
#   typescript  openapi-typescript's types, which the README's request bodies must satisfy (tsc --strict)
#   kiota       Kiota's C# client, built with warnings as errors
# (NSwag's C# client is committed in clients/csharp and built and run by the .NET tests.)
# Prints one line per check and closes with "contract checks: N passed, M failed"; exits non-zero
# when one failed. Needs Node.js with npm, and the .NET tools of dotnet-tools.json.
set -uo pipefail
cd "$(dirname "$0")/.." || exit

passed=0
failed=0
check() {
  local name=$1; shift
  local output
  if output=$("$@" 2>&1); then
    echo "contract check $name: passed"
    passed=$((passed + 1))
  else
    echo "$output" | tail -40
    echo "contract check $name: FAILED"
    failed=$((failed + 1))
  fi
}

install() {
  (cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error)
}
lint() {
  clients/typescript/node_modules/.bin/redocly lint contracts/openapi.v1.json
}
typescript() {
  # From its own folder: openapi-typescript reads a redocly.yaml where it runs, and the lint's
  # rules are the lint's business.
  (cd clients/typescript && node_modules/.bin/openapi-typescript ../../contracts/openapi.v1.json -o schema.d.ts && node_modules/.bin/tsc -p .)
}
kiota() {
  dotnet tool restore >/dev/null \
    && dotnet kiota generate --language CSharp --openapi contracts/openapi.v1.json --output clients/kiota/Generated \
      --class-name SeoKiotaClient --namespace-name Seo.KiotaClient --exclude-backward-compatible --clean-output --log-level Error \
    && dotnet build clients/kiota/Seo.KiotaClient.csproj --configuration Release -nologo -v quiet
}

if install >/dev/null 2>&1 || install; then
  check lint lint
  check typescript typescript
else
  echo "contract checks: npm ci in clients/typescript failed; lint and typescript not run"
  failed=$((failed + 2))
fi
check kiota kiota

echo "contract checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
