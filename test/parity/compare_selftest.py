#!/usr/bin/env python3
"""Tests of compare.py itself, with a stand-in for the infralint binary.

The stand-in prints a prepared nag-csv text and exits with a chosen status,
so each test fixes both sides of the comparison and checks the verdict.
"""

import contextlib
import io
import os
import stat
import sys
import tempfile
import textwrap
import unittest

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402

HEADER = "Rule ID,Resource ID,Compliance,Exception Reason,Rule Level,Rule Info\n"


def line(rule, resource, compliance, reason="N/A", level="Error", info="Some explanation."):
    fields = [rule, resource, compliance, reason, level, info]
    return ",".join('"' + f.replace('"', '""') + '"' for f in fields) + "\n"


class CompareTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        self.assembly = os.path.join(self.root, "cdk.out")
        os.makedirs(self.assembly)
        self.fake = os.path.join(self.root, "fake-infralint")
        self.output = os.path.join(self.root, "infralint-output.csv")
        with open(self.fake, "w", encoding="utf-8") as handle:
            handle.write(textwrap.dedent(f"""\
                #!{sys.executable}
                import os, sys
                expected = ["--packs", "AwsSolutions", "--format", "nag-csv", "--fail-on", "never"]
                if sys.argv[1:7] != expected:
                    sys.exit("unexpected arguments: " + repr(sys.argv[1:]))
                output = {self.output!r}
                with open(output, "rb") as handle:
                    sys.stdout.buffer.write(handle.read())
                rc_path = output + ".rc"
                with open(rc_path) if os.path.exists(rc_path) else open(os.devnull) as handle:
                    sys.exit(int(handle.read() or 0))
                """))
        os.chmod(self.fake, os.stat(self.fake).st_mode | stat.S_IXUSR)

    def tearDown(self):
        self.tmp.cleanup()

    def write_report(self, relative, rows):
        path = os.path.join(self.assembly, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(HEADER + "".join(rows))

    def infralint_prints(self, rows, rc=0):
        with open(self.output, "w", encoding="utf-8", newline="") as handle:
            handle.write(HEADER + "".join(rows))
        if rc:
            with open(self.output + ".rc", "w", encoding="utf-8") as handle:
                handle.write(str(rc))

    def run_compare(self):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = compare.main([self.fake, self.assembly])
        return status, out.getvalue(), err.getvalue()

    def test_equal_multisets_pass_whatever_the_order(self):
        a = line("AwsSolutions-S1", "App/Bucket/Resource", "Non-Compliant")
        b = line("AwsSolutions-S2", "App/Bucket/Resource", "Compliant")
        self.write_report("AwsSolutions--App-NagReport.csv", [a, b])
        self.infralint_prints([b, a])
        status, out, _ = self.run_compare()
        self.assertEqual(status, 0, out)
        self.assertIn("2 cdk-nag rows compared, 2 matched", out)
        self.assertIn("0 differences", out)

    def test_rule_info_wording_is_not_compared(self):
        self.write_report("AwsSolutions--App-NagReport.csv", [line("AwsSolutions-S1", "App/B", "Compliant", info="cdk-nag words")])
        self.infralint_prints([line("AwsSolutions-S1", "App/B", "Compliant", info="our words")])
        self.assertEqual(self.run_compare()[0], 0)

    def test_missing_row_fails_and_is_printed(self):
        self.write_report("AwsSolutions--App-NagReport.csv", [line("AwsSolutions-VPC7", "App/Vpc/Resource", "Non-Compliant")])
        self.infralint_prints([])
        status, out, _ = self.run_compare()
        self.assertEqual(status, 1)
        self.assertIn("- AwsSolutions-VPC7 | App/Vpc/Resource | Non-Compliant | N/A | Error", out)
        self.assertIn("1 missing in infralint, 0 extra in infralint, 1 differences", out)

    def test_changed_verdict_shows_both_sides(self):
        self.write_report("AwsSolutions--App-NagReport.csv", [line("AwsSolutions-RDS3", "App/Db", "UNKNOWN")])
        self.infralint_prints([line("AwsSolutions-RDS3", "App/Db", "Compliant")])
        status, out, _ = self.run_compare()
        self.assertEqual(status, 1)
        self.assertIn("- AwsSolutions-RDS3 | App/Db | UNKNOWN", out)
        self.assertIn("+ AwsSolutions-RDS3 | App/Db | Compliant", out)

    def test_granular_findings_are_counted(self):
        finding = line("AwsSolutions-IAM5", "App/Role/DefaultPolicy/Resource", "Non-Compliant")
        self.write_report("AwsSolutions--App-NagReport.csv", [finding, finding, finding])
        self.infralint_prints([finding, finding])
        status, out, _ = self.run_compare()
        self.assertEqual(status, 1)
        self.assertIn("1 missing in infralint", out)

    def test_level_and_reason_are_compared(self):
        self.write_report(
            "AwsSolutions--App-NagReport.csv",
            [
                line("AwsSolutions-DDB3", "App/T", "Non-Compliant", level="Warning"),
                line("AwsSolutions-IAM4", "App/R", "Suppressed", reason="[Policy::x] Needed, see ticket 1"),
            ],
        )
        self.infralint_prints(
            [
                line("AwsSolutions-DDB3", "App/T", "Non-Compliant", level="Error"),
                line("AwsSolutions-IAM4", "App/R", "Suppressed", reason="Needed, see ticket 1"),
            ]
        )
        status, out, _ = self.run_compare()
        self.assertEqual(status, 1)
        self.assertIn("2 missing in infralint, 2 extra in infralint", out)

    def test_quoted_fields_and_reports_of_nested_assemblies(self):
        tricky = line("AwsSolutions-S1", "Stage/Stack/B/Resource", "Suppressed", reason='Kept, "as is" → ✓\nsecond line')
        self.write_report("assembly-Stage/AwsSolutions-Stage-Stage-Stack-NagReport.csv", [tricky])
        self.write_report("AwsSolutions--Top-NagReport.csv", [line("AwsSolutions-S2", "Top/B/Resource", "Compliant")])
        self.infralint_prints([line("AwsSolutions-S2", "Top/B/Resource", "Compliant"), tricky])
        status, out, _ = self.run_compare()
        self.assertEqual(status, 0, out)
        self.assertIn("2 files, 2 rows", out)

    def test_other_packs_reports_are_ignored(self):
        self.write_report("AwsSolutions--App-NagReport.csv", [line("AwsSolutions-S1", "App/B", "Compliant")])
        self.write_report("HIPAA.Security--App-NagReport.csv", [line("HIPAA.Security-S3BucketLoggingEnabled", "App/B", "Compliant")])
        self.infralint_prints([line("AwsSolutions-S1", "App/B", "Compliant")])
        self.assertEqual(self.run_compare()[0], 0)

    def test_no_reports_cannot_compare(self):
        self.infralint_prints([])
        status, _, err = self.run_compare()
        self.assertEqual(status, 2)
        self.assertIn("no AwsSolutions-*-NagReport.csv", err)

    def test_failing_infralint_cannot_compare(self):
        self.write_report("AwsSolutions--App-NagReport.csv", [line("AwsSolutions-S1", "App/B", "Compliant")])
        self.infralint_prints([line("AwsSolutions-S1", "App/B", "Compliant")], rc=3)
        status, _, err = self.run_compare()
        self.assertEqual(status, 2)
        self.assertIn("exited with 3", err)

    def test_wrong_header_cannot_compare(self):
        self.write_report("AwsSolutions--App-NagReport.csv", [])
        with open(self.output, "w", encoding="utf-8") as handle:
            handle.write("rule,resource\n")
        status, _, err = self.run_compare()
        self.assertEqual(status, 2)
        self.assertIn("unexpected header", err)


if __name__ == "__main__":
    unittest.main()
