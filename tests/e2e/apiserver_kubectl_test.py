#!/usr/bin/env python3
"""End-to-end: the real kubectl 1.32 against windlass-apiserver.

Each test starts its own server (own data dir, own port, own HOME for kubectl's discovery
cache) and asserts on what kubectl prints: get, get -o yaml, get -w, create -f, apply
--validate=false (create then update; default validation is in apiserver_openapi_test.py),
label, annotate, delete, api-resources, and the typed `create` commands that send protobuf
bodies.

usage: apiserver_kubectl_test.py --apiserver PATH/TO/windlass-apiserver
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
  name: settings
  labels: {app: demo}
data:
  mode: fast
"""

CM2 = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  labels: {app: demo}
data:
  mode: slow
  extra: "1"
"""


CRD = """\
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: {kind: Widget, plural: widgets, singular: widget, shortNames: [wd]}
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    subresources: {status: {}}
    additionalPrinterColumns:
    - {name: Size, type: integer, jsonPath: .spec.size}
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: [size]
            properties:
              size: {type: integer, minimum: 1}
              color: {type: string, default: blue, enum: [red, blue]}
          status:
            type: object
            properties:
              ready: {type: boolean}
"""

CR = """\
apiVersion: example.com/v1
kind: Widget
metadata: {name: w1}
spec: {size: 3, extra: dropped}
"""


class KubectlTest(ServerTestCase):
    def test_get_namespaces_over_https_with_the_generated_kubeconfig(self):
        out = self.k("get", "namespaces").stdout
        for ns in ("default", "kube-system", "kube-public", "kube-node-lease"):
            self.assertRegex(out, r"(?m)^%s\s" % ns)
        self.assertRegex(out, r"^NAME\s+STATUS\s+AGE\n")
        version = self.kubectl_json("version")
        self.assertEqual(version["serverVersion"]["minor"], "32")

    def test_create_get_yaml_label_annotate_delete(self):
        self.k("create", "-f", "-", input=CM)
        y = self.k("get", "configmap", "settings", "-o", "yaml").stdout
        self.assertIn("mode: fast", y)
        self.assertIn("namespace: default", y)
        self.assertRegex(y, r"resourceVersion: \"\d+\"")
        again = self.k("create", "-f", "-", input=CM, check=False)
        self.assertNotEqual(again.returncode, 0)
        self.assertIn('Error from server (AlreadyExists): error when creating "STDIN": configmaps "settings" already exists',
                      again.stderr)
        self.k("label", "configmap", "settings", "tier=gold")
        self.k("annotate", "configmap", "settings", "note=hello")
        obj = self.get_json("cm", "settings")
        self.assertEqual(obj["metadata"]["labels"], {"app": "demo", "tier": "gold"})
        self.assertEqual(obj["metadata"]["annotations"]["note"], "hello")
        selected = self.k("get", "cm", "-l", "tier=gold", "-o", "name").stdout.split()
        self.assertEqual(selected, ["configmap/settings"])
        self.assertIn('configmap "settings" deleted', self.k("delete", "configmap", "settings").stdout)
        gone = self.k("get", "configmap", "settings", check=False)
        self.assertIn('Error from server (NotFound): configmaps "settings" not found', gone.stderr)

    def test_get_prints_the_columns_of_a_real_cluster(self):
        self.k("create", "configmap", "c1", "--from-literal=a=1", "--from-literal=b=2")
        self.k("create", "deployment", "web", "--image=nginx:1.27", "--replicas=2")
        self.assertRegex(self.k("get", "cm", "c1").stdout, r"^NAME\s+DATA\s+AGE\nc1\s+2\s+\d+s\n$")
        wide = self.k("get", "deploy", "-o", "wide").stdout
        self.assertRegex(wide, r"^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\s+CONTAINERS\s+IMAGES\s+SELECTOR\n")
        self.assertRegex(wide, r"\nweb\s+0/2\s+0\s+0\s+\d+s\s+nginx\s+nginx:1.27\s+app=web\n")
        self.assertRegex(self.k("get", "cm", "c1", "--show-labels").stdout, r"LABELS\nc1\s+2\s+\d+s\s+<none>\n")

    def test_apply_without_validation_creates_then_updates(self):
        out = self.k("apply", "--validate=false", "-f", "-", input=CM).stdout
        self.assertIn("configmap/settings created", out)
        out = self.k("apply", "--validate=false", "-f", "-", input=CM2).stdout
        self.assertIn("configmap/settings configured", out)
        data = self.get_json("cm", "settings")["data"]
        self.assertEqual(data, {"mode": "slow", "extra": "1"})
        out = self.k("apply", "--validate=false", "-f", "-", input=CM2).stdout
        self.assertIn("configmap/settings unchanged", out)

    def test_typed_create_commands_send_protobuf_and_work(self):
        self.k("create", "namespace", "team-a")
        self.k("create", "configmap", "c1", "-n", "team-a", "--from-literal=a=1")
        self.k("create", "secret", "generic", "s1", "-n", "team-a", "--from-literal=pw=x")
        self.k("create", "serviceaccount", "robot", "-n", "team-a")
        self.k("create", "role", "reader", "-n", "team-a", "--verb=get", "--resource=pods")
        names = self.k("get", "cm,secret,sa,role", "-n", "team-a", "-o", "name").stdout.split()
        for n in ("configmap/c1", "secret/s1", "serviceaccount/robot", "role.rbac.authorization.k8s.io/reader"):
            self.assertIn(n, names)
        secret = self.get_json("secret", "s1", "-n", "team-a")
        self.assertEqual(secret["data"], {"pw": "eA=="})
        # The rest of spec D3's typed creates, each a protobuf body.
        for args in (["deployment", "web", "--image=nginx:1.27", "--replicas=2"],
                     ["job", "once", "--image=busybox", "--", "true"],
                     ["cronjob", "nightly", "--image=busybox", "--schedule=0 3 * * *"],
                     ["rolebinding", "read", "--role=reader", "--user=alice"],
                     ["clusterrole", "watcher", "--verb=watch", "--resource=configmaps"],
                     ["clusterrolebinding", "watch", "--clusterrole=watcher", "--group=team"],
                     ["quota", "small", "--hard=pods=4"],
                     ["poddisruptionbudget", "web", "--selector=app=web", "--min-available=1"],
                     ["ingress", "web", "--rule=web.example.com/*=web:80"],
                     ["service", "clusterip", "web", "--tcp=80:8080"]):
            out = self.k("create", "-n", "team-a", *args).stdout
            self.assertIn(" created", out, args)
        self.k("create", "priorityclass", "urgent", "--value=1000")
        kinds = self.k("get", "deploy,job,cronjob,rolebinding,quota,pdb,ingress,svc", "-n", "team-a", "-o", "name").stdout
        for n in ("deployment.apps/web", "job.batch/once", "cronjob.batch/nightly", "service/web",
                  "rolebinding.rbac.authorization.k8s.io/read", "resourcequota/small",
                  "poddisruptionbudget.policy/web", "ingress.networking.k8s.io/web"):
            self.assertIn(n, kinds)
        svc = self.get_json("svc", "web", "-n", "team-a")
        self.assertEqual(svc["spec"]["ports"][0]["targetPort"], 8080)

    def test_create_token_for_the_default_service_account(self):
        # Every namespace gets a `default` ServiceAccount; its token is a signed JWT that a
        # TokenReview accepts.
        self.k("create", "namespace", "team-t")
        self.wait_for(lambda: self.k("get", "sa", "default", "-n", "team-t", check=False).returncode == 0,
                      "the default service account", timeout=20)
        token = self.k("create", "token", "default", "-n", "team-t", "--duration=20m").stdout.strip()
        self.assertEqual(token.count("."), 2)
        review = {"apiVersion": "authentication.k8s.io/v1", "kind": "TokenReview", "spec": {"token": token}}
        # Default validation: a create-only kind has no PATCH operation in OpenAPI v3, so kubectl
        # validates it client-side against /openapi/v2.
        out = self.kubectl_json("create", "-f", "-", input=json.dumps(review))
        self.assertTrue(out["status"]["authenticated"])
        self.assertEqual(out["status"]["user"]["username"], "system:serviceaccount:team-t:default")
        missing = self.k("create", "token", "nobody", check=False)
        self.assertIn('serviceaccounts "nobody" not found', missing.stderr)

    def test_get_watch_sees_a_change(self):
        self.k("create", "configmap", "w1", "--from-literal=a=1")
        proc = self.background("get", "configmaps", "-w", "-o", "name")
        try:
            first = proc.stdout.readline()
            self.assertEqual(first.strip(), "configmap/w1")
            self.k("create", "configmap", "w2", "--from-literal=a=1")
            self.assertEqual(proc.stdout.readline().strip(), "configmap/w2")
        finally:
            proc.kill()
            proc.wait()

    def test_api_resources_lists_the_built_in_kinds(self):
        out = self.k("api-resources").stdout
        self.assertRegex(out, r"(?m)^configmaps\s+cm\s+v1\s+true\s+ConfigMap")
        self.assertRegex(out, r"(?m)^namespaces\s+ns\s+v1\s+false\s+Namespace")
        self.assertRegex(out, r"(?m)^clusterroles\s+rbac.authorization.k8s.io/v1\s+false\s+ClusterRole")
        self.assertRegex(out, r"(?m)^leases\s+coordination.k8s.io/v1\s+true\s+Lease")

    def test_crd_then_its_custom_resources(self):
        self.assertIn("created", self.k("apply", "-f", "-", input=CRD).stdout)
        self.k("wait", "--for=condition=established", "crd/widgets.example.com", "--timeout=30s")
        # CR carries spec.extra: without --validate=false kubectl asks for strict validation, and
        # the server would refuse the unknown field instead of pruning it.
        self.assertIn("widget.example.com/w1 created", self.k("apply", "--validate=false", "-f", "-", input=CR).stdout)
        w = self.get_json("wd", "w1")
        self.assertEqual(w["spec"], {"size": 3, "color": "blue"})  # pruned and defaulted
        self.assertEqual(w["metadata"]["generation"], 1)
        self.assertRegex(self.k("get", "widgets").stdout, r"^NAME\s+SIZE\nw1\s+3\n$")
        updated = CR.replace("size: 3", "size: 5")
        self.assertIn("widget.example.com/w1 configured",
                      self.k("apply", "--validate=false", "-f", "-", input=updated).stdout)
        w = self.get_json("widget", "w1")
        self.assertEqual((w["spec"]["size"], w["metadata"]["generation"]), (5, 2))
        bad = self.k("apply", "--validate=false", "-f", "-", input=CR.replace("size: 3", "size: 0"), check=False)
        self.assertIn("spec.size: Invalid value: 0: spec.size in body should be greater than or equal to 1", bad.stderr)
        self.assertRegex(self.k("api-resources", "--api-group=example.com").stdout,
                         r"(?m)^widgets\s+wd\s+example.com/v1\s+true\s+Widget")
        self.k("delete", "crd", "widgets.example.com")
        gone = self.k("get", "widgets", check=False)
        self.assertNotEqual(gone.returncode, 0)

    def test_auth_can_i_and_whoami(self):
        self.assertEqual(self.k("auth", "can-i", "list", "pods").stdout.strip(), "yes")
        who = self.k("auth", "whoami").stdout
        self.assertIn("windlass-admin", who)
        self.assertIn("system:masters", who)

    def test_bad_input_gives_kubernetes_errors(self):
        bad = self.k("create", "configmap", "Bad_Name", check=False)
        self.assertIn('ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain',
                      bad.stderr)
        sel = self.k("get", "cm", "-l", "a in", check=False)
        self.assertNotEqual(sel.returncode, 0)

    def test_restart_keeps_objects(self):
        self.k("create", "configmap", "durable", "--from-literal=a=1")
        self.server.stop()
        self.server.start()
        out = self.k("get", "configmap", "durable", "-o", "jsonpath={.data.a}").stdout
        self.assertEqual(out, "1")


if __name__ == "__main__":
    sys.exit(main(__doc__))
