#!/usr/bin/env python3
"""Same-machine, same-run comparison of Windlass core parsing with the peers' own parsers.

What the official clients use for the same work:
  - python kubernetes client: json.loads for API responses, yaml.safe_load_all (pure-Python
    SafeLoader) in utils.create_from_yaml;
  - @kubernetes/client-node: JSON.parse for responses.
Each figure is the mean time of one operation on benchmarks/data/pod.json / pod.yaml.

usage: core_peers.py --core-bench build/release/benchmarks/core_bench
"""
import argparse
import json
import pathlib
import subprocess
import timeit

DATA = pathlib.Path(__file__).resolve().parent.parent / "data"


def per_op_us(fn, min_seconds=1.0):
    n = 1
    while True:
        t = timeit.timeit(fn, number=n)
        if t >= min_seconds:
            return t / n * 1e6
        n *= 2


def node_json_parse_us(text):
    script = f"""
const text = {json.dumps(text)};
let n = 1, t = 0;
while (true) {{
  const s = process.hrtime.bigint();
  for (let i = 0; i < n; i++) JSON.parse(text);
  t = Number(process.hrtime.bigint() - s) / 1e9;
  if (t >= 1.0) break;
  n *= 2;
}}
console.log(t / n * 1e6);
"""
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True)
    return float(out.stdout)


def core_bench_us(binary):
    out = subprocess.run([binary, "--benchmark_format=json", "--benchmark_min_time=1",
                          "--benchmark_filter=BM_JsonDecodePod|BM_YamlToJsonPod"],
                         capture_output=True, text=True, check=True)
    res = {}
    for b in json.loads(out.stdout)["benchmarks"]:
        assert b["time_unit"] == "ns"
        res[b["name"]] = b["cpu_time"] / 1000.0
    return res


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--core-bench", required=True)
    args = p.parse_args()
    pod_json = (DATA / "pod.json").read_text()
    pod_yaml = (DATA / "pod.yaml").read_text()
    rows = []
    ours = core_bench_us(args.core_bench)
    rows.append(("JSON decode, Pod", "windlass parse_json (nlohmann)", ours["BM_JsonDecodePod"]))
    rows.append(("JSON decode, Pod", "python json.loads", per_op_us(lambda: json.loads(pod_json))))
    try:
        rows.append(("JSON decode, Pod", "node JSON.parse", node_json_parse_us(pod_json)))
    except (OSError, subprocess.CalledProcessError) as e:
        rows.append(("JSON decode, Pod", f"node JSON.parse (unavailable: {e})", float("nan")))
    rows.append(("YAML to JSON, Pod", "windlass yaml_to_json (yaml-cpp)", ours["BM_YamlToJsonPod"]))
    try:
        import yaml
        rows.append(("YAML to JSON, Pod", "python yaml.safe_load (pure Python)",
                     per_op_us(lambda: yaml.load(pod_yaml, Loader=yaml.SafeLoader))))
        if getattr(yaml, "CSafeLoader", None):
            rows.append(("YAML to JSON, Pod", "python yaml CSafeLoader (libyaml)",
                         per_op_us(lambda: yaml.load(pod_yaml, Loader=yaml.CSafeLoader))))
    except ImportError:
        rows.append(("YAML to JSON, Pod", "python yaml (PyYAML not installed)", float("nan")))
    print("| operation | implementation | µs per op |")
    print("|---|---|---|")
    for op, impl, us in rows:
        print(f"| {op} | {impl} | {us:.1f} |")


if __name__ == "__main__":
    main()
