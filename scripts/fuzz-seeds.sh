#!/usr/bin/env bash
# Builds the seed corpus of every fuzz target from the repository's own inputs:
# corpus/, the test fixtures, the hand-written seeds in test/fuzz/seeds/ and the
# regression inputs in test/fixtures/fuzz/. Nothing generated is committed; the
# seeds land in OUT (default build/fuzz/seeds/<target>/), named by their SHA-1 so a
# second run adds nothing.
#
# Files over 64 KiB are left out: libFuzzer mutates small inputs far faster, and the
# large fixtures add no syntax the small ones lack.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/fuzz/seeds}"
max_bytes=65536

targets=(json_reader yaml_reader cloudformation cdk_manifest construct_tree load_any)
for t in "${targets[@]}"; do mkdir -p "$out/$t"; done

# add TARGET FILE [PREFIX_BYTE]: copies FILE (after an optional first byte) as a seed.
add() {
  local target="$1" file="$2" prefix="${3:-}" name
  [ "$(stat -c %s "$file")" -le "$max_bytes" ] || return 0
  if [ -n "$prefix" ]; then
    name=$( { printf "\\x$prefix"; cat "$file"; } | sha1sum | cut -c1-40)
    { printf "\\x$prefix"; cat "$file"; } > "$out/$target/$name"
  else
    name=$(sha1sum < "$file" | cut -c1-40)
    cp "$file" "$out/$target/$name"
  fi
}

sources=(corpus test/fixtures test/loaders/fixtures test/e2e/fixtures test/parity/cdk.out)
while IFS= read -r -d '' f; do
  case "$f" in
    */manifest.json) add cdk_manifest "$f"; add json_reader "$f" ;;
    */tree.json) add construct_tree "$f"; add json_reader "$f" ;;
    *.tf.json) add load_any "$f" 02; add json_reader "$f" ;;
    *.json) add json_reader "$f"; add cloudformation "$f"; add load_any "$f" 00 ;;
    *.yaml | *.yml) add yaml_reader "$f"; add cloudformation "$f"; add load_any "$f" 01 ;;
    *.template) add cloudformation "$f"; add load_any "$f" 03 ;;
  esac
done < <(find "${sources[@]}" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.template' \) -print0 2>/dev/null | sort -z)

# Hand-written seeds and every input that once crashed a target.
for t in "${targets[@]}"; do
  for dir in "test/fuzz/seeds/$t" "test/fixtures/fuzz/$t"; do
    [ -d "$dir" ] || continue
    for f in "$dir"/*; do [ -f "$f" ] && add "$t" "$f"; done
  done
done

for t in "${targets[@]}"; do
  printf '%-16s %5d seeds\n' "$t" "$(find "$out/$t" -type f | wc -l)"
done
