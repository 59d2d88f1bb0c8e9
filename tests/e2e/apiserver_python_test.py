#!/usr/bin/env python3
"""End-to-end: the official python kubernetes client (Debian python3-kubernetes) against
windlass-apiserver: typed CRUD, strategic-merge patches from dicts, watch streams with and
without a resourceVersion, and the dynamic client (which reads legacy discovery).

usage: apiserver_python_test.py --apiserver PATH/TO/windlass-apiserver
"""
import argparse
import os
import sys
import threading
import unittest

DEBIAN_PYTHON = "/usr/bin/python3"
try:
    import kubernetes
    from kubernetes import client, config, dynamic, watch
    from kubernetes.client.rest import ApiException
except ImportError:
    if os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON) and os.path.exists(DEBIAN_PYTHON):
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, *sys.argv])
    sys.exit("apiserver_python_test: install python3-kubernetes (apt-get install python3-kubernetes)")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from windlass_server import Server  # noqa: E402

ARGS = None


class PythonClientTest(unittest.TestCase):
    def setUp(self):
        self.server = Server(ARGS.apiserver).start()
        self.api_client = config.new_client_from_config(config_file=self.server.kubeconfig)
        self.core = client.CoreV1Api(self.api_client)

    def tearDown(self):
        self.api_client.close()
        self.server.cleanup()

    def cm(self, name, data=None, labels=None):
        return client.V1ConfigMap(metadata=client.V1ObjectMeta(name=name, labels=labels), data=data or {"a": "1"})

    def test_config_map_crud(self):
        created = self.core.create_namespaced_config_map("default", self.cm("c1"))
        self.assertEqual(created.metadata.namespace, "default")
        self.assertTrue(created.metadata.uid)
        with self.assertRaises(ApiException) as dup:
            self.core.create_namespaced_config_map("default", self.cm("c1"))
        self.assertEqual(dup.exception.status, 409)
        # A dict body: the client sends a strategic merge patch.
        patched = self.core.patch_namespaced_config_map("c1", "default", {"data": {"b": "2"}})
        self.assertEqual(patched.data, {"a": "1", "b": "2"})
        # A list body: JSON patch.
        patched = self.core.patch_namespaced_config_map("c1", "default", [{"op": "remove", "path": "/data/a"}])
        self.assertEqual(patched.data, {"b": "2"})
        patched.data["c"] = "3"
        replaced = self.core.replace_namespaced_config_map("c1", "default", patched)
        self.assertEqual(replaced.data, {"b": "2", "c": "3"})
        with self.assertRaises(ApiException) as stale:
            self.core.replace_namespaced_config_map("c1", "default", patched)
        self.assertEqual(stale.exception.status, 409)
        items = self.core.list_namespaced_config_map("default").items
        self.assertEqual([i.metadata.name for i in items], ["c1"])
        self.core.delete_namespaced_config_map("c1", "default", grace_period_seconds=0, propagation_policy="Foreground")
        with self.assertRaises(ApiException) as gone:
            self.core.read_namespaced_config_map("c1", "default")
        self.assertEqual(gone.exception.status, 404)

    def test_namespaces(self):
        self.core.create_namespace(client.V1Namespace(metadata=client.V1ObjectMeta(name="team-b")))
        ns = self.core.read_namespace("team-b")
        self.assertEqual(ns.status.phase, "Active")
        names = [n.metadata.name for n in self.core.list_namespace().items]
        self.assertIn("team-b", names)
        self.assertIn("kube-system", names)
        self.assertEqual(client.VersionApi(self.api_client).get_code().minor, "32")

    def test_watch_without_resource_version_lists_then_follows(self):
        self.core.create_namespaced_config_map("default", self.cm("existing"))
        seen = []
        w = watch.Watch()

        def writer():
            self.core.create_namespaced_config_map("default", self.cm("later"))

        for event in w.stream(self.core.list_namespaced_config_map, "default", timeout_seconds=30):
            seen.append((event["type"], event["object"].metadata.name))
            if len(seen) == 1:
                threading.Thread(target=writer).start()
            if len(seen) == 2:
                w.stop()
        self.assertEqual(seen, [("ADDED", "existing"), ("ADDED", "later")])

    def test_watch_from_a_resource_version_replays_changes(self):
        rv = self.core.list_namespaced_config_map("default").metadata.resource_version
        self.core.create_namespaced_config_map("default", self.cm("r1"))
        self.core.patch_namespaced_config_map("r1", "default", {"data": {"x": "y"}})
        self.core.delete_namespaced_config_map("r1", "default")
        w = watch.Watch()
        types = []
        for event in w.stream(self.core.list_namespaced_config_map, "default", resource_version=rv,
                              timeout_seconds=30):
            types.append(event["type"])
            if len(types) == 3:
                w.stop()
        self.assertEqual(types, ["ADDED", "MODIFIED", "DELETED"])

    def test_dynamic_client(self):
        dyn = dynamic.DynamicClient(self.api_client)
        cms = dyn.resources.get(api_version="v1", kind="ConfigMap")
        cms.create(body={"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "dyn"}, "data": {"k": "v"}},
                   namespace="default")
        got = cms.get(name="dyn", namespace="default")
        self.assertEqual(got.data.k, "v")
        roles = dyn.resources.get(api_version="rbac.authorization.k8s.io/v1", kind="ClusterRole")
        roles.create(body={"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
                           "metadata": {"name": "viewer"},
                           "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}]})
        self.assertEqual(roles.get(name="viewer").rules[0].verbs, ["get"])


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--apiserver", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)


if __name__ == "__main__":
    sys.exit(main())
