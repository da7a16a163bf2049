#!/usr/bin/env bash
# Installs what is missing, builds infralint and its tests, and runs the whole test
# suite through CTest. This is the second quick-start command, and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
ctest --preset release -j "$(nproc)"
