#!/usr/bin/env bash
# Runs one test tier several times in a row and says how each run ended: the soak that shows whether a tier is
# stable on this machine (issue 22 asks for the integration tier ten times in a row, also under a parallel build).
#
#   ./scripts/repeat-tests.sh 10                          the Integration tier ten times
#   ./scripts/repeat-tests.sh 3 "Category=Unit"           any filter scripts/test.sh accepts
#
# Each run's whole output is kept in the log directory it prints; the summary gives the closing line of each run, the
# failed tests by name and the machine's load average when the run ended.
set -uo pipefail
cd "$(dirname "$0")/.."
times="${1:?how many runs}"
filter="${2:-Category=Integration}"
logs=$(mktemp -d -t statistico-repeat-XXXX)
echo "[repeat] $times runs of '$filter'; logs in $logs"
failures=0
for run in $(seq 1 "$times"); do
  started=$(date +%s)
  scripts/test.sh "$filter" > "$logs/run-$run.log" 2>&1
  status=$?
  [ "$status" -ne 0 ] && failures=$((failures + 1))
  echo "[repeat] run $run: exit $status in $(( $(date +%s) - started )) s; $(tail -n 1 "$logs/run-$run.log"); load $(cut -d' ' -f1-3 /proc/loadavg)"
  grep -E "^ +Failed [A-Za-z]" "$logs/run-$run.log" | sed 's/^ */[repeat]   /' || true
done
echo "[repeat] $((times - failures)) of $times runs green"
[ "$failures" -eq 0 ]
