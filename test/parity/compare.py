#!/usr/bin/env python3
"""Compare infralint's AwsSolutions verdicts with cdk-nag's own reports.

    compare.py INFRALINT CDK_OUT_FOLDER     run infralint on the folder and compare
    compare.py --stats CDK_OUT_FOLDER...    only count cdk-nag's report rows

cdk-nag 2.x writes one AwsSolutions-<stack>-NagReport.csv per stack while an
app is synthesized (scripts/regen-parity.sh keeps them in test/parity/cdk.out).
infralint's nag-csv format writes the same layout for every (rule, resource)
pair it evaluates. Both sides are read as multisets of rows keyed on
(Rule ID, Resource ID, Compliance, Exception Reason, Rule Level); the Rule
Info column is left out because infralint words its messages differently on
purpose. A granular rule gives one row per finding, so counts matter.

Exit status: 0 when the multisets are equal, 1 on any difference, 2 when the
comparison could not run (bad arguments, no reports, infralint failed).
Standard library only, so it runs with the system python3.
"""

import argparse
import collections
import csv
import io
import os
import subprocess
import sys

HEADER = ["Rule ID", "Resource ID", "Compliance", "Exception Reason", "Rule Level", "Rule Info"]
COMPLIANCE_STATES = ["Non-Compliant", "Compliant", "Suppressed", "UNKNOWN"]
REPORT_PREFIX = "AwsSolutions-"
REPORT_SUFFIX = "-NagReport.csv"

# A row as compared: everything but the Rule Info column.
Row = collections.namedtuple("Row", "rule resource compliance reason level")


class ParityError(Exception):
    """The comparison cannot run (as opposed to: it ran and found differences)."""


def parse_report(text, origin):
    """Rows of one CSV in cdk-nag's report layout, header checked."""
    records = list(csv.reader(io.StringIO(text, newline="")))
    if not records:
        raise ParityError(f"{origin}: empty, expected the header {','.join(HEADER)}")
    if records[0] != HEADER:
        raise ParityError(f"{origin}: unexpected header {records[0]!r}")
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not record:
            continue
        if len(record) != len(HEADER):
            raise ParityError(f"{origin}:{number}: {len(record)} fields, expected {len(HEADER)}")
        rows.append(Row(*record[:5]))
    return rows


def find_reports(folder):
    """cdk-nag's AwsSolutions report files below folder, in a stable order."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.startswith(REPORT_PREFIX) and name.endswith(REPORT_SUFFIX):
                found.append(os.path.join(root, name))
    return found


def read_cdk_nag(folder):
    reports = find_reports(folder)
    if not reports:
        raise ParityError(f"{folder}: no {REPORT_PREFIX}*{REPORT_SUFFIX} file found; run scripts/regen-parity.sh")
    rows = []
    for path in reports:
        with open(path, encoding="utf-8", newline="") as handle:
            rows.extend(parse_report(handle.read(), os.path.relpath(path, folder)))
    return rows, reports


def run_infralint(binary, folder):
    command = [binary, "--packs", "AwsSolutions", "--format", "nag-csv", "--fail-on", "never", folder]
    try:
        done = subprocess.run(command, capture_output=True, timeout=600, check=False)
    except OSError as error:
        raise ParityError(f"cannot run {binary}: {error}") from error
    except subprocess.TimeoutExpired as error:
        raise ParityError(f"{' '.join(command)} did not finish in {error.timeout} s") from error
    stderr = done.stderr.decode("utf-8", errors="replace").strip()
    if done.returncode != 0:
        raise ParityError(f"{' '.join(command)} exited with {done.returncode}" + (f":\n{stderr}" if stderr else ""))
    try:
        text = done.stdout.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ParityError(f"infralint's nag-csv output is not UTF-8: {error}") from error
    return parse_report(text, "infralint output"), stderr


def show(row):
    return f"{row.rule} | {row.resource} | {row.compliance} | {row.reason} | {row.level}"


def print_differences(missing, extra):
    """Differences grouped by (rule, resource) so a changed verdict reads as one item."""
    by_pair = collections.defaultdict(lambda: ([], []))
    for row, count in missing.items():
        by_pair[(row.rule, row.resource)][0].extend([row] * count)
    for row, count in extra.items():
        by_pair[(row.rule, row.resource)][1].extend([row] * count)
    print("Differences (- only in cdk-nag's report, + only in infralint's output):")
    for rule, resource in sorted(by_pair, key=rule_sort_key):
        only_nag, only_ours = by_pair[(rule, resource)]
        print(f"  {rule} on {resource}")
        for row in sorted(only_nag):
            print(f"    - {show(row)}")
        for row in sorted(only_ours):
            print(f"    + {show(row)}")


def rule_sort_key(item):
    """AwsSolutions-RDS10 after AwsSolutions-RDS2: letters, then the number."""
    rule = item[0] if isinstance(item, tuple) else item
    suffix = rule.split("-", 1)[-1]
    letters = suffix.rstrip("0123456789")
    digits = suffix[len(letters):]
    return (letters, int(digits) if digits else -1, item)


def print_rule_table(expected, actual, missing, extra):
    rules = sorted({r.rule for r in expected} | {r.rule for r in actual}, key=rule_sort_key)
    per_rule = lambda rows: collections.Counter(r.rule for r in rows)
    nag_rows, our_rows = per_rule(expected), per_rule(actual)
    only_nag, only_ours = collections.Counter(), collections.Counter()
    for row, count in missing.items():
        only_nag[row.rule] += count
    for row, count in extra.items():
        only_ours[row.rule] += count
    states = {rule: collections.Counter() for rule in rules}
    for row in expected:
        states[row.rule][row.compliance] += 1
    print("Per rule (cdk-nag rows by compliance; differences):")
    print(f"  {'rule':<22}{'cdk-nag':>8}{'infralint':>10}{'NC':>5}{'C':>5}{'S':>5}{'U':>5}{'missing':>9}{'extra':>7}")
    for rule in rules:
        s = states[rule]
        flag = "  <-- differs" if only_nag[rule] or only_ours[rule] else ""
        print(
            f"  {rule:<22}{nag_rows[rule]:>8}{our_rows[rule]:>10}"
            f"{s['Non-Compliant']:>5}{s['Compliant']:>5}{s['Suppressed']:>5}{s['UNKNOWN']:>5}"
            f"{only_nag[rule]:>9}{only_ours[rule]:>7}{flag}"
        )


def compare(binary, folder):
    expected, reports = read_cdk_nag(folder)
    actual, stderr = run_infralint(binary, folder)
    want, got = collections.Counter(expected), collections.Counter(actual)
    missing, extra = want - got, got - want
    print(f"Parity check of {folder}")
    print(f"  cdk-nag reports: {len(reports)} files, {len(expected)} rows")
    print(f"  infralint nag-csv: {len(actual)} rows")
    if stderr:
        print("  infralint stderr:\n    " + stderr.replace("\n", "\n    "))
    print()
    if missing or extra:
        print_differences(missing, extra)
        print()
    print_rule_table(expected, actual, missing, extra)
    print()
    n_missing, n_extra = sum(missing.values()), sum(extra.values())
    matched = len(expected) - n_missing
    print(
        f"Total: {len(expected)} cdk-nag rows compared, {matched} matched, "
        f"{n_missing} missing in infralint, {n_extra} extra in infralint, "
        f"{n_missing + n_extra} differences"
    )
    return 1 if missing or extra else 0


def stats(folders):
    """Counts of cdk-nag's rows only, per folder and per rule (for the README)."""
    overall = collections.defaultdict(collections.Counter)
    print(f"{'folder':<40}{'rows':>7}" + "".join(f"{s:>15}" for s in COMPLIANCE_STATES))
    total = collections.Counter()
    for folder in folders:
        rows, _ = read_cdk_nag(folder)
        counts = collections.Counter(r.compliance for r in rows)
        total.update(counts)
        for row in rows:
            overall[row.rule][row.compliance] += 1
        print(f"{folder:<40}{len(rows):>7}" + "".join(f"{counts[s]:>15}" for s in COMPLIANCE_STATES))
    print(f"{'total':<40}{sum(total.values()):>7}" + "".join(f"{total[s]:>15}" for s in COMPLIANCE_STATES))
    print()
    print(f"{len(overall)} rules have rows.")
    for state in COMPLIANCE_STATES:
        lacking = [rule for rule in sorted(overall, key=rule_sort_key) if overall[rule][state] == 0]
        print(f"No {state} row ({len(lacking)}): {' '.join(r.split('-', 1)[1] for r in lacking) or '-'}")
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stats", action="store_true", help="only count cdk-nag's report rows of the folders")
    parser.add_argument("paths", nargs="+", help="INFRALINT CDK_OUT_FOLDER, or with --stats: CDK_OUT_FOLDER...")
    args = parser.parse_args(argv)
    try:
        if args.stats:
            return stats(args.paths)
        if len(args.paths) != 2:
            parser.error("expected the infralint binary and one cdk.out folder")
        binary, folder = args.paths
        if not os.path.isdir(folder):
            raise ParityError(f"{folder}: not a folder")
        return compare(binary, folder)
    except ParityError as error:
        print(f"compare.py: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
