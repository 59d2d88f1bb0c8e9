#!/usr/bin/env python3
"""Validates every bundle under bundle/ and the catalog under bundle/catalog/ with our own tools."""
import argparse, os, subprocess, sys


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--windlass", required=True)
    p.add_argument("--root", required=True)
    a = p.parse_args()
    failed = False
    bundles = []
    for d, dirs, _ in os.walk(a.root):
        dirs[:] = sorted(x for x in dirs if not x.startswith(".") and not (d == a.root and x == "catalog"))
        if os.path.isdir(os.path.join(d, "manifests")) or os.path.isdir(os.path.join(d, "metadata")):
            bundles.append(d)
            dirs[:] = []
    for b in bundles:
        r = subprocess.run([a.windlass, "bundle", "validate", b], capture_output=True, text=True)
        print(r.stdout, r.stderr, sep="", end="")
        failed |= r.returncode != 0
    catalog = os.path.join(a.root, "catalog")
    if any(f for _, _, fs in os.walk(catalog) for f in fs if not f.startswith(".")):
        r = subprocess.run([a.windlass, "catalog", "validate", catalog], capture_output=True, text=True)
        print(r.stdout, r.stderr, sep="", end="")
        failed |= r.returncode != 0
    print(f"{len(bundles)} bundle(s) checked")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
