// managedFields bookkeeping and server-side apply as a library (spec/apiserver.md H4, G9):
// field sets under a schema, merging, removal of dropped fields, conflicts and their messages.
#include "registry/catalog.h"
#include "registry/field_manager.h"

#include <gtest/gtest.h>

namespace windlass::apiserver {
namespace {

const Json& schema_of(const std::string& group, const std::string& version, const std::string& plural) {
  const ResourceType* t = builtin_catalog()->find(group, version, plural);
  EXPECT_NE(t, nullptr) << plural;
  return t->schema;
}
const Json& cm_schema() { return schema_of("", "v1", "configmaps"); }
const Json& pod_schema() { return schema_of("", "v1", "pods"); }

ApplyOptions as(std::string manager, bool force = false) {
  ApplyOptions o;
  o.manager = std::move(manager);
  o.api_version = "v1";
  o.time = "2024-05-01T12:00:00Z";
  o.force = force;
  return o;
}

Json cm(Json data) {
  return Json{{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", {{"name", "cfg"}, {"namespace", "default"}}},
              {"data", std::move(data)}};
}

const ManagedFieldsEntry* entry(const ManagedFields& m, const std::string& manager, const std::string& op) {
  for (const auto& e : m)
    if (e.manager == manager && e.operation == op) return &e;
  return nullptr;
}

TEST(FieldSet, RoundTripsFieldsV1WithDotForMembersThatHaveChildren) {
  Json v1 = Json::parse(R"({"f:metadata":{"f:labels":{".":{},"f:app":{}}},
      "f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{},"f:name":{}}},
                "f:finalizers":{"v:\"a\"":{}}}})");
  auto s = FieldSet::from_fields_v1(v1);
  ASSERT_TRUE(s) << s.error().message();
  EXPECT_EQ(s->to_fields_v1(), v1);
  EXPECT_TRUE(s->has({"f:metadata", "f:labels"}));
  EXPECT_FALSE(s->has({"f:metadata"}));
  EXPECT_TRUE(s->has({"f:spec", "f:containers", R"(k:{"name":"c"})", "f:image"}));
  std::vector<std::string> printed;
  for (const auto& p : s->paths()) printed.push_back(FieldSet::path_string(p));
  EXPECT_EQ(printed, (std::vector<std::string>{".metadata.labels", ".metadata.labels.app", ".spec.containers[name=\"c\"]",
                                               ".spec.containers[name=\"c\"].image", ".spec.containers[name=\"c\"].name",
                                               ".spec.finalizers[=\"a\"]"}));
  EXPECT_FALSE(FieldSet::from_fields_v1(Json::parse(R"({"x:y":{}})")));
  EXPECT_FALSE(FieldSet::from_fields_v1(Json::parse(R"({"f:a":1})")));
  EXPECT_FALSE(FieldSet::from_fields_v1(Json::array()));
}

TEST(FieldSet, UnionDifferenceIntersection) {
  FieldSet a, b;
  a.insert({"f:data", "f:a"});
  a.insert({"f:data", "f:b"});
  b.insert({"f:data", "f:b"});
  b.insert({"f:data", "f:c"});
  EXPECT_EQ(a.union_with(b).to_fields_v1(), Json::parse(R"({"f:data":{"f:a":{},"f:b":{},"f:c":{}}})"));
  EXPECT_EQ(a.difference(b).to_fields_v1(), Json::parse(R"({"f:data":{"f:a":{}}})"));
  EXPECT_EQ(a.intersection(b).to_fields_v1(), Json::parse(R"({"f:data":{"f:b":{}}})"));
  EXPECT_TRUE(a.difference(a).empty());
}

TEST(FieldManager, FieldsOfAConfigMapLeaveServerFieldsOut) {
  Json obj = cm({{"a", "1"}});
  obj["metadata"]["labels"] = {{"app", "x"}};
  obj["metadata"]["uid"] = "u";
  obj["metadata"]["resourceVersion"] = "5";
  auto s = fields_of(obj, cm_schema());
  ASSERT_TRUE(s);
  EXPECT_EQ(s->to_fields_v1(), Json::parse(R"({"f:data":{"f:a":{}},"f:metadata":{"f:labels":{"f:app":{}}}})"));
}

TEST(FieldManager, FieldsOfAPodUseMergeKeysAndSets) {
  Json pod = Json::parse(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","finalizers":["a/b"]},
      "spec":{"containers":[{"name":"c","image":"nginx","ports":[{"containerPort":80}],"args":["x","y"]}]}})");
  // A missing key field counts with its schema default (protocol TCP), as upstream.
  auto s = fields_of(pod, pod_schema());
  ASSERT_TRUE(s);
  EXPECT_EQ(s->to_fields_v1(), Json::parse(R"({"f:metadata":{"f:finalizers":{"v:\"a/b\"":{}}},
      "f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:args":{},"f:image":{},"f:name":{},
      "f:ports":{"k:{\"containerPort\":80,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{}}}}}}})"));
  Json dup = Json::parse(R"({"spec":{"containers":[{"name":"c"},{"name":"c"}]}})");
  auto bad = fields_of(dup, pod_schema(), true);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message(), ".spec.containers: duplicate entries for key [name=\"c\"]");
}

TEST(FieldManager, ApplyCreatesAnApplyEntry) {
  auto r = apply_configuration(Json::object(), cm({{"a", "1"}}), {}, cm_schema(), as("kubectl"));
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->object["data"], Json({{"a", "1"}}));
  ASSERT_EQ(r->managed.size(), 1u);
  EXPECT_EQ(r->managed[0].operation, "Apply");
  EXPECT_EQ(r->managed[0].time, "2024-05-01T12:00:00Z");
  EXPECT_EQ(r->managed[0].fields.to_fields_v1(), Json::parse(R"({"f:data":{"f:a":{}}})"));
  Json enc = encode_managed_fields(r->managed);
  EXPECT_EQ(enc, Json::parse(R"([{"manager":"kubectl","operation":"Apply","apiVersion":"v1","time":"2024-05-01T12:00:00Z",
      "fieldsType":"FieldsV1","fieldsV1":{"f:data":{"f:a":{}}}}])"));
  auto back = decode_managed_fields(enc);
  ASSERT_TRUE(back);
  EXPECT_EQ(encode_managed_fields(*back), enc);
}

TEST(FieldManager, DroppingAKeyRemovesItAndTwoManagersKeepTheirFields) {
  auto one = apply_configuration(Json::object(), cm({{"a", "1"}, {"b", "2"}}), {}, cm_schema(), as("one"));
  ASSERT_TRUE(one);
  auto two = apply_configuration(one->object, cm({{"c", "3"}}), one->managed, cm_schema(), as("two"));
  ASSERT_TRUE(two);
  EXPECT_EQ(two->object["data"], Json({{"a", "1"}, {"b", "2"}, {"c", "3"}}));
  // "one" drops b: it goes; c stays (owned by "two").
  auto again = apply_configuration(two->object, cm({{"a", "1"}}), two->managed, cm_schema(), as("one"));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->object["data"], Json({{"a", "1"}, {"c", "3"}}));
  EXPECT_EQ(entry(again->managed, "one", "Apply")->fields.to_fields_v1(), Json::parse(R"({"f:data":{"f:a":{}}})"));
  EXPECT_EQ(entry(again->managed, "two", "Apply")->fields.to_fields_v1(), Json::parse(R"({"f:data":{"f:c":{}}})"));
  // "two" drops everything but its name: its entry is gone, and so is data.c.
  Json bare = cm(Json::object());
  bare.erase("data");
  auto gone = apply_configuration(again->object, bare, again->managed, cm_schema(), as("two"));
  ASSERT_TRUE(gone);
  EXPECT_EQ(gone->object["data"], Json({{"a", "1"}}));
  EXPECT_EQ(entry(gone->managed, "two", "Apply"), nullptr);
  // "one" drops all of data: the empty map goes too.
  auto none = apply_configuration(gone->object, bare, gone->managed, cm_schema(), as("one"));
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->object.contains("data"));
  EXPECT_TRUE(none->managed.empty());
}

TEST(FieldManager, SharedFieldStaysWhileAnotherManagerOwnsIt) {
  auto one = apply_configuration(Json::object(), cm({{"a", "1"}}), {}, cm_schema(), as("one"));
  auto two = apply_configuration(one->object, cm({{"a", "1"}}), one->managed, cm_schema(), as("two"));
  ASSERT_TRUE(two) << two.error().message();  // same value: shared, no conflict
  Json bare = cm(Json::object());
  auto dropped = apply_configuration(two->object, bare, two->managed, cm_schema(), as("one"));
  ASSERT_TRUE(dropped);
  EXPECT_EQ(dropped->object["data"], Json({{"a", "1"}}));
}

TEST(FieldManager, ConflictWithOneUpdateManager) {
  Json before = Json::object();
  Json created = cm({{"a", "1"}});
  ManagedFields m = update_managed_fields(before, created, {}, cm_schema(),
                                          {.manager = "kubectl-client-side-apply", .api_version = "v1", .time = "t0"});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].fields.to_fields_v1(), Json::parse(R"({"f:data":{".":{},"f:a":{}}})"));
  auto r = apply_configuration(created, cm({{"a", "2"}}), m, cm_schema(), as("kubectl"));
  ASSERT_FALSE(r);
  Status s = r.error().to_status();
  EXPECT_EQ(s.code, 409);
  EXPECT_EQ(s.reason, "Conflict");
  EXPECT_EQ(s.message, "Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" using v1: .data.a");
  ASSERT_TRUE(s.details);
  ASSERT_EQ(s.details->causes.size(), 1u);
  EXPECT_EQ(s.details->causes[0], (StatusCause{"FieldManagerConflict", "conflict with \"kubectl-client-side-apply\" using v1", ".data.a"}));
  // The same value is no conflict.
  EXPECT_TRUE(apply_configuration(created, cm({{"a", "1"}}), m, cm_schema(), as("kubectl")));
}

TEST(FieldManager, SeveralConflictsAreGroupedByManager) {
  auto one = apply_configuration(Json::object(), cm({{"a", "1"}, {"b", "1"}}), {}, cm_schema(), as("zeta"));
  ASSERT_TRUE(one);
  Json next = one->object;
  next["data"]["c"] = "1";
  ManagedFields m = update_managed_fields(one->object, next, one->managed, cm_schema(),
                                          {.manager = "alpha", .api_version = "v1", .time = "t1"});
  auto r = apply_configuration(next, cm({{"a", "2"}, {"b", "2"}, {"c", "2"}}), m, cm_schema(), as("me"));
  ASSERT_FALSE(r);
  Status s = r.error().to_status();
  EXPECT_EQ(s.message, "Apply failed with 3 conflicts: conflicts with \"alpha\" using v1:\n- .data.c\n"
                       "conflicts with \"zeta\":\n- .data.a\n- .data.b");
  ASSERT_EQ(s.details->causes.size(), 3u);
  EXPECT_EQ(s.details->causes[1], (StatusCause{"FieldManagerConflict", "conflict with \"zeta\"", ".data.a"}));
}

TEST(FieldManager, ForceTakesOwnership) {
  auto one = apply_configuration(Json::object(), cm({{"a", "1"}, {"b", "1"}}), {}, cm_schema(), as("one"));
  auto forced = apply_configuration(one->object, cm({{"a", "2"}}), one->managed, cm_schema(), as("two", true));
  ASSERT_TRUE(forced) << forced.error().message();
  EXPECT_EQ(forced->object["data"], Json({{"a", "2"}, {"b", "1"}}));
  EXPECT_EQ(entry(forced->managed, "one", "Apply")->fields.to_fields_v1(), Json::parse(R"({"f:data":{"f:b":{}}})"));
  EXPECT_EQ(entry(forced->managed, "two", "Apply")->fields.to_fields_v1(), Json::parse(R"({"f:data":{"f:a":{}}})"));
}

TEST(FieldManager, AllowedConflictsAreTakenOverOnlyWhenAllAreAllowed) {
  auto one = apply_configuration(Json::object(), cm({{"a", "1"}, {"b", "1"}}), {}, cm_schema(), as("one"));
  ApplyOptions o = as("kubectl");
  o.allowed_conflicts.insert({"f:data", "f:a"});
  EXPECT_TRUE(apply_configuration(one->object, cm({{"a", "2"}}), one->managed, cm_schema(), o));
  auto r = apply_configuration(one->object, cm({{"a", "2"}, {"b", "2"}}), one->managed, cm_schema(), o);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().to_status().message, "Apply failed with 1 conflict: conflict with \"one\": .data.b");
}

TEST(FieldManager, UpdateMovesChangedFieldsAndDropsEmptyEntries) {
  auto one = apply_configuration(Json::object(), cm({{"a", "1"}}), {}, cm_schema(), as("one"));
  Json next = one->object;
  next["data"]["a"] = "2";
  next["data"]["b"] = "3";
  ManagedFields m = update_managed_fields(one->object, next, one->managed, cm_schema(),
                                          {.manager = "editor", .api_version = "v1", .time = "t2"});
  ASSERT_EQ(m.size(), 1u);  // "one" lost its only field
  EXPECT_EQ(m[0].manager, "editor");
  EXPECT_EQ(m[0].operation, "Update");
  EXPECT_EQ(m[0].time, "t2");
  EXPECT_EQ(m[0].fields.to_fields_v1(), Json::parse(R"({"f:data":{"f:a":{},"f:b":{}}})"));
  // Removing a field takes it from its owner; a no-op keeps everything.
  Json less = next;
  less["data"].erase("b");
  ManagedFields m2 = update_managed_fields(next, less, m, cm_schema(), {.manager = "other", .api_version = "v1", .time = "t3"});
  ASSERT_EQ(m2.size(), 1u);
  EXPECT_EQ(m2[0].fields.to_fields_v1(), Json::parse(R"({"f:data":{"f:a":{}}})"));
  EXPECT_EQ(m2[0].time, "t2");
  ManagedFields m3 = update_managed_fields(less, less, m2, cm_schema(), {.manager = "x", .api_version = "v1", .time = "t4"});
  EXPECT_EQ(encode_managed_fields(m3), encode_managed_fields(m2));
}

TEST(FieldManager, ContainersMergeByNameAndPortsByContainerPort) {
  Json pod = Json::parse(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},
      "spec":{"containers":[{"name":"app","image":"nginx:1","ports":[{"containerPort":80}]}]}})");
  auto one = apply_configuration(Json::object(), pod, {}, pod_schema(), as("one"));
  ASSERT_TRUE(one);
  Json side = Json::parse(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},
      "spec":{"containers":[{"name":"side","image":"busybox"},{"name":"app","ports":[{"containerPort":8080}]}]}})");
  auto two = apply_configuration(one->object, side, one->managed, pod_schema(), as("two"));
  ASSERT_TRUE(two) << two.error().message();
  const Json& cs = two->object["spec"]["containers"];
  ASSERT_EQ(cs.size(), 2u);
  EXPECT_EQ(cs[0]["name"], "side");
  EXPECT_EQ(cs[1]["name"], "app");
  EXPECT_EQ(cs[1]["image"], "nginx:1");
  EXPECT_EQ(cs[1]["ports"], Json::parse(R"([{"containerPort":80},{"containerPort":8080}])"));
  // A changed image owned by "one" conflicts with the container's path in the message.
  Json img = Json::parse(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},
      "spec":{"containers":[{"name":"app","image":"nginx:2"}]}})");
  auto c = apply_configuration(two->object, img, two->managed, pod_schema(), as("two"));
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().to_status().message,
            "Apply failed with 1 conflict: conflict with \"one\": .spec.containers[name=\"app\"].image");
  // "one" drops its container's port 80 and image: the container and its name stay (two owns
  // the item through port 8080), the port goes.
  Json only_name = Json::parse(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},
      "spec":{"containers":[{"name":"app"}]}})");
  auto dropped = apply_configuration(two->object, only_name, two->managed, pod_schema(), as("one"));
  ASSERT_TRUE(dropped) << dropped.error().message();
  const Json& after = dropped->object["spec"]["containers"];
  ASSERT_EQ(after.size(), 2u);
  EXPECT_EQ(after[1], Json::parse(R"({"name":"app","ports":[{"containerPort":8080}]})"));
  // "two" drops the sidecar: it goes, name and all.
  Json no_side = Json::parse(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},
      "spec":{"containers":[{"name":"app","ports":[{"containerPort":8080}]}]}})");
  auto unside = apply_configuration(dropped->object, no_side, dropped->managed, pod_schema(), as("two"));
  ASSERT_TRUE(unside);
  ASSERT_EQ(unside->object["spec"]["containers"].size(), 1u);
  EXPECT_EQ(unside->object["spec"]["containers"][0]["name"], "app");
}

TEST(FieldManager, ServicePortsAreKeyedByPort) {
  Json svc = Json::parse(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"s"},
      "spec":{"ports":[{"port":80,"targetPort":8080}]}})");
  const Json& schema = schema_of("", "v1", "services");
  auto one = apply_configuration(Json::object(), svc, {}, schema, as("one"));
  ASSERT_TRUE(one);
  EXPECT_EQ(one->managed[0].fields.to_fields_v1()["f:spec"]["f:ports"],
            Json::parse(R"({"k:{\"port\":80,\"protocol\":\"TCP\"}":{".":{},"f:port":{},"f:targetPort":{}}})"));
  Json more = Json::parse(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"s"},
      "spec":{"ports":[{"port":443}]}})");
  auto two = apply_configuration(one->object, more, one->managed, schema, as("two"));
  ASSERT_TRUE(two);
  EXPECT_EQ(two->object["spec"]["ports"], Json::parse(R"([{"port":80,"targetPort":8080},{"port":443}])"));
}

TEST(FieldManager, CustomResourceListTypeMapAndSet) {
  Json schema = Json::parse(R"({"type":"object","properties":{
      "spec":{"type":"object","properties":{
        "items":{"type":"array","x-kubernetes-list-type":"map","x-kubernetes-list-map-keys":["id"],
                 "items":{"type":"object","properties":{"id":{"type":"integer"},"v":{"type":"string"}}}},
        "tags":{"type":"array","x-kubernetes-list-type":"set","items":{"type":"string"}},
        "plain":{"type":"array","items":{"type":"string"}},
        "blob":{"type":"object","x-kubernetes-map-type":"atomic","additionalProperties":{"type":"string"}},
        "free":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}}})");
  Json a = Json::parse(R"({"apiVersion":"example.com/v1","kind":"W","metadata":{"name":"w"},
      "spec":{"items":[{"id":1,"v":"a"}],"tags":["x"],"plain":["p"],"blob":{"k":"v"},"free":{"n":{"m":1}}}})");
  auto one = apply_configuration(Json::object(), a, {}, schema, as("one"));
  ASSERT_TRUE(one);
  EXPECT_EQ(one->managed[0].fields.to_fields_v1(), Json::parse(R"({"f:spec":{
      "f:blob":{},"f:free":{"f:n":{".":{},"f:m":{}}},"f:items":{"k:{\"id\":1}":{".":{},"f:id":{},"f:v":{}}},
      "f:plain":{},"f:tags":{"v:\"x\"":{}}}})"));
  Json b = Json::parse(R"({"apiVersion":"example.com/v1","kind":"W","metadata":{"name":"w"},
      "spec":{"items":[{"id":2,"v":"b"}],"tags":["y"],"free":{"n":{"o":2}}}})");
  auto two = apply_configuration(one->object, b, one->managed, schema, as("two"));
  ASSERT_TRUE(two) << two.error().message();
  EXPECT_EQ(two->object["spec"]["items"], Json::parse(R"([{"id":1,"v":"a"},{"id":2,"v":"b"}])"));
  EXPECT_EQ(two->object["spec"]["tags"], Json::parse(R"(["x","y"])"));
  EXPECT_EQ(two->object["spec"]["free"], Json::parse(R"({"n":{"m":1,"o":2}})"));
  // An atomic list replaced by another manager is a conflict.
  Json c = Json::parse(R"({"apiVersion":"example.com/v1","kind":"W","metadata":{"name":"w"},"spec":{"plain":["q"]}})");
  EXPECT_FALSE(apply_configuration(two->object, c, two->managed, schema, as("two")));
}

TEST(FieldManager, LastAppliedAllowanceAndRefresh) {
  Json live = cm({{"a", "1"}, {"b", "2"}});
  live["metadata"]["annotations"] = {{"kubectl.kubernetes.io/last-applied-configuration",
                                      R"({"apiVersion":"v1","data":{"a":"1","b":"9"},"kind":"ConfigMap","metadata":{"name":"cfg"}})"}};
  FieldSet allowed = last_applied_allowance(live, cm_schema());
  EXPECT_TRUE(allowed.has({"f:data", "f:a"}));
  EXPECT_FALSE(allowed.has({"f:data", "f:b"}));  // the live value differs from the recorded one
  Json config = cm({{"a", "3"}});
  refresh_last_applied(live, config);
  EXPECT_EQ(live["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"],
            to_json_string(config) + "\n");
  Json plain = cm({{"a", "1"}});
  refresh_last_applied(plain, config);
  EXPECT_FALSE(plain["metadata"].contains("annotations"));
  EXPECT_TRUE(last_applied_allowance(plain, cm_schema()).empty());
}

TEST(FieldManager, ManagerFromUserAgent) {
  EXPECT_EQ(manager_from_user_agent("kubectl/v1.32.0 (linux/amd64) kubernetes/abc"), "kubectl");
  EXPECT_EQ(manager_from_user_agent("OpenAPI-Generator/31.0.0/python"), "OpenAPI-Generator");
  EXPECT_EQ(manager_from_user_agent("a\tb"), "ab");
  EXPECT_EQ(manager_from_user_agent(std::string(200, 'x')).size(), 128u);
  EXPECT_EQ(manager_from_user_agent(""), "");
}

}  // namespace
}  // namespace windlass::apiserver
