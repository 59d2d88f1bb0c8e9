#!/usr/bin/env python3
"""End-to-end: kubectl 1.32 using windlass-apiserver's /openapi/v3 and /openapi/v2 (spec/apiserver.md §3).

With OpenAPI served, kubectl's default `--validate=strict` works: apply and create learn from
the PATCH `fieldValidation` parameter that the server validates, and send fieldValidation=Strict;
client-side apply computes strategic merge patches from our schemas' patch metadata; and
`kubectl explain` reads types and descriptions, for built-in kinds and for CRDs. Kinds whose v3
document has no such PATCH (create-only kinds: TokenReview, SelfSubjectAccessReview) are
validated by kubectl itself against /openapi/v2, downloaded as gnostic protobuf, which also
serves `kubectl explain --output=plaintext-openapiv2`.

Each test starts its own server with its own HOME (kubectl caches discovery and OpenAPI there).

usage: apiserver_openapi_test.py --apiserver PATH/TO/windlass-apiserver
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_base import ServerTestCase, main  # noqa: E402

CM = """\
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
data: {mode: fast}
"""

DEPLOY = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: main
        image: nginx:1.26
        env:
        - {name: KEEP, value: "1"}
        - {name: DROP, value: "2"}
"""

# The edit: a new container listed first, main's image changed, DROP removed.
DEPLOY2 = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: sidecar
        image: busybox:1.36
      - name: main
        image: nginx:1.27
        env:
        - {name: KEEP, value: "1"}
"""

CRD = """\
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: gears.example.com}
spec:
  group: example.com
  names: {kind: Gear, plural: gears, singular: gear}
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        description: A gear turned by the end-to-end tests.
        properties:
          spec:
            type: object
            description: How the gear is cut.
            required: [teeth]
            properties:
              teeth: {type: integer, minimum: 3, description: The number of teeth around the rim.}
              metal: {type: string, enum: [steel, brass], description: What the gear is cast from.}
"""


def fetched(log, path):
    """Whether kubectl's -v=6 (or more) log shows a GET of this path (query ignored)."""
    return re.search(r"GET https://[^/\s]+%s(\?\S*)?\s" % re.escape(path), log) is not None


class OpenApiTest(ServerTestCase):
    def test_apply_configmap_with_default_validation(self):
        r = self.k("apply", "-f", "-", "-v=6", input=CM)
        self.assertIn("configmap/settings created", r.stdout)
        self.assertTrue(fetched(r.stderr, "/openapi/v3/api/v1"), r.stderr)
        self.assertIn("fieldValidation=Strict", r.stderr)
        self.assertIn("configmap/settings configured",
                      self.k("apply", "-f", "-", input=CM.replace("fast", "slow")).stdout)
        self.assertEqual(self.get_json("cm", "settings")["data"], {"mode": "slow"})
        self.assertIn("configmap/settings unchanged",
                      self.k("apply", "-f", "-", input=CM.replace("fast", "slow")).stdout)

    def test_apply_deployment_sends_a_strategic_merge_patch_built_from_our_schemas(self):
        self.assertIn("deployment.apps/web created", self.k("apply", "-f", "-", input=DEPLOY).stdout)
        r = self.k("apply", "-f", "-", "-v=8", input=DEPLOY2)
        self.assertIn("deployment.apps/web configured", r.stdout)
        # The patch came from the v3 document: no fallback to v2 or to kubectl's compiled-in types.
        self.assertTrue(fetched(r.stderr, "/openapi/v3/apis/apps/v1"), r.stderr)
        self.assertNotIn("error calculating patch from openapi v3", r.stderr)
        self.assertNotIn("/openapi/v2", r.stderr)
        self.assertIn("Content-Type: application/strategic-merge-patch+json", r.stderr)
        body = r.stderr.replace('\\"', '"')  # -v=8 prints the body as a quoted Go string
        self.assertIn('"$setElementOrder/containers":[{"name":"sidecar"},{"name":"main"}]', body)
        self.assertIn('"env":[{"$patch":"delete","name":"DROP"}]', body)

        spec = self.get_json("deploy", "web")["spec"]["template"]["spec"]
        containers = spec["containers"]
        self.assertEqual([c["name"] for c in containers], ["sidecar", "main"])  # the file's order
        self.assertEqual(containers[0]["image"], "busybox:1.36")
        self.assertEqual(containers[1]["image"], "nginx:1.27")
        self.assertEqual(containers[1]["env"], [{"name": "KEEP", "value": "1"}])  # DROP is gone

    def test_create_with_default_validation(self):
        r = self.k("create", "-f", "-", "-v=6", input=CM)
        self.assertIn("configmap/settings created", r.stdout)
        self.assertRegex(r.stderr, r"POST https://\S+/api/v1/namespaces/default/configmaps\?\S*fieldValidation=Strict")

    def test_unknown_field_is_rejected_by_the_servers_strict_validation(self):
        bad = CM + "bogus: 1\n"
        r = self.k("create", "-f", "-", input=bad, check=False)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('Error from server (BadRequest): error when creating "STDIN": ', r.stderr)
        self.assertIn('ConfigMap in version "v1" cannot be handled as a ConfigMap: '
                      'strict decoding error: unknown field "bogus"', r.stderr)
        r = self.k("apply", "-f", "-", input=DEPLOY.replace("replicas: 1", "replicas: 1\n  replicaz: 2"), check=False)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('strict decoding error: unknown field "spec.replicaz"', r.stderr)
        # Nothing was stored.
        self.assertNotEqual(self.k("get", "cm", "settings", check=False).returncode, 0)
        self.assertNotEqual(self.k("get", "deploy", "web", check=False).returncode, 0)

    def test_explain_a_nested_field(self):
        out = self.k("explain", "deployment.spec.template.spec.containers").stdout
        self.assertRegex(out, r"^GROUP:\s+apps\nKIND:\s+Deployment\nVERSION:\s+v1\n")
        self.assertIn("FIELD: containers <[]Container>", out)
        self.assertRegex(out, r"\n  name\t<string> -required-\n")
        self.assertRegex(out, r"\n  image\t<string>\n")
        self.assertRegex(out, r"\n  env\t<\[\]EnvVar>\n")
        self.assertRegex(out, r"\n  resources\t<ResourceRequirements>\n")

    def test_explain_pods_recursive(self):
        out = self.k("explain", "pods", "--recursive").stdout
        self.assertRegex(out, r"^KIND:\s+Pod\nVERSION:\s+v1\n")
        for line in ("  metadata\t<ObjectMeta>", "    creationTimestamp\t<string>",
                     "  spec\t<PodSpec>", "    containers\t<[]Container> -required-",
                     "      image\t<string>", "  status\t<PodStatus>"):
            self.assertIn("\n" + line + "\n", out)

    def test_crd_explain_prints_its_descriptions_and_apply_validates(self):
        self.assertIn("created", self.k("apply", "-f", "-", input=CRD).stdout)
        self.k("wait", "--for=condition=established", "crd/gears.example.com", "--timeout=30s")
        out = self.k("explain", "gears.spec").stdout
        self.assertRegex(out, r"^GROUP:\s+example.com\nKIND:\s+Gear\nVERSION:\s+v1\n")
        self.assertIn("FIELD: spec <Object>", out)
        self.assertIn("How the gear is cut.", out)
        self.assertRegex(out, r"\n  teeth\t<integer> -required-\n    The number of teeth around the rim.\n")
        self.assertIn("What the gear is cast from.", out)
        top = self.k("explain", "gears").stdout
        self.assertIn("A gear turned by the end-to-end tests.", top)
        self.assertRegex(top, r"\n  metadata\t<ObjectMeta>\n")

        gear = "apiVersion: example.com/v1\nkind: Gear\nmetadata: {name: g1}\nspec: {teeth: 12}\n"
        self.assertIn("gear.example.com/g1 created", self.k("apply", "-f", "-", input=gear).stdout)
        r = self.k("apply", "-f", "-", "-v=6", input=gear.replace("12", "20"))
        self.assertIn("gear.example.com/g1 configured", r.stdout)
        self.assertIn("fieldValidation=Strict", r.stderr)
        self.assertEqual(self.get_json("gear", "g1")["spec"], {"teeth": 20})
        r = self.k("apply", "-f", "-", input=gear.replace("teeth: 12", "teeth: 12, size: 3"), check=False)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('unknown field "spec.size"', r.stderr)

    def test_create_only_kinds_are_validated_against_openapi_v2(self):
        review = ("apiVersion: authentication.k8s.io/v1\nkind: TokenReview\n"
                  "spec: {token: not-a-token}\n")
        r = self.k("create", "-f", "-", "-o", "json", "-v=6", input=review)
        self.assertTrue(fetched(r.stderr, "/openapi/v2"), r.stderr[-2000:])
        self.assertFalse(json.loads(r.stdout)["status"].get("authenticated", False))
        access = ("apiVersion: authorization.k8s.io/v1\nkind: SelfSubjectAccessReview\n"
                  "spec:\n  resourceAttributes: {verb: list, resource: pods, namespace: default}\n")
        out = self.kubectl_json("create", "-f", "-", input=access)
        self.assertTrue(out["status"]["allowed"])

    def test_unknown_field_in_a_create_only_kind_is_refused_by_kubectl_itself(self):
        access = ("apiVersion: authorization.k8s.io/v1\nkind: SelfSubjectAccessReview\n"
                  "spec:\n  resourceAttributes: {verb: list, resource: pods, colour: red}\n")
        r = self.k("create", "-f", "-", "-v=6", input=access, check=False)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('error: error validating "STDIN": error validating data: '
                      'ValidationError(SelfSubjectAccessReview.spec.resourceAttributes): unknown field "colour" '
                      'in io.k8s.api.authorization.v1.ResourceAttributes; if you choose to ignore these errors, '
                      'turn validation off with --validate=false', r.stderr)
        # Refused before anything was sent.
        self.assertNotRegex(r.stderr, r"POST https://\S+/selfsubjectaccessreviews")
        # A missing required field is caught the same way.
        r = self.k("create", "-f", "-", input="apiVersion: authentication.k8s.io/v1\nkind: TokenReview\n",
                   check=False)
        self.assertIn('ValidationError(TokenReview): missing required field "spec" '
                      'in io.k8s.api.authentication.v1.TokenReview', r.stderr)

    def test_explain_plaintext_openapiv2(self):
        r = self.k("explain", "pods.spec", "--output=plaintext-openapiv2", "-v=6")
        self.assertTrue(fetched(r.stderr, "/openapi/v2"))
        out = r.stdout
        self.assertRegex(out, r"^KIND:\s+Pod\nVERSION:\s+v1\n\nRESOURCE: spec <Object>\n")
        self.assertIn("\nFIELDS:\n", out)
        self.assertRegex(out, r"\n   containers\t<\[\]Object> -required-\n")
        self.assertRegex(out, r"\n   restartPolicy\t<string>\n")
        # A CRD's schema is in the v2 document too, once it is established.
        self.assertIn("created", self.k("apply", "-f", "-", input=CRD).stdout)
        self.k("wait", "--for=condition=established", "crd/gears.example.com", "--timeout=30s")
        gear = self.k("explain", "gears.spec", "--output=plaintext-openapiv2").stdout
        self.assertIn("How the gear is cut.", gear)
        self.assertRegex(gear, r"\n   teeth\t<integer> -required-\n     The number of teeth around the rim.\n")


if __name__ == "__main__":
    sys.exit(main(__doc__))
