#!/usr/bin/env bash
# Installs what Statistico needs beyond the .NET SDK and Node, when it is missing. Safe to run twice.
#  - RabbitMQ, PostgreSQL, Redis server packages (apt) unless a Docker engine answers;
#  - the repository's .NET tools (dotnet-ef);
#  - npm packages of the web UI, when it exists.
set -euo pipefail
cd "$(dirname "$0")/.."

if docker info >/dev/null 2>&1; then
  echo "[prerequisites] a Docker engine answers: infrastructure runs in containers"
else
  scripts/infra.sh install
fi

dotnet tool restore >/dev/null

if [ -f services/web/package.json ]; then
  (cd services/web && npm ci --no-audit --no-fund --loglevel=error)
fi
