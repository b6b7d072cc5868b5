#!/usr/bin/env bash
# Adds a migration for the write store after a model change: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" \
  --project src/Infrastructure \
  --output-dir Persistence/Migrations/Sqlite
