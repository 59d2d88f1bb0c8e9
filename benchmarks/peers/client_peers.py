#!/usr/bin/env python3
"""Our client beside the official ones, against one windlass-apiserver process in one run.

Starts `windlass-apiserver --port 0` (in memory, HTTPS, client-certificate admin), creates the
watch fixture (N ConfigMaps in namespace bench-watch after a recorded resourceVersion), then runs
against that same process, one client at a time:
  - benchmarks/client_bench (our client; Google Benchmark, $WINDLASS_BENCH_KUBECONFIG/_WATCH);
  - the python client (python3-kubernetes): typed get and create of ConfigMaps back to back over
    its keep-alive pool, and a watch replaying the N creates (events decoded into V1ConfigMap);
  - @kubernetes/client-node 2.x (installed by npm ci as tests/e2e/apiserver_node_test.py does):
    the same three figures (client_node_peer.mjs).

usage: client_peers.py --apiserver build/release/sdk/apiserver/windlass-apiserver \
           --client-bench build/release/benchmarks/client_bench \
           [--node-work-dir build/release/e2e-node] [--n 3000] [--watch-n 5000]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

DEBIAN_PYTHON = "/usr/bin/python3"
try:
    from kubernetes import client, config, watch
except ImportError:
    if os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON) and os.path.exists(DEBIAN_PYTHON):
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, *sys.argv])
    sys.exit("client_peers: install python3-kubernetes")

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "e2e"))


def start(binary, kubeconfig):
    proc = subprocess.Popen([binary, "--port", "0", "--write-kubeconfig", kubeconfig],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in proc.stdout:
        if "serving on" in line:
            return proc
    raise RuntimeError("server did not start")


def config_map(name):
    return client.V1ConfigMap(metadata=client.V1ObjectMeta(name=name, labels={"app": "bench", "tier": "backend"}),
                              data={"mode": "fast", "replicas": "3", "endpoint": "https://example.com:8443/v1"})


def rate(n, body):
    t0 = time.perf_counter()
    for i in range(n):
        body(i)
    return n / (time.perf_counter() - t0)


def ours(bench, kubeconfig, fixture):
    env = dict(os.environ, WINDLASS_BENCH_KUBECONFIG=kubeconfig, WINDLASS_BENCH_WATCH=fixture)
    out = subprocess.run([bench, "--benchmark_format=json", "--benchmark_min_time=2"],
                         env=env, capture_output=True, text=True, check=True).stdout
    figures = {}
    for b in json.loads(out)["benchmarks"]:
        name = b["name"].split("/")[0]
        figures[name] = b.get("events/s") or b.get("items_per_second")
    return figures


def python_client(kubeconfig, n, ns, rv, watch_n):
    api = client.CoreV1Api(config.new_client_from_config(config_file=kubeconfig))
    api.create_namespaced_config_map("default", config_map("py-target"))
    api.read_namespaced_config_map("py-target", "default")
    gets = rate(n, lambda i: api.read_namespaced_config_map("py-target", "default"))
    creates = rate(n, lambda i: api.create_namespaced_config_map("default", config_map("py-%d" % i)))
    w = watch.Watch()
    seen = 0
    t0 = time.perf_counter()
    for _ in w.stream(api.list_namespaced_config_map, ns, resource_version=rv, allow_watch_bookmarks=False,
                      timeout_seconds=300):
        seen += 1
        if seen == watch_n:
            break
    events = watch_n / (time.perf_counter() - t0)
    w.stop()
    if seen != watch_n:
        raise RuntimeError("python watch ended after %d events" % seen)
    return {"gets": gets, "creates": creates, "watch": events}


def node_client(work_dir, kubeconfig, n, fixture):
    from apiserver_node_test import install, node_version, tool  # tests/e2e
    node = tool("node")
    node_modules = install(tool("npm"), os.path.abspath(work_dir), node_version(node))
    out = subprocess.run([node, os.path.join(HERE, "client_node_peer.mjs"), "--kubeconfig", kubeconfig,
                          "--node-modules", node_modules, "--n", str(n), "--watch", fixture],
                         capture_output=True, text=True, check=True).stdout
    j = json.loads(out.strip().splitlines()[-1])
    return {"gets": j["gets_per_s"], "creates": j["creates_per_s"], "watch": j["watch_events_per_s"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--apiserver", required=True)
    ap.add_argument("--client-bench", required=True)
    ap.add_argument("--node-work-dir", default=None, help="where npm ci installs client-node (skipped without it)")
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--watch-n", type=int, default=5000)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="windlass-client-peers-")
    kubeconfig = os.path.join(tmp, "admin.kubeconfig")
    proc = start(os.path.abspath(args.apiserver), kubeconfig)
    try:
        api = client.CoreV1Api(config.new_client_from_config(config_file=kubeconfig))
        ns = "bench-watch"
        api.create_namespace(client.V1Namespace(metadata=client.V1ObjectMeta(name=ns)))
        rv = api.list_namespaced_config_map(ns).metadata.resource_version
        for i in range(args.watch_n):
            api.create_namespaced_config_map(ns, config_map("w%d" % i))
        fixture = "%s:%s:%d" % (ns, rv, args.watch_n)

        rows = []
        cpp = ours(os.path.abspath(args.client_bench), kubeconfig, fixture)
        rows.append(("windlass::client (typed, awaited)", cpp["BM_ClientGetTyped"], cpp["BM_ClientCreate"],
                     cpp["BM_ClientWatchDecode"]))
        rows.append(("windlass::client (Json get)", cpp["BM_ClientGet"], None, None))
        rows.append(("windlass::client (typed, run() per call)", cpp["BM_ClientGetBlocking"], None, None))
        py = python_client(kubeconfig, args.n, ns, rv, args.watch_n)
        rows.append(("python kubernetes %s" % __import__("kubernetes").__version__, py["gets"], py["creates"], py["watch"]))
        if args.node_work_dir:
            nd = node_client(args.node_work_dir, kubeconfig, args.n, fixture)
            rows.append(("@kubernetes/client-node", nd["gets"], nd["creates"], nd["watch"]))
        fmt = lambda v: "%.0f" % v if v is not None else "-"
        print("| client | gets/s | creates/s | watch events/s decoded |")
        print("|---|---:|---:|---:|")
        for name, g, c, w in rows:
            print("| %s | %s | %s | %s |" % (name, fmt(g), fmt(c), fmt(w)))
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
