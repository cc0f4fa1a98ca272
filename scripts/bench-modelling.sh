#!/usr/bin/env bash
# Issue 21's speed targets, measured in one run (docs/benchmarks.md, "Speed against the Python reference"):
#   1. the Dixon–Coles walk-forward (`statistico evaluate --model dixon-coles`) against the Python/scipy
#      reference (bench/python/dixon_coles_walk_forward.py), target ≥ 5× faster;
#   2. the market-informed walk-forward (`--model market-informed`, which walks the production model forward and
#      then the pools) against the Dixon–Coles one, target ≤ 2×.
# Each is timed as a whole process (start-up and reading the 60 files included), one after another, so the
# ratios share the machine's load. For target 2 the script also prints the ratio of the walk-forwards alone, as
# `evaluate` reports them (`walkForward.seconds` in the JSON: producing the forecasts, without start-up, reading the
# files, scoring or the bootstrap intervals); both ratios are printed, labelled "whole process" and "walk-forward".
# Usage:
#
#   scripts/bench-modelling.sh [RUNS]     RUNS rounds of the three (default 2); SKIP_BUILD=1 skips the Release build
#
# STATISTICO_DATA overrides the data folder (default ../shared/data/football-data); STATISTICO_CLI another build of
# the CLI (e.g. a worktree of main, for a before/after comparison). The reference needs Debian's
# python3-scipy and python3-numpy (PyPI is not needed); they are installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-2}"
data="${STATISTICO_DATA:-../shared/data/football-data}"
python=/usr/bin/python3
cli="${STATISTICO_CLI:-tools/Statistico.Cli/bin/Release/net10.0/statistico}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if ! "$python" -c 'import numpy, scipy' 2>/dev/null; then
  echo "[bench] installing python3-scipy and python3-numpy (Debian packages)"
  apt-get install -y python3-scipy python3-numpy >/dev/null
fi

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build -c Release tools/Statistico.Cli -v q -nologo
fi

# Wall seconds of a command; its output goes to $out/$1.log.
timed() {
  local name="$1"
  shift
  local start end
  start=$(date +%s.%N)
  "$@" >"$out/$name.log" 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}


echo "[bench] $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
for run in $(seq 1 "$runs"); do
  dc=$(timed dixon-coles "$cli" evaluate --data "$data" --from-season 2015-16 --model dixon-coles --json "$out/dc.json")
  mi=$(timed market-informed "$cli" evaluate --data "$data" --from-season 2015-16 --model market-informed --json "$out/mi.json")
  py=$(timed python "$python" bench/python/dixon_coles_walk_forward.py --data "$data" --from-season 2015-16)
  # The same reference without warm starts: what a scipy user who refits from scratch each week runs.
  cold=$(timed python-cold "$python" bench/python/dixon_coles_walk_forward.py --data "$data" --from-season 2015-16 --cold)
  printf '[bench] run %s: dixon-coles %.2f s, market-informed %.2f s, python/scipy %.2f s (cold starts %.2f s) | python/dixon-coles %.2f× (cold %.2f×; target ≥ 5), market-informed/dixon-coles %.2f× (target ≤ 2) | load %s\n' \
    "$run" "$dc" "$mi" "$py" "$cold" "$(echo "$py / $dc" | bc -l)" "$(echo "$cold / $dc" | bc -l)" "$(echo "$mi / $dc" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  grep -h "python-dixon-coles" "$out/python.log" "$out/python-cold.log"
  "$python" - "$out/dc.json" "$out/mi.json" <<'PY'
import json, sys
for path in sys.argv[1:]:
    report = json.load(open(path))
    walk = report.get("walkForward") or {}
    def rows(node):
        if isinstance(node, dict):
            if "rps" in node and "name" in node:
                yield node
            for value in node.values():
                yield from rows(value)
        elif isinstance(node, list):
            for value in node:
                yield from rows(value)
    seen = set()
    for row in rows(report):
        name = row["name"]
        if name in ("dixon-coles", "market-informed") and name not in seen:
            seen.add(name)
            print(f"  .NET {name}: RPS {row['rps']:.5f} (n {row['n']}), evaluate's own clock {report['elapsedSeconds']:.2f} s, "
                  f"walk-forward {walk.get('seconds', float('nan')):.2f} s (goal models {walk.get('goalModelsSeconds', float('nan')):.2f} s, "
                  f"market-informed stage {walk.get('marketInformedSeconds', float('nan')):.2f} s; CPU {walk.get('cpuSeconds', float('nan')):.2f} s)")
PY
  "$python" - "$out/dc.json" "$out/mi.json" "$mi" "$dc" <<'PY'
import json, sys
dc, mi = (json.load(open(p)).get("walkForward", {}) for p in sys.argv[1:3])
whole = float(sys.argv[3]) / float(sys.argv[4])
def ratio(key):
    return f"{mi[key] / dc[key]:.2f}×" if dc.get(key) and mi.get(key) else "n/a (not reported by this build)"
print(f"  market-informed/dixon-coles: whole process {whole:.2f}×, walk-forward {ratio('seconds')} (CPU time {ratio('cpuSeconds')}) (target ≤ 2)")
PY
done
