#!/usr/bin/env python3
"""The throughput benchmark: infralint over generated inputs, against the parse floor.

    bench/run.py [--sizes 4000,40000,400000] [--repeat 3] [--build build/release]

For each size it generates the input once (bench/generate.py, cached under
--work), then runs infralint with all packs and SARIF written, at --jobs 1 and
--jobs 2, and prints wall time, peak RSS, MB/s, resources/s, findings and the split
between phases (from --timings), and the parse floor (bench/parse_floor: the same
bytes parsed by nlohmann-json's DOM parser on one core, measured in the same run) with
the ratio of infralint's wall time to it. Wall times are the best of --repeat runs.
Needs a release build with -DINFRALINT_BUILD_BENCH=ON (for parse_floor).
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def input_bytes(folder):
    return sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder) if f.endswith(".json"))


def run_timed(cmd):
    """Runs cmd; returns (seconds, peak RSS in MB, stdout bytes, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_maxrss / 1024.0, out, os.waitstatus_to_exitcode(status)


def ensure_input(work, size):
    folder = os.path.join(work, f"cdk-{size}")
    if not os.path.exists(os.path.join(folder, "manifest.json")):
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "cdk", "--resources", str(size),
                        "--out", folder], check=True)
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="4000,40000,400000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    parser.add_argument("--work", default="/tmp/infralint-bench")
    args = parser.parse_args()

    binary = os.path.join(args.build, "cli", "infralint")
    floor_binary = os.path.join(args.build, "bench", "parse_floor")
    for b in (binary, floor_binary):
        if not os.path.exists(b):
            sys.exit(f"missing {b}: cmake --preset release -DINFRALINT_BUILD_BENCH=ON && cmake --build --preset release")
    os.makedirs(args.work, exist_ok=True)
    sarif = os.path.join(args.work, "out.sarif")

    header = (f"{'size':>8} {'jobs':>4} {'wall ms':>9} {'RSS MB':>7} {'MB/s':>7} {'res/s':>10} {'findings':>9} "
              f"{'floor ms':>9} {'x floor':>8}  phases (ms)")
    print(header)
    print("-" * len(header))
    for size in [int(s) for s in args.sizes.split(",")]:
        folder = ensure_input(args.work, size)
        mb = input_bytes(folder) / 1e6
        floor_ms = min(json.loads(subprocess.run([floor_binary, folder], capture_output=True, check=True).stdout)
                       ["milliseconds"] for _ in range(args.repeat))
        for jobs in (1, 2):
            cmd = [binary, "--packs", "all", "--jobs", str(jobs), "--timings", "-f", "json", "--sarif", sarif,
                   "--fail-on", "never", folder]
            best = None
            for _ in range(args.repeat):
                seconds, rss, out, code = run_timed(cmd)
                if code != 0:
                    sys.exit(f"infralint exited {code} on {folder}")
                if best is None or seconds < best[0]:
                    best = (seconds, rss, out)
            seconds, rss, out = best
            report = json.loads(out)
            summary = report.get("summary", {})
            resources = summary.get("resources", 0)
            findings = len(report.get("findings", []))
            phases = " ".join(f"{t['phase']}={t['milliseconds']:.0f}" for t in summary.get("timings", []))
            print(f"{size:>8} {jobs:>4} {seconds * 1e3:>9.0f} {rss:>7.0f} {mb / seconds:>7.1f} "
                  f"{resources / seconds:>10.0f} {findings:>9} {floor_ms:>9.0f} {seconds * 1e3 / floor_ms:>8.2f}  "
                  f"{phases}")
        print(f"{'':>8} input: {mb:.1f} MB, {resources} resources")


if __name__ == "__main__":
    main()
