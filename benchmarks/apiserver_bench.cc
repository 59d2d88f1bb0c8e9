// windlass-apiserver benchmarks: the figures spec/performance-anchors.md compares with envtest
// (start-up), etcd (writes/s, reads/s, bytes per key) and the watch cache (fan-out).
//
//   BM_StartStop          in-process start (HTTPS, fresh CA and certificates) + stop
//   BM_Create / BM_Get    ConfigMap create / get over one kept-alive HTTPS connection
//   BM_CreateDurable      the same creates with a data directory (WAL, fdatasync per write)
//   BM_WatchFanout/N      events/s delivered to N watchers, each on its own connection
//   BM_StoredObjectBytes  resident memory per stored ConfigMap (in the store itself)
#include "storage/memory_store.h"

#include <windlass/core/json.h>
#include <windlass/testkit/api_server.h>

#include <benchmark/benchmark.h>
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast.hpp>
#include <boost/beast/ssl.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>
#include <unistd.h>

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using windlass::testkit::ApiServer;

std::unique_ptr<ApiServer> start_server(const std::string& data_dir = "") {
  auto s = ApiServer::start({.data_dir = data_dir});
  if (!s) std::abort();
  return std::move(*s);
}

// One kept-alive HTTPS connection authenticated with the admin client certificate.
class Conn {
 public:
  explicit Conn(const ApiServer& server) : ssl_(asio::ssl::context::tls_client) {
    ssl_.add_certificate_authority(asio::buffer(server.ca_pem()));
    ssl_.set_verify_mode(asio::ssl::verify_peer);
    ssl_.use_certificate_chain(asio::buffer(server.client_cert_pem()));
    ssl_.use_private_key(asio::buffer(server.client_key_pem()), asio::ssl::context::pem);
    stream_ = std::make_unique<beast::ssl_stream<beast::tcp_stream>>(ioc_, ssl_);
    beast::get_lowest_layer(*stream_).connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server.port()));
    stream_->handshake(asio::ssl::stream_base::client);
  }
  int send(http::verb verb, const std::string& target, const std::string& body = "") {
    http::request<http::string_body> req{verb, target, 11};
    req.set(http::field::host, "127.0.0.1");
    if (!body.empty()) req.set(http::field::content_type, "application/json");
    req.body() = body;
    req.prepare_payload();
    http::write(*stream_, req);
    http::response<http::string_body> res;
    http::read(*stream_, buffer_, res);
    return res.result_int();
  }
  // Starts a watch; count_lines() then counts the events as they arrive.
  void start_watch(const std::string& target) {
    http::request<http::empty_body> req{http::verb::get, target, 11};
    req.set(http::field::host, "127.0.0.1");
    http::write(*stream_, req);
    parser_.body_limit(boost::none);
    http::read_header(*stream_, buffer_, parser_);
  }
  void count_lines(std::size_t want, std::atomic<std::size_t>& total) {
    std::size_t seen = 0;
    char buf[65536];
    while (seen < want) {
      parser_.get().body().data = buf;
      parser_.get().body().size = sizeof buf;
      beast::error_code ec;
      http::read_some(*stream_, buffer_, parser_, ec);
      if (ec && ec != http::error::need_buffer) break;
      std::size_t n = sizeof buf - parser_.get().body().size;
      for (std::size_t i = 0; i < n; ++i)
        if (buf[i] == '\n') ++seen;
    }
    total += seen;
  }

 private:
  asio::io_context ioc_;
  asio::ssl::context ssl_;
  std::unique_ptr<beast::ssl_stream<beast::tcp_stream>> stream_;
  beast::flat_buffer buffer_;
  http::response_parser<http::buffer_body> parser_;
};

std::string config_map(const std::string& name) {
  return R"({"metadata":{"name":")" + name +
         R"(","labels":{"app":"bench","tier":"backend"}},"data":{"mode":"fast","replicas":"3","endpoint":"https://example.com:8443/v1"}})";
}

void BM_StartStop(benchmark::State& state) {
  for (auto _ : state) {
    auto s = start_server();
    s->stop();
  }
}
BENCHMARK(BM_StartStop)->Unit(benchmark::kMillisecond);

void BM_Create(benchmark::State& state) {
  auto server = start_server();
  Conn c(*server);
  std::size_t i = 0;
  for (auto _ : state) {
    if (c.send(http::verb::post, "/api/v1/namespaces/default/configmaps", config_map("c" + std::to_string(i++))) != 201)
      state.SkipWithError("create failed");
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_Create)->Unit(benchmark::kMicrosecond)->UseRealTime();

// The same with a data directory: every create is fdatasync'ed before it is answered.
void BM_CreateDurable(benchmark::State& state) {
  std::string dir = "/tmp/windlass-bench-" + std::to_string(::getpid());
  {
    auto server = start_server(dir);
    Conn c(*server);
    std::size_t i = 0;
    for (auto _ : state) {
      if (c.send(http::verb::post, "/api/v1/namespaces/default/configmaps", config_map("d" + std::to_string(i++))) != 201)
        state.SkipWithError("create failed");
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_CreateDurable)->Unit(benchmark::kMicrosecond)->UseRealTime();

void BM_Get(benchmark::State& state) {
  auto server = start_server();
  Conn c(*server);
  c.send(http::verb::post, "/api/v1/namespaces/default/configmaps", config_map("target"));
  for (auto _ : state) {
    if (c.send(http::verb::get, "/api/v1/namespaces/default/configmaps/target") != 200)
      state.SkipWithError("get failed");
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_Get)->Unit(benchmark::kMicrosecond)->UseRealTime();

// Events/s delivered: `watchers` connections each watching the namespace while one writer
// creates 200 ConfigMaps; timed from the first create until every watcher has every event.
void BM_WatchFanout(benchmark::State& state) {
  const auto watchers = static_cast<std::size_t>(state.range(0));
  constexpr std::size_t kEvents = 200;
  std::size_t round = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto server = start_server();
    std::vector<std::unique_ptr<Conn>> conns;
    std::string rv = std::to_string(server->resource_version());
    for (std::size_t w = 0; w < watchers; ++w) {
      conns.push_back(std::make_unique<Conn>(*server));
      conns.back()->start_watch("/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=" + rv);
    }
    Conn writer(*server);
    std::atomic<std::size_t> total{0};
    state.ResumeTiming();
    std::vector<std::thread> readers;
    for (auto& c : conns) readers.emplace_back([&c, &total] { c->count_lines(kEvents, total); });
    for (std::size_t i = 0; i < kEvents; ++i)
      writer.send(http::verb::post, "/api/v1/namespaces/default/configmaps", config_map("r" + std::to_string(round) + "-" + std::to_string(i)));
    for (auto& t : readers) t.join();
    state.PauseTiming();
    if (total != watchers * kEvents) state.SkipWithError("events lost");
    server->stop();
    ++round;
    state.ResumeTiming();
  }
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(watchers * kEvents) * static_cast<double>(state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WatchFanout)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

std::size_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  std::size_t size = 0, resident = 0;
  statm >> size >> resident;
  return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

void BM_StoredObjectBytes(benchmark::State& state) {
  constexpr std::size_t kObjects = 20000;
  double per_object = 0;
  for (auto _ : state) {
    auto store = windlass::apiserver::MemoryStore::open({.history_limit = 1});
    std::size_t before = resident_bytes();
    for (std::size_t i = 0; i < kObjects; ++i) {
      auto obj = windlass::parse_json(config_map("m" + std::to_string(i)));
      (void)(*store)->create("/registry/core/configmaps/default/m" + std::to_string(i), std::move(*obj));
    }
    per_object = static_cast<double>(resident_bytes() - before) / kObjects;
  }
  state.counters["bytes/object"] = per_object;
}
BENCHMARK(BM_StoredObjectBytes)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
