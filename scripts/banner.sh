#!/usr/bin/env bash
# Prints the run banner: every service's URL, the dashboard's login link and what to look at first. The ports are read
# from each service's Properties/launchSettings.json, the same applicationUrl the AppHost gives the service, so the
# banner cannot drift from what runs (tests/Statistico.AppHost.Tests/BannerTests.cs checks them against the AppHost).
# Usage: scripts/banner.sh [dashboard-url] [browser-token] [gateway-api-key]
set -euo pipefail
cd "$(dirname "$0")/.."

dashboard="${1:-${ASPNETCORE_URLS:-http://localhost:18888}}"
token="${2:-${AppHost__BrowserToken:-}}"
gateway_key="${3:-${AppHost__GatewayApiKey:-}}"

# The first applicationUrl of the service's launch profile (the AppHost takes its "http" endpoint from it).
url_of() {
  sed -n 's/.*"applicationUrl": *"\([^";]*\).*/\1/p' "services/Statistico.$1/Properties/launchSettings.json" | head -n 1
}

line() { printf '[run]   %-19s: %s\n' "$1" "$2"; }

echo "[run] Statistico is starting."
if [[ -n "$token" ]]; then
  line "Aspire dashboard" "$dashboard/login?t=$token"
else
  line "Aspire dashboard" "$dashboard  (open the login link the AppHost prints below)"
fi
# The key travels in the fragment (#key=...), which the browser never sends to a server; the UI keeps it for the tab.
if [[ -n "$gateway_key" ]]; then
  line "Web UI" "$(url_of Gateway)/#key=$gateway_key"
else
  line "Web UI" "$(url_of Gateway)  (open the address with the key the AppHost prints below)"
fi
line "Simulator" "$(url_of Simulator)  (world clock: /control/status; exchange and data provider APIs)"
line "Football Data" "$(url_of FootballData)  (/api/fixtures/upcoming, /api/summary, /openapi/v1.json)"
line "Ratings" "$(url_of Ratings)  (/api/ratings/SIM, /api/summary)"
line "Odds Compiler" "$(url_of OddsCompiler)  (/api/books/{fixture}, /api/summary)"
line "Odds Checker" "$(url_of OddsChecker)  (/api/summary, /openapi/v1.json)"
line "Odds Warehouse" "$(url_of OddsWarehouse)  (/api/fixtures/{fixture}/markets/MATCH_ODDS/prices/latest, /api/summary)"
line "Trader" "$(url_of Trader)  (/api/strategies, /api/trades, /api/kill-switch, /api/summary)"
line "Gateway" "$(url_of Gateway)  (/api/trader/..., /api/warehouse/..., /api/events; header X-Api-Key)"
echo "[run] Watch it work  : dotnet run --project tools/Statistico.Cli -- status"
echo "[run] Stop everything: Ctrl-C or SIGTERM"
