// /openapi/v3: the index, per group-version documents (refs, GVK markers, PATCH parameters,
// patch metadata), caching by hash, and documents of CRDs appearing and going away.
#include "rest/api_handler.h"
#include "rest/openapi.h"
#include "storage/memory_store.h"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <set>

namespace windlass::apiserver {
namespace {

constexpr const char* kProtobufV3 = "application/com.github.proto-openapi.spec.v3@v1.0+protobuf";
constexpr const char* kProtobufV2 = "application/com.github.proto-openapi.spec.v2@v1.0+protobuf";

const char* kCrd = R"({"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
  "metadata":{"name":"widgets.example.com"},
  "spec":{"group":"example.com","scope":"Namespaced",
    "names":{"plural":"widgets","singular":"widget","kind":"Widget"},
    "versions":[{"name":"v1","served":true,"storage":true,"subresources":{"status":{}},
      "schema":{"openAPIV3Schema":{"type":"object","description":"A widget of the tests.",
        "properties":{
          "spec":{"type":"object","description":"What the widget should be.","properties":{
            "size":{"type":"integer","description":"How big the widget is."}}},
          "status":{"type":"object","properties":{"ready":{"type":"boolean"}}}}}}}]}})";

class OpenApi : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = std::move(*MemoryStore::open({}));
    ApiHandlerOptions o;
    o.now = [] { return TimePoint(std::chrono::seconds(1714564800)); };  // 2024-05-01T12:00:00Z
    handler_ = std::make_unique<ApiHandler>(*store_, o);
    ASSERT_TRUE(handler_->bootstrap());
  }

  Response call(std::string method, std::string target, std::string body = "",
                std::vector<std::pair<std::string, std::string>> headers = {}) {
    Request r;
    r.method = std::move(method);
    r.target = target;
    auto q = target.find('?');
    r.path = target.substr(0, q);
    if (q != std::string::npos) r.query = parse_query(target.substr(q + 1));
    for (auto& [k, v] : headers) r.headers.emplace(k, v);
    r.body = std::move(body);
    Reply reply = handler_->handle(r);
    EXPECT_TRUE(std::holds_alternative<Response>(reply)) << target;
    if (!std::holds_alternative<Response>(reply)) return {};
    return std::get<Response>(reply);
  }
  Response get(const std::string& target, std::vector<std::pair<std::string, std::string>> headers = {}) {
    return call("GET", target, "", std::move(headers));
  }
  Json index() {
    auto r = get("/openapi/v3");
    EXPECT_EQ(r.status, 200);
    return Json::parse(r.body)["paths"];
  }
  // The document of a group-version path ("apis/apps/v1"), through the index's URL.
  Json document(const std::string& gv) {
    Json idx = index();
    EXPECT_TRUE(idx.contains(gv)) << gv;
    if (!idx.contains(gv)) return Json::object();
    auto r = get(idx[gv]["serverRelativeURL"].get<std::string>(), {{"Accept", "application/json"}});
    EXPECT_EQ(r.status, 200) << r.body;
    return Json::parse(r.body);
  }
  static std::string header(const Response& r, const std::string& name) {
    for (const auto& [k, v] : r.headers)
      if (k == name) return v;
    return "";
  }

  std::unique_ptr<MemoryStore> store_;
  std::unique_ptr<ApiHandler> handler_;
};

// Follows "$ref" and single-element allOf to the component a property stands for.
const Json& resolve(const Json& doc, const Json& schema) {
  const Json* s = &schema;
  if (s->contains("allOf") && (*s)["allOf"].size() == 1) s = &(*s)["allOf"][0];
  if (s->contains("$ref")) {
    std::string name = (*s)["$ref"].get<std::string>().substr(std::string("#/components/schemas/").size());
    return doc["components"]["schemas"].at(name);
  }
  return *s;
}

const Json& follow(const Json& doc, const Json& root, std::initializer_list<const char*> fields) {
  const Json* s = &resolve(doc, root);
  for (const char* f : fields) {
    const Json& prop = s->at("properties").at(f);
    s = prop.contains("items") ? &resolve(doc, prop["items"]) : &resolve(doc, prop);
  }
  return *s;
}

void each_ref(const Json& j, const std::function<void(const std::string&)>& fn) {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "$ref" && it.value().is_string()) fn(it.value().get<std::string>());
      else each_ref(it.value(), fn);
    }
  } else if (j.is_array()) {
    for (const auto& e : j) each_ref(e, fn);
  }
}

TEST_F(OpenApi, IndexNamesEveryServedGroupVersionWithAContentHash) {
  Json idx = index();
  std::set<std::string> keys;
  for (auto it = idx.begin(); it != idx.end(); ++it) {
    keys.insert(it.key());
    std::string url = it.value()["serverRelativeURL"];
    std::string prefix = "/openapi/v3/" + it.key() + "?hash=";
    ASSERT_EQ(url.rfind(prefix, 0), 0u) << url;
    std::string hash = url.substr(prefix.size());
    EXPECT_EQ(hash.size(), 128u) << url;  // SHA-512, upper-case hex
    EXPECT_EQ(hash.find_first_not_of("0123456789ABCDEF"), std::string::npos) << url;
  }
  std::set<std::string> served;
  auto cat = handler_->catalog();
  for (const auto& g : cat->groups())
    for (const auto& v : g.versions) served.insert(openapi_gv_path(g.name, v));
  EXPECT_EQ(keys, served);
  EXPECT_TRUE(keys.count("api/v1"));
  EXPECT_TRUE(keys.count("apis/apps/v1"));
  // Same content, same hash: the index is stable.
  EXPECT_EQ(get("/openapi/v3").body, get("/openapi/v3").body);

  Json root = Json::parse(get("/").body)["paths"];
  EXPECT_NE(std::find(root.begin(), root.end(), "/openapi/v3"), root.end());
  EXPECT_NE(std::find(root.begin(), root.end(), "/openapi/v2"), root.end());
}

TEST_F(OpenApi, HashAddressedDocumentIsImmutableOtherwiseRevalidated) {
  std::string url = index()["api/v1"]["serverRelativeURL"];
  std::string hash = url.substr(url.find("hash=") + 5);
  auto r = get(url);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/json");
  EXPECT_EQ(header(r, "ETag"), "\"" + hash + "\"");
  EXPECT_EQ(header(r, "Cache-Control"), "public, immutable");
  EXPECT_EQ(header(r, "Expires"), "Thu, 01 May 2025 12:00:00 GMT");  // a year after "now"
  EXPECT_EQ(header(r, "Vary"), "Accept");

  auto plain = get("/openapi/v3/api/v1");
  ASSERT_EQ(plain.status, 200);
  EXPECT_EQ(plain.body, r.body);
  EXPECT_EQ(header(plain, "ETag"), "\"" + hash + "\"");
  EXPECT_EQ(header(plain, "Cache-Control"), "");  // the server's default no-cache, private applies
  EXPECT_EQ(header(plain, "Expires"), "");

  auto again = get("/openapi/v3/api/v1", {{"If-None-Match", "\"" + hash + "\""}});
  EXPECT_EQ(again.status, 304);
  EXPECT_EQ(again.body, "");
  EXPECT_EQ(get("/openapi/v3/api/v1", {{"If-None-Match", "\"0ABC\""}}).status, 200);

  auto idx = get("/openapi/v3");
  EXPECT_EQ(get("/openapi/v3", {{"If-None-Match", header(idx, "ETag")}}).status, 304);
}

TEST_F(OpenApi, StaleHashRedirectsToTheCurrentOne) {
  std::string url = index()["apis/apps/v1"]["serverRelativeURL"];
  auto r = get("/openapi/v3/apis/apps/v1?hash=0123");
  EXPECT_EQ(r.status, 301);
  EXPECT_EQ(header(r, "Location"), url);
}

TEST_F(OpenApi, ProtobufOnlyAcceptIsRefusedNeverAnsweredWithJson) {
  auto r = get("/openapi/v3/api/v1", {{"Accept", kProtobufV3}});
  EXPECT_EQ(r.status, 406);
  Json s = Json::parse(r.body);
  EXPECT_EQ(s["kind"], "Status");
  EXPECT_EQ(s["reason"], "NotAcceptable");
  EXPECT_EQ(get("/openapi/v3/api/v1", {{"Accept", std::string(kProtobufV3) + ", application/json"}}).status, 200);
  EXPECT_EQ(get("/openapi/v3/api/v1", {{"Accept", "*/*"}}).status, 200);

  EXPECT_EQ(get("/openapi/v3/apis/nope.example.com/v1").status, 404);
  EXPECT_EQ(call("POST", "/openapi/v3", "{}").status, 405);
}

TEST_F(OpenApi, EveryRefResolvesAndComponentNamesEndInTheGoTypeName) {
  Json idx = index();
  for (auto it = idx.begin(); it != idx.end(); ++it) {
    Json doc = document(it.key());
    EXPECT_EQ(doc["openapi"], "3.0.0");
    const Json& schemas = doc["components"]["schemas"];
    each_ref(doc, [&](const std::string& ref) {
      ASSERT_EQ(ref.rfind("#/components/schemas/", 0), 0u) << ref;
      EXPECT_TRUE(schemas.contains(ref.substr(21))) << it.key() << ": " << ref;
    });
  }
  Json core = document("api/v1");
  const Json& s = core["components"]["schemas"];
  for (const char* name : {"io.k8s.api.core.v1.Pod", "io.k8s.api.core.v1.PodSpec", "io.k8s.api.core.v1.Container",
                           "io.k8s.api.core.v1.Event", "io.k8s.api.core.v1.ConfigMapList",
                           "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
                           "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
                           "io.k8s.apimachinery.pkg.api.resource.Quantity",
                           "io.k8s.apimachinery.pkg.util.intstr.IntOrString"})
    EXPECT_TRUE(s.contains(name)) << name;
  // Two kinds share the bare name Event; each is named by its own package.
  EXPECT_TRUE(document("apis/events.k8s.io/v1")["components"]["schemas"].contains("io.k8s.api.events.v1.Event"));
  EXPECT_TRUE(document("apis/apiextensions.k8s.io/v1")["components"]["schemas"].contains(
      "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition"));
}

TEST_F(OpenApi, EveryKindHasAComponentAndOperationsMarkedWithItsGvk) {
  auto cat = handler_->catalog();
  for (const auto& g : cat->groups())
    for (const auto& v : g.versions) {
      Json doc = document(openapi_gv_path(g.name, v));
      for (const ResourceType* rt : cat->resources(g.name, v)) {
        Json gvk = {{"group", rt->info.group}, {"kind", rt->info.kind}, {"version", rt->info.version}};
        int components = 0;
        for (const auto& [name, schema] : doc["components"]["schemas"].items()) {
          const Json& marks = schema.value("x-kubernetes-group-version-kind", Json::array());
          if (std::find(marks.begin(), marks.end(), gvk) != marks.end()) {
            ++components;
            EXPECT_EQ(name.substr(name.rfind('.') + 1), rt->info.kind);
          }
        }
        EXPECT_EQ(components, 1) << gvk;
        int patches = 0, operations = 0;
        for (const auto& [path, item] : doc["paths"].items())
          for (const char* m : {"get", "put", "post", "patch", "delete"}) {
            if (!item.contains(m) || item[m]["x-kubernetes-group-version-kind"] != gvk) continue;
            ++operations;
            EXPECT_TRUE(item[m].contains("x-kubernetes-action")) << path;
            if (std::string(m) != "patch") continue;
            ++patches;
            // kubectl skips client-side validation only when every PATCH of the kind says so.
            bool field_validation = false;
            for (const auto& p : item[m]["parameters"])
              if (p["name"] == "fieldValidation" && p["in"] == "query") field_validation = true;
            EXPECT_TRUE(field_validation) << path;
            const Json& content = item[m]["requestBody"]["content"];
            EXPECT_TRUE(content.contains("application/merge-patch+json"));
            EXPECT_TRUE(content.contains("application/apply-patch+yaml"));
            EXPECT_EQ(content.contains("application/strategic-merge-patch+json"), !rt->custom) << path;
          }
        EXPECT_GT(operations, 0) << gvk;
        EXPECT_EQ(patches > 0, rt->has_verb("patch")) << gvk;
      }
    }
}

TEST_F(OpenApi, PathsCoverCollectionsItemsAndSubresources) {
  const Json paths = document("apis/apps/v1")["paths"];
  const Json& coll = paths.at("/apis/apps/v1/namespaces/{namespace}/deployments");
  EXPECT_EQ(coll["get"]["x-kubernetes-action"], "list");
  EXPECT_EQ(coll["post"]["x-kubernetes-action"], "post");
  EXPECT_EQ(coll["delete"]["x-kubernetes-action"], "deletecollection");
  std::set<std::string> list_params;
  for (const auto& p : coll["get"]["parameters"]) list_params.insert(p["name"]);
  for (const char* p : {"labelSelector", "fieldSelector", "limit", "continue", "watch", "resourceVersion"})
    EXPECT_TRUE(list_params.count(p)) << p;
  EXPECT_EQ(paths.at("/apis/apps/v1/deployments")["get"]["operationId"], "listAppsV1DeploymentForAllNamespaces");
  const Json& item = paths.at("/apis/apps/v1/namespaces/{namespace}/deployments/{name}");
  for (const char* m : {"get", "put", "patch", "delete"}) EXPECT_TRUE(item.contains(m)) << m;
  EXPECT_EQ(item["patch"]["operationId"], "patchAppsV1NamespacedDeployment");
  std::set<std::string> patch_params;
  for (const auto& p : item["patch"]["parameters"]) patch_params.insert(p["name"]);
  EXPECT_EQ(patch_params, (std::set<std::string>{"dryRun", "fieldManager", "fieldValidation", "force"}));
  EXPECT_TRUE(paths.contains("/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status"));
  const Json& scale = paths.at("/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale");
  EXPECT_EQ(scale["patch"]["x-kubernetes-group-version-kind"],
            Json({{"group", "autoscaling"}, {"kind", "Scale"}, {"version", "v1"}}));

  const Json core = document("api/v1")["paths"];
  EXPECT_TRUE(core.at("/api/v1/namespaces/{name}/finalize").contains("put"));
  EXPECT_FALSE(core.at("/api/v1/namespaces").contains("delete"));  // no deletecollection verb
  EXPECT_FALSE(core.contains("/api/v1/namespaces/{namespace}/namespaces"));
  const Json auth = document("apis/authorization.k8s.io/v1")["paths"];
  const Json& review = auth.at("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
  EXPECT_TRUE(review.contains("post"));
  EXPECT_FALSE(review.contains("get"));
}

TEST_F(OpenApi, SchemasCarryDocsAndPatchMetadata) {
  Json doc = document("apis/apps/v1");
  const Json& deployment = doc["components"]["schemas"]["io.k8s.api.apps.v1.Deployment"];
  EXPECT_FALSE(deployment.value("description", "").empty());
  const Json& spec_prop = deployment["properties"]["spec"];
  EXPECT_EQ(spec_prop["allOf"][0]["$ref"], "#/components/schemas/io.k8s.api.apps.v1.DeploymentSpec");
  EXPECT_FALSE(spec_prop.value("description", "").empty());

  const Json& pod_spec = follow(doc, deployment, {"spec", "template", "spec"});
  const Json& containers = pod_spec["properties"]["containers"];
  EXPECT_EQ(containers["type"], "array");
  EXPECT_EQ(containers["x-kubernetes-patch-merge-key"], "name");
  EXPECT_EQ(containers["x-kubernetes-patch-strategy"], "merge");
  EXPECT_EQ(containers["x-kubernetes-list-type"], "map");
  EXPECT_EQ(containers["x-kubernetes-list-map-keys"], Json({"name"}));
  EXPECT_EQ(containers["items"]["$ref"], "#/components/schemas/io.k8s.api.core.v1.Container");
  const Json& env = follow(doc, deployment, {"spec", "template", "spec", "containers"})["properties"]["env"];
  EXPECT_EQ(env["x-kubernetes-patch-merge-key"], "name");
  const Json& meta = follow(doc, deployment, {"metadata"});
  EXPECT_EQ(meta["properties"]["creationTimestamp"]["allOf"][0]["$ref"],
            "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Time");
  EXPECT_EQ(meta["properties"]["labels"]["additionalProperties"]["type"], "string");
  const Json& strategy = follow(doc, deployment, {"spec", "strategy", "rollingUpdate"});
  EXPECT_EQ(resolve(doc, strategy["properties"]["maxSurge"])["x-kubernetes-int-or-string"], true);
}

TEST_F(OpenApi, CrdDocumentAppearsWithTheCrdAndGoesAwayWithIt) {
  std::string before = get("/openapi/v3").body;
  EXPECT_FALSE(index().contains("apis/example.com/v1"));
  ASSERT_EQ(call("POST", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", kCrd).status, 201);
  Json idx = index();
  ASSERT_TRUE(idx.contains("apis/example.com/v1"));
  // Built-in documents keep their hash.
  EXPECT_EQ(idx["api/v1"], Json::parse(before)["paths"]["api/v1"]);

  Json doc = document("apis/example.com/v1");
  const Json& widget = doc["components"]["schemas"].at("com.example.v1.Widget");
  EXPECT_EQ(widget["description"], "A widget of the tests.");
  EXPECT_EQ(widget["x-kubernetes-group-version-kind"],
            Json::array({Json{{"group", "example.com"}, {"kind", "Widget"}, {"version", "v1"}}}));
  EXPECT_EQ(widget["properties"]["metadata"]["allOf"][0]["$ref"],
            "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
  EXPECT_EQ(widget["properties"]["spec"]["properties"]["size"]["description"], "How big the widget is.");
  EXPECT_TRUE(doc["components"]["schemas"].contains("com.example.v1.WidgetList"));
  const Json& patch = doc["paths"].at("/apis/example.com/v1/namespaces/{namespace}/widgets/{name}")["patch"];
  EXPECT_FALSE(patch["requestBody"]["content"].contains("application/strategic-merge-patch+json"));
  EXPECT_TRUE(doc["paths"].contains("/apis/example.com/v1/namespaces/{namespace}/widgets/{name}/status"));

  ASSERT_EQ(call("DELETE", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com").status, 200);
  EXPECT_FALSE(index().contains("apis/example.com/v1"));
  EXPECT_EQ(get("/openapi/v3/apis/example.com/v1").status, 404);
  EXPECT_EQ(get("/openapi/v3").body, before);
}

// Not a performance assertion: prints what generating every built-in document costs.
TEST(OpenApiCost, GeneratingEveryBuiltinDocument) {
  auto catalog = builtin_catalog();
  auto start = std::chrono::steady_clock::now();
  std::size_t bytes = 0, count = 0;
  for (const auto& g : catalog->groups())
    for (const auto& v : g.versions) {
      auto doc = openapi_document(*catalog, g.name, v);
      ASSERT_TRUE(doc);
      bytes += to_json_string(*doc).size();
      ++count;
    }
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("generated %zu OpenAPI documents, %zu bytes, in %.1f ms\n", count, bytes, ms);
  ::testing::Test::RecordProperty("openapi_generation_ms", std::to_string(ms));
}

}  // namespace
}  // namespace windlass::apiserver
