#!/usr/bin/env bash
# Regenerates test/parity/cdk.out: the cloud assemblies of the parity apps in
# test/parity/apps, together with the compliance reports that cdk-nag's
# AwsSolutions pack writes while they are synthesized. The parity test
# (test/parity/compare.py, run by CTest) compares infralint's verdicts with
# those reports, so run this after changing an app or a pinned version, then
# commit test/parity/cdk.out. CI never runs it: it needs Node and the npm
# registry.
#
#   scripts/regen-parity.sh           # reuse node_modules when it matches the lock
#   scripts/regen-parity.sh --clean   # reinstall dependencies from the lock first
#
# What it does:
#  1. `npm ci` in test/parity/apps from the committed package-lock.json, so
#     aws-cdk-lib, constructs, cdk-nag (2.38.2) and TypeScript are exactly
#     the pinned versions.
#  2. Compiles the apps with tsc and runs each one (every folder of
#     test/parity/apps with an app.ts) with node, handing it the output folder
#     and the context the cdk CLI would pass (path and asset metadata on,
#     stack traces off). The CLI is not needed and never involved, so there
#     are no lookups, notices or telemetry, and synthesis goes on despite the
#     error annotations cdk-nag adds. aws-cdk-lib's own template validation
#     (CDK_VALIDATION) is switched off: it only writes a report we drop.
#  3. Keeps what infralint and the comparison read: manifest.json, tree.json,
#     templates (nested ones too), asset and metadata manifests, nested
#     assemblies of Stages (assembly-*), and cdk-nag's
#     AwsSolutions-*-NagReport.csv files. Asset folders are removed.
#  4. Rewrites absolute paths of this checkout to relative ones and stops if
#     any path of this machine is left, so that two runs anywhere give
#     byte-identical output (check with `git status` after a second run).
# Needs node >= 18 and npm.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
apps_dir="$repo_root/test/parity/apps"
out_dir="$repo_root/test/parity/cdk.out"
staging_dir="$repo_root/test/parity/.cdk.out.staging"

clean_install=false
for arg in "$@"; do
  case "$arg" in
    --clean) clean_install=true ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "regen-parity: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "regen-parity: '$tool' is not installed; it is needed to synthesize the parity apps" >&2
    exit 1
  fi
done
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 18 ]; then
  echo "regen-parity: node $node_major is too old; aws-cdk-lib needs node 18 or newer" >&2
  exit 1
fi

cd "$apps_dir"

# 1. Dependencies. node_modules/.package-lock.json is npm's record of what it
# installed; when it is newer than the committed lock there is nothing to do.
if [ ! -f package-lock.json ]; then
  echo "regen-parity: test/parity/apps/package-lock.json is missing; run 'npm install' there once and commit the lock" >&2
  exit 1
fi
if $clean_install || [ ! -f node_modules/.package-lock.json ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "regen-parity: installing dependencies with npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 2. Compile, then synthesize every app into the staging folder, so a failed
# run never leaves a half-written test/parity/cdk.out behind.
echo "regen-parity: compiling the apps"
rm -rf dist
./node_modules/.bin/tsc -p tsconfig.json

rm -rf "$staging_dir"
mkdir -p "$staging_dir"
trap 'rm -rf "$staging_dir"' EXIT

# cdk.json's context with what the cdk CLI adds on top.
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

apps=()
for entry in */app.ts; do
  apps+=("${entry%/app.ts}")
done
if [ "${#apps[@]}" -eq 0 ]; then
  echo "regen-parity: no app found (expected test/parity/apps/<name>/app.ts)" >&2
  exit 1
fi

for app in "${apps[@]}"; do
  echo "regen-parity: synthesizing $app"
  # Variables that would add debug traces or machine-specific values are cleared.
  # JSII_DEPRECATED=quiet: some apps use deprecated L1 properties on purpose
  # (cdk-nag still reads them), and the warnings would only be noise.
  env -u CDK_DEBUG -u CDK_DEFAULT_ACCOUNT -u CDK_DEFAULT_REGION JSII_DEPRECATED=quiet \
    CDK_OUTDIR="$staging_dir/$app" CDK_CONTEXT_JSON="$context_json" CDK_VALIDATION=false \
    node "dist/$app/app.js"
done

# 3. Keep only what the comparison reads.
node - "$staging_dir" <<'JS'
const fs = require('fs');
const path = require('path');
const keep = [
  /^manifest\.json$/, /^tree\.json$/, /^cdk\.out$/,
  /\.template\.json$/, /\.assets\.json$/, /\.metadata\.json$/,
  /^AwsSolutions-.*-NagReport\.csv$/,
];
function prune(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('assembly-')) prune(full);
      else fs.rmSync(full, { recursive: true, force: true });
    } else if (!keep.some((pattern) => pattern.test(entry.name))) {
      fs.rmSync(full, { force: true });
    }
  }
}
for (const app of fs.readdirSync(process.argv[2])) prune(path.join(process.argv[2], app));
JS

# 4. Make the output independent of where the repository is checked out.
node - "$staging_dir" "$apps_dir" "$repo_root" <<'JS'
const fs = require('fs');
const os = require('os');
const path = require('path');
const [stagingDir, appsDir, repoRoot] = process.argv.slice(2);
// Paths appear JSON-escaped inside the files; match them the same way.
const needle = JSON.stringify(appsDir + path.sep).slice(1, -1);
const machinePaths = [appsDir, stagingDir, repoRoot, os.homedir()];
const leftovers = [];
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { walk(full); continue; }
    const text = fs.readFileSync(full, 'utf8');
    const rewritten = text.split(needle).join('');
    if (rewritten !== text) fs.writeFileSync(full, rewritten);
    for (const machinePath of machinePaths) {
      if (rewritten.includes(machinePath)) leftovers.push(`${full}: ${machinePath}`);
    }
  }
}
walk(stagingDir);
if (leftovers.length > 0) {
  console.error('regen-parity: machine-specific paths left in the output:\n  ' + leftovers.join('\n  '));
  process.exit(1);
}
JS

rm -rf "$out_dir"
mv "$staging_dir" "$out_dir"
trap - EXIT

# Row counts of cdk-nag's reports, per app (the header line excluded).
for app in "${apps[@]}"; do
  rows="$(node -e '
    const fs = require("fs"), path = require("path");
    let rows = 0;
    const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (/-NagReport\.csv$/.test(e.name)) rows += fs.readFileSync(f, "utf8").split("\n").filter((l) => l.startsWith("\"")).length;
    } };
    walk(process.argv[1]);
    process.stdout.write(String(rows));
  ' "$out_dir/$app")"
  echo "regen-parity: $app: $rows cdk-nag report rows"
done
echo "regen-parity: wrote test/parity/cdk.out ($(du -sh "$out_dir" | cut -f1))"
