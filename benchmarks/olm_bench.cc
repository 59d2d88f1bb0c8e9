// OLM packaging: what `windlass bundle validate` costs per bundle on a tree of 50 bundles (the
// issue's acceptance figure), with and without the operatorframework optional suite, and what
// `windlass bundle generate` costs for one operator.
//
// The bundles are generated at start into a temp dir: a CSV of realistic size (description,
// icon, two deployments' worth of install strategy, permissions, examples), two CRDs with
// OpenAPI schemas, a Service and annotations.yaml. Set OLM_BENCH_TREE=<dir> to write the tree
// there and keep it (for timing the CLI on the same input).
#include <windlass/core/json.h>
#include <windlass/core/yaml.h>
#include <windlass/olm/bundle.h>
#include <windlass/olm/bundle_generator.h>
#include <windlass/olm/bundle_validator.h>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using windlass::Json;

constexpr int kBundles = 50;

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

Json crd(const std::string& kind, const std::string& plural) {
  Json props = Json::object();
  for (int i = 0; i < 40; ++i)
    props["field" + std::to_string(i)] = {{"type", i % 3 ? "string" : "integer"},
                                          {"description", "Field " + std::to_string(i) + " of the " + kind + " spec."}};
  Json schema = {{"type", "object"},
                 {"description", kind + " is the Schema for the " + plural + " API"},
                 {"properties", {{"spec", {{"type", "object"}, {"properties", props}}},
                                 {"status", {{"type", "object"}, {"x-kubernetes-preserve-unknown-fields", true}}}}}};
  return {{"apiVersion", "apiextensions.k8s.io/v1"},
          {"kind", "CustomResourceDefinition"},
          {"metadata", {{"name", plural + ".bench.example.com"}}},
          {"spec",
           {{"group", "bench.example.com"},
            {"names", {{"kind", kind}, {"listKind", kind + "List"}, {"plural", plural}, {"singular", plural.substr(0, plural.size() - 1)}}},
            {"scope", "Namespaced"},
            {"versions", Json::array({{{"name", "v1"}, {"served", true}, {"storage", true},
                                       {"schema", {{"openAPIV3Schema", schema}}}, {"subresources", {{"status", Json::object()}}}}})}}}};
}

Json csv(const std::string& version) {
  Json deployment = {
      {"name", "bench-operator-controller-manager"},
      {"spec",
       {{"replicas", 1},
        {"selector", {{"matchLabels", {{"control-plane", "controller-manager"}}}}},
        {"template",
         {{"metadata", {{"labels", {{"control-plane", "controller-manager"}}}}},
          {"spec",
           {{"serviceAccountName", "bench-operator-controller-manager"},
            {"containers",
             Json::array({{{"name", "manager"},
                           {"image", "quay.io/example/bench-operator:v" + version},
                           {"args", Json::array({"--leader-elect", "--health-probe-bind-address=:8081"})},
                           {"resources", {{"requests", {{"cpu", "10m"}, {"memory", "64Mi"}}},
                                          {"limits", {{"cpu", "500m"}, {"memory", "128Mi"}}}}}}})}}}}}}}};
  Json rules = Json::array();
  for (const char* r : {"widgets", "gadgets", "deployments", "services", "configmaps", "secrets", "leases"})
    rules.push_back({{"apiGroups", Json::array({"bench.example.com"})}, {"resources", Json::array({r})},
                     {"verbs", Json::array({"get", "list", "watch", "create", "update", "patch", "delete"})}});
  std::string examples =
      R"([{"apiVersion":"bench.example.com/v1","kind":"Widget","metadata":{"name":"w"},"spec":{"field1":"a"}},)"
      R"({"apiVersion":"bench.example.com/v1","kind":"Gadget","metadata":{"name":"g"},"spec":{"field1":"b"}}])";
  return {{"apiVersion", "operators.coreos.com/v1alpha1"},
          {"kind", "ClusterServiceVersion"},
          {"metadata",
           {{"name", "bench-operator.v" + version},
            {"namespace", "placeholder"},
            {"annotations", {{"alm-examples", examples}, {"capabilities", "Basic Install"}, {"categories", "Database"},
                             {"containerImage", "quay.io/example/bench-operator:v" + version},
                             {"description", "Benchmarks the validator"}, {"createdAt", "2026-01-01T00:00:00Z"},
                             {"repository", "https://example.com/bench"}, {"support", "Example"}}}}},
          {"spec",
           {{"displayName", "Bench Operator"},
            {"description", std::string(4000, 'x')},
            {"version", version},
            {"minKubeVersion", "1.25.0"},
            {"maturity", "stable"},
            {"provider", {{"name", "Example"}, {"url", "https://example.com"}}},
            {"maintainers", Json::array({{{"name", "Ops"}, {"email", "ops@example.com"}}})},
            {"links", Json::array({{{"name", "Docs"}, {"url", "https://example.com/docs"}}})},
            {"keywords", Json::array({"bench", "widgets"})},
            {"icon", Json::array({{{"base64data", std::string(2000, 'A')}, {"mediatype", "image/png"}}})},
            {"installModes", Json::array({{{"type", "OwnNamespace"}, {"supported", true}},
                                          {{"type", "SingleNamespace"}, {"supported", true}},
                                          {{"type", "MultiNamespace"}, {"supported", false}},
                                          {{"type", "AllNamespaces"}, {"supported", true}}})},
            {"customresourcedefinitions",
             {{"owned", Json::array({{{"name", "widgets.bench.example.com"}, {"version", "v1"}, {"kind", "Widget"},
                                      {"displayName", "Widget"}, {"description", "A widget"}},
                                     {{"name", "gadgets.bench.example.com"}, {"version", "v1"}, {"kind", "Gadget"},
                                      {"displayName", "Gadget"}, {"description", "A gadget"}}})}}},
            {"install",
             {{"strategy", "deployment"},
              {"spec", {{"deployments", Json::array({deployment})},
                        {"clusterPermissions", Json::array({{{"serviceAccountName", "bench-operator-controller-manager"},
                                                              {"rules", rules}}})}}}}},
            {"relatedImages", Json::array({{{"name", "manager"}, {"image", "quay.io/example/bench-operator:v" + version}}})}}}};
}

// The 50-bundle tree, written once.
const fs::path& tree() {
  static const fs::path dir = [] {
    fs::path d;
    if (const char* keep = std::getenv("OLM_BENCH_TREE")) {
      d = keep;
    } else {
      std::random_device rd;
      d = fs::temp_directory_path() / ("windlass-olm-bench-" + std::to_string(rd()));
      std::atexit([] {
        std::error_code ec;
        fs::remove_all(tree(), ec);
      });
    }
    for (int i = 0; i < kBundles; ++i) {
      std::string version = "1." + std::to_string(i) + ".0";
      fs::path b = d / ("bench-operator-" + version);
      write(b / "manifests" / "bench-operator.clusterserviceversion.yaml", windlass::to_yaml(csv(version)));
      write(b / "manifests" / "bench.example.com_widgets.yaml", windlass::to_yaml(crd("Widget", "widgets")));
      write(b / "manifests" / "bench.example.com_gadgets.yaml", windlass::to_yaml(crd("Gadget", "gadgets")));
      write(b / "manifests" / "bench-operator-metrics_v1_service.yaml",
            "apiVersion: v1\nkind: Service\nmetadata:\n  name: bench-operator-metrics\nspec:\n  ports:\n  - port: 8443\n");
      write(b / "metadata" / "annotations.yaml",
            "annotations:\n"
            "  operators.operatorframework.io.bundle.mediatype.v1: registry+v1\n"
            "  operators.operatorframework.io.bundle.manifests.v1: manifests/\n"
            "  operators.operatorframework.io.bundle.metadata.v1: metadata/\n"
            "  operators.operatorframework.io.bundle.package.v1: bench-operator\n"
            "  operators.operatorframework.io.bundle.channels.v1: stable\n"
            "  operators.operatorframework.io.bundle.channel.default.v1: stable\n");
    }
    return d;
  }();
  return dir;
}

void validate_tree(benchmark::State& state, const std::string& selector) {
  auto dirs = windlass::olm::find_bundle_dirs(tree());
  if (dirs.size() != kBundles) {
    state.SkipWithError("bundle tree not written");
    return;
  }
  for (auto _ : state) {
    for (const auto& d : dirs) {
      auto b = windlass::olm::load_bundle(d);
      auto r = windlass::olm::validate_bundle(*b, {.selector = selector});
      if (!r || !r->passed) {
        state.SkipWithError(("unexpected validation errors in " + d.string()).c_str());
        return;
      }
      benchmark::DoNotOptimize(r);
    }
  }
  state.counters["bundles"] = kBundles;
  // Seconds per bundle (benchmark prints it scaled, e.g. "3.1ms").
  state.counters["per_bundle"] = benchmark::Counter(static_cast<double>(state.iterations() * kBundles),
                                                    benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_ValidateBundles50(benchmark::State& state) { validate_tree(state, ""); }
BENCHMARK(BM_ValidateBundles50)->Unit(benchmark::kMillisecond);

void BM_ValidateBundles50OperatorFramework(benchmark::State& state) {
  validate_tree(state, "suite=operatorframework");
}
BENCHMARK(BM_ValidateBundles50OperatorFramework)->Unit(benchmark::kMillisecond);

// build_bundle for one operator (the fold and YAML rendering, no disk).
void BM_GenerateBundle(benchmark::State& state) {
  std::vector<Json> inputs = {crd("Widget", "widgets"), crd("Gadget", "gadgets")};
  Json c = csv("1.0.0");
  Json dep = {{"apiVersion", "apps/v1"}, {"kind", "Deployment"},
              {"metadata", {{"name", "bench-operator-controller-manager"}, {"namespace", "bench-system"}}},
              {"spec", c["spec"]["install"]["spec"]["deployments"][0]["spec"]}};
  inputs.push_back(dep);
  inputs.push_back({{"apiVersion", "rbac.authorization.k8s.io/v1"}, {"kind", "ClusterRole"},
                    {"metadata", {{"name", "manager-role"}}},
                    {"rules", c["spec"]["install"]["spec"]["clusterPermissions"][0]["rules"]}});
  inputs.push_back(*windlass::parse_json(
      R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRoleBinding","metadata":{"name":"manager-rolebinding"},
          "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"manager-role"},
          "subjects":[{"kind":"ServiceAccount","name":"bench-operator-controller-manager","namespace":"bench-system"}]})"));
  c["spec"].erase("install");
  windlass::olm::GenerateOptions o{.package = "bench-operator", .version = "1.0.1", .channels = {"stable"}};
  for (auto _ : state) {
    auto g = windlass::olm::build_bundle(o, inputs, &c, nullptr);
    if (!g) {
      state.SkipWithError(g.error().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_GenerateBundle)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
