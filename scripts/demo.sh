#!/usr/bin/env bash
# Installs what is missing, builds a release binary and runs infralint on the bundled
# corpus/. This is the first quick-start command. Findings are expected (the corpus
# is deliberately part compliant, part not), so a findings exit status of 1 is fine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target infralint
status=0
./build/release/cli/infralint "$@" corpus/ || status=$?
if [ "$status" -gt 1 ]; then exit "$status"; fi
