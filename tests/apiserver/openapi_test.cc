// /openapi/v3: the index, per group-version documents (refs, GVK markers, PATCH parameters,
// patch metadata), caching by hash, and documents of CRDs appearing and going away.
// /openapi/v2: the Swagger 2.0 document in JSON and gnostic protobuf (decoded back here by a
// reader written from gnostic's OpenAPIv2.proto), negotiation, ETag, CRD schemas cut down.
#include "handler_harness.h"
#include "rest/api_handler.h"
#include "rest/gnostic.h"
#include "rest/openapi.h"
#include "storage/memory_store.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
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

class OpenApi : public testing::HandlerTest {
 protected:
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

// ---- /openapi/v2 ------------------------------------------------------------------------------

// A protobuf reader written from gnostic's OpenAPIv2.proto, independent of the server's encoder:
// a message is its fields by number, each a varint, a fixed64 or bytes.
struct Wire {
  struct Value {
    int wire_type = 0;
    std::uint64_t number = 0;  // varint or fixed64 bits
    std::string bytes;
  };
  std::multimap<int, Value> fields;
  bool ok = true;

  static Wire parse(std::string_view data) {
    Wire m;
    std::size_t i = 0;
    auto varint = [&](std::uint64_t& out) {
      out = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (i >= data.size()) return false;
        auto b = static_cast<unsigned char>(data[i++]);
        out |= static_cast<std::uint64_t>(b & 0x7F) << shift;
        if (!(b & 0x80)) return true;
      }
      return false;
    };
    while (i < data.size()) {
      std::uint64_t key;
      if (!varint(key)) return m.fail();
      Value v;
      v.wire_type = static_cast<int>(key & 7);
      if (v.wire_type == 0) {
        if (!varint(v.number)) return m.fail();
      } else if (v.wire_type == 1) {
        if (i + 8 > data.size()) return m.fail();
        for (int k = 0; k < 8; ++k) v.number |= static_cast<std::uint64_t>(static_cast<unsigned char>(data[i + k])) << (8 * k);
        i += 8;
      } else if (v.wire_type == 2) {
        std::uint64_t len;
        if (!varint(len) || i + len > data.size()) return m.fail();
        v.bytes = std::string(data.substr(i, len));
        i += len;
      } else {
        return m.fail();
      }
      m.fields.emplace(static_cast<int>(key >> 3), std::move(v));
    }
    return m;
  }
  Wire fail() {
    ok = false;
    return *this;
  }
  bool has(int f) const { return fields.count(f) > 0; }
  std::string str(int f) const {
    auto it = fields.find(f);
    return it == fields.end() ? "" : it->second.bytes;
  }
  Wire msg(int f) const { return parse(str(f)); }
  std::vector<Wire> msgs(int f) const {
    std::vector<Wire> out;
    auto [a, b] = fields.equal_range(f);
    for (auto it = a; it != b; ++it) out.push_back(parse(it->second.bytes));
    return out;
  }
  std::vector<std::string> strs(int f) const {
    std::vector<std::string> out;
    auto [a, b] = fields.equal_range(f);
    for (auto it = a; it != b; ++it) out.push_back(it->second.bytes);
    return out;
  }
  std::uint64_t num(int f) const {
    auto it = fields.find(f);
    return it == fields.end() ? 0 : it->second.number;
  }
  double dbl(int f) const {
    std::uint64_t bits = num(f);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }
  // NamedX entries of a repeated field, by name.
  std::map<std::string, Wire> named(int f) const {
    std::map<std::string, Wire> out;
    for (const Wire& n : msgs(f)) out.emplace(n.str(1), n.msg(2));
    return out;
  }
};

// Any.yaml holds the value; the server writes it as JSON, which is YAML.
Json any_value(const Wire& any) { return Json::parse(any.str(2)); }

// openapi.v2.Schema back to JSON.
Json schema_json(const Wire& s) {
  Json j = Json::object();
  auto str = [&](int f, const char* k) { if (s.has(f)) j[k] = s.str(f); };
  auto dbl = [&](int f, const char* k) {
    if (!s.has(f)) return;
    double d = s.dbl(f);
    if (d == static_cast<double>(static_cast<std::int64_t>(d))) j[k] = static_cast<std::int64_t>(d);
    else j[k] = d;
  };
  auto flag = [&](int f, const char* k) { if (s.has(f)) j[k] = s.num(f) != 0; };
  auto i64 = [&](int f, const char* k) { if (s.has(f)) j[k] = static_cast<std::int64_t>(s.num(f)); };
  str(1, "$ref"); str(2, "format"); str(3, "title"); str(4, "description");
  if (s.has(5)) j["default"] = any_value(s.msg(5));
  dbl(6, "multipleOf"); dbl(7, "maximum"); flag(8, "exclusiveMaximum"); dbl(9, "minimum");
  flag(10, "exclusiveMinimum"); i64(11, "maxLength"); i64(12, "minLength"); str(13, "pattern");
  i64(14, "maxItems"); i64(15, "minItems"); flag(16, "uniqueItems"); i64(17, "maxProperties");
  i64(18, "minProperties");
  if (s.has(19)) j["required"] = s.strs(19);
  if (s.has(20)) {
    j["enum"] = Json::array();
    for (const Wire& a : s.msgs(20)) j["enum"].push_back(any_value(a));
  }
  if (s.has(21)) {
    Wire ap = s.msg(21);
    if (ap.has(1)) j["additionalProperties"] = schema_json(ap.msg(1));
    else if (ap.has(2)) j["additionalProperties"] = ap.num(2) != 0;
  }
  if (s.has(22)) {
    auto types = s.msg(22).strs(1);
    if (types.size() == 1) j["type"] = types[0];
    else j["type"] = types;
  }
  if (s.has(23)) {
    auto items = s.msg(23).msgs(1);
    if (items.size() == 1) j["items"] = schema_json(items[0]);
    else {
      j["items"] = Json::array();
      for (const Wire& i : items) j["items"].push_back(schema_json(i));
    }
  }
  if (s.has(24)) {
    j["allOf"] = Json::array();
    for (const Wire& a : s.msgs(24)) j["allOf"].push_back(schema_json(a));
  }
  if (s.has(25)) {
    j["properties"] = Json::object();
    for (const auto& [name, prop] : s.msg(25).named(1)) j["properties"][name] = schema_json(prop);
  }
  str(26, "discriminator"); flag(27, "readOnly");
  if (s.has(30)) j["example"] = any_value(s.msg(30));
  for (const auto& [name, any] : s.named(31)) j[name] = any_value(any);
  return j;
}

// What proto3 cannot tell from absent: zero numbers, false flags and empty strings.
Json without_zero_scalars(const Json& j) {
  if (j.is_array()) {
    Json out = Json::array();
    for (const auto& e : j) out.push_back(without_zero_scalars(e));
    return out;
  }
  if (!j.is_object()) return j;
  Json out = Json::object();
  for (auto it = j.begin(); it != j.end(); ++it) {
    const Json& v = it.value();
    bool keyword_value = it.key() == "default" || it.key() == "example" || it.key() == "enum" ||
                         it.key().rfind("x-", 0) == 0;
    if (!keyword_value && ((v.is_boolean() && !v.get<bool>()) || (v.is_number() && v.get<double>() == 0) ||
                           (v.is_string() && v.get<std::string>().empty())))
      continue;
    // properties and additionalProperties hold schemas by name, not keywords.
    out[it.key()] = keyword_value ? v : without_zero_scalars(v);
  }
  return out;
}

class OpenApiV2 : public OpenApi {
 protected:
  Json v2_json() {
    auto r = get("/openapi/v2", {{"Accept", "application/json"}});
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.content_type, "application/json");
    return Json::parse(r.body);
  }
  Wire v2_proto() {
    auto r = get("/openapi/v2", {{"Accept", kProtobufV2}});
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.content_type, "application/com.github.proto-openapi.spec.v2.v1.0+protobuf");
    Wire doc = Wire::parse(r.body);
    EXPECT_TRUE(doc.ok);
    return doc;
  }
};

TEST_F(OpenApiV2, OneSwaggerDocumentWhoseRefsResolveToDefinitions) {
  Json doc = v2_json();
  EXPECT_EQ(doc["swagger"], "2.0");
  EXPECT_FALSE(doc.contains("components"));
  const Json& defs = doc.at("definitions");
  int refs = 0;
  each_ref(doc, [&](const std::string& ref) {
    ++refs;
    ASSERT_EQ(ref.rfind("#/definitions/", 0), 0u) << ref;
    EXPECT_TRUE(defs.contains(ref.substr(14))) << ref;
  });
  EXPECT_GT(refs, 1000);
  // Same component names as v3, for every served group-version at once.
  for (const char* name : {"io.k8s.api.core.v1.Pod", "io.k8s.api.apps.v1.Deployment", "io.k8s.api.events.v1.Event",
                           "io.k8s.api.authentication.v1.TokenReview", "io.k8s.api.authorization.v1.SelfSubjectAccessReview",
                           "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "io.k8s.api.core.v1.ConfigMapList"})
    EXPECT_TRUE(defs.contains(name)) << name;
  auto cat = handler_->catalog();
  for (const auto& g : cat->groups())
    for (const auto& v : g.versions)
      for (const ResourceType* rt : cat->resources(g.name, v)) {
        Json gvk = {{"group", rt->info.group}, {"kind", rt->info.kind}, {"version", rt->info.version}};
        int marked = 0;
        for (const auto& [name, schema] : defs.items()) {
          const Json& marks = schema.value("x-kubernetes-group-version-kind", Json::array());
          if (std::find(marks.begin(), marks.end(), gvk) != marks.end()) ++marked;
        }
        EXPECT_EQ(marked, 1) << gvk;
      }

  // Nothing Swagger 2.0 (or kubectl's reader) cannot hold: no v3 keywords, no $ref with a type.
  std::function<void(const Json&, const std::string&)> check = [&](const Json& s, const std::string& where) {
    if (s.is_array()) {
      for (const auto& e : s) check(e, where);
      return;
    }
    if (!s.is_object()) return;
    for (const char* k : {"allOf", "oneOf", "anyOf", "not", "nullable", "requestBody", "content", "components"})
      EXPECT_FALSE(s.contains(k)) << where << " has " << k;
    if (s.contains("$ref")) {
      EXPECT_FALSE(s.contains("type")) << where;
      EXPECT_FALSE(s.contains("properties")) << where;
    }
    if (s.value("type", Json()) == "array") {
      EXPECT_TRUE(s.contains("items") && s["items"].is_object()) << where;
    }
    for (auto it = s.begin(); it != s.end(); ++it) {
      const std::string& k = it.key();
      if (k.rfind("x-", 0) == 0 || k == "default" || k == "example" || k == "enum") continue;
      // Maps from names to schemas or path items: a property may well be called "not".
      if ((k == "properties" || k == "definitions" || k == "paths" || k == "responses") && it.value().is_object()) {
        for (auto e = it.value().begin(); e != it.value().end(); ++e) check(e.value(), where + "/" + k + "/" + e.key());
      } else {
        check(it.value(), where + "/" + k);
      }
    }
  };
  check(doc, "");

  const Json& deployment = defs["io.k8s.api.apps.v1.Deployment"];
  EXPECT_EQ(deployment["properties"]["spec"]["$ref"], "#/definitions/io.k8s.api.apps.v1.DeploymentSpec");
  EXPECT_FALSE(deployment["properties"]["spec"].value("description", "").empty());
  const Json& containers = defs["io.k8s.api.core.v1.PodSpec"]["properties"]["containers"];
  EXPECT_EQ(containers["x-kubernetes-patch-merge-key"], "name");
  EXPECT_EQ(containers["x-kubernetes-patch-strategy"], "merge");
  EXPECT_EQ(containers["items"]["$ref"], "#/definitions/io.k8s.api.core.v1.Container");
  EXPECT_EQ(defs["io.k8s.apimachinery.pkg.api.resource.Quantity"]["type"], "string");
}

TEST_F(OpenApiV2, OperationsUseSwaggerParametersBodiesAndMediaTypes) {
  const Json paths = v2_json()["paths"];
  const Json& item = paths.at("/apis/apps/v1/namespaces/{namespace}/deployments/{name}");
  const Json& patch = item["patch"];
  EXPECT_EQ(patch["operationId"], "patchAppsV1NamespacedDeployment");
  EXPECT_EQ(patch["x-kubernetes-group-version-kind"], Json({{"group", "apps"}, {"kind", "Deployment"}, {"version", "v1"}}));
  std::map<std::string, Json> params;
  for (const auto& p : patch["parameters"]) params[p["name"]] = p;
  ASSERT_TRUE(params.count("body"));
  EXPECT_EQ(params["body"]["in"], "body");
  EXPECT_EQ(params["body"]["required"], true);
  EXPECT_EQ(params["body"]["schema"]["$ref"], "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Patch");
  ASSERT_TRUE(params.count("fieldValidation"));
  EXPECT_EQ(params["fieldValidation"]["in"], "query");
  EXPECT_EQ(params["fieldValidation"]["type"], "string");
  EXPECT_FALSE(params["fieldValidation"].contains("schema"));
  EXPECT_EQ(patch["consumes"], Json({"application/apply-patch+yaml", "application/json-patch+json",
                                     "application/merge-patch+json", "application/strategic-merge-patch+json"}));
  EXPECT_EQ(patch["responses"]["200"]["schema"]["$ref"], "#/definitions/io.k8s.api.apps.v1.Deployment");
  EXPECT_EQ(patch["produces"], Json({"application/json", "application/yaml", "application/vnd.kubernetes.protobuf"}));
  const Json& name = item["parameters"][0];
  EXPECT_EQ(name, Json({{"name", "name"}, {"in", "path"}, {"required", true}, {"type", "string"},
                        {"uniqueItems", true}, {"description", "name of the Deployment"}}));

  const Json& list = paths.at("/apis/apps/v1/namespaces/{namespace}/deployments")["get"];
  EXPECT_EQ(list["responses"]["200"]["schema"]["$ref"], "#/definitions/io.k8s.api.apps.v1.DeploymentList");
  EXPECT_NE(std::find(list["produces"].begin(), list["produces"].end(), "application/json;stream=watch"),
            list["produces"].end());
  const Json& review = paths.at("/apis/authentication.k8s.io/v1/tokenreviews");
  EXPECT_TRUE(review.contains("post"));
  EXPECT_FALSE(review.contains("patch"));
  EXPECT_EQ(review["post"]["parameters"][0]["schema"]["$ref"], "#/definitions/io.k8s.api.authentication.v1.TokenReview");
  EXPECT_EQ(paths.at("/api/v1/namespaces/{namespace}/pods/{name}/log")["get"]["produces"], Json({"text/plain"}));
}

TEST_F(OpenApiV2, ProtobufDecodesBackToTheJsonDocument) {
  Json json = v2_json();
  Wire doc = v2_proto();
  EXPECT_EQ(doc.str(1), "2.0");                 // swagger
  EXPECT_EQ(doc.msg(2).str(1), "Kubernetes");   // info.title
  EXPECT_EQ(doc.msg(2).str(2), json["info"]["version"]);

  // definitions: every schema, keyword by keyword (what proto3 can tell apart).
  auto defs = doc.msg(9).named(1);
  ASSERT_EQ(defs.size(), json["definitions"].size());
  for (const auto& [name, expected] : json["definitions"].items()) {
    ASSERT_TRUE(defs.count(name)) << name;
    EXPECT_EQ(schema_json(defs.at(name)), without_zero_scalars(expected)) << name;
  }
  // An empty properties message is still there: kubectl tells a closed kind from a map by it.
  EXPECT_TRUE(defs.at("io.k8s.api.core.v1.Pod").has(25));

  // paths: the PATCH kubectl's v2 fallback looks at, and its parameters.
  auto paths = doc.msg(8).named(2);
  ASSERT_EQ(paths.size(), json["paths"].size());
  const Wire& item = paths.at("/apis/apps/v1/namespaces/{namespace}/deployments/{name}");
  Wire patch = item.msg(8);
  EXPECT_EQ(patch.str(5), "patchAppsV1NamespacedDeployment");
  EXPECT_EQ(any_value(patch.named(13).at("x-kubernetes-group-version-kind")),
            Json({{"group", "apps"}, {"kind", "Deployment"}, {"version", "v1"}}));
  EXPECT_EQ(patch.strs(7).size(), 4u);  // consumes
  std::map<std::string, Wire> query;
  Wire body;
  for (const Wire& p : patch.msgs(8)) {
    Wire param = p.msg(1);
    if (param.has(1)) body = param.msg(1);
    else if (param.msg(2).has(3)) query.emplace(param.msg(2).msg(3).str(4), param.msg(2).msg(3));
  }
  EXPECT_EQ(body.str(2), "body");
  EXPECT_EQ(body.str(3), "body");
  EXPECT_EQ(body.num(4), 1u);
  EXPECT_EQ(schema_json(body.msg(5)), Json({{"$ref", "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Patch"}}));
  ASSERT_TRUE(query.count("fieldValidation"));
  EXPECT_EQ(query.at("fieldValidation").str(2), "query");
  EXPECT_EQ(query.at("fieldValidation").str(6), "string");  // type
  EXPECT_EQ(query.at("fieldValidation").msgs(21).size(), 3u);  // enum
  Wire ok = patch.msg(9).named(1).at("200");
  EXPECT_EQ(ok.msg(1).str(1), "OK");
  EXPECT_EQ(schema_json(ok.msg(1).msg(2).msg(1)), Json({{"$ref", "#/definitions/io.k8s.api.apps.v1.Deployment"}}));
  // Path-level parameters: a path parameter is NonBodyParameter field 4, its type field 5.
  Wire first = item.msgs(9).at(0).msg(1).msg(2).msg(4);
  EXPECT_EQ(first.str(4), "name");
  EXPECT_EQ(first.str(2), "path");
  EXPECT_EQ(first.num(1), 1u);
  EXPECT_EQ(first.str(5), "string");
  // securityDefinitions: BearerToken, an apiKey in the authorization header.
  Wire bearer = doc.msg(13).named(1).at("BearerToken").msg(2);
  EXPECT_EQ(bearer.str(1), "apiKey");
  EXPECT_EQ(bearer.str(2), "authorization");
  EXPECT_EQ(bearer.str(3), "header");
  EXPECT_EQ(doc.msgs(12).size(), 1u);
}

TEST_F(OpenApiV2, NegotiatedByAcceptWithOneEtagAndNeverJsonForProtobuf) {
  auto json = get("/openapi/v2", {{"Accept", "application/json"}});
  auto proto = get("/openapi/v2", {{"Accept", kProtobufV2}});
  ASSERT_EQ(json.status, 200);
  ASSERT_EQ(proto.status, 200);
  EXPECT_NE(proto.body.front(), '{');
  std::string etag = header(json, "ETag");
  EXPECT_EQ(etag.size(), 130u);  // quoted SHA-512 of the JSON, upper-case hex
  EXPECT_EQ(header(proto, "ETag"), etag);
  EXPECT_EQ(header(proto, "Vary"), "Accept");
  // The newer spelling of the protobuf type, wildcards, q-values.
  EXPECT_EQ(get("/openapi/v2", {{"Accept", "application/com.github.proto-openapi.spec.v2.v1.0+protobuf"}}).body, proto.body);
  EXPECT_EQ(get("/openapi/v2", {{"Accept", "*/*"}}).body, json.body);
  EXPECT_EQ(get("/openapi/v2").body, json.body);
  EXPECT_EQ(get("/openapi/v2", {{"Accept", std::string("application/json;q=0.5, ") + kProtobufV2}}).body, proto.body);
  EXPECT_EQ(get("/openapi/v2", {{"Accept", std::string(kProtobufV2) + ";q=0.2, application/*"}}).body, json.body);

  auto cached = get("/openapi/v2", {{"Accept", kProtobufV2}, {"If-None-Match", etag}});
  EXPECT_EQ(cached.status, 304);
  EXPECT_EQ(cached.body, "");
  EXPECT_EQ(get("/openapi/v2", {{"Accept", kProtobufV2}, {"If-None-Match", "\"0ABC\""}}).status, 200);

  auto refused = get("/openapi/v2", {{"Accept", "application/vnd.kubernetes.protobuf"}});
  EXPECT_EQ(refused.status, 406);
  EXPECT_EQ(Json::parse(refused.body)["reason"], "NotAcceptable");
  EXPECT_EQ(get("/openapi/v2", {{"Accept", std::string(kProtobufV3)}}).status, 406);
  EXPECT_EQ(call("POST", "/openapi/v2", "{}").status, 405);
  EXPECT_EQ(get("/openapi/v2/extra").status, 404);
}

const char* kShapesCrd = R"({"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
  "metadata":{"name":"shapes.example.com"},
  "spec":{"group":"example.com","scope":"Cluster",
    "names":{"plural":"shapes","singular":"shape","kind":"Shape"},
    "versions":[{"name":"v1","served":true,"storage":true,
      "schema":{"openAPIV3Schema":{"type":"object","properties":{
        "spec":{"type":"object","required":["name","note"],"properties":{
          "name":{"type":"string","minLength":1},
          "note":{"type":"string","nullable":true},
          "port":{"x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}]},
          "extra":{"type":"object","x-kubernetes-preserve-unknown-fields":true,
                   "properties":{"a":{"type":"string"}}},
          "blobs":{"type":"array","x-kubernetes-preserve-unknown-fields":true,"items":{"type":"string"}},
          "sizes":{"type":"array","items":{"type":"integer","format":"int32"}}}}}}}}]}})";

TEST_F(OpenApiV2, CrdSchemasAreCutDownForSwaggerAndFollowTheCatalog) {
  std::string before = header(get("/openapi/v2"), "ETag");
  ASSERT_EQ(call("POST", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", kCrd).status, 201);
  ASSERT_EQ(call("POST", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", kShapesCrd).status, 201);
  auto r = get("/openapi/v2");
  EXPECT_NE(header(r, "ETag"), before);
  Json doc = Json::parse(r.body);
  const Json& defs = doc["definitions"];
  const Json& widget = defs.at("com.example.v1.Widget");
  EXPECT_EQ(widget["description"], "A widget of the tests.");
  EXPECT_EQ(widget["x-kubernetes-group-version-kind"],
            Json::array({Json{{"group", "example.com"}, {"kind", "Widget"}, {"version", "v1"}}}));
  EXPECT_EQ(widget["properties"]["metadata"]["$ref"], "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
  EXPECT_TRUE(defs.contains("com.example.v1.WidgetList"));
  EXPECT_TRUE(doc["paths"].contains("/apis/example.com/v1/namespaces/{namespace}/widgets/{name}"));
  const Json& patch = doc["paths"]["/apis/example.com/v1/namespaces/{namespace}/widgets/{name}"]["patch"];
  EXPECT_EQ(patch["consumes"].size(), 3u);  // no strategic merge for custom resources
  EXPECT_EQ(patch["produces"], Json({"application/json", "application/yaml"}));

  const Json& spec = defs.at("com.example.v1.Shape")["properties"]["spec"];
  EXPECT_EQ(spec["required"], Json({"name"}));          // note is nullable: no longer required
  EXPECT_EQ(spec["properties"]["note"], Json::object());  // nullable: untyped
  EXPECT_EQ(spec["properties"]["port"], Json({{"x-kubernetes-int-or-string", true}}));  // anyOf dropped
  EXPECT_EQ(spec["properties"]["extra"], Json({{"type", "object"}, {"x-kubernetes-preserve-unknown-fields", true}}));
  EXPECT_EQ(spec["properties"]["blobs"], Json({{"x-kubernetes-preserve-unknown-fields", true}}));  // no items, no type
  EXPECT_EQ(spec["properties"]["sizes"]["items"], Json({{"type", "integer"}, {"format", "int32"}}));
  EXPECT_EQ(spec["properties"]["name"]["minLength"], 1);
  // The v3 document keeps what v3 can say.
  const Json v3spec = document("apis/example.com/v1")["components"]["schemas"]["com.example.v1.Shape"]["properties"]["spec"];
  EXPECT_EQ(v3spec["properties"]["note"]["nullable"], true);
  EXPECT_TRUE(v3spec["properties"]["port"].contains("anyOf"));

  ASSERT_EQ(call("DELETE", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com").status, 200);
  ASSERT_EQ(call("DELETE", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/shapes.example.com").status, 200);
  EXPECT_EQ(header(get("/openapi/v2"), "ETag"), before);
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

// Not a performance assertion: prints what the v2 document (all group-versions) costs to build
// as JSON and to encode as protobuf, which the first /openapi/v2 request of a catalog pays.
TEST(OpenApiCost, GeneratingTheV2Document) {
  auto catalog = builtin_catalog();
  auto start = std::chrono::steady_clock::now();
  Json doc = openapi_v2_document(*catalog);
  std::string json = to_json_string(doc);
  auto mid = std::chrono::steady_clock::now();
  std::string proto = encode_gnostic_v2(doc);
  auto end = std::chrono::steady_clock::now();
  double build_ms = std::chrono::duration<double, std::milli>(mid - start).count();
  double encode_ms = std::chrono::duration<double, std::milli>(end - mid).count();
  std::printf("v2 document: %zu definitions, %zu paths; JSON %zu bytes in %.1f ms; protobuf %zu bytes in %.1f ms\n",
              doc["definitions"].size(), doc["paths"].size(), json.size(), build_ms, proto.size(), encode_ms);
  ::testing::Test::RecordProperty("openapi_v2_json_ms", std::to_string(build_ms));
  ::testing::Test::RecordProperty("openapi_v2_protobuf_ms", std::to_string(encode_ms));
  EXPECT_FALSE(proto.empty());
}

}  // namespace
}  // namespace windlass::apiserver
