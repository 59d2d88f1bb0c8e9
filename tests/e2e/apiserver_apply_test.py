#!/usr/bin/env python3
"""End-to-end: server-side apply against windlass-apiserver with the real kubectl 1.32 and the
python DynamicClient (spec/apiserver.md H4, G9; observations A15-A17).

Two field managers sharing a ConfigMap, a conflict and --force-conflicts, a key dropped from
the manifest, a CRD and its custom resource applied server-side, --dry-run=server, and a
client-side apply followed by a server-side one. kubectl validates with the server's OpenAPI.

usage: apiserver_apply_test.py --apiserver PATH/TO/windlass-apiserver
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_base import ServerTestCase, main  # noqa: E402

CM = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
data:
  a: "1"
  b: "1"
"""

CRD = """\
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: {kind: Widget, plural: widgets, singular: widget}
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            properties:
              size: {type: integer}
              color: {type: string}
              ports:
                type: array
                x-kubernetes-list-type: map
                x-kubernetes-list-map-keys: [name]
                items:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    port: {type: integer}
"""

CR = """\
apiVersion: example.com/v1
kind: Widget
metadata: {name: w1}
spec:
  size: 3
  color: red
  ports:
  - {name: http, port: 80}
"""


def cm(**data):
    lines = "".join('  %s: "%s"\n' % kv for kv in sorted(data.items()))
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n" + lines


class ServerSideApplyTest(ServerTestCase):
    def ssa(self, manifest, *flags, check=True):
        return self.k("apply", "--server-side", *flags, "-f", "-", input=manifest, check=check)

    def get(self, *what):
        return self.get_json(*what, "--show-managed-fields")

    @staticmethod
    def managers(obj):
        return sorted((e["manager"], e["operation"]) for e in obj["metadata"].get("managedFields", []))

    def test_two_managers_conflict_force_and_dropped_keys(self):
        self.assertIn("configmap/cfg serverside-applied", self.ssa(CM, "--field-manager=alice").stdout)
        self.ssa(cm(c="1"), "--field-manager=bob")
        obj = self.get("cm", "cfg")
        self.assertEqual(obj["data"], {"a": "1", "b": "1", "c": "1"})
        self.assertEqual(self.managers(obj), [("alice", "Apply"), ("bob", "Apply")])

        clash = self.ssa(cm(a="2", c="1"), "--field-manager=bob", check=False)
        self.assertNotEqual(clash.returncode, 0)
        self.assertIn('Apply failed with 1 conflict: conflict with "alice": .data.a', clash.stderr)
        self.assertIn("--force-conflicts", clash.stderr)
        self.assertEqual(self.get("cm", "cfg")["data"]["a"], "1")

        self.ssa(cm(a="2", c="1"), "--field-manager=bob", "--force-conflicts")
        obj = self.get("cm", "cfg")
        self.assertEqual(obj["data"], {"a": "2", "b": "1", "c": "1"})
        owned = {e["manager"]: e["fieldsV1"] for e in obj["metadata"]["managedFields"]}
        self.assertEqual(owned["alice"], {"f:data": {"f:b": {}}})
        self.assertEqual(owned["bob"], {"f:data": {"f:a": {}, "f:c": {}}})

        # alice drops b from her manifest: the key goes; bob's keys stay.
        self.ssa(cm(a="2"), "--field-manager=alice")
        obj = self.get("cm", "cfg")
        self.assertEqual(obj["data"], {"a": "2", "c": "1"})
        # Sharing a value is no conflict; bob dropping c removes it.
        self.ssa(cm(a="2"), "--field-manager=bob")
        self.assertEqual(self.get("cm", "cfg")["data"], {"a": "2"})
        # kubectl hides managedFields unless asked.
        self.assertNotIn("managedFields", self.k("get", "cm", "cfg", "-o", "yaml").stdout)

    def test_crd_and_custom_resource_with_dry_run(self):
        self.assertIn("customresourcedefinition.apiextensions.k8s.io/widgets.example.com serverside-applied",
                      self.ssa(CRD).stdout)
        self.k("wait", "--for=condition=established", "crd/widgets.example.com", "--timeout=30s")
        self.assertIn("widget.example.com/w1 serverside-applied", self.ssa(CR, "--field-manager=me").stdout)
        w = self.get("widget", "w1")
        self.assertEqual(w["spec"], {"size": 3, "color": "red", "ports": [{"name": "http", "port": 80}]})
        self.assertEqual(self.managers(w), [("me", "Apply")])
        self.assertIn('"k:{\\"name\\":\\"http\\"}"', json.dumps(w["metadata"]["managedFields"][0]["fieldsV1"]))

        # [OBS A16] a server-side dry run answers without storing.
        dry = self.ssa(CR.replace("size: 3", "size: 4"), "--field-manager=me", "--dry-run=server")
        self.assertIn("widget.example.com/w1 serverside-applied (server dry run)", dry.stdout)
        self.assertEqual(self.get("widget", "w1")["spec"]["size"], 3)

        # A second manager adds a port to the map list; the first drops color.
        self.ssa("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w1}\nspec:\n  ports:\n  - {name: https, port: 443}\n",
                 "--field-manager=other")
        self.ssa(CR.replace("  color: red\n", ""), "--field-manager=me")
        w = self.get("widget", "w1")
        self.assertEqual(w["spec"], {"size": 3, "ports": [{"name": "http", "port": 80}, {"name": "https", "port": 443}]})
        self.assertEqual(w["metadata"]["generation"], 3)

    def test_client_side_apply_then_server_side_apply(self):
        # [OBS A17] kubectl takes over what its client-side apply recorded: no conflict, and
        # the client-side manager's fields migrate to kubectl's Apply entry.
        self.assertIn("configmap/cfg created", self.k("apply", "-f", "-", input=CM).stdout)
        self.assertEqual(self.managers(self.get("cm", "cfg")), [("kubectl-client-side-apply", "Update")])
        out = self.ssa(cm(a="2", b="1"))
        self.assertIn("configmap/cfg serverside-applied", out.stdout)
        self.assertNotIn("Warning", out.stderr)
        obj = self.get("cm", "cfg")
        self.assertEqual(obj["data"], {"a": "2", "b": "1"})
        self.assertEqual(self.managers(obj), [("kubectl", "Apply"), ("kubectl-last-applied", "Apply")])
        last = json.loads(obj["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"])
        self.assertEqual(last["data"], {"a": "2", "b": "1"})
        # Now a key dropped from the manifest goes, as with any server-side apply.
        self.ssa(cm(a="2"))
        self.assertEqual(self.get("cm", "cfg")["data"], {"a": "2"})

    def test_python_dynamic_client_server_side_apply(self):
        # python3-kubernetes 22.6's REST layer only serializes JSON content types, so an apply
        # body goes as JSON text, with the name and namespace given beside it.
        import subprocess
        script = r'''
import json, sys
from kubernetes import config, dynamic
from kubernetes.dynamic.exceptions import ConflictError
api = config.new_client_from_config(config_file=sys.argv[1])
dyn = dynamic.DynamicClient(api)
cms = dyn.resources.get(api_version="v1", kind="ConfigMap")
body = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "py", "namespace": "default"}, "data": {"a": "1"}}
def ssa(manager, **kw):
    return cms.server_side_apply(body=json.dumps(body), name="py", namespace="default", field_manager=manager, **kw)
out = {}
r = ssa("py")
out["created"] = r.data.a
out["managers"] = [e["manager"] + "/" + e["operation"] for e in r.to_dict()["metadata"]["managedFields"]]
body["data"]["a"] = "2"
try:
    ssa("other")
    out["conflict"] = None
except ConflictError as e:
    out["conflict"] = json.loads(e.body)["message"]
r = ssa("other", force_conflicts=True)
out["forced"] = r.data.a
third = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "py"}, "data": {"b": "3"}}
r = cms.patch(body=json.dumps(third), name="py", namespace="default",
              content_type="application/apply-patch+yaml", field_manager="third")
out["patched"] = r.to_dict()["data"]
print(json.dumps(out))
'''
        python = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
        proc = subprocess.run([python, "-c", script, self.server.kubeconfig], capture_output=True, text=True, timeout=60)
        if proc.returncode != 0 and "No module named 'kubernetes'" in proc.stderr:
            self.skipTest("python3-kubernetes is not installed")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        out = json.loads(proc.stdout)
        self.assertEqual(out["created"], "1")
        self.assertEqual(out["managers"], ["py/Apply"])
        self.assertEqual(out["conflict"], 'Apply failed with 1 conflict: conflict with "py": .data.a')
        self.assertEqual(out["forced"], "2")
        self.assertEqual(out["patched"], {"a": "2", "b": "3"})


if __name__ == "__main__":
    sys.exit(main(__doc__))
