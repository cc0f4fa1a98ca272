#!/usr/bin/env bash
# Runs the whole Statistico platform under .NET Aspire: infrastructure (containers when Docker answers, else the
# local server packages), every service and the dashboard. Ctrl-C or SIGTERM stops all of it.
#   scripts/run.sh [--fresh] [Section:Key=value ...]
# --fresh starts from empty state on the local servers (scripts/infra.sh reset): needed to switch worlds (another seed,
# a replay), since every service keeps the world it has seen; the servers then keep running after Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

fresh=0
if [[ "${1:-}" == "--fresh" ]]; then fresh=1; shift; fi

scripts/prerequisites.sh
echo "[run] building"
dotnet build aspire/Statistico.AppHost -nologo -v quiet -clp:ErrorsOnly

if [[ $fresh == 1 ]]; then
  # Only the local servers are reset here; containers keep their data in Docker volumes.
  if [[ " $* " != *" Infrastructure:Mode=local "* ]] && docker info >/dev/null 2>&1; then
    echo "[run] --fresh resets the local servers, but Docker answers, so the AppHost would use containers: remove their volumes (docker volume ls) or add Infrastructure:Mode=local" >&2
    exit 2
  fi
  scripts/infra.sh start
  scripts/infra.sh reset
fi

export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:18888}"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://localhost:18889}"
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="${ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL:-http://localhost:18890}"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true

# A browser token of our own (the AppHost reads AppHost__BrowserToken), so the banner can print the dashboard's login
# link before the AppHost starts instead of leaving it somewhere in the AppHost's log.
export AppHost__BrowserToken="${AppHost__BrowserToken:-$(od -An -N16 -tx1 /dev/urandom | tr -d " \n")}"
# The gateway's API key likewise (AppHost__GatewayApiKey), so the banner can print the web UI's address with it.
export AppHost__GatewayApiKey="${AppHost__GatewayApiKey:-$(od -An -N16 -tx1 /dev/urandom | tr -d " \n")}"
scripts/banner.sh "$ASPNETCORE_URLS" "$AppHost__BrowserToken" "$AppHost__GatewayApiKey"

# "[run] ready" once every service's /health answers 200; gives up silently when the AppHost (this PID after exec) ends.
(
  urls=$(sed -n 's/.*"applicationUrl": *"\([^";]*\).*/\1/p' services/Statistico.*/Properties/launchSettings.json)
  apphost=$$
  while kill -0 "$apphost" 2>/dev/null; do
    down=0
    for url in $urls; do curl -fs -o /dev/null --max-time 2 "$url/health" || down=1; done
    if [[ $down == 0 ]]; then echo "[run] ready: every service is healthy. Watch it: dotnet run --project tools/Statistico.Cli -- status"; exit 0; fi
    sleep 3
  done
) &
# exec: signals reach the AppHost itself, which stops every resource it started.
exec aspire/Statistico.AppHost/bin/Debug/net10.0/Statistico.AppHost "$@"
