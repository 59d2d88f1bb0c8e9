#!/usr/bin/env python3
"""Whole-process figures for windlass-apiserver, with the official clients as load.

Measures, against one release windlass-apiserver process started here:
  - process start: exec until the server prints that it serves (fresh data dir: includes
    generating the CA and certificates), and again on the same data dir (resume);
  - creates/s and gets/s of ConfigMaps from the python client (one keep-alive connection
    pool), the same work apiserver_bench does with a C++ client;
  - resident memory of the server process per 10,000 stored ConfigMaps.

usage: apiserver_peers.py --apiserver build/release/sdk/apiserver/windlass-apiserver [--n 2000]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

DEBIAN_PYTHON = "/usr/bin/python3"
try:
    from kubernetes import client, config
except ImportError:
    if os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON) and os.path.exists(DEBIAN_PYTHON):
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, *sys.argv])
    sys.exit("apiserver_peers: install python3-kubernetes")


def start(binary, data_dir):
    t0 = time.perf_counter()
    proc = subprocess.Popen([binary, "--data-dir", data_dir, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in proc.stdout:
        if "serving on" in line:
            return proc, time.perf_counter() - t0
    raise RuntimeError("server did not start")


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--apiserver", required=True)
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="windlass-peers-")
    data = os.path.join(tmp, "data")
    try:
        proc, first = start(args.apiserver, data)
        api = client.CoreV1Api(config.new_client_from_config(config_file=os.path.join(data, "admin.kubeconfig")))
        body = lambda i: client.V1ConfigMap(metadata=client.V1ObjectMeta(name="c%d" % i, labels={"app": "bench"}),
                                            data={"mode": "fast", "replicas": "3"})
        api.create_namespaced_config_map("default", body(-1))  # warm the connection
        t0 = time.perf_counter()
        for i in range(args.n):
            api.create_namespaced_config_map("default", body(i))
        creates = args.n / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        for i in range(args.n):
            api.read_namespaced_config_map("c%d" % (i % 100), "default")
        gets = args.n / (time.perf_counter() - t0)
        before = rss_kib(proc.pid)
        extra = 10000
        for i in range(extra):
            api.create_namespaced_config_map("default", body(args.n + i))
        per_object = (rss_kib(proc.pid) - before) * 1024 / extra
        proc.terminate()
        proc.wait()
        proc, resume = start(args.apiserver, data)
        proc.terminate()
        proc.wait()
        print("process start, fresh data dir (makes CA + certs): %.0f ms" % (first * 1000))
        print("process start, resuming %d objects: %.0f ms" % (args.n + extra + 5, resume * 1000))
        print("python client creates/s (durable, fsync per write): %.0f" % creates)
        print("python client gets/s: %.0f" % gets)
        print("server RSS growth per stored ConfigMap: %.0f bytes" % per_object)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
