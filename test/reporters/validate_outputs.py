#!/usr/bin/python3
"""Checks reporter output that is best judged by independent tools.

SARIF files are validated against the official SARIF 2.1.0 JSON schema (with
format checking), using the validator the schema's own "$schema" names. JUnit
files go through Python's expat-based XML parser, which rejects anything that is
not well-formed XML 1.0, and their tests/failures/errors/skipped attributes are
recounted from the elements.

Usage: validate_outputs.py SCHEMA WRITER WORK_DIR
Exit status 0 only if every file passes and the negative controls fail.
"""
import copy
import json
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import jsonschema


def sarif_validator(schema_path):
    schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema, default=None)
    if cls is None:
        raise SystemExit(f"no validator for $schema {schema.get('$schema')!r}")
    cls.check_schema(schema)
    print(f"schema {schema_path}: $schema {schema['$schema']} -> {cls.__name__}")
    return cls(schema, format_checker=jsonschema.FormatChecker())


def sarif_errors(validator, document):
    return sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))


def check_sarif(validator, path):
    raw = path.read_bytes()
    document = json.loads(raw.decode("utf-8"))  # strict: invalid UTF-8 raises
    errors = sarif_errors(validator, document)
    for error in errors[:20]:
        where = "/".join(str(p) for p in error.absolute_path)
        print(f"{path.name}: /{where}: {error.message}")
    return not errors


def check_negative_controls(validator, path):
    """The validator must reject broken logs, or a pass above proves nothing."""
    document = json.loads(path.read_text(encoding="utf-8"))
    broken = []
    no_version = copy.deepcopy(document)
    del no_version["version"]
    broken.append(("missing version", no_version))
    bad_level = copy.deepcopy(document)
    bad_level["runs"][0]["results"][0]["level"] = "fatal"
    broken.append(("unknown level", bad_level))
    bad_line = copy.deepcopy(document)
    bad_line["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    broken.append(("line 0", bad_line))
    bad_uri = copy.deepcopy(document)
    bad_uri["runs"][0]["tool"]["driver"]["informationUri"] = "not a uri with spaces"
    broken.append(("bad uri", bad_uri))
    ok = True
    for name, candidate in broken:
        if not sarif_errors(validator, candidate):
            print(f"negative control '{name}' was accepted: the validator is not working")
            ok = False
    return ok


def check_junit(path):
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        print(f"{path.name}: not well-formed XML: {error}")
        return False
    ok = True

    def expect(element, what, actual):
        nonlocal ok
        declared = element.get(what)
        if declared != str(actual):
            print(f"{path.name}: <{element.tag} name={element.get('name')!r}> {what}={declared}, counted {actual}")
            ok = False

    if root.tag != "testsuites":
        print(f"{path.name}: root is <{root.tag}>")
        return False
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        counts = {
            "tests": len(cases),
            "failures": sum(1 for c in cases if c.find("failure") is not None),
            "errors": sum(1 for c in cases if c.find("error") is not None),
            "skipped": sum(1 for c in cases if c.find("skipped") is not None),
        }
        for key, value in counts.items():
            expect(suite, key, value)
            totals[key] += value
        for case in cases:
            outcomes = [c.tag for c in case if c.tag in ("failure", "error", "skipped")]
            if len(outcomes) > 1:
                print(f"{path.name}: testcase {case.get('name')!r} has {outcomes}")
                ok = False
    for key, value in totals.items():
        expect(root, key, value)
    return ok


def main():
    schema, writer, work = sys.argv[1:4]
    work = pathlib.Path(work)
    subprocess.run([writer, str(work)], check=True)
    validator = sarif_validator(schema)
    ok = True
    sarif_files = sorted(work.glob("*.sarif"))
    junit_files = sorted(work.glob("*.junit.xml"))
    if not sarif_files or not junit_files:
        print("the writer produced no files")
        return 1
    for path in sarif_files:
        passed = check_sarif(validator, path)
        print(f"{path.name}: {'valid' if passed else 'INVALID'} SARIF")
        ok &= passed
    ok &= check_negative_controls(validator, work / "report.sarif")
    for path in junit_files:
        passed = check_junit(path)
        print(f"{path.name}: {'ok' if passed else 'BAD'} JUnit")
        ok &= passed
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
