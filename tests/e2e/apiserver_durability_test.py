#!/usr/bin/env python3
"""End-to-end durability: every write windlass-apiserver acknowledged survives a kill -9.

A writer creates ConfigMaps as fast as it can over HTTPS (client certificate from the data
dir) and records each name the server acknowledged with 201. At a random moment the server
gets SIGKILL; after a restart on the same data dir every acknowledged ConfigMap must be there,
and the resourceVersion must not go backwards. Repeated a few times on one data dir.

usage: apiserver_durability_test.py --apiserver PATH/TO/windlass-apiserver [--rounds N]
"""
import http.client
import json
import os
import random
import ssl
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_base import ServerTestCase, args, main  # noqa: E402


def connect(server):
    host, port = server.url.split("//")[1].split(":")
    ctx = ssl.create_default_context(cafile=server.pki("ca.crt"))
    ctx.load_cert_chain(server.pki("admin.crt"), server.pki("admin.key"))
    return http.client.HTTPSConnection(host, int(port), context=ctx, timeout=30)


class DurabilityTest(ServerTestCase):
    def test_acknowledged_writes_survive_sigkill(self):
        server = self.server  # restarted in place on the same data dir
        rng = random.Random(args().seed)
        acknowledged = []
        last_rv = 0
        for round_no in range(args().rounds):
            stop = threading.Event()

            def writer():
                conn = connect(server)
                i = 0
                while not stop.is_set():
                    name = "r%d-%d" % (round_no, i)
                    body = json.dumps({"metadata": {"name": name}, "data": {"i": str(i)}})
                    try:
                        conn.request("POST", "/api/v1/namespaces/default/configmaps", body,
                                     {"Content-Type": "application/json"})
                        resp = conn.getresponse()
                        resp.read()
                    except (OSError, http.client.HTTPException):
                        return  # the server died mid-request: that write was never acknowledged
                    if resp.status == 201:
                        acknowledged.append(name)
                    i += 1

            t = threading.Thread(target=writer)
            t.start()
            time.sleep(rng.uniform(0.2, 1.0))
            server.kill()  # SIGKILL: no chance to flush anything
            stop.set()
            t.join()
            server.start()
            conn = connect(server)
            conn.request("GET", "/api/v1/namespaces/default/configmaps")
            listed = json.loads(conn.getresponse().read())
            names = {item["metadata"]["name"] for item in listed["items"]}
            missing = [n for n in acknowledged if n not in names]
            self.assertEqual(missing, [], "acknowledged writes lost after SIGKILL in round %d" % round_no)
            rv = int(listed["metadata"]["resourceVersion"])
            self.assertGreaterEqual(rv, last_rv)
            last_rv = rv
        self.assertGreater(len(acknowledged), 0)
        print("%d acknowledged writes over %d kill -9 rounds, none lost" % (len(acknowledged), args().rounds),
              file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main(__doc__, {"--rounds": dict(type=int, default=5), "--seed": dict(type=int, default=7)},
                  kubectl=False))
