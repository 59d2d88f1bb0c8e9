#!/usr/bin/env python3
"""End-to-end: the official JavaScript client @kubernetes/client-node 2.x against windlass-apiserver.

Installs the pinned client (tests/e2e/node/package-lock.json) with `npm ci` into WORK_DIR, never
into the source tree, and reuses that install while package.json, package-lock.json and the Node
version are unchanged (a hash stamp). Then runs `node --test tests/e2e/node/apiserver_node_test.mjs`,
which starts its own windlass-apiserver per test.

usage: apiserver_node_test.py --apiserver PATH/TO/windlass-apiserver --work-dir DIR
"""
import argparse
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_DIR = os.path.join(HERE, "node")
TEST_FILE = os.path.join(NODE_DIR, "apiserver_node_test.mjs")
MANIFESTS = ("package.json", "package-lock.json")
MIN_NODE = (20, 18, 1)  # undici 7 (pinned through "overrides") needs Node >= 20.18.1


def fail(msg):
    sys.exit("apiserver_node_test: " + msg)


def tool(name):
    path = shutil.which(name)
    if not path:
        fail("`%s` not found on PATH; install the Debian packages nodejs npm "
             "(apt-get install nodejs npm)" % name)
    return path


def nice(cmd):
    return ["nice", *cmd] if shutil.which("nice") else cmd


def node_version(node):
    out = subprocess.run([node, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    try:
        parts = tuple(int(p) for p in out.lstrip("v").split(".")[:3])
    except ValueError:
        fail("cannot parse `node --version` output %r" % out)
    if parts < MIN_NODE:
        fail("Node %s is too old: @kubernetes/client-node 2.x with undici 7 needs Node >= %s"
             % (out, ".".join(map(str, MIN_NODE))))
    return out


def install(npm, work_dir, version):
    """npm ci into work_dir unless the stamp says the same lockfile is already installed there."""
    os.makedirs(work_dir, exist_ok=True)
    digest = hashlib.sha256(version.encode())
    for name in MANIFESTS:
        with open(os.path.join(NODE_DIR, name), "rb") as f:
            digest.update(name.encode() + b"\0" + f.read() + b"\0")
    stamp = digest.hexdigest()
    stamp_file = os.path.join(work_dir, ".npm-ci.stamp")
    node_modules = os.path.join(work_dir, "node_modules")
    # Serialise concurrent runs (ctest -j, two build trees sharing nothing but this dir).
    with open(os.path.join(work_dir, ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            with open(stamp_file) as f:
                current = f.read().strip()
        except OSError:
            current = None
        if current == stamp and os.path.isdir(node_modules):
            return node_modules
        if os.path.exists(stamp_file):
            os.remove(stamp_file)
        for name in MANIFESTS:
            shutil.copyfile(os.path.join(NODE_DIR, name), os.path.join(work_dir, name))
        print("apiserver_node_test: npm ci in %s" % work_dir, flush=True)
        r = subprocess.run(nice([npm, "ci", "--no-audit", "--no-fund"]), cwd=work_dir)
        if r.returncode != 0:
            fail("`npm ci` failed in %s (exit %d); it needs the npm registry or a warm npm cache"
                 % (work_dir, r.returncode))
        with open(stamp_file, "w") as f:
            f.write(stamp + "\n")
    return node_modules


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--apiserver", required=True, help="path to the windlass-apiserver binary")
    parser.add_argument("--work-dir", required=True, help="build-tree directory for node_modules")
    parser.add_argument("node_args", nargs="*", help="extra arguments for `node --test` "
                        "(e.g. --test-name-pattern=Watch)")
    args = parser.parse_args()

    apiserver = os.path.abspath(args.apiserver)
    if not os.access(apiserver, os.X_OK):
        fail("no executable windlass-apiserver at %s" % apiserver)
    node = tool("node")
    npm = tool("npm")
    version = node_version(node)
    node_modules = install(npm, os.path.abspath(args.work_dir), version)

    env = dict(os.environ)
    env["WINDLASS_APISERVER"] = apiserver
    env["WINDLASS_NODE_MODULES"] = node_modules
    cmd = nice([node, "--test", "--test-reporter=spec", *args.node_args, TEST_FILE])
    print("apiserver_node_test: node %s, %s" % (version, " ".join(cmd)), flush=True)
    return subprocess.run(cmd, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
