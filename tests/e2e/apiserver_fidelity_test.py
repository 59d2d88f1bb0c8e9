#!/usr/bin/env python3
"""End-to-end: the kubectl 1.32 commands of issue 5's acceptance list that are not covered by
the other e2e files — get with tables for many kinds at once and its output options, watch
with a table, scale, wait, every patch type including the status subresource — and the
python client's typed strategic patches, each against a fresh windlass-apiserver.

usage: apiserver_fidelity_test.py --apiserver PATH/TO/windlass-apiserver
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_base import ServerTestCase, main  # noqa: E402

CRD = """\
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: gadgets.example.com}
spec:
  group: example.com
  names: {kind: Gadget, plural: gadgets, singular: gadget}
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    subresources: {status: {}}
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec: {type: object, properties: {size: {type: integer}}}
          status:
            type: object
            properties:
              conditions:
                type: array
                items:
                  type: object
                  properties: {type: {type: string}, status: {type: string}}
"""

POD = {"apiVersion": "v1", "kind": "Pod",
       "metadata": {"name": "web-0", "labels": {"app": "web", "tier": "front"}},
       "spec": {"containers": [{"name": "c", "image": "nginx:1.27"}]}}

NODE = {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "node-1", "labels": {"kubernetes.io/hostname": "node-1"}},
        "status": {"conditions": [{"type": "Ready", "status": "True"}],
                   "nodeInfo": {"kubeletVersion": "v1.32.5", "osImage": "Debian GNU/Linux 12",
                                "kernelVersion": "6.1.0", "containerRuntimeVersion": "windlass://0.1"}}}


class FidelityTest(ServerTestCase):
    def test_get_many_kinds_prints_each_table(self):
        self.k("create", "-f", "-", input=json.dumps(POD))
        self.k("create", "-f", "-", input=json.dumps(NODE))
        self.k("create", "deployment", "web", "--image=nginx:1.27")
        self.k("create", "service", "clusterip", "web", "--tcp=80:8080")
        self.k("create", "configmap", "c1", "--from-literal=a=1")
        self.k("create", "secret", "generic", "s1", "--from-literal=a=1")
        self.k("apply", "-f", "-", input=CRD)
        out = self.k("get", "pods,deployments,svc,cm,secrets,nodes,crd").stdout
        for header in (r"NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\npod/web-0\s+0/1\s+Pending\s+0\s+\d+s",
                       r"NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\ndeployment.apps/web\s+0/1\s+0\s+0\s+\d+s",
                       # the kubernetes Service the server keeps in default comes first, as on a real cluster
                       r"NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE\nservice/kubernetes\s+ClusterIP\s+10\.96\.0\.1\s+<none>\s+443/TCP\s+\d+s\n"
                       r"service/web\s+ClusterIP\s+10\.(9[6-9]|10\d|11[01])\.\d+\.\d+\s+<none>\s+80/TCP\s+\d+s",
                       r"NAME\s+DATA\s+AGE\nconfigmap/c1\s+1\s+\d+s",
                       r"NAME\s+TYPE\s+DATA\s+AGE\nsecret/s1\s+Opaque\s+1\s+\d+s",
                       r"NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\nnode/node-1\s+Ready\s+<none>\s+\d+s\s+v1.32.5",
                       r"NAME\s+CREATED AT\ncustomresourcedefinition.apiextensions.k8s.io/gadgets.example.com\s+\d{4}-\d\d-\d\dT"):
            self.assertRegex(out, header)

    def test_get_output_options(self):
        for name, tier in (("web-0", "front"), ("api-0", "back")):
            pod = json.loads(json.dumps(POD))
            pod["metadata"]["name"] = name
            pod["metadata"]["labels"]["tier"] = tier
            self.k("create", "-f", "-", input=json.dumps(pod))
        wide = self.k("get", "pods", "-o", "wide").stdout
        self.assertRegex(wide, r"^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES\n")
        labels = self.k("get", "pods", "--show-labels").stdout
        self.assertRegex(labels, r"web-0\s+0/1\s+Pending\s+0\s+\d+s\s+app=web,tier=front\n")
        columns = self.k("get", "pods", "-L", "tier").stdout
        self.assertRegex(columns, r"^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+TIER\n")
        self.assertRegex(columns, r"api-0\s+0/1\s+Pending\s+0\s+\d+s\s+back\n")
        by_tier = self.k("get", "pods", "--sort-by=.metadata.labels.tier", "-o", "name").stdout.split()
        self.assertEqual(by_tier, ["pod/api-0", "pod/web-0"])
        custom = self.k("get", "pods", "-o", "custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image",
                        "--sort-by=.metadata.name").stdout
        self.assertEqual(custom.split("\n")[1:3], ["api-0   nginx:1.27", "web-0   nginx:1.27"])

    def test_watch_prints_table_rows(self):
        self.k("create", "configmap", "w1", "--from-literal=a=1")
        proc = self.background("get", "configmaps", "-w")
        try:
            self.assertRegex(proc.stdout.readline(), r"^NAME\s+DATA\s+AGE$")
            self.assertRegex(proc.stdout.readline(), r"^w1\s+1\s+\d+s$")
            self.k("create", "configmap", "w2", "--from-literal=a=1", "--from-literal=b=2")
            self.assertRegex(proc.stdout.readline(), r"^w2\s+2\s+\d+s$")  # no second header
        finally:
            proc.kill()
            proc.wait()

    def test_scale_and_wait(self):
        self.k("create", "deployment", "web", "--image=nginx:1.27")
        self.assertIn("deployment.apps/web scaled", self.k("scale", "deployment", "web", "--replicas=3").stdout)
        self.assertEqual(self.get_json("deployment", "web")["spec"]["replicas"], 3)
        # Conditional scaling refuses a stale current size.
        stale = self.k("scale", "deployment", "web", "--current-replicas=1", "--replicas=5", check=False)
        self.assertNotEqual(stale.returncode, 0)
        self.assertIn("Expected replicas to be 1, was 3", stale.stderr)

        self.k("apply", "-f", "-", input=CRD)
        self.k("wait", "--for=condition=Established", "crd/gadgets.example.com", "--timeout=30s")
        self.k("apply", "-f", "-", input="apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g1}\nspec: {size: 1}\n")
        waiter = self.background("wait", "--for=condition=Ready", "gadget/g1", "--timeout=30s")
        self.k("patch", "gadget", "g1", "--subresource=status", "--type=merge",
               "-p", '{"status":{"conditions":[{"type":"Ready","status":"True"}]}}')
        out, err = waiter.communicate(timeout=30)
        self.assertEqual(waiter.returncode, 0, err)
        self.assertIn("gadget.example.com/g1 condition met", out)
        self.k("wait", "--for=jsonpath={.spec.size}=1", "gadget/g1", "--timeout=10s")

    def test_patch_types_and_the_status_subresource(self):
        self.k("create", "-f", "-", input=json.dumps(POD))
        self.k("patch", "pod", "web-0", "--type", "merge", "-p", '{"metadata":{"labels":{"x":"y"}}}')
        self.k("patch", "pod", "web-0", "--type", "json", "-p", '[{"op":"add","path":"/metadata/labels/z","value":"w"}]')
        self.k("patch", "pod", "web-0", "-p", '{"spec":{"containers":[{"name":"c","image":"nginx:1.28"}]}}')  # strategic
        self.k("patch", "pod", "web-0", "--subresource=status", "--type", "merge", "-p", '{"status":{"phase":"Running"}}')
        pod = self.get_json("pod", "web-0")
        self.assertEqual(pod["metadata"]["labels"], {"app": "web", "tier": "front", "x": "y", "z": "w"})
        self.assertEqual([(c["name"], c["image"]) for c in pod["spec"]["containers"]], [("c", "nginx:1.28")])
        self.assertEqual(pod["status"]["phase"], "Running")
        # A status patch through the main resource is ignored, as upstream.
        self.k("patch", "pod", "web-0", "--type", "merge", "-p", '{"status":{"phase":"Failed"}}')
        self.assertEqual(self.get_json("pod", "web-0")["status"]["phase"], "Running")
        bad = self.k("patch", "pod", "web-0", "-p", '{"spec":{"containers":[{"image":"no-name"}]}}', check=False)
        self.assertNotEqual(bad.returncode, 0)
        self.assertIn("does not contain declared merge key: name", bad.stderr)
        bad = self.k("patch", "pod", "web-0", "-p", '{"spec":{"$patch":"explode"}}', check=False)
        self.assertIn("Unknown patch type: explode", bad.stderr)

    def test_python_typed_strategic_patch(self):
        script = r"""
import sys
from kubernetes import client, config
config.load_kube_config()
core = client.CoreV1Api()
apps = client.AppsV1Api()
core.create_namespaced_pod("default", {"metadata": {"name": "p"}, "spec": {"containers": [
    {"name": "a", "image": "x:1", "env": [{"name": "A", "value": "1"}]}, {"name": "b", "image": "y:1"}]}})
# A dict body is sent as a strategic merge patch: containers merge by name.
core.patch_namespaced_pod("p", "default", {"spec": {"containers": [{"name": "b", "image": "y:2"}]}})
pod = core.read_namespaced_pod("p", "default")
assert [(c.name, c.image) for c in pod.spec.containers] == [("a", "x:1"), ("b", "y:2")], pod.spec.containers
# A list body is a JSON patch.
core.patch_namespaced_pod("p", "default", [{"op": "replace", "path": "/spec/containers/0/image", "value": "x:2"}])
assert core.read_namespaced_pod("p", "default").spec.containers[0].image == "x:2"
apps.create_namespaced_deployment("default", {"metadata": {"name": "d"}, "spec": {
    "selector": {"matchLabels": {"app": "d"}}, "template": {"metadata": {"labels": {"app": "d"}},
    "spec": {"containers": [{"name": "c", "image": "x:1"}]}}}})
apps.patch_namespaced_deployment_scale("d", "default", {"spec": {"replicas": 4}})
assert apps.read_namespaced_deployment("d", "default").spec.replicas == 4
print("ok")
"""
        env = self.server.env()
        r = subprocess.run(["/usr/bin/python3", "-c", script], capture_output=True, text=True, env=env, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "ok")


if __name__ == "__main__":
    sys.exit(main(__doc__))
