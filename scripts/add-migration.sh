#!/usr/bin/env bash
# After a model change, adds the same migration for every write store:
#   scripts/add-migration.sh MigrationName
# Each provider keeps its own migrations (Persistence/Migrations/<Provider>), because the SQL
# differs; the model is one. A test per provider fails while any of them is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
dotnet build src/Infrastructure --configuration Debug >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  dotnet ef migrations add "$name" --no-build \
    --project src/Infrastructure \
    --context "${provider}SeoDbContext" \
    --output-dir "Persistence/Migrations/$provider"
done
