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

cat <<BANNER
[run] Statistico is starting.
[run]   Aspire dashboard : $ASPNETCORE_URLS  (open the login link the AppHost prints below)
[run]   Football Data API: http://localhost:5101  (/health, /openapi/v1.json, /api/fixtures/upcoming)
[run]   Trader API       : http://localhost:5160  (/api/strategies, /api/trades, /api/kill-switch, /openapi/v1.json)
[run]   Stop everything  : Ctrl-C or SIGTERM
BANNER
# exec: signals reach the AppHost itself, which stops every resource it started.
exec aspire/Statistico.AppHost/bin/Debug/net10.0/Statistico.AppHost "$@"
