#!/usr/bin/env python3
"""`windlass bundle` / `windlass catalog` as CI pipelines run them: exit codes and output formats."""
import json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_base import run_checks  # noqa: E402

CSV = """apiVersion: operators.coreos.com/v1alpha1
kind: ClusterServiceVersion
metadata:
  name: demo-operator.v{v}
  annotations:
    alm-examples: '[{{"apiVersion":"demo.example.com/v1","kind":"Demo","metadata":{{"name":"d"}}}}]'
spec:
  displayName: Demo
  version: {v}
  minKubeVersion: 1.25.0
  installModes:
  - {{type: AllNamespaces, supported: true}}
  customresourcedefinitions:
    owned:
    - {{name: demos.demo.example.com, version: v1, kind: Demo, description: d}}
  install:
    strategy: deployment
    spec:
      deployments:
      - name: demo
        spec:
          selector: {{matchLabels: {{app: demo}}}}
          template:
            metadata: {{labels: {{app: demo}}}}
            spec:
              containers: [{{name: m, image: quay.io/demo/op:v{v}}}]
"""
CRD = """apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: demos.demo.example.com}
spec:
  group: demo.example.com
  names: {kind: Demo, listKind: DemoList, plural: demos, singular: demo}
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema: {openAPIV3Schema: {type: object}}
"""
DEPLOY = """apiVersion: v1
kind: Namespace
metadata: {name: demo-system}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: demo, namespace: demo-system}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: demo, namespace: demo-system}
spec:
  selector: {matchLabels: {app: demo}}
  template:
    metadata: {labels: {app: demo}}
    spec:
      serviceAccountName: demo
      containers: [{name: m, image: quay.io/demo/op:v0.3.0}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: demo-role}
rules: [{apiGroups: [demo.example.com], resources: [demos], verbs: ["*"]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: demo-rolebinding}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: demo-role}
subjects: [{kind: ServiceAccount, name: demo, namespace: demo-system}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: demo-config, namespace: demo-system}
data: {level: info}
"""
ANN = """annotations:
  operators.operatorframework.io.bundle.mediatype.v1: registry+v1
  operators.operatorframework.io.bundle.manifests.v1: manifests/
  operators.operatorframework.io.bundle.metadata.v1: metadata/
  operators.operatorframework.io.bundle.package.v1: demo-operator
  operators.operatorframework.io.bundle.channels.v1: stable
  operators.operatorframework.io.bundle.channel.default.v1: stable
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def make_bundle(root, v="0.1.0"):
    write(os.path.join(root, "manifests", "demo.clusterserviceversion.yaml"), CSV.format(v=v))
    write(os.path.join(root, "manifests", "demo.example.com_demos.yaml"), CRD)
    write(os.path.join(root, "metadata", "annotations.yaml"), ANN)


def run(args, cwd):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)


def checks(w, tmp, check):
    make_bundle(os.path.join(tmp, "good"))
    r = run([w, "bundle", "validate", "good"], tmp)
    check("valid bundle exits 0", r.returncode == 0, r.stdout + r.stderr)
    check("success line", "INFO[0000] All validation tests have completed successfully" in r.stderr, r.stderr)

    r = run([w, "bundle", "validate", "good", "-o", "json-alpha1"], tmp)
    doc = json.loads(r.stdout)
    check("json passed", doc == {"passed": True, "outputs": None}, r.stdout)

    make_bundle(os.path.join(tmp, "bad"))
    os.remove(os.path.join(tmp, "bad", "manifests", "demo.example.com_demos.yaml"))
    r = run([w, "bundle", "validate", "bad", "-o", "json-alpha1"], tmp)
    check("invalid bundle exits 1", r.returncode == 1, r.stdout + r.stderr)
    doc = json.loads(r.stdout)
    msgs = [o["message"] for o in doc["outputs"] if o["type"] == "error"]
    check("owned CRD message", 'Error: Value demo.example.com/v1, Kind=Demo: owned CRD "demo.example.com/v1, '
          'Kind=Demo" not found in bundle "demo-operator.v0.1.0"' in msgs, msgs)
    check("no success line on failure", "completed successfully" not in r.stderr, r.stderr)

    r = run([w, "bundle", "validate", "bad"], tmp)
    check("text error line", "ERRO[0000] Error: Value demo.example.com/v1, Kind=Demo: owned CRD" in r.stdout, r.stdout)

    # Warnings alone do not fail.
    make_bundle(os.path.join(tmp, "warn"))
    csv = os.path.join(tmp, "warn", "manifests", "demo.clusterserviceversion.yaml")
    write(csv, CSV.format(v="0.1.0").replace("  minKubeVersion: 1.25.0\n", ""))
    r = run([w, "bundle", "validate", "warn"], tmp)
    check("warnings exit 0", r.returncode == 0, r.stdout + r.stderr)
    check("warning line", "WARN[0000] Warning: Value : (demo-operator.v0.1.0) csv.Spec.minKubeVersion is not informed." in r.stdout, r.stdout)

    r = run([w, "bundle", "validate", "good", "--select-optional", "suite=operatorframework", "-o", "json-alpha1"], tmp)
    doc = json.loads(r.stdout)
    msgs = [o["message"] for o in doc["outputs"] or []]
    check("operatorhubv2 runs", "Error: Value : (demo-operator.v0.1.0) csv.Spec.Provider.Name not specified" in msgs, msgs)
    check("good-practices runs", any("unable to find the resource requests for the container: (m)" in m for m in msgs), msgs)

    r = run([w, "bundle", "validate", "good", "--select-optional", "name=nope"], tmp)
    check("unknown selector fails early", r.returncode == 1 and
          'selector "name=nope" does not match any validator labels' in r.stderr, r.stderr)

    r = run([w, "bundle", "validate", "--list-optional"], tmp)
    check("list optional", r.returncode == 0 and "good-practices" in r.stdout, r.stdout)
    # catalog render -> a catalog with a channel -> validate -> graph.
    make_bundle(os.path.join(tmp, "v2"), v="0.2.0")
    r = run([w, "catalog", "render", "good", "v2", "--image-prefix", "quay.io/demo/bundle:"], tmp)
    check("render exits 0", r.returncode == 0, r.stderr)
    blobs = [json.loads(l) for l in r.stdout.splitlines()]
    check("render names", [b["name"] for b in blobs] == ["demo-operator.v0.1.0", "demo-operator.v0.2.0"], blobs)
    cat = os.path.join(tmp, "catalog", "demo-operator")
    os.makedirs(cat)
    with open(os.path.join(cat, "catalog.json"), "w") as f:
        f.write(json.dumps({"schema": "olm.package", "name": "demo-operator", "defaultChannel": "stable"}) + "\n")
        f.write(json.dumps({"schema": "olm.channel", "package": "demo-operator", "name": "stable", "entries": [
            {"name": "demo-operator.v0.1.0"},
            {"name": "demo-operator.v0.2.0", "replaces": "demo-operator.v0.1.0", "skipRange": "<0.2.0"}]}) + "\n")
        f.write(r.stdout)
    r = run([w, "catalog", "validate", "catalog"], tmp)
    check("catalog validate exits 0", r.returncode == 0, r.stderr)
    r = run([w, "catalog", "graph", "demo-operator", "--catalog", "catalog", "-o", "dot"], tmp)
    check("graph dot", r.returncode == 0 and '"demo-operator.v0.1.0" -> "demo-operator.v0.2.0" [label="replaces"];' in r.stdout, r.stdout)
    with open(os.path.join(cat, "extra.json"), "w") as f:
        f.write(json.dumps({"schema": "olm.channel", "package": "demo-operator", "name": "fast",
                            "entries": [{"name": "demo-operator.v0.1.0"}, {"name": "demo-operator.v0.2.0"}]}))
    r = run([w, "catalog", "validate", "catalog", "-o", "json"], tmp)
    check("catalog validate fails", r.returncode == 1, r.stdout)
    doc = json.loads(r.stdout)
    check("catalog error tree", doc["passed"] is False and "multiple channel heads found in graph: "
          "demo-operator.v0.1.0, demo-operator.v0.2.0" in doc["error"]["message"], doc)
    r = run([w, "catalog", "validate", "catalog", "-o", "yaml"], tmp)
    check("catalog validate -o yaml", r.returncode == 1 and r.stdout.startswith("error:\n  message: |-\n    invalid index:\n")
          and r.stdout.endswith("passed: false\n\n") and r.stderr == "", r.stdout + r.stderr)
    r = run([w, "catalog", "validate", "catalog", "-o", "xml"], tmp)
    check("catalog validate -o xml", r.returncode == 1 and
          'invalid --output value "xml", expected (json|yaml)' in r.stderr, r.stderr)

    # The legacy package-manifest layout: a package file and a directory per version.
    legacy = os.path.join(tmp, "legacy")
    write(os.path.join(legacy, "demo.package.yaml"),
          "packageName: demo-operator\nchannels:\n- name: stable\n  currentCSV: demo-operator.v0.2.0\n")
    for v in ("0.1.0", "0.2.0"):
        write(os.path.join(legacy, v, "demo.clusterserviceversion.yaml"), CSV.format(v=v))
        write(os.path.join(legacy, v, "demos.crd.yaml"), CRD)
    r = run([w, "bundle", "validate", "legacy"], tmp)
    check("package manifests validate", r.returncode == 0 and "completed successfully" in r.stderr,
          r.stdout + r.stderr)
    write(os.path.join(legacy, "demo.package.yaml"),
          "packageName: demo-operator\ndefaultChannel: fast\nchannels:\n- name: stable\n- name: stable\n")
    r = run([w, "bundle", "validate", "legacy", "-o", "json-alpha1"], tmp)
    doc = json.loads(r.stdout) if r.stdout else {}
    check("package manifest rules", r.returncode == 1 and doc.get("outputs") == [
        {"type": "error", "message": 'Error: Value demo-operator: channel "stable" currentCSV is empty'},
        {"type": "error", "message": 'Error: Value demo-operator: channel "stable" currentCSV is empty'},
        {"type": "error", "message": 'Error: Value demo-operator: duplicate package manifest channel name "stable"'},
        {"type": "error", "message": 'Error: Value demo-operator: default channel "fast" not found in the list of declared channels'}],
          r.stdout + r.stderr)

    # bundle generate from plain manifests, then our own validator; a second run changes nothing.
    src = os.path.join(tmp, "src")
    write(os.path.join(src, "crds", "demos.yaml"), CRD)
    write(os.path.join(src, "deploy", "manager.yaml", ), DEPLOY)
    gen = [w, "bundle", "generate", "--package", "demo-operator", "--version", "0.3.0", "--channels", "stable",
           "--crds-dir", "src/crds", "--deploy-dir", "src/deploy", "--output-dir", "gen"]
    r = run(gen, tmp)
    check("generate exits 0", r.returncode == 0, r.stdout + r.stderr)
    check("generate notes the Namespace", "WARN[0000] Namespace demo-system left out" in r.stderr, r.stderr)
    r = run([w, "bundle", "validate", "gen"], tmp)
    check("generated bundle validates", r.returncode == 0 and "completed successfully" in r.stderr,
          r.stdout + r.stderr)
    before = {f: open(os.path.join(dp, f), "rb").read() for dp, _, fs in os.walk(os.path.join(tmp, "gen")) for f in fs}
    r = run(gen, tmp)
    after = {f: open(os.path.join(dp, f), "rb").read() for dp, _, fs in os.walk(os.path.join(tmp, "gen")) for f in fs}
    check("generate is idempotent", r.returncode == 0 and before == after and
          "0 file(s) written, 5 unchanged, 0 removed" in r.stdout, r.stdout)
    r = run(gen[:-2] + ["--output-dir", "gen", "--default-channel", "fast"], tmp)
    check("generate refuses a default channel outside the channels", r.returncode == 1 and
          'default channel "fast" is not one of the channels' in r.stderr, r.stderr)


if __name__ == "__main__":
    run_checks(__doc__, checks)
