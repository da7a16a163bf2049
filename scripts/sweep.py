#!/usr/bin/env python3
"""Scan every entry of a folder with infralint and summarise what happened.

For loader robustness on real-world inputs: each immediate child of FOLDER (a file,
a template folder or a cdk.out) is scanned by its own infralint process, under a
time limit, so one bad input cannot hide the verdict on the others. The summary
counts files loaded, files skipped (by reason) and files that failed to load (by
reason), and lists any crash, hang or run that used too much memory. With
--determinism each entry is scanned again at --jobs 1 and the JSON reports must be
byte-identical.

usage: scripts/sweep.py [--infralint PATH] [--timeout S] [--determinism] FOLDER...
Exit status 1 when anything crashed, hung or was not deterministic.
"""
import argparse
import collections
import json
import os
import re
import resource
import subprocess
import sys

DEFAULT_BINARY = os.path.join(os.path.dirname(__file__), "..", "build", "release", "cli", "infralint")

# Paths, line:column pairs and numbers make every message unique; strip them so
# failures group by reason.
def reason_of(message):
    message = re.sub(r"'[^']*'", "'…'", message)
    message = re.sub(r"\b\d+\b", "N", message)
    return message.strip()


def child_rss_mb():
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0


def scan(binary, path, timeout, jobs=None):
    cmd = [binary, "-v", "--format", "json", "--fail-on", "never", "--packs", "all"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    cmd.append(path)
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return proc


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--infralint", default=DEFAULT_BINARY)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--determinism", action="store_true")
    args = parser.parse_args()

    loaded = 0
    skipped = collections.Counter()
    failed = collections.Counter()  # error diagnostics: the file was not loaded
    warned = collections.Counter()  # warning diagnostics: loaded, with a part left out
    examples = {}
    problems = []
    entries = 0
    peak_rss = 0.0
    for folder in args.folders:
        children = sorted(os.listdir(folder)) if os.path.isdir(folder) else [""]
        for child in children:
            path = os.path.join(folder, child) if child else folder
            entries += 1
            before = child_rss_mb()
            proc = scan(args.infralint, path, args.timeout)
            peak_rss = max(peak_rss, child_rss_mb(), before)
            if proc is None:
                problems.append(f"HANG (>{args.timeout:.0f}s): {path}")
                continue
            if proc.returncode not in (0, 1, 2) or proc.returncode < 0:
                problems.append(f"CRASH (exit {proc.returncode}): {path}\n{proc.stderr.decode(errors='replace')[-2000:]}")
                continue
            try:
                report = json.loads(proc.stdout)
            except ValueError as e:
                problems.append(f"BAD JSON OUTPUT ({e}): {path}")
                continue
            loaded += report.get("summary", {}).get("files", 0)
            for line in proc.stderr.decode(errors="replace").splitlines():
                m = re.match(r"infralint: debug: skipped (.*?): (.*)$", line)
                if m:
                    skipped[m.group(2)] += 1
            for d in report.get("diagnostics", []):
                reason = reason_of(d.get("message", ""))
                (failed if d.get("severity") == "error" else warned)[reason] += 1
                examples.setdefault(reason, f"{d.get('file')}:{d.get('line', 0)}: {d.get('message')}")
            if args.determinism:
                again = scan(args.infralint, path, args.timeout, jobs=1)
                if again is None or again.stdout != proc.stdout:
                    problems.append(f"NOT DETERMINISTIC (--jobs 1 differs): {path}")

    print(f"entries scanned: {entries}")
    print(f"files loaded:    {loaded}")
    print(f"files skipped:   {sum(skipped.values())}")
    for reason, n in skipped.most_common():
        print(f"  {n:6d}  {reason}")
    for title, counter in (("files failed:    ", failed), ("warnings:        ", warned)):
        print(f"{title}{sum(counter.values())}")
        for reason, n in counter.most_common():
            print(f"  {n:6d}  {reason}")
            print(f"          e.g. {examples[reason]}")
    print(f"peak RSS of one scan: {peak_rss:.0f} MB")
    print(f"crashes/hangs/nondeterminism: {len(problems)}")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
