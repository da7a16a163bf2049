#!/usr/bin/env bash
# Regenerates corpus/cdk.out, the synthesized cloud assembly of the demo CDK app
# in corpus/cdk-app, so that the README's demo can scan a real assembly without
# Node being installed. Run it after changing the app or its pinned versions:
#
#   scripts/regen-corpus.sh           # reuse node_modules when it matches the lock
#   scripts/regen-corpus.sh --clean   # reinstall dependencies from the lock first
#
# What it does, and why:
#  1. Installs the app's exact dependencies with `npm ci` (from the committed
#     package-lock.json), so every run uses the same aws-cdk-lib and cdk-nag.
#  2. Compiles the TypeScript and runs the app with node directly, giving it the
#     same context the cdk CLI would (path and asset metadata on, version
#     reporting on, stack traces off). Running it directly keeps the CLI, its
#     notices and its telemetry out of the loop, and lets synthesis finish even
#     though cdk-nag records error annotations (the CLI stops on those).
#     aws-cdk-lib's built-in template validation is switched off: it only adds
#     a report we do not keep, and it leaves the templates unchanged.
#  3. Keeps only the text files the demo needs: manifests, tree.json, templates,
#     asset and metadata manifests, nested assemblies and cdk-nag's report CSVs.
#     Asset folders and the CDK validation report are dropped.
#  4. Rewrites the app's absolute path (it shows up in a few stack traces that
#     CDK records for acknowledged rules) to a relative one, and refuses to
#     finish if any absolute path of this machine is left, so the output is the
#     same wherever and however often it is run.
# Needs node >= 18 and npm, and network access to the npm registry for step 1.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app_dir="$repo_root/corpus/cdk-app"
out_dir="$repo_root/corpus/cdk.out"
staging_dir="$repo_root/corpus/.cdk.out.staging"

clean_install=false
for arg in "$@"; do
  case "$arg" in
    --clean) clean_install=true ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "regen-corpus: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "regen-corpus: '$tool' is not installed; it is needed to synthesize the CDK app" >&2
    exit 1
  fi
done
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 18 ]; then
  echo "regen-corpus: node $node_major is too old; aws-cdk-lib needs node 18 or newer" >&2
  exit 1
fi

cd "$app_dir"

# 1. Dependencies. npm keeps a copy of the lock it installed from in
# node_modules/.package-lock.json; when that is newer than the committed lock,
# the installed tree already matches it and a reinstall would only cost time.
if [ ! -f package-lock.json ]; then
  echo "regen-corpus: corpus/cdk-app/package-lock.json is missing; run 'npm install' there once and commit the lock" >&2
  exit 1
fi
if $clean_install || [ ! -f node_modules/.package-lock.json ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "regen-corpus: installing dependencies with npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 2. Compile and synthesize into a staging folder next to the output, so a
# failed run never leaves a half-written corpus/cdk.out behind.
echo "regen-corpus: compiling the app"
rm -rf dist
./node_modules/.bin/tsc -p tsconfig.json

rm -rf "$staging_dir"
mkdir -p "$staging_dir"
trap 'rm -rf "$staging_dir"' EXIT

# The context the cdk CLI passes to an app, merged over cdk.json's own context.
context_json="$(node -e '
  const context = require("./cdk.json").context ?? {};
  Object.assign(context, {
    "aws:cdk:enable-path-metadata": true,
    "aws:cdk:enable-asset-metadata": true,
    "aws:cdk:version-reporting": true,
    "aws:cdk:disable-stack-trace": true,
    "aws:cdk:disable-creation-stack-traces": true,
    "aws:cdk:bundling-stacks": ["**"],
  });
  process.stdout.write(JSON.stringify(context));
')"

echo "regen-corpus: synthesizing"
# Variables that would add debug traces or machine-specific values are cleared.
env -u CDK_DEBUG -u CDK_DEFAULT_ACCOUNT -u CDK_DEFAULT_REGION \
  CDK_OUTDIR="$staging_dir" CDK_CONTEXT_JSON="$context_json" CDK_VALIDATION=false \
  node dist/bin/app.js

# 3. Keep only what the demo scans.
node - "$staging_dir" <<'JS'
const fs = require('fs');
const path = require('path');
const keep = [
  /^manifest\.json$/, /^tree\.json$/, /^cdk\.out$/,
  /\.template\.json$/, /\.assets\.json$/, /\.metadata\.json$/,
  /-NagReport\.csv$/,
];
function prune(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Nested assemblies (CDK Stages) are kept; asset folders are not.
      if (entry.name.startsWith('assembly-')) prune(full);
      else fs.rmSync(full, { recursive: true, force: true });
    } else if (!keep.some((pattern) => pattern.test(entry.name))) {
      fs.rmSync(full, { force: true });
    }
  }
}
prune(process.argv[2]);
JS

# 4. Make the output independent of where the repository is checked out.
node - "$staging_dir" "$app_dir" <<'JS'
const fs = require('fs');
const path = require('path');
const [stagingDir, appDir] = process.argv.slice(2);
// Paths appear JSON-escaped inside the files; match them the same way.
const needle = JSON.stringify(appDir + path.sep).slice(1, -1);
const leftovers = [];
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { walk(full); continue; }
    const text = fs.readFileSync(full, 'utf8');
    const rewritten = text.split(needle).join('');
    if (rewritten !== text) fs.writeFileSync(full, rewritten);
    for (const machinePath of [appDir, stagingDir, require('os').homedir()]) {
      if (rewritten.includes(machinePath)) leftovers.push(`${full}: ${machinePath}`);
    }
  }
}
walk(stagingDir);
if (leftovers.length > 0) {
  console.error('regen-corpus: machine-specific paths left in the output:\n  ' + leftovers.join('\n  '));
  process.exit(1);
}
JS

rm -rf "$out_dir"
mv "$staging_dir" "$out_dir"
trap - EXIT

file_count="$(find "$out_dir" -type f | wc -l)"
echo "regen-corpus: wrote $file_count files to corpus/cdk.out ($(du -sh "$out_dir" | cut -f1))"
