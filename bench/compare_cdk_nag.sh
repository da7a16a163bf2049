#!/usr/bin/env bash
# cdk-nag and infralint side by side on the same generated app of about 4k resources.
# Run by hand (needs Node and npm; not part of CI):
#   bash bench/compare_cdk_nag.sh [RESOURCES]
# cdk-nag's cost is the synth time with its packs minus the synth time without them
# (both measured here, same machine, same run); infralint's is its whole wall time,
# process start included, on the synthesized cdk.out with every pack and SARIF written.
set -euo pipefail
cd "$(dirname "$0")/.."
resources="${1:-4320}"
work="${TMPDIR:-/tmp}/infralint-cdk-nag-compare"
binary="build/release/cli/infralint"
[ -x "$binary" ] || { echo "build a release binary first: cmake --preset release && cmake --build --preset release" >&2; exit 2; }
mkdir -p "$work"
( cd bench/cdk-nag-compare && { [ -d node_modules ] || npm install --no-audit --no-fund --silent; } )
python3 bench/generate.py cdk --resources "$resources" --out "$work/input"

synth() {  # packs outdir
  # aws-cdk-lib's own template validation is off: it is not what is being compared.
  CDK_VALIDATION=false node bench/cdk-nag-compare/app.js "$work/input" "$2" "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["synthMilliseconds"])'
}
best_of_3() { local best=""; for _ in 1 2 3; do v=$("$@"); if [ -z "$best" ] || [ "$v" -lt "$best" ]; then best=$v; fi; done; echo "$best"; }

plain=$(best_of_3 synth none "$work/out-none")
aws=$(best_of_3 synth aws "$work/out-aws")
all=$(best_of_3 synth all "$work/out-all")

infralint_ms() {  # packs
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s%N)
    "$binary" --packs "$1" --fail-on never --sarif "$work/out.sarif" -f json -o "$work/out.json" "$work/out-none" 2>/dev/null
    end=$(date +%s%N)
    local ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}
ours_aws=$(infralint_ms AwsSolutions)
ours_all=$(infralint_ms all)
count=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["resources"])' "$work/out.json")

echo "resources: $count"
echo "cdk synth without cdk-nag:             ${plain} ms"
echo "cdk-nag AwsSolutions rule evaluation:  $((aws - plain)) ms   infralint AwsSolutions: ${ours_aws} ms   ratio $(python3 -c "print(round(($aws-$plain)/max($ours_aws,1),1))")x"
echo "cdk-nag all five packs:                $((all - plain)) ms   infralint all packs:    ${ours_all} ms   ratio $(python3 -c "print(round(($all-$plain)/max($ours_all,1),1))")x"
