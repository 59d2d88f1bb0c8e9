// The client against a real API server (windlass::testkit::ApiServer over HTTPS with the admin
// client certificate), and its transport against a scripted server that misbehaves on purpose.
#include "fault_server.h"

#include <windlass/api/apiextensions/v1/custom_resource_definition.h>
#include <windlass/api/core/v1/config_map.h>
#include <windlass/client/client.h>
#include <windlass/testkit/api_server.h>

#include <gtest/gtest.h>
#include <zlib.h>

namespace windlass::client {
namespace {

using api::core::v1::ConfigMap;

Config config_for(const testkit::ApiServer& server) {
  auto kc = Kubeconfig::parse(server.kubeconfig(), "testkit");
  EXPECT_TRUE(kc) << kc.error().message();
  auto cfg = Config::from(*kc);
  EXPECT_TRUE(cfg) << cfg.error().message();
  return *cfg;
}

class ClientTest : public ::testing::Test {
 protected:
  void SetUp() override { start({}); }
  void start(testkit::ApiServerOptions options) {
    client_.reset();
    auto s = testkit::ApiServer::start(options);
    ASSERT_TRUE(s) << s.error().message();
    server_ = std::move(*s);
    ClientOptions co;
    co.transport.on_warning = [this](const std::string& w) {
      std::lock_guard lock(mu_);
      warnings_.push_back(w);
    };
    auto c = Client::create(config_for(*server_), co);
    ASSERT_TRUE(c) << c.error().message();
    client_ = std::make_unique<Client>(std::move(*c));
  }
  template <class T>
  T run(Task<T> t) {
    return client_->run(std::move(t));
  }
  static ConfigMap cm(const std::string& name, std::map<std::string, std::string> data = {{"a", "1"}}) {
    ConfigMap c;
    c.metadata.name = name;
    c.metadata.namespace_ = "default";
    c.data = std::move(data);
    return c;
  }

  std::unique_ptr<testkit::ApiServer> server_;
  std::unique_ptr<Client> client_;
  std::mutex mu_;
  std::vector<std::string> warnings_;
};

TEST_F(ClientTest, TypedVerbsOnAConfigMap) {
  auto created = run(client_->create(cm("settings")));
  ASSERT_TRUE(created) << created.error().message();
  EXPECT_FALSE(created->metadata.uid.empty());
  auto dup = run(client_->create(cm("settings")));
  ASSERT_FALSE(dup);
  EXPECT_TRUE(is_already_exists(dup.error())) << dup.error().message();

  auto got = run(client_->get<ConfigMap>("default", "settings"));
  ASSERT_TRUE(got);
  EXPECT_EQ(got->data.at("a"), "1");
  ConfigMap changed = *got;
  changed.data["b"] = "2";
  auto updated = run(client_->update(changed));
  ASSERT_TRUE(updated) << updated.error().message();
  // The same stale copy again: the resourceVersion no longer matches.
  auto stale = run(client_->update(changed));
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code(), ErrorCode::kConflict);
  EXPECT_NE(stale.error().message().find("the object has been modified"), std::string::npos);

  auto merged = run(client_->patch<ConfigMap>("default", "settings", Json{{"data", {{"c", "3"}}}}));
  ASSERT_TRUE(merged);
  EXPECT_EQ(merged->data.size(), 3u);
  auto json_patched = run(client_->patch<ConfigMap>("default", "settings",
                                                    Json::parse(R"([{"op":"remove","path":"/data/a"}])"),
                                                    {.type = PatchType::kJson}));
  ASSERT_TRUE(json_patched);
  EXPECT_EQ(json_patched->data.count("a"), 0u);
  auto strategic = run(client_->patch<ConfigMap>("default", "settings", Json{{"metadata", {{"labels", {{"x", "y"}}}}}},
                                                 {.type = PatchType::kStrategicMerge}));
  ASSERT_TRUE(strategic);
  EXPECT_EQ(strategic->metadata.labels.at("x"), "y");

  // Server-side apply with two managers owning different keys.
  auto mine = run(client_->apply(cm("applied", {{"mine", "1"}}), "alpha"));
  ASSERT_TRUE(mine) << mine.error().message();
  auto theirs = run(client_->patch(ResourceRef::of<ConfigMap>(), "default", "applied",
                                   Json{{"data", {{"theirs", "2"}}}}, {.type = PatchType::kApply, .field_manager = "beta"}));
  ASSERT_TRUE(theirs) << theirs.error().message();
  auto conflict = run(client_->apply(cm("applied", {{"theirs", "3"}}), "alpha"));
  ASSERT_FALSE(conflict);
  EXPECT_EQ(conflict.error().code(), ErrorCode::kConflict);
  ASSERT_TRUE(conflict.error().status());
  EXPECT_EQ(conflict.error().status()->details->causes.at(0).type, "FieldManagerConflict");
  EXPECT_TRUE(run(client_->apply(cm("applied", {{"theirs", "3"}}), "alpha", /*force=*/true)));

  auto gone = run(client_->remove<ConfigMap>("default", "settings"));
  ASSERT_TRUE(gone) << gone.error().message();
  EXPECT_EQ((*gone)["status"], "Success");
  auto missing = run(client_->get<ConfigMap>("default", "settings"));
  ASSERT_FALSE(missing);
  EXPECT_TRUE(is_not_found(missing.error()));
  EXPECT_EQ(missing.error().message(), "configmaps \"settings\" not found");
}

TEST_F(ClientTest, UnstructuredCustomResourcesWithStatus) {
  const ResourceRef crds{"apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", false};
  auto crd = run(client_->create(crds, Json::parse(R"({"metadata":{"name":"gadgets.example.com"},
    "spec":{"group":"example.com","scope":"Namespaced","names":{"kind":"Gadget","plural":"gadgets"},
    "versions":[{"name":"v1","served":true,"storage":true,"subresources":{"status":{}},
      "schema":{"openAPIV3Schema":{"type":"object","properties":{
        "spec":{"type":"object","properties":{"size":{"type":"integer"}}},
        "status":{"type":"object","properties":{"ready":{"type":"boolean"}}}}}}}]}})")));
  ASSERT_TRUE(crd) << crd.error().message();
  const ResourceRef gadgets{"example.com", "v1", "gadgets", "Gadget", true};
  auto g = run(client_->create(gadgets, Json::parse(R"({"metadata":{"name":"g1","namespace":"default"},"spec":{"size":2}})")));
  ASSERT_TRUE(g) << g.error().message();
  Json with_status = *g;
  with_status["status"] = {{"ready", true}};
  auto st = run(client_->update_status(gadgets, with_status));
  ASSERT_TRUE(st) << st.error().message();
  EXPECT_EQ((*st)["status"]["ready"], true);
  auto listed = run(client_->list(gadgets, "default"));
  ASSERT_TRUE(listed);
  EXPECT_EQ((*listed)["items"].size(), 1u);
  auto dry = run(client_->remove(gadgets, "default", "g1", {.dry_run = true}));
  ASSERT_TRUE(dry);
  EXPECT_TRUE(run(client_->get(gadgets, "default", "g1")));
  ASSERT_TRUE(run(client_->remove(gadgets, "default", "g1", {.propagation_policy = "Background"})));
  EXPECT_FALSE(run(client_->get(gadgets, "default", "g1")));
  // A field the schema does not know comes back as a warning.
  auto warned = run(client_->create(gadgets, Json::parse(R"({"metadata":{"name":"g2","namespace":"default"},"spec":{"size":1,"colour":"red"}})")));
  ASSERT_TRUE(warned);
  std::lock_guard lock(mu_);
  ASSERT_EQ(warnings_.size(), 1u);
  EXPECT_EQ(warnings_[0], "unknown field \"spec.colour\"");
}

TEST_F(ClientTest, PagingThroughTwoThousandObjects) {
  const int n = 2000;
  for (int i = 0; i < n; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "cm-%04d", i);
    ConfigMap c = cm(name);
    c.metadata.labels["tier"] = i % 2 ? "odd" : "even";
    ASSERT_TRUE(run(client_->create(c)));
  }
  auto first = run(client_->list<ConfigMap>("default", {.limit = 300}));
  ASSERT_TRUE(first);
  EXPECT_EQ(first->items.size(), 300u);
  EXPECT_FALSE(first->continue_token.empty());
  int pages = 1;
  std::size_t seen = first->items.size();
  std::string token = first->continue_token;
  while (!token.empty()) {
    auto page = run(client_->list<ConfigMap>("default", {.limit = 300, .continue_token = token}));
    ASSERT_TRUE(page) << page.error().message();
    seen += page->items.size();
    token = page->continue_token;
    ++pages;
  }
  EXPECT_EQ(seen, static_cast<std::size_t>(n));
  EXPECT_EQ(pages, 7);
  auto all = run(client_->list_all<ConfigMap>("default"));
  ASSERT_TRUE(all);
  EXPECT_EQ(all->items.size(), static_cast<std::size_t>(n));
  EXPECT_EQ(all->items.front().metadata.name, "cm-0000");
  EXPECT_EQ(all->items.back().metadata.name, "cm-1999");
  auto odd = run(client_->list_all<ConfigMap>("default", {.label_selector = "tier=odd"}));
  ASSERT_TRUE(odd);
  EXPECT_EQ(odd->items.size(), static_cast<std::size_t>(n / 2));
}

TEST_F(ClientTest, WatchResumesFromAResourceVersion) {
  ASSERT_TRUE(run(client_->create(cm("before"))));
  auto list = run(client_->list<ConfigMap>("default"));
  ASSERT_TRUE(list);
  std::string rv = list->resource_version;
  ASSERT_TRUE(run(client_->create(cm("w1"))));
  ASSERT_TRUE(run(client_->patch<ConfigMap>("default", "w1", Json{{"data", {{"b", "2"}}}})));
  ASSERT_TRUE(run(client_->remove<ConfigMap>("default", "w1")));
  auto events = run([&]() -> Task<Result<std::vector<WatchEvent>>> {
    // Options as a named value: GCC 12 mishandles aggregate temporaries inside co_await.
    WatchOptions options{.resource_version = rv, .allow_bookmarks = false};
    auto w = co_await client_->watch<ConfigMap>("default", options);
    if (!w) co_return w.error();
    std::vector<WatchEvent> out;
    while (out.size() < 3) {
      auto e = co_await w->next();
      if (!e) co_return e.error();
      if (!*e) break;
      out.push_back(std::move(**e));
    }
    w->cancel();
    co_return out;
  }());
  ASSERT_TRUE(events) << events.error().message();
  ASSERT_EQ(events->size(), 3u);
  EXPECT_EQ((*events)[0].type, WatchEvent::Type::kAdded);
  EXPECT_EQ((*events)[0].object["metadata"]["name"], "w1");
  EXPECT_EQ((*events)[1].type, WatchEvent::Type::kModified);
  EXPECT_EQ((*events)[2].type, WatchEvent::Type::kDeleted);
}

TEST_F(ClientTest, AnExpiredResourceVersionIsReportedAsExpired) {
  start({.history_limit = 5});
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(run(client_->create(cm("c" + std::to_string(i)))));
  auto result = run([&]() -> Task<Result<std::optional<WatchEvent>>> {
    WatchOptions options{.resource_version = "2"};
    auto w = co_await client_->watch<ConfigMap>("default", options);
    if (!w) co_return w.error();
    co_return co_await w->next();
  }());
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), ErrorCode::kExpired) << result.error().message();
}

TEST_F(ClientTest, AServerThatEndsTheWatchEndsTheStream) {
  auto ended = run([&]() -> Task<Result<int>> {
    WatchOptions options{.timeout_seconds = 1};
    auto w = co_await client_->watch<ConfigMap>("default", options);
    if (!w) co_return w.error();
    int n = 0;
    while (true) {
      auto e = co_await w->next();
      if (!e) co_return e.error();
      if (!*e) co_return n;  // the server closed it after its timeout
      ++n;
    }
  }());
  ASSERT_TRUE(ended) << ended.error().message();
}

// ---- the transport against a misbehaving server ---------------------------------------------

using testing::FaultServer;

std::shared_ptr<Transport> transport_to(const FaultServer& server, TransportOptions options = {}) {
  Config c;
  c.server = server.url();
  options.initial_backoff = std::chrono::milliseconds(1);
  auto t = Transport::create(c, options);
  EXPECT_TRUE(t) << t.error().message();
  return *t;
}

constexpr const char* kOk = R"({"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"x"}})";

TEST(Transport, RetriesA429WithRetryAfterThenSucceeds) {
  FaultServer server;
  server.script(FaultServer::reply(429, R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"TooManyRequests","code":429})",
                                   "Retry-After: 0\r\n"));
  server.script(FaultServer::reply(200, kOk));
  auto t = transport_to(server);
  auto r = t->run(t->send({.method = "POST", .path = "/api/v1/namespaces/default/configmaps", .body = "{}",
                           .content_type = "application/json"}));
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(server.requests(), 2);
}

TEST(Transport, Retries503ForReadsButNotForWrites) {
  FaultServer server;
  server.script(FaultServer::reply(503, "{}", "Retry-After: 0\r\n"));
  server.script(FaultServer::reply(200, kOk));
  auto t = transport_to(server);
  auto r = t->run(t->send({.path = "/api/v1/namespaces/default/configmaps/x"}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  server.script(FaultServer::reply(503, "{}", "Retry-After: 0\r\n"));
  auto w = t->run(t->send({.method = "DELETE", .path = "/api/v1/namespaces/default/configmaps/x"}));
  ASSERT_TRUE(w);
  EXPECT_EQ(w->status, 503);  // a write may have happened: the caller decides
  EXPECT_EQ(server.requests(), 3);
}

TEST(Transport, ADeadlineFiresOnASlowServer) {
  FaultServer server;
  server.script([](int fd, const testing::ReceivedRequest&) {
    char c;
    ::recv(fd, &c, 1, 0);  // answers nothing; returns when the client gives up
    return false;
  });
  auto t = transport_to(server, {.max_retries = 0});
  auto r = t->run(t->send({.path = "/version", .timeout = std::chrono::milliseconds(200)}));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code(), ErrorCode::kTimeout) << r.error().message();
}

TEST(Transport, AResetMidWatchIsAConnectionError) {
  FaultServer server;
  server.script([](int fd, const testing::ReceivedRequest&) {
    std::string head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    std::string event = R"({"type":"ADDED","object":{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"a"}}})" "\n";
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", event.size());
    FaultServer::write_all(fd, head + size + event + "\r\n");
    linger l{1, 0};  // close with RST
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    return false;
  });
  Config c;
  c.server = server.url();
  auto client = Client::create(c, {.transport = {.max_retries = 0}});
  ASSERT_TRUE(client);
  auto r = client->run([&]() -> Task<Result<int>> {
    auto w = co_await client->watch(ResourceRef::of<ConfigMap>(), "default");
    if (!w) co_return w.error();
    auto first = co_await w->next();
    if (!first || !*first) co_return Error(ErrorCode::kInternal, "no first event");
    auto second = co_await w->next();
    if (second) co_return Error(ErrorCode::kInternal, "the broken stream looked fine");
    co_return static_cast<int>(second.error().code());
  }());
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(*r, static_cast<int>(ErrorCode::kUnavailable));
}

TEST(Transport, ConnectionFailuresAreRetriedForReadsAndReported) {
  int port;
  {
    FaultServer gone;  // a port that nobody listens on any more
    port = std::stoi(gone.url().substr(gone.url().rfind(':') + 1));
  }
  Config c;
  c.server = "http://127.0.0.1:" + std::to_string(port);
  auto t = Transport::create(c, {.max_retries = 2, .initial_backoff = std::chrono::milliseconds(1)});
  ASSERT_TRUE(t);
  auto r = (*t)->run((*t)->send({.path = "/version"}));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code(), ErrorCode::kUnavailable);
  EXPECT_NE(r.error().message().find("connecting to"), std::string::npos);
}

TEST(Transport, GzipResponsesAreDecodedAndWarningsCollected) {
  std::string plain = kOk;
  std::string gz(compressBound(plain.size()) + 32, '\0');
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  zs.next_in = reinterpret_cast<Bytef*>(plain.data());
  zs.avail_in = static_cast<uInt>(plain.size());
  zs.next_out = reinterpret_cast<Bytef*>(gz.data());
  zs.avail_out = static_cast<uInt>(gz.size());
  deflate(&zs, Z_FINISH);
  gz.resize(zs.total_out);
  deflateEnd(&zs);
  FaultServer server;
  server.script(FaultServer::reply(200, gz, "Content-Encoding: gzip\r\nWarning: 299 - \"spec.x is deprecated\", 299 - \"and \\\"y\\\" too\"\r\n"));
  std::vector<std::string> seen;
  auto t = transport_to(server, {.on_warning = [&](const std::string& w) { seen.push_back(w); }});
  auto r = t->run(t->send({.path = "/api/v1/namespaces/default/configmaps/x"}));
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->body, plain);
  EXPECT_EQ(r->warnings, (std::vector<std::string>{"spec.x is deprecated", "and \"y\" too"}));
  EXPECT_EQ(seen, r->warnings);
  auto got = server.received();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_NE(got[0].head.find("Accept-Encoding: gzip"), std::string::npos);
  EXPECT_NE(got[0].head.find("User-Agent: windlass/"), std::string::npos);
}

TEST(Transport, A401FetchesCredentialsAgainOnce) {
  FaultServer server;
  server.script(FaultServer::reply(401, R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Unauthorized","code":401})"));
  server.script(FaultServer::reply(401, R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Unauthorized","code":401})"));
  Config c;
  c.server = server.url();
  c.set_bearer_token("t0ken");
  auto client = Client::create(c);
  ASSERT_TRUE(client);
  auto r = client->run(client->get<ConfigMap>("default", "x"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code(), ErrorCode::kUnauthorized);
  EXPECT_EQ(server.requests(), 2);
  EXPECT_NE(server.received()[0].head.find("Authorization: Bearer t0ken"), std::string::npos);
}

TEST(Transport, RateLimitingSpacesRequests) {
  FaultServer server;
  for (int i = 0; i < 4; ++i) server.script(FaultServer::reply(200, kOk));
  auto t = transport_to(server, {.qps = 20, .burst = 1});
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(t->run(t->send({.path = "/version"})));
  // Three waits of 1/20 s after the first token; the bound is loose on purpose.
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(140));
}

}  // namespace
}  // namespace windlass::client
