#!/usr/bin/env bash
# Runs every test tier: unit, integration (real RabbitMQ, Postgres and Redis on loopback) and Aspire.
#
#   ./scripts/test.sh                         everything (what CI runs)
#   ./scripts/test.sh "Category=Unit"         one tier: Unit (no servers), Integration (real broker, database or Redis),
#                                             System (the AppHost or several services end to end); any --filter expression
#
# Infrastructure: ConnectionStrings__messaging/postgres/cache from the environment when set; otherwise the local
# servers, installed and started by scripts/infra.sh (left running afterwards for the next run).
set -euo pipefail
cd "$(dirname "$0")/.."
filter="${1:-}"

scripts/prerequisites.sh
if [ -z "${ConnectionStrings__messaging:-}" ] || [ -z "${ConnectionStrings__postgres:-}" ] || [ -z "${ConnectionStrings__cache:-}" ]; then
  scripts/infra.sh start
  # The services' role for the services under test, the admin role only for creating and dropping databases/vhosts.
  eval "$(scripts/infra.sh test-env)"
fi

echo "[test] building (warnings are errors)"
dotnet build Statistico.sln -nologo -v quiet -clp:ErrorsOnly

results=$(mktemp -d)
log="$results/test.log"
# A test that hangs fails its assembly after 15 minutes (with a mini dump in the results directory) instead of
# holding the run until CI gives up on it.
run_tests() { # filter, then any further dotnet test options
  local tier_filter="$1"; shift
  dotnet test Statistico.sln --no-build -nologo ${tier_filter:+--filter "$tier_filter"} "$@" \
    --blame-hang-timeout 15min --blame-hang-dump-type mini \
    --results-directory "$results" --logger "trx" --logger "console;verbosity=normal" 2>&1 | tee -a "$log"
  return "${PIPESTATUS[0]}"
}
set +e
if [ -n "$filter" ]; then
  run_tests "$filter"
  status=$?
else
  # Unit and Integration side by side (every assembly at once); then the System tier alone, one assembly at a time:
  # those tests start whole platforms (the AppHost: seven services and their databases) and time them as a user
  # would see them on this machine, not while a dozen other test processes share its cores.
  run_tests "Category!=System"
  status=$?
  echo "[test] the System tier, one assembly at a time"
  run_tests "Category=System" -m:1
  system_status=$?
  [ "$status" -eq 0 ] && status=$system_status
fi
set -e

# One closing line for every assembly together.
count() { { grep -oE "^ +$1: +[0-9]+" "$log" || true; } | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
# CI shows only the end of the output, so what went wrong is repeated here: each failed test with its message and
# the top of its stack, and any assembly whose run was aborted (a crashed or hung test host) or did not build.
if [ "$status" -ne 0 ]; then
  echo "[test] what failed:"
  { grep -E -A 12 "^ +Failed [A-Za-z]" "$log" || true; } | cut -c1-400 | head -200
  { grep -E -B 2 -A 8 "Test Run Aborted|aborted|crashed|hang timeout|error MSB|error CS|No test is available" "$log" || true; } \
    | cut -c1-400 | head -120
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "[test] dotnet test exited with $status but no test reported a failure (see above for an aborted assembly)"
  failed=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
