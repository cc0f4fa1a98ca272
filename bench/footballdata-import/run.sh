#!/usr/bin/env bash
# Times `statistico import football-data` of all 60 shared files into a fresh database, twice (the second run must
# change nothing), against the Football Data service in Release. Needs the local servers (scripts/infra.sh start).
# RELAY=off runs the service with its outbox relay off, to separate the import from the delivery of its events.
set -euo pipefail
cd "$(dirname "$0")/../.."
# This machine's credentials (ADR 0041): the services' role runs the service; the admin role, which the services' role
# is not, creates the database and the virtual host.
eval "$(scripts/infra.sh test-env)"
app_password=$(sed -n 's/.*;Password=\([^;]*\).*/\1/p' <<<"$ConnectionStrings__postgres")
admin_password=$(sed -n 's/.*;Password=\([^;]*\).*/\1/p' <<<"$STATISTICO_TEST_POSTGRES_ADMIN")
admin_user=$(sed -n 's/.*;Username=\([^;]*\);.*/\1/p' <<<"$STATISTICO_TEST_POSTGRES_ADMIN")
dotnet build -c Release services/Statistico.FootballData >/dev/null
dotnet build -c Release tools/Statistico.Cli >/dev/null
db=footballdata_bench
PGPASSWORD=$admin_password psql -h 127.0.0.1 -U "$admin_user" -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db OWNER statistico" >/dev/null
export ConnectionStrings__footballdata="$ConnectionStrings__postgres;Database=$db"
# A fresh virtual host: only the service's own topology, nothing left bound by earlier runs or other services.
vhost="bench-fd-$(date +%s)"
curl -sf -X PUT "$RABBITMQ_MANAGEMENT_URL/api/vhosts/$vhost" >/dev/null
curl -sf -X PUT -H 'Content-Type: application/json' -d '{"configure":".*","write":".*","read":".*"}' \
  "$RABBITMQ_MANAGEMENT_URL/api/permissions/$vhost/statistico" >/dev/null
export ConnectionStrings__messaging="${ConnectionStrings__messaging%/*}/$vhost"
export ASPNETCORE_URLS=http://127.0.0.1:5199 ASPNETCORE_ENVIRONMENT=Production Cache__KeyPrefix="bench:fd:$(date +%s):"
if [[ "${RELAY:-on}" == off ]]; then export Messaging__Outbox__RelayEnabled=false; fi
log=$(mktemp)
(cd services/Statistico.FootballData && exec bin/Release/net10.0/Statistico.FootballData >"$log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; curl -sf -X DELETE "$RABBITMQ_MANAGEMENT_URL/api/vhosts/$vhost" >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5199/health >/dev/null && break; sleep 1; done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in first second; do
  start=$(date +%s.%N)
  tools/Statistico.Cli/bin/Release/net10.0/statistico import football-data --path ../shared/data/football-data --service http://127.0.0.1:5199 | tail -4
  end=$(date +%s.%N)
  echo "$run import: $(echo "$end - $start" | bc) s wall (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
start=$(date +%s.%N)
until [[ "$(PGPASSWORD=$app_password psql -h 127.0.0.1 -U statistico -d $db -tAc 'SELECT count(*) FROM outbox_message')" == 0 ]]; do
  [[ "${RELAY:-on}" == off ]] && break
  sleep 1
done
echo "events still being relayed after the imports: drained $(echo "$(date +%s.%N) - $start" | bc) s later"
