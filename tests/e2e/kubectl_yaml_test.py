#!/usr/bin/env python3
"""End-to-end: `windlass convert` must read manifests exactly as the real kubectl does.

kubectl reads a manifest without any server through `kubectl annotate --local -f FILE -o json`;
custom kinds keep it from converting through typed structs, so its output is precisely its
YAML-to-JSON conversion (plus the annotation we asked for, which the test removes). The same
trick with `-o yaml` checks that our YAML printer writes what kubectl writes.

usage: kubectl_yaml_test.py --windlass PATH/TO/windlass [--kubectl kubectl]
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_base import args, main  # noqa: E402

PROBE = "windlass.test/probe"

MANIFESTS = {
    "yaml11_scalars": """\
apiVersion: example.com/v1
kind: Widget
metadata: {name: w1}
spec:
  on: yes
  n: no
  list: [y, Off, ON, No]
  oct: 0777
  octo: 0o17
  hex: 0x1F
  bin: 0b101
  under: 1_000
  f: 1.0
  e: 1e3
  neg: -2.5e-3
  dot: .5
  s: "1"
  sq: 'true'
  t: 2024-01-01
  ts: 2001-12-14t21:59:43.10-05:00
  nul: ~
  nul2: null
  empty:
  sexa: 1:20
  q: 100m
  ver: 1.2.3
""",
    "block_scalars_and_flow": """\
apiVersion: example.com/v1
kind: Widget
metadata:
  name: w2
  labels: {app: web, tier: "frontend"}
spec:
  folded: >
    a
    b

    c
  literal: |
    line1
      indented
  strip: |-
    x
  keep: |+
    x

  flow: {a: [1, 2, {b: c}], d: "e: f"}
  list:
  - a
  - 'b'
  - "c\\td"
  - [nested, list]
  - {k: v}
  unicode: "é\\u00e9 ☃"
""",
    "anchors_merges_multi_doc": """\
# a comment before the first document
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: w3}
spec:
  base: &base {cpu: 100m, memory: 1Gi}
  alias: *base
  merged:
    <<: *base
    memory: 2Gi
  multi:
    <<: [{x: 1}, {x: 2, z: 3}]
  1: one
  true: t
---
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: w4}  # trailing comment
spec: {list: [a, ~, true, 0.25]}
...
""",
    "strings_needing_quotes": r"""
apiVersion: example.com/v1
kind: Widget
metadata: {name: w5}
spec:
  star: "*x"
  amp: "&a"
  colon: "a: b"
  colonend: "a:"
  hash: "#x"
  spacehash: "a #b"
  lead: " lead"
  trail: "trail "
  empty: ""
  dash: "-"
  dashword: "-x"
  q: "?"
  bang: "!x"
  pct: "%x"
  at: "@x"
  tick: "`x"
  brackets: "[a]"
  braces: "{a}"
  comma: "a,b"
  quote1: "it's"
  quote2: 'say "hi"'
  tab: "a\tb"
  nl: "a\nb"
  nlend: "a\nb\n"
  nltrail: "a \nb"
  ctrl: "\x01"
  docstart: "--- x"
  merge: "<<"
  tilde: "~"
  yes: "yes"
  num: "0x1F"
  float: "1e3"
  date: "2024-01-01"
  datetime: "2024-01-01T10:00:00Z"
  dt_space: "2024-01-01 10:00:00"
  notdate: "2024-13-01"
  sexa: "190:20:30"
  longplain: "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources"
  longsingle: "it is a: long string with colon that must be quoted and is longer than eighty characters in total length"
  longdouble: "a tab\there and then a long run of words that goes past the eighty column limit  with two spaces  in places"
  longlist:
  - "a list item that is long enough to need folding because it has more than eighty characters in it"
  "a long key that is longer than eighty characters and therefore must never be folded by the emitter": v
  unicode: "é ☃ 日本"
""",
}


def kubectl(*argv, stdin=None):
    return subprocess.run([args().kubectl, *argv], input=stdin, capture_output=True, text=True,
                          check=True, env={**os.environ, "KUBECONFIG": os.devnull}).stdout


def windlass(*argv, stdin=None):
    return subprocess.run([args().windlass, *argv], input=stdin, capture_output=True, text=True,
                          check=True).stdout


def json_stream(text):
    dec = json.JSONDecoder()
    i, out = 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        obj, i = dec.raw_decode(text, i)
        out.append(obj)


def without_probe(obj):
    ann = obj["metadata"]["annotations"]
    del ann[PROBE]
    if not ann:
        del obj["metadata"]["annotations"]
    return obj


class KubectlYaml(unittest.TestCase):
    def manifest(self, name):
        f = tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False)
        f.write(MANIFESTS[name])
        f.close()
        self.addCleanup(os.unlink, f.name)
        return f.name

    def check_json(self, name):
        path = self.manifest(name)
        theirs = [without_probe(o) for o in
                  json_stream(kubectl("annotate", "--local", "-f", path, f"{PROBE}=1", "-o", "json"))]
        ours = json_stream(windlass("convert", "-f", path))
        self.assertEqual(ours, theirs)

    def check_yaml(self, name):
        path = self.manifest(name)
        for doc in json_stream(kubectl("annotate", "--local", "-f", path, f"{PROBE}=1", "-o", "json")):
            text = json.dumps(doc)
            theirs = kubectl("annotate", "--local", "-f", "-", f"{PROBE}=1", "--overwrite",
                             "-o", "yaml", stdin=text)
            ours = windlass("convert", "-f", "-", "-o", "yaml", stdin=text)
            self.assertEqual(ours, theirs)

    def test_yaml11_scalars_convert_like_kubectl(self):
        self.check_json("yaml11_scalars")

    def test_block_scalars_and_flow_collections_convert_like_kubectl(self):
        self.check_json("block_scalars_and_flow")

    def test_anchors_merge_keys_and_documents_convert_like_kubectl(self):
        self.check_json("anchors_merges_multi_doc")

    def test_strings_that_need_quotes_convert_like_kubectl(self):
        self.check_json("strings_needing_quotes")

    def test_yaml_output_matches_kubectl_get_o_yaml(self):
        for name in MANIFESTS:
            with self.subTest(name):
                self.check_yaml(name)

    def test_duplicate_keys_are_an_error_where_kubectl_keeps_the_last(self):
        # A deliberate difference: silently losing one of two values is worse than an error.
        path = tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False)
        path.write("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: d}\n"
                   "spec: {a: 1, a: 2}\n")
        path.close()
        self.addCleanup(os.unlink, path.name)
        self.assertEqual(json_stream(kubectl("annotate", "--local", "-f", path.name, f"{PROBE}=1",
                                             "-o", "json"))[0]["spec"], {"a": 2})
        r = subprocess.run([args().windlass, "convert", "-f", path.name], capture_output=True, text=True)
        self.assertEqual(r.returncode, 1)
        self.assertIn('mapping key "a" already defined', r.stderr)

    def test_malformed_manifest_is_an_error_with_position(self):
        path = tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False)
        path.write("a: [1, 2\n")
        path.close()
        self.addCleanup(os.unlink, path.name)
        r = subprocess.run([args().windlass, "convert", "-f", path.name], capture_output=True, text=True)
        self.assertEqual(r.returncode, 1)
        self.assertIn("yaml: line 2, column 1:", r.stderr)


if __name__ == "__main__":
    sys.exit(main(__doc__, {"--windlass": dict(required=True), "--kubectl": dict(default="kubectl")},
                  apiserver=False, kubectl=False))
