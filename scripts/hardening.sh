#!/usr/bin/env bash
# CI's hardening stage, after scripts/test.sh (issue 5): the whole test suite under
# AddressSanitizer and UndefinedBehaviorSanitizer (preset `asan`), then every fuzz
# target for a bounded time (scripts/fuzz.sh, FUZZ_SECONDS each, default 60).
# Fails on any test failure, sanitizer report, fuzzer crash, leak or timeout, and
# prints the wall time of each stage.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

jobs="${HARDENING_JOBS:-$(nproc)}"
timings=()
stage() {
  local name="$1" start=$SECONDS
  shift
  echo "hardening: $name"
  "$@"
  timings+=("$(printf '%-12s %5d s' "$name" $((SECONDS - start)))")
}

# Sanitizer reports end the test that triggered them (UBSan is built with
# -fno-sanitize-recover); leaks are reported at exit by LeakSanitizer.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

stage "asan build" bash -c "cmake --preset asan >/dev/null && cmake --build --preset asan -j $jobs"
stage "asan tests" ctest --preset asan -j "$jobs"
stage "fuzz" env FUZZ_BUILD_JOBS="$jobs" bash scripts/fuzz.sh -t "${FUZZ_SECONDS:-60}"

echo "hardening: stage times"
printf '  %s\n' "${timings[@]}"
