// Discovery (both flavours) and the RestMapper against windlass::testkit::ApiServer, the
// legacy fallback against a scripted server that knows nothing of aggregated discovery.
#include "fault_server.h"

#include <windlass/client/client.h>
#include <windlass/client/discovery.h>
#include <windlass/testkit/api_server.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

namespace windlass::client {
namespace {

Config config_for(const testkit::ApiServer& server) {
  auto kc = Kubeconfig::parse(server.kubeconfig(), "testkit");
  EXPECT_TRUE(kc) << kc.error().message();
  auto cfg = Config::from(*kc);
  EXPECT_TRUE(cfg) << cfg.error().message();
  return *cfg;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

Json crd(const std::string& group, const std::string& kind, const std::string& plural,
         std::vector<std::string> short_names = {}, std::vector<std::string> categories = {}) {
  Json names = {{"kind", kind}, {"plural", plural}};
  if (!short_names.empty()) names["shortNames"] = short_names;
  if (!categories.empty()) names["categories"] = categories;
  return Json{{"apiVersion", "apiextensions.k8s.io/v1"},
              {"kind", "CustomResourceDefinition"},
              {"metadata", {{"name", plural + "." + group}}},
              {"spec",
               {{"group", group},
                {"scope", "Namespaced"},
                {"names", names},
                {"versions",
                 {{{"name", "v1"},
                   {"served", true},
                   {"storage", true},
                   {"schema", {{"openAPIV3Schema", {{"type", "object"}, {"x-kubernetes-preserve-unknown-fields", true}}}}}}}}}}};
}

class DiscoveryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = testkit::ApiServer::start();
    ASSERT_TRUE(s) << s.error().message();
    server_ = std::move(*s);
    auto c = Client::create(config_for(*server_));
    ASSERT_TRUE(c) << c.error().message();
    client_ = std::make_unique<Client>(std::move(*c));
  }
  template <class T>
  T run(Task<T> t) {
    return client_->run(std::move(t));
  }
  std::shared_ptr<Transport> transport() { return client_->transport().shared_from_this(); }
  DiscoveryDocument discover(DiscoveryOptions options) {
    DiscoveryClient d(transport(), options);
    auto doc = run(d.discover());
    EXPECT_TRUE(doc) << doc.error().message();
    return doc ? *doc : DiscoveryDocument{};
  }
  void create_crd(Json c) {
    auto made = run(client_->create_object(std::move(c)));
    ASSERT_TRUE(made) << made.error().message();
  }

  std::unique_ptr<testkit::ApiServer> server_;
  std::unique_ptr<Client> client_;
};

TEST_F(DiscoveryTest, AggregatedDiscoveryDescribesGroupsVersionsAndResources) {
  DiscoveryDocument doc = discover({});
  EXPECT_TRUE(doc.aggregated);
  EXPECT_TRUE(doc.failed.empty());
  ASSERT_FALSE(doc.groups.empty());
  EXPECT_EQ(doc.groups.front().name, "");
  const ApiResource* cm = doc.find({"", "v1", "configmaps"});
  ASSERT_NE(cm, nullptr);
  EXPECT_EQ(cm->kind, "ConfigMap");
  EXPECT_EQ(cm->singular, "configmap");
  EXPECT_TRUE(cm->namespaced);
  EXPECT_TRUE(has(cm->short_names, "cm"));
  EXPECT_TRUE(cm->has_verb("watch"));
  const ApiResource* ns = doc.find({"", "v1", "namespaces"});
  ASSERT_NE(ns, nullptr);
  EXPECT_FALSE(ns->namespaced);

  const ApiGroup* apps = doc.group("apps");
  ASSERT_NE(apps, nullptr);
  EXPECT_EQ(apps->preferred_version, "v1");
  const ApiResource* deploy = doc.find({"apps", "v1", "deployments"});
  ASSERT_NE(deploy, nullptr);
  EXPECT_TRUE(has(deploy->short_names, "deploy"));
  EXPECT_TRUE(has(deploy->categories, "all"));
  const ApiSubresource* scale = deploy->subresource("scale");
  ASSERT_NE(scale, nullptr);
  EXPECT_EQ(scale->response_kind, (GroupVersionKind{"autoscaling", "v1", "Scale"}));
  ASSERT_NE(deploy->subresource("status"), nullptr);
  EXPECT_EQ(deploy->subresource("status")->response_kind.kind, "Deployment");
}

TEST_F(DiscoveryTest, LegacyDiscoveryReadsTheSameResources) {
  DiscoveryDocument aggregated = discover({});
  DiscoveryDocument legacy = discover({.legacy_only = true});
  EXPECT_FALSE(legacy.aggregated);
  EXPECT_TRUE(legacy.failed.empty());
  ASSERT_EQ(legacy.groups.size(), aggregated.groups.size());
  std::size_t compared = 0;
  for (const auto& g : aggregated.groups) {
    const ApiGroup* lg = legacy.group(g.name);
    ASSERT_NE(lg, nullptr) << g.name;
    EXPECT_EQ(lg->preferred_version, g.preferred_version) << g.name;
    for (const auto& v : g.versions) {
      for (const auto& r : v.resources) {
        const ApiResource* l = legacy.find(r.gvr());
        ASSERT_NE(l, nullptr) << r.gvr().to_string();
        EXPECT_EQ(l->kind, r.kind);
        EXPECT_EQ(l->singular, r.singular);
        EXPECT_EQ(l->namespaced, r.namespaced);
        EXPECT_EQ(l->verbs, r.verbs);
        EXPECT_EQ(l->short_names, r.short_names);
        EXPECT_EQ(l->categories, r.categories);
        ASSERT_EQ(l->subresources.size(), r.subresources.size()) << r.gvr().to_string();
        for (const auto& s : r.subresources) {
          const ApiSubresource* ls = l->subresource(s.name);
          ASSERT_NE(ls, nullptr) << r.gvr().to_string() << "/" << s.name;
          EXPECT_EQ(ls->response_kind.to_string(), s.response_kind.to_string()) << r.gvr().to_string() << "/" << s.name;
        }
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 30u);
}

// A server from before aggregated discovery: it answers the aggregated Accept with plain JSON.
TEST(DiscoveryFallback, AServerWithoutAggregatedDiscoveryIsReadThroughTheLegacyDocuments) {
  using testing::FaultServer;
  FaultServer server;
  server.script(FaultServer::reply(200, R"({"kind":"APIVersions","versions":["v1"]})"));
  server.script(FaultServer::reply(200, R"({"kind":"APIResourceList","groupVersion":"v1","resources":[
    {"name":"pods","singularName":"pod","namespaced":true,"kind":"Pod","verbs":["get","list"],"shortNames":["po"],"categories":["all"]},
    {"name":"pods/log","singularName":"","namespaced":true,"kind":"Pod","verbs":["get"]},
    {"name":"nodes","singularName":"","namespaced":false,"kind":"Node","verbs":["get"]}]})"));
  server.script(FaultServer::reply(200, R"({"kind":"APIGroupList","groups":[
    {"name":"example.com","versions":[{"groupVersion":"example.com/v2","version":"v2"},{"groupVersion":"example.com/v1","version":"v1"}],
     "preferredVersion":{"groupVersion":"example.com/v1","version":"v1"}}]})"));
  server.script(FaultServer::reply(200, R"({"kind":"APIResourceList","groupVersion":"example.com/v2","resources":[
    {"name":"gadgets","singularName":"gadget","namespaced":true,"kind":"Gadget","verbs":["get"]},
    {"name":"gadgets/scale","singularName":"","namespaced":true,"group":"autoscaling","version":"v1","kind":"Scale","verbs":["get"]}]})"));
  server.script(FaultServer::reply(404, R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404,"message":"gone"})"));
  Config c;
  c.server = server.url();
  auto t = Transport::create(c, {.max_retries = 0});
  ASSERT_TRUE(t);
  RestMapper mapper(*t);
  auto doc = (*t)->run(mapper.discovery());
  ASSERT_TRUE(doc) << doc.error().message();
  EXPECT_FALSE((*doc)->aggregated);
  ASSERT_EQ((*doc)->failed.size(), 1u);
  EXPECT_EQ((*doc)->failed[0].first, "example.com/v1");
  const ApiResource* nodes = (*doc)->find({"", "v1", "nodes"});
  ASSERT_NE(nodes, nullptr);
  EXPECT_EQ(nodes->singular, "node");  // derived from the kind
  EXPECT_FALSE(nodes->namespaced);
  const ApiResource* pods = (*doc)->find({"", "v1", "pods"});
  ASSERT_NE(pods, nullptr);
  ASSERT_NE(pods->subresource("log"), nullptr);
  const ApiResource* gadgets = (*doc)->find({"example.com", "v2", "gadgets"});
  ASSERT_NE(gadgets, nullptr);
  ASSERT_NE(gadgets->subresource("scale"), nullptr);
  EXPECT_EQ(gadgets->subresource("scale")->response_kind, (GroupVersionKind{"autoscaling", "v1", "Scale"}));
  // The preferred version did not answer: the one that did is used.
  EXPECT_EQ((*doc)->group("example.com")->preferred_version, "v2");

  auto got = server.received();
  ASSERT_EQ(got.size(), 5u);
  EXPECT_NE(got[0].head.find("GET /api HTTP/1.1"), std::string::npos);
  EXPECT_NE(got[0].head.find("Accept: application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
                             "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json"),
            std::string::npos)
      << got[0].head;
  EXPECT_NE(got[1].head.find("GET /api/v1 HTTP/1.1"), std::string::npos);
  EXPECT_NE(got[2].head.find("GET /apis HTTP/1.1"), std::string::npos);
  EXPECT_NE(got[3].head.find("GET /apis/example.com/v2 HTTP/1.1"), std::string::npos);

  auto po = (*t)->run(mapper.resolve("po"));
  ASSERT_TRUE(po) << po.error().message();
  EXPECT_EQ(po->gvk.kind, "Pod");
}

// A server speaking aggregated discovery (v2beta1 here): two requests describe everything.
TEST(DiscoveryAggregated, TwoRequestsDescribeEverythingIncludingStaleGroups) {
  using testing::FaultServer;
  FaultServer server;
  const std::string ct = "Content-Type: application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList\r\n";
  const std::string core = R"({"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2beta1","items":[
    {"metadata":{"creationTimestamp":null},"versions":[{"version":"v1","freshness":"Current","resources":[
      {"resource":"pods","responseKind":{"group":"","version":"v1","kind":"Pod"},"scope":"Namespaced",
       "singularResource":"pod","verbs":["get","list"],"shortNames":["po"],"categories":["all"],
       "subresources":[{"subresource":"exec","responseKind":{"kind":"PodExecOptions"},"verbs":["create"]}]}]}]}]})";
  const std::string named = R"({"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2beta1","items":[
    {"metadata":{"name":"metrics.example.com"},"versions":[
      {"version":"v1beta2","freshness":"Stale","resources":[]},
      {"version":"v1beta1","resources":[{"resource":"nodes","responseKind":{"group":"metrics.example.com","version":"v1beta1","kind":"NodeMetrics"},
        "scope":"Cluster","singularResource":"","verbs":["get"]}]}]}]})";
  server.script(FaultServer::reply(200, core, ct));
  server.script(FaultServer::reply(200, named, ct));
  Config c;
  c.server = server.url();
  auto t = Transport::create(c, {.max_retries = 0});
  ASSERT_TRUE(t);
  DiscoveryClient d(*t);
  auto doc = (*t)->run(d.discover());
  ASSERT_TRUE(doc) << doc.error().message();
  EXPECT_TRUE(doc->aggregated);
  EXPECT_EQ(server.requests(), 2);
  const ApiResource* pods = doc->find({"", "v1", "pods"});
  ASSERT_NE(pods, nullptr);
  ASSERT_NE(pods->subresource("exec"), nullptr);
  EXPECT_EQ(pods->subresource("exec")->response_kind.to_string(), "v1, Kind=PodExecOptions");
  const ApiGroup* metrics = doc->group("metrics.example.com");
  ASSERT_NE(metrics, nullptr);
  EXPECT_EQ(metrics->preferred_version, "v1beta2");  // the first listed, stale or not
  EXPECT_TRUE(metrics->versions[0].stale);
  EXPECT_FALSE(metrics->versions[1].stale);
  const ApiResource* nodes = doc->find({"metrics.example.com", "v1beta1", "nodes"});
  ASSERT_NE(nodes, nullptr);
  EXPECT_EQ(nodes->singular, "nodemetrics");  // derived from the kind when the server gives none
  EXPECT_FALSE(nodes->namespaced);

  // The preferred version serves nothing: the kind is found at the next one.
  server.script(FaultServer::reply(200, core, ct));
  server.script(FaultServer::reply(200, named, ct));
  RestMapper mapper(*t);
  GroupVersionKind node_metrics{"metrics.example.com", "", "NodeMetrics"};
  auto m = (*t)->run(mapper.mapping(node_metrics));
  ASSERT_TRUE(m) << m.error().message();
  EXPECT_EQ(m->gvr.to_string(), "metrics.example.com/v1beta1, Resource=nodes");
  EXPECT_FALSE(m->namespaced);
  EXPECT_EQ(server.requests(), 4);
}

TEST_F(DiscoveryTest, TheMapperMapsKindsAndResourcesBothWays) {
  RestMapper& m = client_->mapper();
  GroupVersionKind deployment{"apps", "", "Deployment"};
  auto d = run(m.mapping(deployment));
  ASSERT_TRUE(d) << d.error().message();
  EXPECT_EQ(d->gvr, (GroupVersionResource{"apps", "v1", "deployments"}));
  EXPECT_EQ(d->gvk.version, "v1");
  EXPECT_TRUE(d->namespaced);
  GroupVersionKind ns_kind{"", "v1", "Namespace"};
  auto ns = run(m.mapping(ns_kind));
  ASSERT_TRUE(ns);
  EXPECT_FALSE(ns->namespaced);
  EXPECT_EQ(ns->ref().path("ignored", "kube-system"), "/api/v1/namespaces/kube-system");

  GroupVersionResource singular{"apps", "", "deployment"};
  auto k = run(m.kind_for(singular));
  ASSERT_TRUE(k) << k.error().message();
  EXPECT_EQ(*k, (GroupVersionKind{"apps", "v1", "Deployment"}));

  GroupVersionKind wrong_version{"apps", "v1beta9", "Deployment"};
  auto missing = run(m.mapping(wrong_version));
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().message(), "no matches for kind \"Deployment\" in version \"apps/v1beta9\"");
  GroupVersionResource nothing{"apps", "v1", "gizmos"};
  auto no_kind = run(m.kind_for(nothing));
  ASSERT_FALSE(no_kind);
  EXPECT_EQ(no_kind.error().message(), "no matches for apps/v1, Resource=gizmos");
}

TEST_F(DiscoveryTest, WordsResolveAsKubectlReadsThem) {
  RestMapper& m = client_->mapper();
  auto expect = [&](const std::string& word, const std::string& group, const std::string& resource) {
    auto r = run(m.resolve(word));
    ASSERT_TRUE(r) << word << ": " << r.error().message();
    EXPECT_EQ(r->gvr.group, group) << word;
    EXPECT_EQ(r->gvr.resource, resource) << word;
  };
  for (const char* w : {"deploy", "deployments", "deployment", "Deployments", "deployments.apps", "deployments.v1.apps",
                        "deploy.apps", "Deployment", "Deployment.apps", "Deployment.v1.apps"})
    expect(w, "apps", "deployments");
  expect("cm", "", "configmaps");
  expect("crd", "apiextensions.k8s.io", "customresourcedefinitions");
  // Core and events.k8s.io share both the name and the short name; the core group wins.
  expect("events", "", "events");
  expect("ev", "", "events");
  expect("events.events.k8s.io", "events.k8s.io", "events");
  expect("Event.events.k8s.io", "events.k8s.io", "events");

  auto unknown = run(m.resolve("flurbs"));
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(unknown.error().message(), "the server doesn't have a resource type \"flurbs\"");
  auto wrong_group = run(m.resolve("deployments.example.com"));
  ASSERT_FALSE(wrong_group);
  EXPECT_EQ(wrong_group.error().code(), ErrorCode::kNotFound);

  auto all = run(m.category("all"));
  ASSERT_TRUE(all) << all.error().message();
  std::vector<std::string> names;
  for (const auto& r : *all) names.push_back(r.gvr.group_resource().to_string());
  for (const char* n : {"pods", "services", "deployments.apps", "replicasets.apps", "statefulsets.apps", "jobs.batch"})
    EXPECT_TRUE(has(names, n)) << n;
  EXPECT_FALSE(has(names, "configmaps"));
  EXPECT_EQ(names.front(), "pods");  // the core group first
  auto none = run(m.category("nonsense"));
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code(), ErrorCode::kNotFound);
}

TEST_F(DiscoveryTest, ACachedMapperReadsDiscoveryOnceAndAgainOnlyOnAMiss) {
  RestMapper& m = client_->mapper();
  EXPECT_EQ(m.reads(), 0u);
  ASSERT_TRUE(run(m.resolve("pods")));
  ASSERT_TRUE(run(m.resolve("deploy")));
  GroupVersionKind cm{"", "v1", "ConfigMap"};
  ASSERT_TRUE(run(m.mapping(cm)));
  EXPECT_EQ(m.reads(), 1u);
  ASSERT_FALSE(run(m.resolve("flurbs")));
  EXPECT_EQ(m.reads(), 2u);  // re-read once, then gave up
  m.invalidate();
  ASSERT_TRUE(run(m.resolve("pods")));
  EXPECT_EQ(m.reads(), 3u);
}

TEST_F(DiscoveryTest, ACustomResourceDefinedAfterTheFirstReadBecomesUsable) {
  RestMapper& m = client_->mapper();
  ASSERT_TRUE(run(m.resolve("pods")));
  EXPECT_EQ(m.reads(), 1u);
  create_crd(crd("example.com", "Gadget", "gadgets", {"gd"}, {"all", "toys"}));

  // Through the client: the kind is looked up, missed in the cache, discovery re-read.
  auto made = run(client_->create_object(Json::parse(R"({"apiVersion":"example.com/v1","kind":"Gadget",
      "metadata":{"name":"g1","namespace":"default"},"spec":{"size":2}})")));
  ASSERT_TRUE(made) << made.error().message();
  EXPECT_EQ(m.reads(), 2u);
  auto gd = run(m.resolve("gd"));
  ASSERT_TRUE(gd) << gd.error().message();
  EXPECT_EQ(gd->gvr, (GroupVersionResource{"example.com", "v1", "gadgets"}));
  auto toys = run(m.category("toys"));
  ASSERT_TRUE(toys);
  ASSERT_EQ(toys->size(), 1u);
  EXPECT_EQ(m.reads(), 2u);

  GroupVersionKind gadget{"example.com", "v1", "Gadget"};
  auto got = run(client_->get(gadget, "default", "g1"));
  ASSERT_TRUE(got) << got.error().message();
  EXPECT_EQ((*got)["spec"]["size"], 2);
  auto listed = run(client_->list(gadget, "default"));
  ASSERT_TRUE(listed);
  EXPECT_EQ((*listed)["items"].size(), 1u);
}

TEST_F(DiscoveryTest, ANameInTwoGroupsIsAmbiguousUntilQualified) {
  create_crd(crd("a.example.com", "Widget", "widgets", {"wd"}));
  create_crd(crd("b.example.com", "Widget", "widgets", {"wd"}));
  RestMapper& m = client_->mapper();
  for (const char* word : {"widgets", "widget", "wd"}) {
    auto r = run(m.resolve(word));
    ASSERT_FALSE(r) << word;
    EXPECT_EQ(r.error().code(), ErrorCode::kBadRequest) << word;
    EXPECT_EQ(r.error().message(), std::string("\"") + word +
                                       "\" is ambiguous: it matches widgets.a.example.com, widgets.b.example.com; "
                                       "name the group (RESOURCE.GROUP) to choose one");
  }
  auto b = run(m.resolve("widgets.b.example.com"));
  ASSERT_TRUE(b) << b.error().message();
  EXPECT_EQ(b->gvr.group, "b.example.com");
  auto wd_a = run(m.resolve("wd.a.example.com"));
  ASSERT_TRUE(wd_a) << wd_a.error().message();
  EXPECT_EQ(wd_a->gvr.group, "a.example.com");
  auto kind_b = run(m.resolve("Widget.b.example.com"));
  ASSERT_TRUE(kind_b);
  EXPECT_EQ(kind_b->gvr.group, "b.example.com");
}

TEST_F(DiscoveryTest, ObjectsAreWrittenByTheirApiVersionAndKind) {
  Json cm = Json::parse(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m","namespace":"default"},"data":{"a":"1"}})");
  auto made = run(client_->create_object(cm));
  ASSERT_TRUE(made) << made.error().message();
  Json changed = *made;
  changed["data"]["b"] = "2";
  auto updated = run(client_->update_object(changed));
  ASSERT_TRUE(updated) << updated.error().message();
  EXPECT_EQ((*updated)["data"]["b"], "2");
  Json applied = Json::parse(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m","namespace":"default"},"data":{"c":"3"}})");
  auto ssa = run(client_->apply_object(applied, "tester"));
  ASSERT_TRUE(ssa) << ssa.error().message();
  EXPECT_EQ((*ssa)["data"]["c"], "3");
  Json ns = Json::parse(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team-a"}})");
  ASSERT_TRUE(run(client_->apply_object(ns, "tester")));
  GroupVersionKind ns_kind{"", "v1", "Namespace"};
  ASSERT_TRUE(run(client_->get(ns_kind, "", "team-a")));
  ASSERT_TRUE(run(client_->remove_object(*made)));
  GroupVersionKind cm_kind{"", "v1", "ConfigMap"};
  auto gone = run(client_->get(cm_kind, "default", "m"));
  ASSERT_FALSE(gone);
  EXPECT_TRUE(is_not_found(gone.error()));

  auto unknown = run(client_->create_object(Json::parse(R"({"apiVersion":"example.com/v1","kind":"Nope","metadata":{"name":"x"}})")));
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(unknown.error().message(), "no matches for kind \"Nope\" in version \"example.com/v1\"");
  auto untyped = run(client_->create_object(Json::parse(R"({"metadata":{"name":"x"}})")));
  ASSERT_FALSE(untyped);
  EXPECT_EQ(untyped.error().code(), ErrorCode::kInvalid);
}

TEST_F(DiscoveryTest, TheMapperIsSafeToShareBetweenThreads) {
  RestMapper& m = client_->mapper();
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        if (t == 0 && i % 5 == 0) m.invalidate();
        auto r = client_->run(m.resolve(i % 2 ? "deploy" : "cm"));
        if (!r) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_GE(m.reads(), 1u);
}

}  // namespace
}  // namespace windlass::client
