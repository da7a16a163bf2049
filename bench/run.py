#!/usr/bin/env python3
"""The throughput benchmark: infralint over generated inputs, against the parse floor.

    bench/run.py [--kinds cdk,k8s,terraform] [--sizes 4000,40000,400000] [--repeat 3]
                 [--build build/release]

For each kind of input (a CDK cloud assembly, a Kubernetes manifest set, Terraform
plans) and each size it generates the input once (bench/generate.py, cached under
--work), then runs infralint with all packs and SARIF written, at --jobs 1 and
--jobs 2, and prints one table per kind: wall time, peak RSS, MB/s, resources/s,
findings and the split between phases (from --timings), and the parse floor
(bench/parse_floor: the same bytes parsed by nlohmann-json's DOM parser on one core,
measured in the same run) with the ratio of infralint's wall time to it. The floor is
defined on JSON bytes: for the YAML manifest set it is taken on a JSON twin of the
same objects (generate.py k8s --json-twin), so its ratio says what reading YAML costs
beyond what the same objects would cost as JSON. Wall times are the best of --repeat
runs. Needs a release build with -DINFRALINT_BUILD_BENCH=ON (for parse_floor).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# What infralint reads of each kind (and so what MB/s is measured on).
EXTENSIONS = {"cdk": (".json",), "k8s": (".yaml",), "terraform": (".json",)}


def input_size(folder, kind):
    """(files, bytes) of the inputs of this kind under folder."""
    files = total = 0
    for root, _, names in os.walk(folder):
        for name in names:
            if name.endswith(EXTENSIONS[kind]):
                files += 1
                total += os.path.getsize(os.path.join(root, name))
    return files, total


def run_timed(cmd):
    """Runs cmd; returns (seconds, peak RSS in MB, stdout bytes, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_maxrss / 1024.0, out, os.waitstatus_to_exitcode(status)


def ensure_input(work, kind, size):
    """Generates the input once; returns (folder infralint reads, folder the floor reads)."""
    folder = os.path.join(work, f"{kind}-{size}")
    floor_folder = folder + "-json" if kind == "k8s" else folder
    done = folder + ".done"  # written last, so an interrupted generation is redone
    if not os.path.exists(done):
        cmd = [sys.executable, os.path.join(HERE, "generate.py"), kind, "--resources", str(size), "--out", folder]
        if kind == "k8s":
            cmd += ["--json-twin", floor_folder]
        for stale in {folder, floor_folder}:
            shutil.rmtree(stale, ignore_errors=True)
        subprocess.run(cmd, check=True, stdout=sys.stderr)  # keeps the tables on stdout whole
        open(done, "w").close()
    return folder, floor_folder


def parse_floor_ms(floor_binary, folder, repeat):
    return min(json.loads(subprocess.run([floor_binary, folder], capture_output=True, check=True).stdout)
               ["milliseconds"] for _ in range(repeat))


def best_run(cmd, repeat, folder):
    best = None
    for _ in range(repeat):
        seconds, rss, out, code = run_timed(cmd)
        if code != 0:
            sys.exit(f"infralint exited {code} on {folder}")
        if best is None or seconds < best[0]:
            best = (seconds, rss, out)
    return best


def bench_kind(kind, sizes, args, binary, floor_binary):
    sarif = os.path.join(args.work, "out.sarif")
    floor_note = " (JSON twin)" if kind == "k8s" else ""
    print(f"\n== {kind}: floor = nlohmann-json DOM parse on one core{floor_note}")
    header = (f"{'size':>8} {'jobs':>4} {'wall ms':>9} {'RSS MB':>7} {'MB/s':>7} {'res/s':>10} {'findings':>9} "
              f"{'floor ms':>9} {'x floor':>8}  phases (ms)")
    print(header)
    print("-" * len(header))
    for size in sizes:
        folder, floor_folder = ensure_input(args.work, kind, size)
        files, size_bytes = input_size(folder, kind)
        mb = size_bytes / 1e6
        floor_ms = parse_floor_ms(floor_binary, floor_folder, args.repeat)
        resources = 0
        for jobs in (1, 2):
            cmd = [binary, "--packs", "all", "--jobs", str(jobs), "--timings", "-f", "json", "--sarif", sarif,
                   "--fail-on", "never", folder]
            seconds, rss, out = best_run(cmd, args.repeat, folder)
            report = json.loads(out)
            summary = report.get("summary", {})
            resources = summary.get("resources", 0)
            findings = len(report.get("findings", []))
            phases = " ".join(f"{t['phase']}={t['milliseconds']:.0f}" for t in summary.get("timings", []))
            print(f"{size:>8} {jobs:>4} {seconds * 1e3:>9.0f} {rss:>7.0f} {mb / seconds:>7.1f} "
                  f"{resources / seconds:>10.0f} {findings:>9} {floor_ms:>9.0f} {seconds * 1e3 / floor_ms:>8.2f}  "
                  f"{phases}")
        print(f"{'':>8} input: {files} files, {mb:.1f} MB, {resources} resources")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default="cdk,k8s,terraform")
    parser.add_argument("--sizes", default="4000,40000,400000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    parser.add_argument("--work", default="/tmp/infralint-bench")
    args = parser.parse_args()

    kinds = args.kinds.split(",")
    unknown = [k for k in kinds if k not in EXTENSIONS]
    if unknown:
        parser.error(f"unknown kind {','.join(unknown)}; choose from {','.join(EXTENSIONS)}")

    binary = os.path.join(args.build, "cli", "infralint")
    floor_binary = os.path.join(args.build, "bench", "parse_floor")
    for b in (binary, floor_binary):
        if not os.path.exists(b):
            sys.exit(f"missing {b}: cmake --preset release -DINFRALINT_BUILD_BENCH=ON && cmake --build --preset release")
    os.makedirs(args.work, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    for kind in kinds:
        bench_kind(kind, sizes, args, binary, floor_binary)


if __name__ == "__main__":
    main()
