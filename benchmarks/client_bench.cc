// windlass::client benchmarks: requests/s and watch events/s decoded by our client, over one
// kept-alive HTTPS connection (client certificate auth), the figures benchmarks/peers/
// client_peers.py also takes from the python client and @kubernetes/client-node.
//
//   BM_ClientGet           get of one ConfigMap, unstructured (Json), awaited back to back
//   BM_ClientGetTyped      the same decoded into api::core::v1::ConfigMap (what the peers do)
//   BM_ClientGetBlocking   typed get through Client::run() per call (the CLI/test path: one
//                          hand-off to the transport's thread and back per request)
//   BM_ClientCreate        create of a ConfigMap (typed object in, typed object out)
//   BM_ClientWatchDecode   ADDED events/s decoded into Json from a watch replaying N creates
//
// The server is an in-process testkit::ApiServer (in memory), unless $WINDLASS_BENCH_KUBECONFIG
// names the kubeconfig of a running windlass-apiserver (client_peers.py does this so every
// client talks to the same server process). $WINDLASS_BENCH_WATCH="NAMESPACE:RV:N" then names
// N ConfigMaps created after resourceVersion RV for the watch benchmark; without it the
// benchmark creates them itself.
#include <windlass/api/core/v1/config_map.h>
#include <windlass/api/core/v1/namespace.h>
#include <windlass/client/client.h>
#include <windlass/testkit/api_server.h>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace {

using namespace windlass;
using namespace windlass::client;
using api::core::v1::ConfigMap;

struct Setup {
  std::unique_ptr<testkit::ApiServer> server;  // null when the server is external
  std::unique_ptr<Client> client;
};

Setup& setup() {
  static Setup s = [] {
    Setup out;
    std::string kubeconfig;
    if (const char* path = std::getenv("WINDLASS_BENCH_KUBECONFIG")) {
      std::ifstream f(path);
      std::stringstream ss;
      ss << f.rdbuf();
      kubeconfig = ss.str();
    } else {
      auto server = testkit::ApiServer::start();
      if (!server) {
        std::fprintf(stderr, "client_bench: %s\n", server.error().message().c_str());
        std::abort();
      }
      out.server = std::move(*server);
      kubeconfig = out.server->kubeconfig();
    }
    auto kc = Kubeconfig::parse(kubeconfig, "bench");
    auto cfg = kc ? Config::from(*kc) : Result<Config>(kc.error());
    auto client = cfg ? Client::create(*cfg) : Result<Client>(cfg.error());
    if (!client) {
      std::fprintf(stderr, "client_bench: %s\n", client.error().message().c_str());
      std::abort();
    }
    out.client = std::make_unique<Client>(std::move(*client));
    return out;
  }();
  return s;
}

ConfigMap config_map(const std::string& name, const std::string& ns = "default") {
  ConfigMap c;
  c.metadata.name = name;
  c.metadata.namespace_ = ns;
  c.metadata.labels = {{"app", "bench"}, {"tier", "backend"}};
  c.data = {{"mode", "fast"}, {"replicas", "3"}, {"endpoint", "https://example.com:8443/v1"}};
  return c;
}

// A name no other run or client uses: the external server is shared.
std::string unique_name(const char* prefix) {
  static std::atomic<std::uint64_t> n{0};
  return std::string(prefix) + "-" + std::to_string(::getpid()) + "-" + std::to_string(n++);
}

void ensure_target(Client& c) {
  auto r = c.run(c.create(config_map("cpp-target")));
  if (!r && !is_already_exists(r.error())) std::abort();
}

void BM_ClientGet(benchmark::State& state) {
  Client& c = *setup().client;
  ensure_target(c);
  const ResourceRef cms = ResourceRef::of<ConfigMap>();
  auto ok = c.run([&]() -> Task<Result<bool>> {
    for (auto _ : state) {
      auto r = co_await c.get(cms, "default", "cpp-target");
      if (!r) co_return false;
      benchmark::DoNotOptimize(r);
    }
    co_return true;
  }());
  if (!ok || !*ok) state.SkipWithError("get failed");
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_ClientGet)->Unit(benchmark::kMicrosecond)->UseRealTime();

void BM_ClientGetTyped(benchmark::State& state) {
  Client& c = *setup().client;
  ensure_target(c);
  auto ok = c.run([&]() -> Task<Result<bool>> {
    for (auto _ : state) {
      auto r = co_await c.get<ConfigMap>("default", "cpp-target");
      if (!r) co_return false;
      benchmark::DoNotOptimize(r);
    }
    co_return true;
  }());
  if (!ok || !*ok) state.SkipWithError("get failed");
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_ClientGetTyped)->Unit(benchmark::kMicrosecond)->UseRealTime();

void BM_ClientGetBlocking(benchmark::State& state) {
  Client& c = *setup().client;
  ensure_target(c);
  for (auto _ : state) {
    auto r = c.run(c.get<ConfigMap>("default", "cpp-target"));
    if (!r) state.SkipWithError("get failed");
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_ClientGetBlocking)->Unit(benchmark::kMicrosecond)->UseRealTime();

void BM_ClientCreate(benchmark::State& state) {
  Client& c = *setup().client;
  auto ok = c.run([&]() -> Task<Result<bool>> {
    for (auto _ : state) {
      ConfigMap cm = config_map(unique_name("cpp"));
      auto r = co_await c.create(cm);
      if (!r) co_return false;
      benchmark::DoNotOptimize(r);
    }
    co_return true;
  }());
  if (!ok || !*ok) state.SkipWithError("create failed");
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_ClientCreate)->Unit(benchmark::kMicrosecond)->UseRealTime();

struct WatchFixture {
  std::string ns;
  std::string rv;
  std::size_t n = 0;
};

// N ConfigMaps created after a known resourceVersion: a watch from it replays them as fast as
// the server sends and the client decodes.
const WatchFixture& watch_fixture(std::size_t n) {
  static WatchFixture f = [n] {
    WatchFixture out;
    if (const char* spec = std::getenv("WINDLASS_BENCH_WATCH")) {
      std::string s = spec;
      auto a = s.find(':'), b = s.rfind(':');
      out.ns = s.substr(0, a);
      out.rv = s.substr(a + 1, b - a - 1);
      out.n = std::stoul(s.substr(b + 1));
      return out;
    }
    Client& c = *setup().client;
    out.ns = "bench-watch";
    api::core::v1::Namespace ns;
    ns.metadata.name = out.ns;
    (void)c.run(c.create(ns));
    auto list = c.run(c.list<ConfigMap>(out.ns));
    if (!list) std::abort();
    out.rv = list->resource_version;
    out.n = n;
    for (std::size_t i = 0; i < n; ++i)
      if (!c.run(c.create(config_map("w" + std::to_string(i), out.ns)))) std::abort();
    return out;
  }();
  return f;
}

void BM_ClientWatchDecode(benchmark::State& state) {
  Client& c = *setup().client;
  const WatchFixture& f = watch_fixture(static_cast<std::size_t>(state.range(0)));
  std::size_t total = 0;
  for (auto _ : state) {
    auto seen = c.run([&]() -> Task<Result<std::size_t>> {
      WatchOptions options;
      options.resource_version = f.rv;
      options.allow_bookmarks = false;
      auto w = co_await c.watch(ResourceRef::of<ConfigMap>(), f.ns, options);
      if (!w) co_return w.error();
      std::size_t n = 0;
      while (n < f.n) {
        auto e = co_await w->next();
        if (!e) co_return e.error();
        if (!*e) break;
        benchmark::DoNotOptimize(**e);
        ++n;
      }
      w->cancel();
      co_return n;
    }());
    if (!seen || *seen != f.n) state.SkipWithError("watch ended early");
    total += f.n;
  }
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(total), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ClientWatchDecode)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
