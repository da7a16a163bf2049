#!/usr/bin/env python3
"""Deterministic generator of large inputs for the benchmarks.

    bench/generate.py cdk       --resources 4000 --out /tmp/bench-cdk-4k
    bench/generate.py k8s       --resources 4000 --out /tmp/bench-k8s-4k [--json-twin DIR]
    bench/generate.py terraform --resources 4000 --out /tmp/bench-tf-4k

cdk: a CDK cloud assembly (bench/gen/cdk.py); k8s: a Kubernetes manifest set
(bench/gen/k8s.py), with --json-twin the same objects as JSON for the parse floor;
terraform: `terraform show -json` plans, one per ~2,000 resources
(bench/gen/terraform.py). The same arguments always give the same bytes.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen import cdk, k8s, terraform  # noqa: E402  (needs the path above)


def folder_size(folder):
    """(files, bytes) of everything under folder."""
    files = total = 0
    for root, _, names in os.walk(folder):
        for name in names:
            files += 1
            total += os.path.getsize(os.path.join(root, name))
    return files, total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["cdk", "k8s", "terraform"])
    parser.add_argument("--resources", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--json-twin", help="k8s only: also write the objects as JSON under this folder")
    args = parser.parse_args()
    if args.json_twin and args.kind != "k8s":
        parser.error("--json-twin applies to k8s only")

    if args.kind == "cdk":
        stacks, written = cdk.generate(args.resources, args.out, args.seed)
        what = f"{stacks} stacks, {written} resources"
    elif args.kind == "k8s":
        _, objects = k8s.generate(args.resources, args.out, args.seed, args.json_twin)
        what = f"{objects} objects"
    else:
        plans, resources = terraform.generate(args.resources, args.out, args.seed)
        what = f"{plans} plans, {resources} resources"
    files, size = folder_size(args.out)
    print(f"{args.out}: {files} files, {what}, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
