#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang, ASan, UBSan) and runs each one
# for a bounded time. Exits non-zero when any target crashes, leaks, times out or
# runs out of memory; the input that did it is kept in build/fuzz/artifacts/<target>/.
# Prints, per target, the executions run and the coverage reached (libFuzzer's final
# `cov:` edges and `ft:` features).
#
#   scripts/fuzz.sh [-t SECONDS] [--no-build] [TARGET...]    (default: 60 s, all targets)
#
# A crash found here becomes a regression input: copy it to test/fixtures/fuzz/<target>/
# (CTest replays those in every build), then fix the code.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-60}"
build=1
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    -t | --time) seconds="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(json_reader yaml_reader cloudformation cdk_manifest construct_tree load_any)

dir=build/fuzz
if [ "$build" = 1 ]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "${FUZZ_BUILD_JOBS:-$(nproc)}"
fi
bash scripts/fuzz-seeds.sh "$dir/seeds" >/dev/null

dict_for() {
  case "$1" in
    json_reader) echo test/fuzz/dict/json.dict ;;
    yaml_reader) echo test/fuzz/dict/yaml.dict ;;
    *) echo test/fuzz/dict/infra.dict ;;
  esac
}

symbolizer=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}${symbolizer:+:external_symbolizer_path=$symbolizer}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=()
printf '%-16s %12s %8s %8s %8s  %s\n' target executions cov ft corpus result
for t in "${targets[@]}"; do
  bin="$dir/test/fuzz/fuzz_$t"
  [ -x "$bin" ] || { echo "fuzz: no target $t ($bin)"; exit 2; }
  mkdir -p "$dir/corpus/$t" "$dir/artifacts/$t" "$dir/logs"
  log="$dir/logs/$t.log"
  set +e
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 \
    -print_final_stats=1 -dict="$(dict_for "$t")" -artifact_prefix="$dir/artifacts/$t/" \
    "$dir/corpus/$t" "$dir/seeds/$t" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  stats=$(grep -E '^#[0-9]+.* cov: ' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$stats")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$stats")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$stats")
  result=ok
  if [ "$rc" -ne 0 ]; then
    result="FAILED (exit $rc, log $log)"
    failed+=("$t")
  fi
  printf '%-16s %12s %8s %8s %8s  %s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result"
done

if [ ${#failed[@]} -gt 0 ]; then
  for t in "${failed[@]}"; do
    echo "---- $t: end of $dir/logs/$t.log"
    tail -n 40 "$dir/logs/$t.log"
    echo "---- $t: inputs kept in $dir/artifacts/$t/"
    ls -l "$dir/artifacts/$t/"
  done
  echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}"
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${seconds} s each without a crash, leak or timeout"
