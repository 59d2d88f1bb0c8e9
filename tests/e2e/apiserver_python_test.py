#!/usr/bin/env python3
"""End-to-end: the official python kubernetes client (Debian python3-kubernetes) against
windlass-apiserver: typed CRUD, strategic-merge patches from dicts, watch streams with and
without a resourceVersion, and the dynamic client (which reads legacy discovery).

usage: apiserver_python_test.py --apiserver PATH/TO/windlass-apiserver
"""
import os
import sys
import threading

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
from e2e_base import ServerTestCase, main  # noqa: E402


class PythonClientTest(ServerTestCase):
    def setUp(self):
        super().setUp()
        self.api_client = config.new_client_from_config(config_file=self.server.kubeconfig)
        self.core = client.CoreV1Api(self.api_client)

    def tearDown(self):
        self.api_client.close()
        super().tearDown()

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
        # Foreground: the object first gets the foregroundDeletion finalizer; the server's
        # garbage collector removes it (and so the object) once no dependent blocks it.
        self.core.delete_namespaced_config_map("c1", "default", grace_period_seconds=0,
                                               propagation_policy="Foreground")
        def gone():
            try:
                self.core.read_namespaced_config_map("c1", "default")
            except ApiException as e:
                self.assertEqual(e.status, 404)
                return True
            return False

        self.wait_for(gone, "the foreground deletion to finish", timeout=20)

    def test_namespaces(self):
        self.core.create_namespace(client.V1Namespace(metadata=client.V1ObjectMeta(name="team-b")))
        ns = self.core.read_namespace("team-b")
        self.assertEqual(ns.status.phase, "Active")
        names = [n.metadata.name for n in self.core.list_namespace().items]
        self.assertIn("team-b", names)
        self.assertIn("kube-system", names)
        self.assertEqual(client.VersionApi(self.api_client).get_code().minor, "32")

    def test_deployments(self):
        apps = client.AppsV1Api(self.api_client)
        body = client.V1Deployment(
            metadata=client.V1ObjectMeta(name="web"),
            spec=client.V1DeploymentSpec(
                replicas=2,
                selector=client.V1LabelSelector(match_labels={"app": "web"}),
                template=client.V1PodTemplateSpec(
                    metadata=client.V1ObjectMeta(labels={"app": "web"}),
                    spec=client.V1PodSpec(containers=[client.V1Container(name="c", image="nginx:1.27")]))))
        created = apps.create_namespaced_deployment("default", body)
        self.assertEqual(created.metadata.generation, 1)
        patched = apps.patch_namespaced_deployment("web", "default", {"spec": {"template": {"spec": {
            "containers": [{"name": "c", "image": "nginx:1.28"}]}}}})
        self.assertEqual(patched.spec.template.spec.containers[0].image, "nginx:1.28")
        self.assertEqual(patched.metadata.generation, 2)
        scale = apps.read_namespaced_deployment_scale("web", "default")
        self.assertEqual((scale.spec.replicas, scale.status.selector), (2, "app=web"))
        names = [d.metadata.name for d in apps.list_deployment_for_all_namespaces().items]
        self.assertEqual(names, ["web"])
        apps.delete_namespaced_deployment("web", "default")
        with self.assertRaises(ApiException) as gone:
            apps.read_namespaced_deployment("web", "default")
        self.assertEqual(gone.exception.status, 404)

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

    def test_custom_resources_with_status(self):
        ext = client.ApiextensionsV1Api(self.api_client)
        ext.create_custom_resource_definition({
            "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "metadata": {"name": "gadgets.example.com"},
            "spec": {"group": "example.com", "scope": "Namespaced",
                     "names": {"kind": "Gadget", "plural": "gadgets"},
                     "versions": [{"name": "v1", "served": True, "storage": True,
                                   "subresources": {"status": {}},
                                   "schema": {"openAPIV3Schema": {"type": "object", "properties": {
                                       "spec": {"type": "object", "properties": {"n": {"type": "integer"}}},
                                       "status": {"type": "object", "properties": {"phase": {"type": "string"}}}}}}}]}})
        crd = ext.read_custom_resource_definition("gadgets.example.com")
        self.assertIn("Established", [c.type for c in crd.status.conditions])
        co = client.CustomObjectsApi(self.api_client)
        g = co.create_namespaced_custom_object("example.com", "v1", "default", "gadgets", {
            "apiVersion": "example.com/v1", "kind": "Gadget", "metadata": {"name": "g1"},
            "spec": {"n": 1}, "status": {"phase": "ignored on create"}})
        self.assertNotIn("status", g)
        g = co.patch_namespaced_custom_object_status("example.com", "v1", "default", "gadgets", "g1",
                                                     {"status": {"phase": "Ready"}})
        self.assertEqual(g["status"], {"phase": "Ready"})
        g = co.patch_namespaced_custom_object("example.com", "v1", "default", "gadgets", "g1",
                                              {"spec": {"n": 2}, "status": {"phase": "not through main"}})
        self.assertEqual((g["spec"]["n"], g["status"]["phase"], g["metadata"]["generation"]), (2, "Ready", 2))
        items = co.list_namespaced_custom_object("example.com", "v1", "default", "gadgets")["items"]
        self.assertEqual([i["metadata"]["name"] for i in items], ["g1"])
        dyn = dynamic.DynamicClient(self.api_client)
        gadgets = dyn.resources.get(api_version="example.com/v1", kind="Gadget")
        self.assertEqual(gadgets.get(name="g1", namespace="default").spec.n, 2)

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


if __name__ == "__main__":
    sys.exit(main(__doc__, kubectl=False))
