#!/usr/bin/env python3
"""`windlass bundle generate --use-image-digests` against a real registry through the real skopeo.

Starts Debian's docker-registry (distribution 2.8) on a loopback port with its own config and
storage, pushes a small OCI image built here with `skopeo copy`, and checks that the generated
CSV names the image by the digest skopeo reports. The registry is plain HTTP, marked insecure in
a registries.conf where skopeo looks for it (the user's ~/.config/containers/registries.conf), as
users configure it.
Nothing is skipped: without docker-registry or skopeo the test fails.
"""
import argparse, gzip, hashlib, io, json, os, shutil, socket, subprocess, sys, tarfile, tempfile, time
import urllib.error, urllib.request

import yaml

REGISTRY = "/usr/bin/docker-registry"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Registry:
    """docker-registry on 127.0.0.1:<free port>, storage in a temp dir."""

    def __init__(self, work):
        self.work = work
        self.proc = None
        self.port = None

    def start(self):
        # The port is chosen by binding :0 and closing; another process may take it before the
        # registry binds, so a registry that exits at once is retried on a new port.
        for _ in range(5):
            port = free_port()
            cfg = os.path.join(self.work, "config.yml")
            with open(cfg, "w") as f:
                f.write(
                    "version: 0.1\n"
                    "log: {level: warn, accesslog: {disabled: true}}\n"
                    "storage:\n"
                    f"  filesystem: {{rootdirectory: {os.path.join(self.work, 'data')}}}\n"
                    "  delete: {enabled: true}\n"
                    f"http: {{addr: '127.0.0.1:{port}'}}\n")
            log = open(os.path.join(self.work, "registry.log"), "wb")
            self.proc = subprocess.Popen([REGISTRY, "serve", cfg], stdout=log, stderr=subprocess.STDOUT)
            log.close()
            if self._wait_ready(port):
                self.port = port
                return
            self.stop()
        raise RuntimeError("docker-registry did not start; log:\n" + self.log())

    def _wait_ready(self, port, deadline_s=30.0):
        deadline = time.monotonic() + deadline_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v2/", timeout=2) as r:
                    if r.status == 200:
                        return True
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.05)  # polling interval while waiting for readiness
        return False

    def log(self):
        try:
            with open(os.path.join(self.work, "registry.log"), errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


def sha256(b):
    return "sha256:" + hashlib.sha256(b).hexdigest()


def write_oci_layout(root, tag, marker):
    """A one-layer OCI image layout; `marker` makes the content (and so the digest) distinct."""
    blobs = os.path.join(root, "blobs", "sha256")
    os.makedirs(blobs, exist_ok=True)

    def put(data):
        d = sha256(data)
        with open(os.path.join(blobs, d.split(":", 1)[1]), "wb") as f:
            f.write(data)
        return {"digest": d, "size": len(data)}

    tar_bytes = io.BytesIO()
    with tarfile.open(fileobj=tar_bytes, mode="w", format=tarfile.USTAR_FORMAT) as t:
        content = f"windlass digest e2e {marker}\n".encode()
        info = tarfile.TarInfo("hello.txt")
        info.size, info.mtime, info.mode = len(content), 0, 0o644
        t.addfile(info, io.BytesIO(content))
    raw = tar_bytes.getvalue()
    layer = put(gzip.compress(raw, mtime=0))
    config = put(json.dumps({
        "architecture": "amd64", "os": "linux",
        "config": {"Cmd": ["/hello"]},
        "rootfs": {"type": "layers", "diff_ids": [sha256(raw)]},
    }, sort_keys=True).encode())
    manifest_bytes = json.dumps({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", **config},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", **layer}],
    }, sort_keys=True).encode()
    manifest = put(manifest_bytes)
    with open(os.path.join(root, "index.json"), "w") as f:
        json.dump({"schemaVersion": 2, "manifests": [{
            "mediaType": "application/vnd.oci.image.manifest.v1+json", **manifest,
            "annotations": {"org.opencontainers.image.ref.name": tag}}]}, f)
    with open(os.path.join(root, "oci-layout"), "w") as f:
        json.dump({"imageLayoutVersion": "1.0.0"}, f)
    return manifest["digest"]


DEPLOY = """apiVersion: apps/v1
kind: Deployment
metadata: {{name: demo-controller}}
spec:
  selector: {{matchLabels: {{app: demo}}}}
  template:
    metadata: {{labels: {{app: demo}}}}
    spec:
      initContainers:
      - {{name: setup, image: "{operand}"}}
      containers:
      - name: manager
        image: "{operator}"
        env:
        - {{name: RELATED_IMAGE_OPERAND, value: "{operand}"}}
"""


def run(cmd, env, check=True):
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    if check and r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {r.returncode}\nstdout:\n{r.stdout}\nstderr:\n{r.stderr}")
    return r


def snapshot(d):
    out = {}
    for root, _, files in os.walk(d):
        for n in files:
            p = os.path.join(root, n)
            with open(p, "rb") as f:
                out[os.path.relpath(p, d)] = f.read()
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--windlass", required=True)
    a = p.parse_args()
    windlass = os.path.abspath(a.windlass)
    skopeo = shutil.which("skopeo")
    failures = []

    def check(cond, what):
        if not cond:
            failures.append(what)
            print("FAIL:", what, file=sys.stderr)

    if not os.access(REGISTRY, os.X_OK):
        print(f"FAIL: {REGISTRY} is missing (Debian package docker-registry; scripts/install-deps)", file=sys.stderr)
        sys.exit(1)
    if not skopeo:
        print("FAIL: skopeo is not on PATH (Debian package skopeo; scripts/install-deps)", file=sys.stderr)
        sys.exit(1)

    work = tempfile.mkdtemp(prefix="windlass-digests-")
    reg = Registry(work)
    try:
        reg.start()
        host = f"127.0.0.1:{reg.port}"
        # skopeo 1.9.3 (Debian 12) reads the per-user ~/.config/containers/registries.conf (else
        # /etc/containers/registries.conf) and ignores CONTAINERS_REGISTRIES_CONF, which newer
        # skopeo honours: HOME points at a temp home holding the file, and the variable names it too.
        home = os.path.join(work, "home")
        conf = os.path.join(home, ".config", "containers", "registries.conf")
        os.makedirs(os.path.dirname(conf))
        with open(conf, "w") as f:
            f.write(f'[[registry]]\nlocation = "{host}"\ninsecure = true\n')
        auth = os.path.join(work, "auth.json")
        with open(auth, "w") as f:
            f.write('{"auths": {}}\n')
        policy = os.path.join(work, "policy.json")
        with open(policy, "w") as f:
            f.write('{"default": [{"type": "insecureAcceptAnything"}]}\n')
        env = dict(os.environ, HOME=home, CONTAINERS_REGISTRIES_CONF=conf, REGISTRY_AUTH_FILE=auth)

        # Two images: the operator by tag v1, the operand by no tag (latest).
        pushed = {}
        for name, tag, marker in (("demo/op", "v1", "operator"), ("demo/operand", "latest", "operand")):
            layout = os.path.join(work, name.replace("/", "_"))
            pushed[name] = write_oci_layout(layout, tag, marker)
            run([skopeo, "--policy", policy, "copy", "--quiet", "--dest-tls-verify=false",
                 f"oci:{layout}:{tag}", f"docker://{host}/{name}:{tag}"], env)
        reported = {}
        for name, tag in (("demo/op", "v1"), ("demo/operand", "latest")):
            reported[name] = run([skopeo, "inspect", "--tls-verify=false", "--no-tags", "--format", "{{.Digest}}",
                                  f"docker://{host}/{name}:{tag}"], env).stdout.strip()
            check(reported[name] == pushed[name],
                  f"{name}: skopeo reports {reported[name]}, the manifest pushed was {pushed[name]}")

        project = os.path.join(work, "project")
        os.makedirs(project)

        def write_deploy(operator, operand):
            with open(os.path.join(project, "deploy.yaml"), "w") as f:
                f.write(DEPLOY.format(operator=operator, operand=operand))

        def generate(out, extra_env=None):
            e = dict(env, **(extra_env or {}))
            return run([windlass, "bundle", "generate", "--package", "demo-operator", "--version", "0.1.0",
                        "--input-dir", project, "--output-dir", out, "--use-image-digests"], e, check=False)

        # 1. Tags become digests: the container, the initContainer, the RELATED_IMAGE_ value and
        #    relatedImages; the registry is reached through registries.conf (insecure HTTP).
        bundle = os.path.join(work, "bundle")
        write_deploy(f"{host}/demo/op:v1", f"{host}/demo/operand")
        r = generate(bundle)
        check(r.returncode == 0, f"generate exited {r.returncode}: {r.stderr}")
        csv_path = os.path.join(bundle, "manifests", "demo-operator.clusterserviceversion.yaml")
        if os.path.exists(csv_path):
            with open(csv_path) as f:
                csv = yaml.safe_load(f)
            op = f"{host}/demo/op@{reported['demo/op']}"
            operand = f"{host}/demo/operand@{reported['demo/operand']}"
            pod = csv["spec"]["install"]["spec"]["deployments"][0]["spec"]["template"]["spec"]
            check(pod["containers"][0]["image"] == op, f"container image {pod['containers'][0]['image']} != {op}")
            check(pod["initContainers"][0]["image"] == operand,
                  f"initContainer image {pod['initContainers'][0]['image']} != {operand}")
            check(pod["containers"][0]["env"][0]["value"] == operand,
                  f"RELATED_IMAGE_OPERAND {pod['containers'][0]['env'][0]['value']} != {operand}")
            # One entry per image, named where it is first met (the initContainer comes first).
            check(csv["spec"].get("relatedImages") == [{"name": "setup", "image": operand},
                                                       {"name": "manager", "image": op}],
                  f"relatedImages: {csv['spec'].get('relatedImages')}")
            v = run([windlass, "bundle", "validate", bundle], env, check=False)
            check(v.returncode == 0, f"the pinned bundle does not validate: {v.stdout}{v.stderr}")
        else:
            check(False, "no CSV written")

        # 2. Re-running resolves the same digests and changes nothing.
        before = snapshot(bundle)
        r = generate(bundle)
        check(r.returncode == 0 and "0 file(s) written" in r.stdout, f"re-run: {r.returncode} {r.stdout} {r.stderr}")
        check(snapshot(bundle) == before, "re-run changed the bundle")

        # 3. A tag the registry does not have: a clear error naming the image, nothing written
        #    (neither a new bundle nor any change to the existing one).
        write_deploy(f"{host}/demo/op:v9", f"{host}/demo/operand")
        fresh = os.path.join(work, "bundle-missing")
        r = generate(fresh)
        check(r.returncode == 1, f"missing tag: exit {r.returncode}")
        check(f"cannot resolve image {host}/demo/op:v9 to a digest: " in r.stderr, f"missing tag stderr: {r.stderr!r}")
        check("manifest unknown" in r.stderr and "level=fatal" not in r.stderr,
              f"skopeo's reason is not in the error (or still in its log format): {r.stderr!r}")
        check(not os.path.exists(fresh), "a bundle was written although an image did not resolve")
        r = generate(bundle)
        check(r.returncode == 1, f"missing tag over an existing bundle: exit {r.returncode}")
        check(snapshot(bundle) == before, "a failed run changed the existing bundle")

        # 4. Without a registries.conf marking the host insecure, skopeo refuses plain HTTP: the
        #    registry configuration really is skopeo's.
        write_deploy(f"{host}/demo/op:v1", f"{host}/demo/operand")
        plain_home = os.path.join(work, "plain-home")
        os.makedirs(os.path.join(plain_home, ".config", "containers"))
        empty_conf = os.path.join(plain_home, ".config", "containers", "registries.conf")
        with open(empty_conf, "w") as f:
            f.write("")
        r = generate(os.path.join(work, "bundle-secure"), {"HOME": plain_home, "CONTAINERS_REGISTRIES_CONF": empty_conf})
        check(r.returncode == 1 and f"cannot resolve image {host}/demo/" in r.stderr,
              f"HTTPS-only resolution: exit {r.returncode}, stderr {r.stderr!r}")

        # 5. No skopeo on PATH: the error says to install it.
        empty_bin = os.path.join(work, "empty-bin")
        os.makedirs(empty_bin)
        r = generate(os.path.join(work, "bundle-noskopeo"), {"PATH": empty_bin})
        check(r.returncode == 1 and "install it" in r.stderr and "skopeo" in r.stderr,
              f"missing skopeo: exit {r.returncode}, stderr {r.stderr!r}")
        check(not os.path.exists(os.path.join(work, "bundle-noskopeo")), "a bundle was written without skopeo")
    finally:
        reg.stop()
        if failures:
            print("registry log:\n" + reg.log(), file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)

    if failures:
        print(f"{len(failures)} failure(s)", file=sys.stderr)
        sys.exit(1)
    print("olm_digests_test: ok")


if __name__ == "__main__":
    main()
