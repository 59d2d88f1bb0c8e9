// Core hot paths: the figures an informer pays per object (JSON decode of a Pod, label
// selector matching) and per resource calculation (Quantity parsing).

#include <windlass/core/json.h>
#include <windlass/core/label_selector.h>
#include <windlass/core/quantity.h>
#include <windlass/core/yaml.h>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace {

// A Pod as kube-apiserver returns it from a list (managedFields, status, one container),
// shared with the peer comparison in benchmarks/peers/.
const std::string& pod_json() {
  static const std::string text = [] {
    std::ifstream in(WINDLASS_BENCH_DATA_DIR "/pod.json");
    std::ostringstream ss;
    ss << in.rdbuf();
    if (ss.str().empty()) {
      std::fprintf(stderr, "cannot read %s/pod.json\n", WINDLASS_BENCH_DATA_DIR);
      std::abort();
    }
    return ss.str();
  }();
  return text;
}

void BM_JsonDecodePod(benchmark::State& state) {
  for (auto _ : state) {
    auto j = windlass::parse_json(pod_json());
    benchmark::DoNotOptimize(j);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * pod_json().size()));
}
BENCHMARK(BM_JsonDecodePod);

void BM_JsonEncodePod(benchmark::State& state) {
  auto j = *windlass::parse_json(pod_json());
  for (auto _ : state) {
    auto s = windlass::to_json_string(j);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_JsonEncodePod);

void BM_YamlToJsonPod(benchmark::State& state) {
  std::string yaml = windlass::to_yaml(*windlass::parse_json(pod_json()));
  for (auto _ : state) {
    auto j = windlass::yaml_to_json(yaml);
    benchmark::DoNotOptimize(j);
  }
}
BENCHMARK(BM_YamlToJsonPod);

void BM_LabelSelectorParse(benchmark::State& state) {
  for (auto _ : state) {
    auto s = windlass::Selector::parse("app=web,tier in (frontend,backend),!canary,env!=dev");
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_LabelSelectorParse);

void BM_LabelSelectorMatchMap(benchmark::State& state) {
  auto sel = *windlass::Selector::parse("app=web,tier in (frontend,backend),!canary,env!=dev");
  std::map<std::string, std::string> labels{
      {"app", "web"}, {"tier", "frontend"}, {"pod-template-hash", "7d4b9c8f5"}};
  for (auto _ : state) benchmark::DoNotOptimize(sel.matches(labels));
}
BENCHMARK(BM_LabelSelectorMatchMap);

// Matching straight against an object's metadata.labels JSON, as an informer index would.
void BM_LabelSelectorMatchJson(benchmark::State& state) {
  auto sel = *windlass::Selector::parse("app=web,tier in (frontend,backend),!canary,env!=dev");
  auto pod = *windlass::parse_json(pod_json());
  const auto& labels = pod["metadata"]["labels"];
  for (auto _ : state)
    benchmark::DoNotOptimize(sel.matches(windlass::LabelsView::of_json(labels)));
}
BENCHMARK(BM_LabelSelectorMatchJson);

void BM_QuantityParse(benchmark::State& state) {
  const char* inputs[] = {"100m", "1.5Gi", "128Mi", "2", "0.25", "1e3", "500Ki", "3.5"};
  std::size_t i = 0;
  for (auto _ : state) {
    auto q = windlass::Quantity::parse(inputs[i++ % 8]);
    benchmark::DoNotOptimize(q);
  }
}
BENCHMARK(BM_QuantityParse);

void BM_QuantityFormat(benchmark::State& state) {
  auto q = *windlass::Quantity::parse("1.5Gi");
  for (auto _ : state) {
    auto s = q.to_string();
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_QuantityFormat);

}  // namespace
