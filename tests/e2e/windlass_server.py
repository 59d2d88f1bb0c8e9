"""Test helper: run a real windlass-apiserver process for end-to-end tests.

Starts the binary on 127.0.0.1 with a free port and its own data directory, waits for the
"serving on" line, and hands back the URL, the admin kubeconfig and the PKI files. Each
instance also gets its own HOME, so kubectl's discovery cache never leaks between tests.
"""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

KUBECTL_132 = "/usr/lib/google-cloud-sdk/bin/kubectl.1.32"


def find_kubectl():
    """kubectl 1.32 itself (the machine's /usr/bin/kubectl is a version dispatcher)."""
    if os.path.exists(KUBECTL_132):
        return KUBECTL_132
    return shutil.which("kubectl")


class Server:
    def __init__(self, binary, data_dir=None, extra_args=()):
        self.binary = binary
        self.tmp = tempfile.mkdtemp(prefix="windlass-e2e-")
        self.data_dir = data_dir or os.path.join(self.tmp, "data")
        self.home = os.path.join(self.tmp, "home")
        os.makedirs(self.home, exist_ok=True)
        self.extra_args = list(extra_args)
        self.proc = None
        self.url = None

    def start(self, timeout=30):
        self.proc = subprocess.Popen(
            [self.binary, "--data-dir", self.data_dir, "--port", "0", *self.extra_args],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + timeout
        lines = []
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("windlass-apiserver exited: " + "".join(lines))
            lines.append(line)
            m = re.search(r"serving on (\S+)", line)
            if m:
                self.url = m.group(1)
                return self
        raise RuntimeError("windlass-apiserver did not start: " + "".join(lines))

    @property
    def kubeconfig(self):
        return os.path.join(self.data_dir, "admin.kubeconfig")

    def pki(self, name):
        return os.path.join(self.data_dir, name)

    def env(self):
        env = dict(os.environ)
        env["KUBECONFIG"] = self.kubeconfig
        env["HOME"] = self.home
        return env

    def kubectl(self, *args, input=None, check=True, timeout=60):
        r = subprocess.run([find_kubectl(), *args], input=input, capture_output=True, text=True,
                           env=self.env(), timeout=timeout)
        if check and r.returncode != 0:
            raise AssertionError("kubectl %s failed (%d):\n%s%s" % (" ".join(args), r.returncode, r.stdout, r.stderr))
        return r

    def kill(self, sig=signal.SIGKILL):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            self.proc.wait(timeout=30)
        if self.proc and self.proc.stdout:
            self.proc.stdout.close()

    def stop(self):
        self.kill(signal.SIGTERM)

    def cleanup(self):
        self.kill()
        shutil.rmtree(self.tmp, ignore_errors=True)
