// The REST layer without the network: requests in, the replies kube-apiserver would give out
// (spec/apiserver.md sections 2, 5, 6, 7, 8 and 10).
#include "handler_harness.h"
#include "rest/api_handler.h"
#include "rest/table.h"
#include "storage/memory_store.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace windlass::apiserver {
namespace {

class Api : public testing::HandlerTest {
 protected:
  std::shared_ptr<Stream> watch(std::string target) {
    Reply reply = handler_->handle(testing::make_request("GET", target));
    EXPECT_TRUE(std::holds_alternative<StreamResponse>(reply)) << target;
    if (!std::holds_alternative<StreamResponse>(reply)) return nullptr;
    return std::get<StreamResponse>(reply).stream;
  }
  static std::vector<Json> events(Stream& s, bool* done = nullptr) {
    bool d = false;
    std::vector<Json> out;
    for (auto& line : s.next(d)) out.push_back(Json::parse(line));
    if (done) *done = d;
    return out;
  }
  static Json body(const Response& r) { return Json::parse(r.body); }

};

constexpr const char* kCm = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{"a":"1"}})";

TEST_F(Api, DefaultNamespacesExistAtStart) {
  auto r = call("GET", "/api/v1/namespaces");
  ASSERT_EQ(r.status, 200);
  Json list = body(r);
  EXPECT_EQ(list["kind"], "NamespaceList");
  std::vector<std::string> names;
  for (const auto& ns : list["items"]) {
    names.push_back(ns["metadata"]["name"]);
    EXPECT_EQ(ns["status"]["phase"], "Active");
    EXPECT_EQ(ns["spec"]["finalizers"], Json({"kubernetes"}));
  }
  EXPECT_EQ(names, (std::vector<std::string>{"default", "kube-node-lease", "kube-public", "kube-system"}));
}

TEST_F(Api, CreateSetsServerFieldsAndGetReturnsTheObject) {
  auto r = call("POST", "/api/v1/namespaces/default/configmaps", kCm);
  ASSERT_EQ(r.status, 201) << r.body;
  Json cm = body(r);
  EXPECT_EQ(cm["metadata"]["namespace"], "default");
  EXPECT_EQ(cm["metadata"]["creationTimestamp"], "2024-05-01T12:00:00Z");
  EXPECT_EQ(cm["metadata"]["uid"].get<std::string>().size(), 36u);
  EXPECT_FALSE(cm["metadata"].contains("generation"));  // ConfigMaps have none
  auto g = call("GET", "/api/v1/namespaces/default/configmaps/cfg");
  ASSERT_EQ(g.status, 200);
  EXPECT_EQ(body(g), cm);
}

TEST_F(Api, ErrorsAreTheExactStatusBodies) {
  auto missing = call("GET", "/api/v1/namespaces/default/pods/p1");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(body(missing), Json::parse(R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
      "message":"pods \"p1\" not found","reason":"NotFound","details":{"name":"p1","kind":"pods"},"code":404})"));
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", kCm).status, 201);
  auto dup = call("POST", "/api/v1/namespaces/default/configmaps", kCm);
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(body(dup)["message"], "configmaps \"cfg\" already exists");
  EXPECT_EQ(body(dup)["reason"], "AlreadyExists");
  auto path = call("GET", "/apis/nope.example.com/v1/things");
  EXPECT_EQ(path.status, 404);
  EXPECT_EQ(body(path)["message"], "the server could not find the requested resource");
  auto bad = call("POST", "/api/v1/namespaces/default/configmaps",
                  R"({"metadata":{"name":"Bad_Name"}})");
  EXPECT_EQ(bad.status, 422);
  Json b = body(bad);
  EXPECT_EQ(b["reason"], "Invalid");
  EXPECT_EQ(b["details"]["kind"], "ConfigMap");
  EXPECT_EQ(b["details"]["causes"][0]["field"], "metadata.name");
  EXPECT_EQ(b["message"].get<std::string>().rfind("ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain", 0), 0u) << b["message"];
  EXPECT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", "{not json").status, 400);
  EXPECT_EQ(call("PUT", "/api/v1/namespaces/default/configmaps", kCm).status, 405);
  auto nons = call("POST", "/api/v1/namespaces/nope/configmaps", kCm);
  EXPECT_EQ(nons.status, 404);
  EXPECT_EQ(body(nons)["message"], "namespaces \"nope\" not found");
}

TEST_F(Api, StaleUpdateIsAConflict) {
  Json cm = body(call("POST", "/api/v1/namespaces/default/configmaps", kCm));
  Json v1 = cm;
  v1["data"]["a"] = "2";
  auto ok = call("PUT", "/api/v1/namespaces/default/configmaps/cfg", v1.dump());
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_NE(body(ok)["metadata"]["resourceVersion"], cm["metadata"]["resourceVersion"]);
  auto stale = call("PUT", "/api/v1/namespaces/default/configmaps/cfg", v1.dump());
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(body(stale)["message"], "Operation cannot be fulfilled on configmaps \"cfg\": the object has been modified; please apply your changes to the latest version and try again");
  Json renamed = body(ok);
  renamed["metadata"]["name"] = "other";
  auto mismatch = call("PUT", "/api/v1/namespaces/default/configmaps/cfg", renamed.dump());
  EXPECT_EQ(mismatch.status, 400);
  EXPECT_EQ(body(mismatch)["message"], "the name of the object (other) does not match the name on the URL (cfg)");
}

TEST_F(Api, NoOpUpdateKeepsTheResourceVersion) {
  Json cm = body(call("POST", "/api/v1/namespaces/default/configmaps", kCm));
  auto same = call("PUT", "/api/v1/namespaces/default/configmaps/cfg", cm.dump());
  ASSERT_EQ(same.status, 200);
  EXPECT_EQ(body(same)["metadata"]["resourceVersion"], cm["metadata"]["resourceVersion"]);
}

TEST_F(Api, UnknownFieldsFollowFieldValidation) {
  std::string with_extra = R"({"metadata":{"name":"x","bogus":1},"data":{"a":"1"},"spec":{"foo":1}})";
  auto strict = call("POST", "/api/v1/namespaces/default/configmaps?fieldValidation=Strict", with_extra);
  EXPECT_EQ(strict.status, 400);
  // Upstream's create and update handlers name what the body was decoded as.
  EXPECT_EQ(body(strict)["message"],
            "ConfigMap in version \"v1\" cannot be handled as a ConfigMap: strict decoding error: "
            "unknown field \"metadata.bogus\", unknown field \"spec\"");
  EXPECT_EQ(body(strict)["reason"], "BadRequest");
  auto warn = call("POST", "/api/v1/namespaces/default/configmaps", with_extra);
  ASSERT_EQ(warn.status, 201);
  EXPECT_FALSE(body(warn).contains("spec"));
  EXPECT_FALSE(body(warn)["metadata"].contains("bogus"));
  ASSERT_EQ(warn.headers.size(), 2u);
  EXPECT_EQ(warn.headers[1].second, "299 - \"unknown field \\\"spec\\\"\"");
}

TEST_F(Api, StrictDecodingOfABodyNamesTheKindWhileAPatchReportsTheFieldsAlone) {
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", kCm).status, 201);
  Json cm = body(call("GET", "/api/v1/namespaces/default/configmaps/cfg"));
  cm["bogus"] = 1;
  auto put = call("PUT", "/api/v1/namespaces/default/configmaps/cfg?fieldValidation=Strict", cm.dump());
  EXPECT_EQ(put.status, 400);
  EXPECT_EQ(body(put)["message"],
            "ConfigMap in version \"v1\" cannot be handled as a ConfigMap: strict decoding error: unknown field \"bogus\"");
  auto patch = call("PATCH", "/api/v1/namespaces/default/configmaps/cfg?fieldValidation=Strict", R"({"bogus":1})",
                    {{"Content-Type", "application/merge-patch+json"}});
  EXPECT_EQ(patch.status, 400);
  EXPECT_EQ(body(patch)["message"], "strict decoding error: unknown field \"bogus\"");
}

TEST_F(Api, PatchTypes) {
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", kCm).status, 201);
  auto merge = call("PATCH", "/api/v1/namespaces/default/configmaps/cfg", R"({"metadata":{"labels":{"x":"y"}},"data":{"a":null,"b":"2"}})",
                    {{"Content-Type", "application/merge-patch+json"}});
  ASSERT_EQ(merge.status, 200) << merge.body;
  EXPECT_EQ(body(merge)["data"], Json({{"b", "2"}}));
  auto json = call("PATCH", "/api/v1/namespaces/default/configmaps/cfg", R"([{"op":"add","path":"/data/c","value":"3"}])",
                   {{"Content-Type", "application/json-patch+json"}});
  ASSERT_EQ(json.status, 200) << json.body;
  EXPECT_EQ(body(json)["data"]["c"], "3");
  auto smp = call("PATCH", "/api/v1/namespaces/default/configmaps/cfg", R"({"data":{"d":"4"}})",
                  {{"Content-Type", "application/strategic-merge-patch+json"}});
  ASSERT_EQ(smp.status, 200) << smp.body;
  EXPECT_EQ(body(smp)["data"], Json({{"b", "2"}, {"c", "3"}, {"d", "4"}}));
  auto bad_type = call("PATCH", "/api/v1/namespaces/default/configmaps/cfg", "{}", {{"Content-Type", "text/plain"}});
  EXPECT_EQ(bad_type.status, 415);
  auto missing = call("PATCH", "/api/v1/namespaces/default/configmaps/zz", "{}", {{"Content-Type", "application/merge-patch+json"}});
  EXPECT_EQ(missing.status, 404);
  auto test_fails = call("PATCH", "/api/v1/namespaces/default/configmaps/cfg", R"([{"op":"test","path":"/data/b","value":"no"}])",
                         {{"Content-Type", "application/json-patch+json"}});
  EXPECT_EQ(test_fails.status, 422) << test_fails.body;
}

TEST_F(Api, ListSelectorsAndPagination) {
  for (int i = 0; i < 5; ++i) {
    Json cm = {{"metadata", {{"name", "c" + std::to_string(i)}, {"labels", {{"tier", i % 2 ? "odd" : "even"}}}}}};
    ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", cm.dump()).status, 201);
  }
  Json odd = body(call("GET", "/api/v1/namespaces/default/configmaps?labelSelector=tier%3Dodd"));
  EXPECT_EQ(odd["items"].size(), 2u);
  Json named = body(call("GET", "/api/v1/configmaps?fieldSelector=metadata.name%3Dc3"));
  ASSERT_EQ(named["items"].size(), 1u);
  EXPECT_EQ(named["items"][0]["metadata"]["name"], "c3");
  EXPECT_EQ(call("GET", "/api/v1/configmaps?labelSelector=a%20in").status, 400);
  auto badfield = call("GET", "/api/v1/configmaps?fieldSelector=spec.x%3D1");
  EXPECT_EQ(badfield.status, 400);
  EXPECT_EQ(body(badfield)["message"], "field label not supported: spec.x");

  Json p1 = body(call("GET", "/api/v1/namespaces/default/configmaps?limit=2"));
  ASSERT_EQ(p1["items"].size(), 2u);
  std::string token = p1["metadata"]["continue"];
  EXPECT_EQ(p1["metadata"]["remainingItemCount"], 3);
  ASSERT_EQ(call("DELETE", "/api/v1/namespaces/default/configmaps/c4").status, 200);
  Json p2 = body(call("GET", "/api/v1/namespaces/default/configmaps?limit=2&continue=" + token));
  Json p3 = body(call("GET", "/api/v1/namespaces/default/configmaps?limit=2&continue=" + p2["metadata"]["continue"].get<std::string>()));
  ASSERT_EQ(p3["items"].size(), 1u);
  EXPECT_EQ(p3["items"][0]["metadata"]["name"], "c4");  // the page's snapshot predates the delete
  EXPECT_FALSE(p3["metadata"].contains("continue"));
  EXPECT_EQ(p3["metadata"]["resourceVersion"], p1["metadata"]["resourceVersion"]);
  auto mixed = call("GET", "/api/v1/namespaces/default/configmaps?limit=2&resourceVersion=3&continue=" + token);
  EXPECT_EQ(mixed.status, 400);
  Json empty = body(call("GET", "/api/v1/namespaces/kube-system/configmaps"));
  EXPECT_TRUE(empty["items"].is_array());
  EXPECT_TRUE(empty["items"].empty());
}

TEST_F(Api, WatchReplaysFromAResourceVersionAndTurnsSelectorExitsIntoDeletes) {
  Json cm = body(call("POST", "/api/v1/namespaces/default/configmaps", R"({"metadata":{"name":"w","labels":{"app":"x"}}})"));
  std::string rv = cm["metadata"]["resourceVersion"];
  auto s = watch("/api/v1/namespaces/default/configmaps?watch=True&labelSelector=app%3Dx&resourceVersion=" + rv);
  ASSERT_TRUE(s);
  EXPECT_TRUE(events(*s).empty());
  auto p = call("PATCH", "/api/v1/namespaces/default/configmaps/w", R"({"metadata":{"labels":{"app":"y"}}})",
                {{"Content-Type", "application/merge-patch+json"}});
  ASSERT_EQ(p.status, 200);
  auto ev = events(*s);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]["type"], "DELETED");
  EXPECT_EQ(ev[0]["object"]["metadata"]["labels"]["app"], "y");
  EXPECT_EQ(ev[0]["object"]["kind"], "ConfigMap");
}

TEST_F(Api, WatchWithoutAResourceVersionStartsWithTheCurrentObjects) {
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", kCm).status, 201);
  auto s = watch("/api/v1/namespaces/default/configmaps?watch=1");
  auto ev = events(*s);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]["type"], "ADDED");
  EXPECT_EQ(ev[0]["object"]["metadata"]["name"], "cfg");
}

TEST_F(Api, WatchFromACompactedVersionIsAnInBandExpiredError) {
  store_ = std::move(*MemoryStore::open({.history_limit = 1}));
  ApiHandler h(*store_, {});
  ASSERT_TRUE(h.bootstrap());  // 4 namespaces, then the kubernetes Service, Endpoints and EndpointSlice
  Request r;
  r.method = "GET";
  r.path = "/api/v1/namespaces";
  r.query = parse_query("watch=true&resourceVersion=1");
  Reply reply = h.handle(r);
  ASSERT_TRUE(std::holds_alternative<StreamResponse>(reply));
  auto& sr = std::get<StreamResponse>(reply);
  EXPECT_EQ(sr.status, 200);
  bool done = false;
  auto ev = events(*sr.stream, &done);
  EXPECT_TRUE(done);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0], Json::parse(R"j({"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},
      "status":"Failure","message":"too old resource version: 1 (7)","reason":"Expired","code":410}})j"));
}

TEST_F(Api, SendInitialEventsEndsWithTheInitialEventsBookmark) {
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", kCm).status, 201);
  auto s = watch("/api/v1/namespaces/default/configmaps?watch=1&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true");
  auto ev = events(*s);
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0]["type"], "ADDED");
  EXPECT_EQ(ev[1]["type"], "BOOKMARK");
  EXPECT_EQ(ev[1]["object"]["metadata"]["annotations"]["k8s.io/initial-events-end"], "true");
  EXPECT_EQ(ev[1]["object"]["metadata"]["resourceVersion"], std::to_string(store_->current_rv()));
}

TEST_F(Api, DeleteAnswersWithStatusOrTheObjectAndHonoursFinalizers) {
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", kCm).status, 201);
  auto d = call("DELETE", "/api/v1/namespaces/default/configmaps/cfg", R"({"propagationPolicy":"Background"})");
  ASSERT_EQ(d.status, 200);
  Json st = body(d);
  EXPECT_EQ(st["status"], "Success");
  EXPECT_EQ(st["details"]["kind"], "configmaps");
  EXPECT_EQ(call("DELETE", "/api/v1/namespaces/default/configmaps/cfg").status, 404);

  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", R"({"metadata":{"name":"fin","finalizers":["example.com/x"]}})").status, 201);
  auto pending = call("DELETE", "/api/v1/namespaces/default/configmaps/fin");
  ASSERT_EQ(pending.status, 200);
  EXPECT_TRUE(body(pending)["metadata"].contains("deletionTimestamp"));
  auto added = call("PATCH", "/api/v1/namespaces/default/configmaps/fin", R"({"metadata":{"finalizers":["example.com/x","example.com/y"]}})",
                    {{"Content-Type", "application/merge-patch+json"}});
  EXPECT_EQ(added.status, 422);
  auto cleared = call("PATCH", "/api/v1/namespaces/default/configmaps/fin", R"({"metadata":{"finalizers":null}})",
                      {{"Content-Type", "application/merge-patch+json"}});
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_EQ(call("GET", "/api/v1/namespaces/default/configmaps/fin").status, 404);
  auto keep = call("DELETE", "/api/v1/namespaces/default");
  EXPECT_EQ(keep.status, 403);
}

TEST_F(Api, DeleteCollectionDeletesWhatTheSelectorMatches) {
  for (auto [name, tier] : {std::pair{"a", "x"}, {"b", "x"}, {"c", "y"}})
    ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps",
                   Json{{"metadata", {{"name", name}, {"labels", {{"tier", tier}}}}}}.dump()).status, 201);
  auto r = call("DELETE", "/api/v1/namespaces/default/configmaps?labelSelector=tier%3Dx");
  ASSERT_EQ(r.status, 200) << r.body;
  Json left = body(call("GET", "/api/v1/namespaces/default/configmaps"));
  ASSERT_EQ(left["items"].size(), 1u);
  EXPECT_EQ(left["items"][0]["metadata"]["name"], "c");
  EXPECT_EQ(call("DELETE", "/api/v1/namespaces").status, 405);  // namespaces have no deletecollection
}

TEST_F(Api, MetricsCountRequestsByVerbResourceAndCode) {
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", kCm).status, 201);
  ASSERT_EQ(call("GET", "/api/v1/namespaces/default/configmaps/none").status, 404);
  std::string m = call("GET", "/metrics").body;
  EXPECT_NE(m.find("apiserver_request_total{code=\"201\",resource=\"configmaps\",verb=\"create\"} 1\n"), std::string::npos) << m;
  EXPECT_NE(m.find("apiserver_request_total{code=\"404\",resource=\"configmaps\",verb=\"get\"} 1\n"), std::string::npos);
  EXPECT_NE(m.find("apiserver_request_duration_seconds_bucket{resource=\"configmaps\",verb=\"create\",le=\"+Inf\"} 1\n"), std::string::npos);
  EXPECT_NE(m.find("apiserver_storage_objects{resource=\"configmaps\"} 1\n"), std::string::npos);
}

constexpr const char* kTableAccept =
    "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

TEST_F(Api, PartialObjectMetadataForMetadataOnlyClients) {
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", kCm).status, 201);
  const char* one = "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json";
  auto r = call("GET", "/api/v1/namespaces/default/configmaps/cfg", "", {{"Accept", one}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1");
  Json p = body(r);
  EXPECT_EQ(p["kind"], "PartialObjectMetadata");
  EXPECT_EQ(p["apiVersion"], "meta.k8s.io/v1");
  EXPECT_EQ(p["metadata"]["name"], "cfg");
  EXPECT_FALSE(p.contains("data"));
  const char* many = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";
  auto l = call("GET", "/api/v1/namespaces/default/configmaps", "", {{"Accept", many}});
  ASSERT_EQ(l.status, 200);
  EXPECT_EQ(l.content_type, "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1");
  Json list = body(l);
  EXPECT_EQ(list["kind"], "PartialObjectMetadataList");
  ASSERT_EQ(list["items"].size(), 1u);
  EXPECT_EQ(list["items"][0]["kind"], "PartialObjectMetadata");
  EXPECT_FALSE(list["items"][0].contains("data"));
  // Plain JSON first in the Accept header wins.
  auto plain = call("GET", "/api/v1/namespaces/default/configmaps/cfg", "",
                    {{"Accept", "application/json,application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1"}});
  EXPECT_EQ(body(plain)["kind"], "ConfigMap");
  // Watches send PartialObjectMetadata objects.
  Reply reply = handler_->handle(testing::make_request("GET", "/api/v1/namespaces/default/configmaps?watch=1", "", {{"Accept", one}}));
  ASSERT_TRUE(std::holds_alternative<StreamResponse>(reply));
  EXPECT_EQ(std::get<StreamResponse>(reply).content_type, "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1");
  auto evs = events(*std::get<StreamResponse>(reply).stream);
  ASSERT_FALSE(evs.empty());
  EXPECT_EQ(evs[0]["object"]["kind"], "PartialObjectMetadata");
}

TEST_F(Api, TablesForKubectlGet) {
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", kCm).status, 201);
  auto r = call("GET", "/api/v1/namespaces/default/configmaps?limit=500", "", {{"Accept", kTableAccept}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/json;as=Table;v=v1;g=meta.k8s.io");
  Json t = body(r);
  EXPECT_EQ(t["kind"], "Table");
  std::vector<std::string> cols;
  for (const auto& c : t["columnDefinitions"]) cols.push_back(c["name"]);
  EXPECT_EQ(cols, (std::vector<std::string>{"Name", "Data", "Age"}));
  EXPECT_EQ(t["columnDefinitions"][0]["format"], "name");
  ASSERT_EQ(t["rows"].size(), 1u);
  EXPECT_EQ(t["rows"][0]["cells"], Json::parse(R"(["cfg", 1, "0s"])"));
  EXPECT_EQ(t["rows"][0]["object"]["kind"], "PartialObjectMetadata");
  EXPECT_EQ(t["rows"][0]["object"]["metadata"]["name"], "cfg");
  EXPECT_FALSE(t["metadata"]["resourceVersion"].get<std::string>().empty());

  Json none = body(call("GET", "/api/v1/namespaces/default/configmaps/cfg?includeObject=None", "", {{"Accept", kTableAccept}}));
  EXPECT_FALSE(none["rows"][0].contains("object"));
  EXPECT_EQ(call("GET", "/api/v1/namespaces/default/configmaps?includeObject=Some", "", {{"Accept", kTableAccept}}).status, 400);
  // Kinds without a printer get Name and Created At.
  Json roles = body(call("GET", "/apis/rbac.authorization.k8s.io/v1/clusterroles", "", {{"Accept", kTableAccept}}));
  EXPECT_EQ(roles["columnDefinitions"][1]["name"], "Created At");
  // Plain JSON when the client asks for it.
  EXPECT_EQ(body(call("GET", "/api/v1/namespaces/default/configmaps", "", {{"Accept", "application/json"}}))["kind"], "ConfigMapList");
}

TEST_F(Api, WatchTablesCarryColumnsOnlyInTheFirstEvent) {
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", kCm).status, 201);
  Request r;
  r.method = "GET";
  r.path = "/api/v1/namespaces/default/configmaps";
  r.query = parse_query("watch=true&resourceVersion=0");
  r.headers.emplace("Accept", kTableAccept);
  auto s = std::get<StreamResponse>(handler_->handle(r)).stream;
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps", R"({"metadata":{"name":"two"}})").status, 201);
  auto ev = events(*s);
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0]["object"]["kind"], "Table");
  EXPECT_EQ(ev[0]["object"]["columnDefinitions"].size(), 3u);
  EXPECT_TRUE(ev[1]["object"]["columnDefinitions"].empty());
  EXPECT_EQ(ev[1]["object"]["rows"][0]["cells"][0], "two");
}

TEST_F(Api, NodeAndReplicaSetRowsAsKubectlPrintsThem) {
  ASSERT_EQ(call("POST", "/api/v1/nodes", R"({"metadata":{"name":"n1","labels":{"node-role.kubernetes.io/control-plane":""}},
      "spec":{"unschedulable":true}})").status, 201);
  ASSERT_EQ(call("PATCH", "/api/v1/nodes/n1/status", R"({"status":{"conditions":[{"type":"Ready","status":"True"}],
      "nodeInfo":{"kubeletVersion":"v1.32.0"},"addresses":[{"type":"InternalIP","address":"10.0.0.7"}]}})",
                 {{"Content-Type", "application/merge-patch+json"}}).status, 200);
  Json nodes = body(call("GET", "/api/v1/nodes", "", {{"Accept", kTableAccept}}));
  EXPECT_EQ(nodes["rows"][0]["cells"][1], "Ready,SchedulingDisabled");
  EXPECT_EQ(nodes["rows"][0]["cells"][2], "control-plane");
  EXPECT_EQ(nodes["rows"][0]["cells"][4], "v1.32.0");
  EXPECT_EQ(nodes["rows"][0]["cells"][5], "10.0.0.7");
  EXPECT_EQ(nodes["columnDefinitions"][5]["priority"], 1);

  ASSERT_EQ(call("POST", "/apis/apps/v1/namespaces/default/replicasets", R"({"metadata":{"name":"rs1"},
      "spec":{"replicas":3,"selector":{"matchLabels":{"app":"x"}},
              "template":{"metadata":{"labels":{"app":"x"}},"spec":{"containers":[{"name":"c","image":"img:1"}]}}}})").status, 201);
  Json rs = body(call("GET", "/apis/apps/v1/namespaces/default/replicasets/rs1", "", {{"Accept", kTableAccept}}));
  EXPECT_EQ(rs["rows"][0]["cells"], Json::parse(R"(["rs1", 3, 0, 0, "0s", "c", "img:1", "app=x"])"));
}

TEST(HumanAge, PrintsLikeKubectl) {
  TimePoint t0(std::chrono::seconds(1000000));
  auto at = [&](long s) { return human_age(t0, t0 + std::chrono::seconds(s)); };
  EXPECT_EQ(at(0), "0s");
  EXPECT_EQ(at(119), "119s");
  EXPECT_EQ(at(125), "2m5s");
  EXPECT_EQ(at(600), "10m");
  EXPECT_EQ(at(3 * 3600 + 60), "3h1m");
  EXPECT_EQ(at(30 * 3600), "30h");
  EXPECT_EQ(at(3 * 86400 + 4 * 3600), "3d4h");
  EXPECT_EQ(at(40 * 86400), "40d");
  EXPECT_EQ(at(-5), "<invalid>");
}

TEST_F(Api, DryRunWritesNothing) {
  auto rv = store_->current_rv();
  auto r = call("POST", "/api/v1/namespaces/default/configmaps?dryRun=All", kCm);
  ASSERT_EQ(r.status, 201);
  EXPECT_EQ(store_->current_rv(), rv);
  EXPECT_EQ(call("GET", "/api/v1/namespaces/default/configmaps/cfg").status, 404);
  EXPECT_EQ(call("POST", "/api/v1/namespaces/default/configmaps?dryRun=Some", kCm).status, 400);
}

TEST_F(Api, GenerateNameAddsFiveRandomCharacters) {
  auto r = call("POST", "/api/v1/namespaces/default/configmaps", R"({"metadata":{"generateName":"job-"}})");
  ASSERT_EQ(r.status, 201) << r.body;
  std::string name = body(r)["metadata"]["name"];
  ASSERT_EQ(name.size(), 9u);
  EXPECT_EQ(name.substr(0, 4), "job-");
  EXPECT_EQ(name.find_first_not_of("bcdfghjklmnpqrstvwxz2456789", 4), std::string::npos);
}

TEST_F(Api, AggregatedAndLegacyDiscovery) {
  auto agg = call("GET", "/apis", "", {{"Accept", "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json"}});
  ASSERT_EQ(agg.status, 200);
  EXPECT_EQ(agg.content_type, "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
  Json groups = body(agg);
  EXPECT_EQ(groups["kind"], "APIGroupDiscoveryList");
  bool rbac = false;
  for (const auto& g : groups["items"]) {
    for (const auto& v : g["versions"])
      for (const auto& r : v["resources"]) {
        EXPECT_FALSE(r["responseKind"]["kind"].get<std::string>().empty());
        if (r["resource"] == "clusterroles") {
          rbac = true;
          EXPECT_EQ(r["scope"], "Cluster");
        }
      }
  }
  EXPECT_TRUE(rbac);
  Json core = body(call("GET", "/api/"));
  EXPECT_EQ(core["kind"], "APIVersions");
  EXPECT_EQ(core["serverAddressByClientCIDRs"][0]["clientCIDR"], "0.0.0.0/0");
  Json legacy = body(call("GET", "/api/v1/"));
  EXPECT_EQ(legacy["groupVersion"], "v1");
  for (const auto& r : legacy["resources"]) {
    EXPECT_TRUE(r.contains("singularName"));
    EXPECT_TRUE(r.contains("verbs"));
  }
  EXPECT_EQ(body(call("GET", "/apis/rbac.authorization.k8s.io/"))["preferredVersion"]["version"], "v1");
  Json version = body(call("GET", "/version/"));
  EXPECT_EQ(version["minor"], "32");
  EXPECT_EQ(version.size(), 9u);
  EXPECT_EQ(call("GET", "/healthz").body, "ok");
}

TEST_F(Api, ProtobufBodiesFromKubectlAreAccepted) {
  // What kubectl 1.32 sent for `kubectl create configmap`, captured with spec/probe.
  const char* root = std::getenv("WINDLASS_SOURCE_DIR");
  std::ifstream in(std::string(root ? root : ".") + "/tests/data/protobuf/kubectl-1.32-create-configmap.bin", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  ASSERT_FALSE(ss.str().empty());
  auto r = call("POST", "/api/v1/namespaces/default/configmaps?fieldManager=kubectl-create&fieldValidation=Strict", ss.str(),
                {{"Content-Type", "application/vnd.kubernetes.protobuf"},
                 {"Accept", "application/vnd.kubernetes.protobuf,application/json"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.content_type, "application/json");
  EXPECT_EQ(body(r)["kind"], "ConfigMap");
  auto truncated = call("POST", "/api/v1/namespaces/default/configmaps", ss.str().substr(0, 10),
                        {{"Content-Type", "application/vnd.kubernetes.protobuf"}});
  EXPECT_EQ(truncated.status, 400);
  EXPECT_EQ(body(truncated)["kind"], "Status");
  std::string wrong_magic = ss.str();
  wrong_magic[0] = 'j';
  auto magic = call("POST", "/api/v1/namespaces/default/configmaps", wrong_magic,
                    {{"Content-Type", "application/vnd.kubernetes.protobuf"}});
  EXPECT_EQ(magic.status, 400);
  EXPECT_EQ(body(magic)["reason"], "BadRequest");
  auto empty = call("POST", "/api/v1/namespaces/default/configmaps", "",
                    {{"Content-Type", "application/vnd.kubernetes.protobuf"}});
  EXPECT_EQ(empty.status, 400);
}

constexpr const char* kCrd = R"({
  "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
  "metadata": {"name": "widgets.example.com"},
  "spec": {"group": "example.com", "scope": "Namespaced",
           "names": {"kind": "Widget", "plural": "widgets", "shortNames": ["wd"]},
           "versions": [
             {"name": "v1beta1", "served": true, "storage": false,
              "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}},
             {"name": "v1", "served": true, "storage": true, "subresources": {"status": {}},
              "selectableFields": [{"jsonPath": ".spec.color"}],
              "schema": {"openAPIV3Schema": {"type": "object", "properties": {
                "spec": {"type": "object", "required": ["size"], "properties": {
                  "size": {"type": "integer", "minimum": 1},
                  "color": {"type": "string", "enum": ["red", "blue"], "default": "blue"}}},
                "status": {"type": "object", "properties": {"ready": {"type": "boolean"}}}}}}}]}})";

TEST_F(Api, CrdIsEstablishedAtOnceAndServesItsResources) {
  auto r = call("POST", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", kCrd);
  ASSERT_EQ(r.status, 201) << r.body;
  Json crd = body(r);
  EXPECT_EQ(crd["status"]["storedVersions"], Json({"v1"}));
  EXPECT_EQ(crd["status"]["conditions"][1]["type"], "Established");
  EXPECT_EQ(crd["spec"]["names"]["listKind"], "WidgetList");
  EXPECT_EQ(crd["metadata"]["generation"], 1);

  Json legacy = body(call("GET", "/apis/example.com/v1"));
  EXPECT_EQ(legacy["resources"][0]["name"], "widgets");
  EXPECT_EQ(body(call("GET", "/apis/example.com"))["preferredVersion"]["version"], "v1");

  auto w = call("POST", "/apis/example.com/v1/namespaces/default/widgets",
                R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w1"},"spec":{"size":2,"extra":1},"status":{"ready":true}})");
  ASSERT_EQ(w.status, 201) << w.body;
  Json obj = body(w);
  EXPECT_EQ(obj["spec"], Json::parse(R"({"size":2,"color":"blue"})"));  // pruned, defaulted
  EXPECT_FALSE(obj.contains("status"));  // set only through /status
  EXPECT_EQ(obj["metadata"]["generation"], 1);

  // The same object through the other served version (conversion None).
  Json beta = body(call("GET", "/apis/example.com/v1beta1/namespaces/default/widgets/w1"));
  EXPECT_EQ(beta["apiVersion"], "example.com/v1beta1");

  auto bad = call("POST", "/apis/example.com/v1/namespaces/default/widgets",
                  R"({"metadata":{"name":"w2"},"spec":{"size":"big","color":"green"}})");
  EXPECT_EQ(bad.status, 422);
  Json b = body(bad);
  EXPECT_EQ(b["details"]["kind"], "Widget");
  EXPECT_EQ(b["details"]["group"], "example.com");
  std::set<std::string> causes;
  for (const auto& c : b["details"]["causes"]) causes.insert(c["field"].get<std::string>() + ": " + c["message"].get<std::string>());
  EXPECT_EQ(causes, (std::set<std::string>{
                        "spec.size: Invalid value: \"string\": spec.size in body must be of type integer: \"string\"",
                        "spec.color: Unsupported value: \"green\": supported values: \"red\", \"blue\""}));

  auto st = call("PATCH", "/apis/example.com/v1/namespaces/default/widgets/w1/status", R"({"status":{"ready":true},"spec":{"size":9}})",
                 {{"Content-Type", "application/merge-patch+json"}});
  ASSERT_EQ(st.status, 200) << st.body;
  EXPECT_EQ(body(st)["status"]["ready"], true);
  EXPECT_EQ(body(st)["spec"]["size"], 2);  // /status changes only status
  auto smp = call("PATCH", "/apis/example.com/v1/namespaces/default/widgets/w1", "{}",
                  {{"Content-Type", "application/strategic-merge-patch+json"}});
  EXPECT_EQ(smp.status, 415);
  Json unconditional = body(call("GET", "/apis/example.com/v1/namespaces/default/widgets/w1"));
  unconditional["metadata"].erase("resourceVersion");
  EXPECT_EQ(call("PUT", "/apis/example.com/v1/namespaces/default/widgets/w1", unconditional.dump()).status, 422);

  Json selected = body(call("GET", "/apis/example.com/v1/widgets?fieldSelector=spec.color%3Dblue"));
  EXPECT_EQ(selected["items"].size(), 1u);
  EXPECT_EQ(body(call("GET", "/apis/example.com/v1/widgets?fieldSelector=spec.size%3D1"))["message"],
            "\"spec.size\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\", \"spec.color\"");

  ASSERT_EQ(call("DELETE", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com").status, 200);
  EXPECT_EQ(call("GET", "/apis/example.com/v1/namespaces/default/widgets/w1").status, 404);
  EXPECT_EQ(call("GET", "/apis/example.com/v1").status, 404);
  EXPECT_EQ(store_->count("/registry/example.com/"), 0u);
}

TEST_F(Api, InvalidCrdsAreRefused) {
  Json crd = Json::parse(kCrd);
  crd["metadata"]["name"] = "wrong.example.com";
  auto r = call("POST", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd.dump());
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(body(r)["message"].get<std::string>().find("must be spec.names.plural+\".\"+spec.group"), std::string::npos);
  crd = Json::parse(kCrd);
  crd["spec"]["versions"][0]["storage"] = true;
  EXPECT_EQ(call("POST", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd.dump()).status, 422);
}

TEST_F(Api, AccessReviewsAreAnsweredNotStored) {
  auto r = call("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
                R"({"spec":{"resourceAttributes":{"verb":"list","resource":"pods","namespace":"default"}}})");
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(body(r)["status"]["allowed"], true);
  EXPECT_EQ(call("GET", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews").status, 405);
}

TEST_F(Api, DeploymentsTrackGenerationAndServeScale) {
  auto r = call("POST", "/apis/apps/v1/namespaces/default/deployments", R"({"metadata":{"name":"web"},
      "spec":{"replicas":1,"selector":{"matchLabels":{"app":"web"}},
              "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"c","image":"nginx"}]}}}})");
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(body(r)["metadata"]["generation"], 1);
  auto scale = call("PATCH", "/apis/apps/v1/namespaces/default/deployments/web/scale", R"({"spec":{"replicas":3}})",
                    {{"Content-Type", "application/merge-patch+json"}});
  ASSERT_EQ(scale.status, 200) << scale.body;
  EXPECT_EQ(body(scale)["kind"], "Scale");
  EXPECT_EQ(body(scale)["spec"]["replicas"], 3);
  Json d = body(call("GET", "/apis/apps/v1/namespaces/default/deployments/web"));
  EXPECT_EQ(d["spec"]["replicas"], 3);
  EXPECT_EQ(d["metadata"]["generation"], 2);
  auto labels = call("PATCH", "/apis/apps/v1/namespaces/default/deployments/web", R"({"metadata":{"labels":{"x":"y"}}})",
                     {{"Content-Type", "application/merge-patch+json"}});
  EXPECT_EQ(body(labels)["metadata"]["generation"], 2);  // metadata-only changes keep it
}

}  // namespace
}  // namespace windlass::apiserver
