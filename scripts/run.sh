#!/usr/bin/env bash
# Runs the whole Statistico platform under .NET Aspire: infrastructure (containers when Docker answers, else the
# local server packages), every service and the dashboard. Ctrl-C or SIGTERM stops all of it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prerequisites.sh
echo "[run] building"
dotnet build aspire/Statistico.AppHost -nologo -v quiet -clp:ErrorsOnly

export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:18888}"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://localhost:18889}"
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="${ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL:-http://localhost:18890}"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true

# A browser token of our own (the AppHost reads AppHost__BrowserToken), so the banner can print the dashboard's login
# link before the AppHost starts instead of leaving it somewhere in the AppHost's log.
export AppHost__BrowserToken="${AppHost__BrowserToken:-$(od -An -N16 -tx1 /dev/urandom | tr -d " \n")}"
scripts/banner.sh "$ASPNETCORE_URLS" "$AppHost__BrowserToken"

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
