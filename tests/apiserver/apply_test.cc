// Server-side apply and managedFields through the REST layer (spec/apiserver.md H4, G8, G9;
// observations A15–A17): what kubectl, python and JS send, answered as kube-apiserver would.
#include "handler_harness.h"
#include "rest/api_handler.h"
#include "storage/memory_store.h"

#include <gtest/gtest.h>

namespace windlass::apiserver {
namespace {

constexpr const char* kApply = "application/apply-patch+yaml";

class Apply : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = std::move(*MemoryStore::open({}));
    ApiHandlerOptions o;
    o.now = [this] { return TimePoint(std::chrono::seconds(1714564800 + clock_)); };  // 2024-05-01T12:00:00Z
    handler_ = std::make_unique<ApiHandler>(*store_, o);
    ASSERT_TRUE(handler_->bootstrap());
  }

  Response call(std::string method, std::string target, std::string body = "",
                std::vector<std::pair<std::string, std::string>> headers = {}) {
    return testing::call(*handler_, std::move(method), target, std::move(body), std::move(headers));
  }
  Response apply(const std::string& target, const std::string& body) {
    return call("PATCH", target, body, {{"Content-Type", kApply}});
  }
  static Json body(const Response& r) { return Json::parse(r.body); }
  static Json entry(const Json& obj, const std::string& manager) {
    for (const auto& e : obj["metadata"].value("managedFields", Json::array()))
      if (e["manager"] == manager) return e;
    return Json();
  }
  static Json managers(const Json& obj) {
    Json out = Json::array();
    for (const auto& e : obj["metadata"].value("managedFields", Json::array()))
      out.push_back(e["manager"].get<std::string>() + "/" + e["operation"].get<std::string>());
    return out;
  }

  int clock_ = 0;
  std::unique_ptr<MemoryStore> store_;
  std::unique_ptr<ApiHandler> handler_;
};

constexpr const char* kCmUrl = "/api/v1/namespaces/default/configmaps/cfg";

std::string cm(const std::string& data) {
  return R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg","namespace":"default"},"data":)" + data + "}";
}

TEST_F(Apply, CreatesAMissingObjectAndRecordsTheApply) {
  // kubectl apply --server-side -f cm.yaml [OBS A15]
  auto r = apply(std::string(kCmUrl) + "?fieldManager=kubectl&fieldValidation=Strict&force=false", cm(R"({"a":"1"})"));
  ASSERT_EQ(r.status, 201) << r.body;
  Json obj = body(r);
  EXPECT_EQ(obj["data"], Json({{"a", "1"}}));
  EXPECT_EQ(obj["metadata"]["uid"].get<std::string>().size(), 36u);
  EXPECT_EQ(obj["metadata"]["managedFields"], Json::parse(R"([{"manager":"kubectl","operation":"Apply","apiVersion":"v1",
      "time":"2024-05-01T12:00:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:data":{"f:a":{}}}}])"));
  EXPECT_EQ(body(call("GET", kCmUrl)), obj);
  // The same apply again is a no-op: same resourceVersion, same time.
  clock_ = 60;
  auto again = apply(std::string(kCmUrl) + "?fieldManager=kubectl", cm(R"({"a":"1"})"));
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(body(again), obj);
  // YAML works as well as JSON.
  auto yaml = apply(std::string(kCmUrl) + "?fieldManager=kubectl",
                    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: \"2\"\n");
  ASSERT_EQ(yaml.status, 200) << yaml.body;
  EXPECT_EQ(body(yaml)["data"], Json({{"a", "2"}}));
  EXPECT_EQ(body(yaml)["metadata"]["managedFields"][0]["time"], "2024-05-01T12:01:00Z");
}

TEST_F(Apply, FieldManagerIsRequiredAndForceOnlyForApply) {
  auto r = apply(kCmUrl, cm(R"({"a":"1"})"));
  EXPECT_EQ(r.status, 422);
  Json b = body(r);
  EXPECT_EQ(b["reason"], "Invalid");
  EXPECT_EQ(b["message"], "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch");
  ASSERT_EQ(apply(std::string(kCmUrl) + "?fieldManager=me", cm(R"({"a":"1"})")).status, 201);
  auto f = call("PATCH", std::string(kCmUrl) + "?force=true", R"({"data":{"a":"2"}})",
                {{"Content-Type", "application/merge-patch+json"}});
  EXPECT_EQ(f.status, 422);
  auto u = call("PATCH", kCmUrl, "{}", {{"Content-Type", "text/plain"}});
  EXPECT_EQ(u.status, 415);
  EXPECT_EQ(body(u)["message"], "the body of the request was in an unknown format - accepted media types include: "
                                "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, "
                                "application/strategic-merge-patch+json");
}

TEST_F(Apply, MalformedBodiesAreBadRequests) {
  const std::string url = std::string(kCmUrl) + "?fieldManager=me";
  for (const std::string& b : {std::string("{not: [yaml"), std::string("[1,2]"), std::string("42"), std::string("\"s\""),
                               std::string(""), std::string("- a\n- b\n"), std::string("a: b\n---\nc: d\n"),
                               std::string(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"cfg"}})"),
                               std::string(R"({"apiVersion":"v2","kind":"ConfigMap","metadata":{"name":"cfg"}})"),
                               std::string(R"({"apiVersion":"v1","metadata":{"name":"cfg"}})"),
                               std::string(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":[]})"),
                               std::string(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"other"}})")}) {
    auto r = apply(url, b);
    EXPECT_EQ(r.status, 400) << b << " -> " << r.body;
    EXPECT_EQ(body(r)["kind"], "Status") << b;
  }
  EXPECT_EQ(body(apply(url, "[1]"))["message"],
            "error decoding YAML: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}");
  EXPECT_EQ(body(apply(url, R"({"apiVersion":"v2","kind":"ConfigMap"})"))["message"],
            "Incorrect version specified in apply patch. Specified patch version: v2, expected: v1");
  EXPECT_EQ(call("GET", kCmUrl).status, 404);
}

TEST_F(Apply, OddConfigurationsAreAnsweredNotCrashedOn) {
  const std::string url = "/api/v1/namespaces/default/pods/p?fieldManager=me";
  auto pod = [](const std::string& spec) {
    return R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":)" + spec + "}";
  };
  // Duplicate keys in a map list are the applier's error.
  auto dup = apply(url, pod(R"({"containers":[{"name":"c","image":"a"},{"name":"c","image":"b"}]})"));
  EXPECT_EQ(dup.status, 422) << dup.body;
  EXPECT_EQ(body(dup)["message"], ".spec.containers: duplicate entries for key [name=\"c\"]");
  for (const std::string& spec : {std::string(R"({"containers":["x",1,null,{"name":{"a":1}},[]]})"),
                                  std::string(R"({"containers":{"name":"c"}})"), std::string(R"("spec")"),
                                  std::string(R"({"containers":[{"ports":[{"containerPort":"80"},{"containerPort":[1]}]}]})")}) {
    auto r = apply(url, pod(spec));
    EXPECT_GE(r.status, 200) << spec;
    EXPECT_LT(r.status, 500) << spec << " -> " << r.body;
    auto again = apply(url, pod(R"({"containers":[{"name":"c","image":"a"}]})"));
    EXPECT_LT(again.status, 500) << again.body;
  }
}

TEST_F(Apply, ConflictsForceAndRemovalOfDroppedFields) {
  ASSERT_EQ(apply(std::string(kCmUrl) + "?fieldManager=one", cm(R"({"a":"1","b":"1"})")).status, 201);
  ASSERT_EQ(apply(std::string(kCmUrl) + "?fieldManager=two", cm(R"({"c":"1"})")).status, 200);
  auto conflict = apply(std::string(kCmUrl) + "?fieldManager=two&force=false", cm(R"({"a":"2","c":"1"})"));
  ASSERT_EQ(conflict.status, 409);
  EXPECT_EQ(body(conflict), Json::parse(R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
      "message":"Apply failed with 1 conflict: conflict with \"one\": .data.a","reason":"Conflict",
      "details":{"causes":[{"reason":"FieldManagerConflict","message":"conflict with \"one\"","field":".data.a"}]},"code":409})"));
  auto two = apply(std::string(kCmUrl) + "?fieldManager=two", cm(R"({"a":"2","b":"2","c":"1"})"));
  ASSERT_EQ(two.status, 409);
  EXPECT_EQ(body(two)["message"], "Apply failed with 2 conflicts: conflicts with \"one\":\n- .data.a\n- .data.b");
  auto forced = apply(std::string(kCmUrl) + "?fieldManager=two&force=true", cm(R"({"a":"2","c":"1"})"));
  ASSERT_EQ(forced.status, 200) << forced.body;
  Json f = body(forced);
  EXPECT_EQ(f["data"], Json({{"a", "2"}, {"b", "1"}, {"c", "1"}}));
  EXPECT_EQ(f["metadata"]["managedFields"][0]["fieldsV1"], Json::parse(R"({"f:data":{"f:b":{}}})"));
  EXPECT_EQ(f["metadata"]["managedFields"][1]["fieldsV1"], Json::parse(R"({"f:data":{"f:a":{},"f:c":{}}})"));
  // "two" drops c: gone. "one" drops b: gone, and with no fields left its entry goes too.
  auto dropped = apply(std::string(kCmUrl) + "?fieldManager=two", cm(R"({"a":"2"})"));
  EXPECT_EQ(body(dropped)["data"], Json({{"a", "2"}, {"b", "1"}}));
  auto none = apply(std::string(kCmUrl) + "?fieldManager=one", R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"}})");
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_EQ(body(none)["data"], Json({{"a", "2"}}));
  EXPECT_EQ(managers(body(none)), Json({"two/Apply"}));
}

TEST_F(Apply, UpdatesRecordTheirManagerAndTakeFields) {
  auto created = call("POST", "/api/v1/namespaces/default/configmaps?fieldManager=kubectl-create", cm(R"({"a":"1"})"));
  ASSERT_EQ(created.status, 201);
  EXPECT_EQ(body(created)["metadata"]["managedFields"], Json::parse(R"([{"manager":"kubectl-create","operation":"Update",
      "apiVersion":"v1","time":"2024-05-01T12:00:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:data":{".":{},"f:a":{}}}}])"));
  // Without fieldManager the User-Agent's product names the manager.
  clock_ = 10;
  auto patched = call("PATCH", kCmUrl, R"({"data":{"a":"2"},"metadata":{"labels":{"x":"y"}}})",
                      {{"Content-Type", "application/merge-patch+json"}, {"User-Agent", "OpenAPI-Generator/31.0.0/python"}});
  ASSERT_EQ(patched.status, 200);
  Json p = body(patched);
  EXPECT_EQ(managers(p), Json({"kubectl-create/Update", "OpenAPI-Generator/Update"}));
  // kubectl-create keeps only the data map itself; data.a moved.
  EXPECT_EQ(entry(p, "kubectl-create")["fieldsV1"], Json::parse(R"({"f:data":{}})"));
  EXPECT_EQ(entry(p, "OpenAPI-Generator")["fieldsV1"],
            Json::parse(R"({"f:data":{"f:a":{}},"f:metadata":{"f:labels":{".":{},"f:x":{}}}})"));
  EXPECT_EQ(entry(p, "OpenAPI-Generator")["time"], "2024-05-01T12:00:10Z");
  // An update that changes nothing keeps resourceVersion and managedFields.
  auto same = call("PATCH", kCmUrl + std::string("?fieldManager=nobody"), R"({"data":{"a":"2"}})",
                   {{"Content-Type", "application/merge-patch+json"}});
  EXPECT_EQ(body(same), p);
  // PUT without managedFields keeps the stored ones; the applier then conflicts with the updater.
  Json put = p;
  put["metadata"].erase("managedFields");
  put["data"]["b"] = "3";
  auto u = call("PUT", std::string(kCmUrl) + "?fieldManager=editor", put.dump());
  ASSERT_EQ(u.status, 200) << u.body;
  EXPECT_EQ(managers(body(u)), Json({"kubectl-create/Update", "OpenAPI-Generator/Update", "editor/Update"}));
  auto c = apply(std::string(kCmUrl) + "?fieldManager=kubectl", cm(R"({"b":"4"})"));
  ASSERT_EQ(c.status, 409);
  EXPECT_EQ(body(c)["message"], "Apply failed with 1 conflict: conflict with \"editor\" using v1: .data.b");
  // /status writes record the subresource.
  auto d = call("POST", "/apis/apps/v1/namespaces/default/deployments?fieldManager=me",
                R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"selector":{"matchLabels":{"a":"b"}},
                    "template":{"metadata":{"labels":{"a":"b"}},"spec":{"containers":[{"name":"c","image":"i"}]}}}})");
  ASSERT_EQ(d.status, 201) << d.body;
  auto st = call("PATCH", "/apis/apps/v1/namespaces/default/deployments/d/status?fieldManager=ctrl",
                 R"({"status":{"replicas":1}})", {{"Content-Type", "application/merge-patch+json"}});
  ASSERT_EQ(st.status, 200) << st.body;
  Json sm = entry(body(st), "ctrl");
  EXPECT_EQ(sm["subresource"], "status");
  EXPECT_EQ(sm["fieldsV1"], Json::parse(R"({"f:status":{"f:replicas":{}}})"));
  EXPECT_EQ(managers(body(st)), Json({"ctrl/Update", "me/Update"}));  // same time: by manager
}

TEST_F(Apply, ClientSideApplyThenServerSideApplyByKubectl) {
  // [OBS A17] kubectl apply (client-side) creates with the last-applied annotation...
  std::string last = R"({"apiVersion":"v1","data":{"a":"1"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"cfg","namespace":"default"}})";
  Json csa = Json::parse(cm(R"({"a":"1"})"));
  csa["metadata"]["annotations"] = {{"kubectl.kubernetes.io/last-applied-configuration", last + "\n"}};
  ASSERT_EQ(call("POST", "/api/v1/namespaces/default/configmaps?fieldManager=kubectl-client-side-apply&fieldValidation=Strict",
                 csa.dump()).status, 201);
  // ...then kubectl apply --server-side changes the value: no conflict for kubectl's own manager.
  auto ssa = apply(std::string(kCmUrl) + "?fieldManager=kubectl&fieldValidation=Strict&force=false", cm(R"({"a":"2"})"));
  ASSERT_EQ(ssa.status, 200) << ssa.body;
  Json s = body(ssa);
  EXPECT_EQ(s["data"]["a"], "2");
  EXPECT_EQ(s["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"],
            to_json_string(Json::parse(cm(R"({"a":"2"})"))) + "\n");
  EXPECT_EQ(managers(s), Json({"kubectl/Apply", "kubectl-client-side-apply/Update"}));
  // Another manager still conflicts, with kubectl's Apply.
  auto other = apply(std::string(kCmUrl) + "?fieldManager=other", cm(R"({"a":"3"})"));
  ASSERT_EQ(other.status, 409);
  EXPECT_EQ(body(other)["message"], "Apply failed with 1 conflict: conflict with \"kubectl\": .data.a");
  // kubectl then re-applies the annotation alone as kubectl-last-applied...
  Json ann = Json::parse(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg","namespace":"default"}})");
  ann["metadata"]["annotations"] = s["metadata"]["annotations"];
  auto la = apply(std::string(kCmUrl) + "?fieldManager=kubectl-last-applied&fieldValidation=Strict", ann.dump());
  ASSERT_EQ(la.status, 200) << la.body;
  // ...and migrates the client-side manager's fields with a JSON patch of managedFields.
  Json mf = body(la)["metadata"]["managedFields"];
  Json migrated = Json::array();
  for (const auto& e : mf)
    if (e["manager"] != "kubectl-client-side-apply") migrated.push_back(e);
  Json jp = Json::array({{{"op", "test"}, {"path", "/metadata/resourceVersion"}, {"value", body(la)["metadata"]["resourceVersion"]}},
                         {{"op", "replace"}, {"path", "/metadata/managedFields"}, {"value", migrated}}});
  auto mig = call("PATCH", std::string(kCmUrl) + "?fieldManager=kubectl", jp.dump(),
                  {{"Content-Type", "application/json-patch+json"}});
  ASSERT_EQ(mig.status, 200) << mig.body;
  // The annotation-only apply changed nothing, so its entry has no time and sorts first.
  EXPECT_EQ(managers(body(mig)), Json({"kubectl-last-applied/Apply", "kubectl/Apply"}));
  EXPECT_FALSE(entry(body(mig), "kubectl-last-applied").contains("time"));
}

TEST_F(Apply, DryRunChangesNothing) {
  auto r = apply(std::string(kCmUrl) + "?fieldManager=me&dryRun=All", cm(R"({"a":"1"})"));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(call("GET", kCmUrl).status, 404);
  ASSERT_EQ(apply(std::string(kCmUrl) + "?fieldManager=me", cm(R"({"a":"1"})")).status, 201);
  auto d = apply(std::string(kCmUrl) + "?fieldManager=me&dryRun=All", cm(R"({"a":"2"})"));
  ASSERT_EQ(d.status, 200);
  EXPECT_EQ(body(d)["data"]["a"], "2");
  EXPECT_EQ(body(call("GET", kCmUrl))["data"]["a"], "1");
}

TEST_F(Apply, FieldValidationAppliesToTheConfiguration) {
  std::string url = std::string(kCmUrl) + "?fieldManager=me";
  std::string extra = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{"a":"1"},"bogus":1})";
  auto strict = apply(url + "&fieldValidation=Strict", extra);
  EXPECT_EQ(strict.status, 400);
  EXPECT_EQ(body(strict)["message"], "strict decoding error: unknown field \"bogus\"");
  auto warn = apply(url + "&fieldValidation=Warn", extra);
  ASSERT_EQ(warn.status, 201);
  ASSERT_EQ(warn.headers.size(), 1u);
  EXPECT_EQ(warn.headers[0].second, "299 - \"unknown field \\\"bogus\\\"\"");
  EXPECT_FALSE(body(warn).contains("bogus"));
}

TEST_F(Apply, DeploymentContainersMergeByName) {
  std::string url = "/apis/apps/v1/namespaces/default/deployments/web";
  auto dep = [](const std::string& containers) {
    return R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"selector":{"matchLabels":{"app":"web"}},
        "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":)" + containers + "}}}}";
  };
  auto one = apply(url + "?fieldManager=one", dep(R"([{"name":"app","image":"nginx:1"}])"));
  ASSERT_EQ(one.status, 201) << one.body;
  EXPECT_EQ(body(one)["metadata"]["generation"], 1);
  auto two = apply(url + "?fieldManager=two", dep(R"([{"name":"side","image":"busybox"}])"));
  ASSERT_EQ(two.status, 200) << two.body;
  Json cs = body(two)["spec"]["template"]["spec"]["containers"];
  ASSERT_EQ(cs.size(), 2u);
  EXPECT_EQ(body(two)["metadata"]["generation"], 2);
  auto clash = apply(url + "?fieldManager=two", dep(R"([{"name":"side","image":"busybox"},{"name":"app","image":"nginx:2"}])"));
  ASSERT_EQ(clash.status, 409);
  EXPECT_EQ(body(clash)["message"],
            "Apply failed with 1 conflict: conflict with \"one\": .spec.template.spec.containers[name=\"app\"].image");
  // Status in an apply to the main resource is ignored; /status applies only status.
  auto st = apply(url + "/status?fieldManager=ctrl",
                  R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"replicas":9},"status":{"replicas":3}})");
  ASSERT_EQ(st.status, 200) << st.body;
  EXPECT_EQ(body(st)["status"]["replicas"], 3);
  EXPECT_FALSE(body(st)["spec"].contains("replicas") && body(st)["spec"]["replicas"] == 9);
  Json last = entry(body(st), "ctrl");
  EXPECT_EQ(last["subresource"], "status");
  EXPECT_EQ(last["fieldsV1"], Json::parse(R"({"f:status":{"f:replicas":{}}})"));
  EXPECT_EQ(apply("/apis/apps/v1/namespaces/default/deployments/nope/status?fieldManager=ctrl",
                  R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"nope"},"status":{"replicas":3}})").status, 404);
}

TEST_F(Apply, CustomResourceDefinitionAndCustomResources) {
  std::string crd = R"({"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"widgets.example.com"},
    "spec":{"group":"example.com","names":{"kind":"Widget","plural":"widgets","singular":"widget"},"scope":"Namespaced",
    "versions":[{"name":"v1","served":true,"storage":true,"subresources":{"status":{}},"schema":{"openAPIV3Schema":{"type":"object","properties":{
      "spec":{"type":"object","properties":{"size":{"type":"integer"},"color":{"type":"string","default":"blue"},
        "ports":{"type":"array","x-kubernetes-list-type":"map","x-kubernetes-list-map-keys":["name"],
                 "items":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"port":{"type":"integer"}}}}}},
      "status":{"type":"object","properties":{"ready":{"type":"boolean"}}}}}}}]}})";
  auto c = apply("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com?fieldManager=kubectl", crd);
  ASSERT_EQ(c.status, 201) << c.body;
  std::string url = "/apis/example.com/v1/namespaces/default/widgets/w1";
  auto w = apply(url + "?fieldManager=me&fieldValidation=Strict",
                 R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w1","namespace":"default","labels":{"a":"b"}},
                     "spec":{"size":3,"ports":[{"name":"http","port":80}]}})");
  ASSERT_EQ(w.status, 201) << w.body;
  Json obj = body(w);
  EXPECT_EQ(obj["spec"]["color"], "blue");  // defaulted, owned by nobody
  EXPECT_EQ(obj["metadata"]["managedFields"][0]["fieldsV1"], Json::parse(R"({"f:metadata":{"f:labels":{"f:a":{}}},
      "f:spec":{"f:ports":{"k:{\"name\":\"http\"}":{".":{},"f:name":{},"f:port":{}}},"f:size":{}}})"));
  auto other = apply(url + "?fieldManager=other",
                     R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w1"},"spec":{"ports":[{"name":"https","port":443}]}})");
  ASSERT_EQ(other.status, 200) << other.body;
  EXPECT_EQ(body(other)["spec"]["ports"].size(), 2u);
  auto drop = apply(url + "?fieldManager=me",
                    R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w1"},"spec":{"size":4}})");
  ASSERT_EQ(drop.status, 200) << drop.body;
  Json d = body(drop);
  EXPECT_EQ(d["spec"]["size"], 4);
  EXPECT_EQ(d["spec"]["ports"], Json::parse(R"([{"name":"https","port":443}])"));
  EXPECT_FALSE(d["metadata"].contains("labels"));
  EXPECT_EQ(d["metadata"]["generation"], 3);
  // /status through apply, and a dry run.
  auto st = apply(url + "/status?fieldManager=ctrl",
                  R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w1"},"status":{"ready":true}})");
  ASSERT_EQ(st.status, 200) << st.body;
  EXPECT_EQ(body(st)["status"]["ready"], true);
  auto dry = apply(url + "?fieldManager=me&dryRun=All",
                   R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w1"},"spec":{"size":5}})");
  ASSERT_EQ(dry.status, 200);
  EXPECT_EQ(body(call("GET", url))["spec"]["size"], 4);
  auto invalid = apply(url + "?fieldManager=me",
                       R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w1"},"spec":{"size":"big"}})");
  EXPECT_EQ(invalid.status, 422) << invalid.body;
}

}  // namespace
}  // namespace windlass::apiserver
