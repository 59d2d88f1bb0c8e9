#!/usr/bin/env python3
"""`windlass catalog serve` read over loopback by python's urllib and http.client, as a lifecycle
manager or a CI script would: packages, channels, bundles, successors, manifests, errors, ETag
revalidation, gzip, HEAD, keep-alive, and refusal of an invalid catalog."""
import gzip, http.client, json, os, signal, subprocess, sys
import urllib.error, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_base import run_checks  # noqa: E402
from olm_cli_test import make_bundle, write  # noqa: E402  (the same demo bundles)


def catalog_blobs(rendered):
    by_name = {b["name"]: b for b in rendered}
    yield {"schema": "olm.package", "name": "demo-operator", "defaultChannel": "stable",
           "description": "The demo operator"}
    yield {"schema": "olm.channel", "package": "demo-operator", "name": "stable", "entries": [
        {"name": "demo-operator.v0.1.0"},
        {"name": "demo-operator.v0.2.0", "replaces": "demo-operator.v0.1.0"},
        {"name": "demo-operator.v0.3.0", "replaces": "demo-operator.v0.1.0", "skips": ["demo-operator.v0.2.0"],
         "skipRange": ">=0.0.1 <0.3.0"}]}
    yield {"schema": "olm.channel", "package": "demo-operator", "name": "fast",
           "entries": [{"name": "demo-operator.v0.3.0"}]}
    yield from by_name.values()
    yield {"schema": "olm.deprecations", "package": "demo-operator", "entries": [
        {"reference": {"schema": "olm.channel", "name": "fast"}, "message": "use stable"}]}


def checks(w, tmp, check):
    server = None
    try:
        for v in ("0.1.0", "0.2.0", "0.3.0"):
            make_bundle(os.path.join(tmp, "bundles", v), v=v)
        r = subprocess.run([w, "catalog", "render", "bundles/0.1.0", "bundles/0.2.0", "bundles/0.3.0",
                            "--image-prefix", "quay.io/demo/bundle:"], cwd=tmp, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        rendered = [json.loads(l) for l in r.stdout.splitlines()]
        write(os.path.join(tmp, "catalog", "demo-operator", "catalog.json"),
              "".join(json.dumps(b) + "\n" for b in catalog_blobs(rendered)))

        server = subprocess.Popen([w, "catalog", "serve", "catalog", "--address", "127.0.0.1", "--port", "0",
                                   "--bundles-dir", "bundles"], cwd=tmp, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        first = server.stdout.readline()  # printed once listening: no polling needed
        check("serve announces its address", first.startswith("serving catalog catalog (1 packages, 3 bundles"), first)
        port = int(first.rsplit(":", 1)[1])
        base = f"http://127.0.0.1:{port}"

        def get(path, headers=None):
            req = urllib.request.Request(base + path, headers=headers or {})
            try:
                with urllib.request.urlopen(req, timeout=30) as resp:
                    return resp.status, dict(resp.headers), resp.read()
            except urllib.error.HTTPError as e:
                return e.code, dict(e.headers), e.read()

        def get_json(path):
            status, headers, body = get(path)
            return status, headers, json.loads(body) if body else None

        status, _, body = get("/healthz")
        check("healthz", status == 200 and body == b"ok\n", body)
        status, _, body = get("/readyz")
        check("readyz", status == 200, body)

        status, headers, pkgs = get_json("/v1/packages")
        check("packages", status == 200 and pkgs == [{
            "name": "demo-operator", "defaultChannel": "stable",
            "channels": [{"name": "fast", "head": "demo-operator.v0.3.0", "deprecation": {"message": "use stable"}},
                         {"name": "stable", "head": "demo-operator.v0.3.0"}]}], pkgs)
        check("json content type", headers.get("Content-Type") == "application/json", headers)
        etag = headers.get("ETag", "")
        status, _, meta = get_json("/v1/meta")
        check("meta", status == 200 and meta["packages"] == 1 and meta["bundles"] == 3 and
              etag == '"' + meta["digest"] + '"', (meta, etag))

        status, _, pkg = get_json("/v1/packages/demo-operator")
        check("package description", pkg.get("description") == "The demo operator", pkg)
        status, _, ch = get_json("/v1/packages/demo-operator/channels/stable")
        check("channel head first", [e["name"] for e in ch["entries"]] ==
              ["demo-operator.v0.3.0", "demo-operator.v0.1.0", "demo-operator.v0.2.0"] and
              ch["head"] == "demo-operator.v0.3.0", ch)

        status, _, bundles = get_json("/v1/bundles?package=demo-operator&channel=stable")
        check("bundles", status == 200 and [b["name"] for b in bundles] ==
              ["demo-operator.v0.1.0", "demo-operator.v0.2.0", "demo-operator.v0.3.0"], bundles)
        b3 = bundles[2]
        check("bundle fields", b3["version"] == "0.3.0" and b3["image"] == "quay.io/demo/bundle:demo-operator.v0.3.0" and
              b3["channels"] == ["fast", "stable"] and b3["skips"] == ["demo-operator.v0.2.0"] and
              b3["skipRange"] == ">=0.0.1 <0.3.0" and "csv" not in b3, b3)

        # What replaces the installed version in the channel.
        status, _, succ = get_json("/v1/successors?package=demo-operator&channel=stable&from=demo-operator.v0.1.0")
        check("successors of v0.1.0", [e["name"] for e in succ["successors"]] ==
              ["demo-operator.v0.3.0", "demo-operator.v0.2.0"], succ)
        status, _, succ = get_json("/v1/successors?package=demo-operator&channel=stable&from=demo-operator.v0.2.0")
        check("successors of v0.2.0", [e["name"] for e in succ["successors"]] == ["demo-operator.v0.3.0"], succ)
        status, _, succ = get_json("/v1/successors?package=demo-operator&channel=stable"
                                   "&from=demo-operator.v0.0.5&version=0.0.5")
        check("skipRange successor", [e["name"] for e in succ["successors"]] == ["demo-operator.v0.3.0"], succ)
        status, _, succ = get_json("/v1/successors?package=demo-operator&channel=stable&from=demo-operator.v0.3.0")
        check("head has no successor", status == 200 and succ["successors"] == [], succ)

        status, _, provs = get_json("/v1/providers?group=demo.example.com&version=v1&kind=Demo")
        check("providers", status == 200 and len(provs) == 4 and provs[0]["channel"] == "fast", provs)

        status, _, m = get_json("/v1/bundles/demo-operator/demo-operator.v0.2.0/manifests")
        check("manifests from the bundle dir", status == 200 and m["csv"]["metadata"]["name"] == "demo-operator.v0.2.0"
              and [o["kind"] for o in m["objects"]] == ["CustomResourceDefinition"], m)

        # Errors: JSON bodies with the right status.
        status, headers, err = get_json("/v1/packages/missing")
        check("404 json", status == 404 and err == {"code": 404, "reason": "NotFound",
                                                    "message": 'package "missing" not found'}, (status, err))
        status, _, err = get_json("/v1/packages/demo-operator/channels/beta")
        check("unknown channel", status == 404 and err["message"] == 'package "demo-operator" has no channel "beta"', err)
        status, _, err = get_json("/v1/successors?package=demo-operator")
        check("400 json", status == 400 and err["reason"] == "BadRequest", err)
        req = urllib.request.Request(base + "/v1/packages", data=b"{}", method="POST")
        try:
            urllib.request.urlopen(req, timeout=30)
            check("POST refused", False)
        except urllib.error.HTTPError as e:
            check("405 json", e.code == 405 and e.headers.get("Allow") == "GET, HEAD" and
                  json.loads(e.read())["reason"] == "MethodNotAllowed", e.code)

        # Revalidation, compression, HEAD.
        status, headers, body = get("/v1/bundles", {"If-None-Match": etag})
        check("304 on matching ETag", status == 304 and body == b"", (status, body))
        status, headers, body = get("/v1/bundles", {"If-None-Match": '"stale"'})
        check("200 on stale ETag", status == 200 and len(body) > 0, status)
        status, headers, zbody = get("/v1/bundles", {"Accept-Encoding": "gzip"})
        check("gzip", headers.get("Content-Encoding") == "gzip" and json.loads(gzip.decompress(zbody)) ==
              json.loads(body), headers)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("HEAD", "/v1/packages")
        resp = conn.getresponse()
        head_body = resp.read()
        check("HEAD", resp.status == 200 and head_body == b"" and
              int(resp.getheader("Content-Length")) == len(json.dumps(pkgs, separators=(",", ":"))) + 1,
              resp.getheaders())
        # The same connection carries a second request (keep-alive).
        conn.request("GET", "/v1/packages/demo-operator")
        resp = conn.getresponse()
        check("keep-alive", resp.status == 200 and json.loads(resp.read())["name"] == "demo-operator", resp.status)
        conn.close()

        # SIGHUP reloads: a fourth bundle appears in the same channel; the server says so on
        # stdout once the new catalog is served (a line to wait for, no polling).
        make_bundle(os.path.join(tmp, "bundles", "0.4.0"), v="0.4.0")
        r = subprocess.run([w, "catalog", "render", "bundles/0.4.0", "--image-prefix", "quay.io/demo/bundle:"],
                           cwd=tmp, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        with open(os.path.join(tmp, "catalog", "demo-operator", "v4.json"), "w") as f:
            f.write(r.stdout)
            f.write(json.dumps({"schema": "olm.channel", "package": "demo-operator", "name": "candidate",
                                "entries": [{"name": "demo-operator.v0.4.0"}]}) + "\n")
        server.send_signal(signal.SIGHUP)
        line = server.stdout.readline()
        check("SIGHUP reloads", line.startswith("reloaded catalog catalog (1 packages, 4 bundles"), line)
        status, headers, meta2 = get_json("/v1/meta")
        check("the reloaded catalog is served", meta2["bundles"] == 4 and meta2["digest"] != meta["digest"] and
              headers.get("ETag") == '"' + meta2["digest"] + '"', meta2)
        status, _, body = get("/v1/bundles", {"If-None-Match": etag})
        check("the old ETag no longer matches", status == 200, status)
        # An invalid catalog is refused and the previous one kept.
        with open(os.path.join(tmp, "catalog", "demo-operator", "broken.json"), "w") as f:
            f.write(json.dumps({"schema": "olm.channel", "package": "demo-operator", "name": "stable",
                                "entries": [{"name": "demo-operator.v0.9.9"}]}) + "\n")
        server.send_signal(signal.SIGHUP)
        line = server.stderr.readline()
        check("an invalid reload is refused", line.startswith("ERRO[0000] reload refused, still serving digest " +
                                                             meta2["digest"][:12] + ": invalid catalog catalog: "), line)
        status, _, meta3 = get_json("/v1/meta")
        check("the previous catalog is still served", meta3["digest"] == meta2["digest"], meta3)

        os.remove(os.path.join(tmp, "catalog", "demo-operator", "broken.json"))
        os.remove(os.path.join(tmp, "catalog", "demo-operator", "v4.json"))

        server.send_signal(signal.SIGTERM)
        rc = server.wait(timeout=30)
        check("SIGTERM stops the server cleanly", rc == 0, rc)
        server = None

        # An invalid catalog is refused, as opm serve refuses it.
        write(os.path.join(tmp, "catalog", "demo-operator", "extra.json"),
              json.dumps({"schema": "olm.channel", "package": "demo-operator", "name": "candidate",
                          "entries": [{"name": "demo-operator.v0.1.0"}, {"name": "demo-operator.v0.2.0"}]}))
        r = subprocess.run([w, "catalog", "serve", "catalog", "--port", "0"], cwd=tmp, capture_output=True,
                           text=True, timeout=60)
        check("invalid catalog refused", r.returncode == 1 and "multiple channel heads found in graph" in r.stderr
              and r.stdout == "", r.stdout + r.stderr)
    finally:
        if server is not None:
            server.kill()
            server.wait()


if __name__ == "__main__":
    run_checks(__doc__, checks)
