#!/usr/bin/env python3
"""End-to-end: deletion with the real kubectl 1.32 against windlass-apiserver.

kubectl waits for what it deletes (GET, then a list+watch until DELETED), so each of these
only returns because the server finishes the deletion: finalizers removed by the test,
`--cascade=foreground` with the garbage collector deleting the owned ReplicaSet first,
`--cascade=background` and `orphan`, namespace termination, and a pod's grace period.

usage: apiserver_deletion_test.py --apiserver PATH/TO/windlass-apiserver
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_base import ServerTestCase, main  # noqa: E402


def replicaset(name, owner_uid, finalizers=()):
    return json.dumps({
        "apiVersion": "apps/v1", "kind": "ReplicaSet",
        "metadata": {"name": name, "labels": {"app": "web"}, "finalizers": list(finalizers),
                     "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": "web",
                                          "uid": owner_uid, "controller": True, "blockOwnerDeletion": True}]},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "web"}},
                 "template": {"metadata": {"labels": {"app": "web"}},
                              "spec": {"containers": [{"name": "web", "image": "nginx:1.27"}]}}}})


class DeletionTest(ServerTestCase):
    def deleting(self, *args):
        obj = self.k("get", *args, "-o", "json", check=False)
        return obj.returncode == 0 and "deletionTimestamp" in json.loads(obj.stdout)["metadata"]

    def deleted_rv(self, path, since):
        """The resourceVersion of the DELETED event in a watch replayed from `since`."""
        out = self.k("get", "--raw", "%s?watch=1&resourceVersion=%s&timeoutSeconds=1" % (path, since)).stdout
        for line in out.splitlines():
            event = json.loads(line)
            if event["type"] == "DELETED":
                return int(event["object"]["metadata"]["resourceVersion"])
        self.fail("no DELETED event for %s" % path)

    def test_delete_waits_for_the_last_finalizer(self):
        self.k("create", "configmap", "fin", "--from-literal=a=1")
        self.k("patch", "configmap", "fin", "--type", "merge", "-p", '{"metadata":{"finalizers":["example.com/hold"]}}')
        proc = self.background("delete", "configmap", "fin", "--timeout=60s")
        self.wait_for(lambda: self.deleting("configmap", "fin"), "the deletionTimestamp")
        self.assertIsNone(proc.poll(), "kubectl delete returned while a finalizer was still there")
        self.k("patch", "configmap", "fin", "--type", "merge", "-p", '{"metadata":{"finalizers":null}}')
        out, err = proc.communicate(timeout=60)
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn('configmap "fin" deleted', out)
        self.assertIn("NotFound", self.k("get", "configmap", "fin", check=False).stderr)

    def test_cascade_foreground_deletes_the_replicaset_first(self):
        self.k("create", "deployment", "web", "--image=nginx:1.27")
        uid = self.get_json("deployment", "web")["metadata"]["uid"]
        self.k("create", "--validate=false", "-f", "-", input=replicaset("web-1", uid, ["example.com/hold"]))
        start = self.get_json("deployment", "web")["metadata"]["resourceVersion"]

        proc = self.background("delete", "deployment", "web", "--cascade=foreground", "--timeout=60s")
        self.wait_for(lambda: self.deleting("replicaset", "web-1"), "the replicaset to be deleted")
        deployment = self.get_json("deployment", "web")
        self.assertEqual(deployment["metadata"]["finalizers"], ["foregroundDeletion"])
        self.assertIsNone(proc.poll(), "the deployment went before its blocking replicaset")

        self.k("patch", "replicaset", "web-1", "--type", "json",
               "-p", '[{"op":"remove","path":"/metadata/finalizers/0"}]')
        out, err = proc.communicate(timeout=60)
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn('deployment.apps "web" deleted', out)
        rs_gone = self.deleted_rv("/apis/apps/v1/namespaces/default/replicasets", start)
        deployment_gone = self.deleted_rv("/apis/apps/v1/namespaces/default/deployments", start)
        self.assertLess(rs_gone, deployment_gone)

    def test_cascade_background_and_orphan(self):
        self.k("create", "deployment", "web", "--image=nginx:1.27")
        uid = self.get_json("deployment", "web")["metadata"]["uid"]
        self.k("create", "--validate=false", "-f", "-", input=replicaset("web-1", uid))
        self.k("delete", "deployment", "web", "--cascade=orphan")
        rs = self.get_json("replicaset", "web-1")
        self.assertNotIn("ownerReferences", rs["metadata"])

        self.k("create", "deployment", "web", "--image=nginx:1.27")
        uid = self.get_json("deployment", "web")["metadata"]["uid"]
        self.k("create", "--validate=false", "-f", "-", input=replicaset("web-2", uid))
        self.k("delete", "deployment", "web")  # background, kubectl's default
        self.k("wait", "--for=delete", "replicaset/web-2", "--timeout=30s")
        self.assertEqual(self.get_json("replicaset", "web-1")["metadata"]["name"], "web-1")

    def test_delete_namespace_removes_everything_in_it(self):
        self.k("create", "namespace", "team")
        self.k("create", "configmap", "c", "-n", "team", "--from-literal=a=1")
        self.k("create", "secret", "generic", "s", "-n", "team", "--from-literal=p=q")
        self.k("create", "deployment", "web", "-n", "team", "--image=nginx:1.27")
        self.k("create", "configmap", "held", "-n", "team")
        self.k("patch", "configmap", "held", "-n", "team", "--type", "merge",
               "-p", '{"metadata":{"finalizers":["example.com/hold"]}}')

        proc = self.background("delete", "namespace", "team", "--timeout=60s")
        self.wait_for(lambda: self.get_json("namespace", "team")["status"]["phase"] == "Terminating", "Terminating")
        self.wait_for(lambda: self.deleting("configmap", "held", "-n", "team"), "the held configmap")
        late = self.k("create", "configmap", "late", "-n", "team", check=False)
        self.assertIn("unable to create new content in namespace team because it is being terminated", late.stderr)
        self.assertIsNone(proc.poll())
        self.k("patch", "configmap", "held", "-n", "team", "--type", "merge", "-p", '{"metadata":{"finalizers":null}}')
        out, err = proc.communicate(timeout=60)
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn('namespace "team" deleted', out)
        for kind in ("configmaps", "secrets", "deployments"):
            self.assertEqual(self.k("get", kind, "-n", "team", "-o", "name").stdout, "")

    def test_a_scheduled_pod_goes_after_its_grace_period(self):
        pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"},
               "spec": {"nodeName": "node-1", "terminationGracePeriodSeconds": 1,
                        "containers": [{"name": "c", "image": "busybox"}]}}
        self.k("create", "--validate=false", "-f", "-", input=json.dumps(pod))
        started = time.monotonic()
        out = self.k("delete", "pod", "p", "--timeout=30s").stdout
        self.assertIn('pod "p" deleted', out)
        self.assertGreaterEqual(time.monotonic() - started, 0.5)  # it did wait for the grace period
        self.k("create", "--validate=false", "-f", "-", input=json.dumps(pod))
        self.assertIn('pod "p" force deleted', self.k("delete", "pod", "p", "--force", "--grace-period=0").stdout)


if __name__ == "__main__":
    sys.exit(main(__doc__))
