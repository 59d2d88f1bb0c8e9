"""Shared plumbing for the python end-to-end tests.

`main(__doc__, ...)` parses the command line (`--apiserver PATH` plus a test's own flags),
checks that kubectl is there when the test needs it, and runs unittest with whatever
arguments are left over (a test name, -k PATTERN). `ServerTestCase` starts a fresh
windlass-apiserver for every test, each with its own data dir, port and HOME, and gives the
test kubectl helpers bound to it. `run_checks` is the frame of the OLM command-line tests,
which collect named checks instead of using unittest.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

from windlass_server import Server, find_kubectl

_ARGS = None


def args():
    """The parsed command line (set by main())."""
    return _ARGS


class ServerTestCase(unittest.TestCase):
    """A test against its own windlass-apiserver, started before and removed after each test."""

    def setUp(self):
        self.server = Server(args().apiserver).start()

    def tearDown(self):
        self.server.cleanup()

    def k(self, *argv, **kw):
        """kubectl against this test's server; see Server.kubectl for input/check/timeout."""
        return self.server.kubectl(*argv, **kw)

    def kubectl_json(self, *argv, **kw):
        """kubectl ... -o json, parsed."""
        return json.loads(self.k(*argv, "-o", "json", **kw).stdout)

    def get_json(self, *argv):
        """kubectl get ... -o json, parsed."""
        return self.kubectl_json("get", *argv)

    def background(self, *argv):
        """kubectl started without waiting for it (watches, deletes that block), output piped."""
        return subprocess.Popen([find_kubectl(), *argv], env=self.server.env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def wait_for(self, predicate, what, timeout=30):
        """Polls until predicate() holds; the deadline only bounds a failing test."""
        deadline = time.monotonic() + timeout
        while not predicate():
            self.assertLess(time.monotonic(), deadline, "timed out waiting for " + what)
            time.sleep(0.05)


def main(description, extra_args=None, apiserver=True, kubectl=True):
    """Parses --apiserver (when `apiserver`) and `extra_args` ({flag: add_argument keywords}),
    then runs the calling module's tests and exits with unittest's status."""
    global _ARGS
    parser = argparse.ArgumentParser(description=description,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    if apiserver:
        parser.add_argument("--apiserver", required=True, help="path to the windlass-apiserver binary")
    for flag, options in (extra_args or {}).items():
        parser.add_argument(flag, **options)
    _ARGS, rest = parser.parse_known_args()
    if kubectl and not find_kubectl():
        print("kubectl not installed; scripts/install-deps reports how to get it", file=sys.stderr)
        return 1
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)


def run_checks(description, body):
    """The OLM command-line tests: parses --windlass, calls body(windlass, tmp, check) with the
    absolute path of the binary and a fresh temp dir (removed afterwards), and exits 1 listing
    every failed check, or prints "ok". check(name, cond, detail="") records a failure."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--windlass", required=True)
    windlass = os.path.abspath(parser.parse_args().windlass)
    failures = []

    def check(name, cond, detail=""):
        if not cond:
            failures.append(f"{name}: {detail}")

    tmp = tempfile.mkdtemp()
    try:
        body(windlass, tmp, check)
    finally:
        shutil.rmtree(tmp)
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("ok")
