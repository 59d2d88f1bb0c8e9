#include <windlass/core/object.h>

#include <gtest/gtest.h>

namespace windlass {
namespace {

constexpr std::string_view kPod = R"({
  "apiVersion": "v1", "kind": "Pod",
  "metadata": {
    "name": "web-0", "namespace": "default", "uid": "1234", "resourceVersion": "42",
    "generation": 3, "creationTimestamp": "2024-05-01T12:00:00Z",
    "labels": {"app": "web"}, "annotations": {"note": "x"},
    "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-abc",
                         "uid": "99", "controller": true, "blockOwnerDeletion": true}],
    "finalizers": ["example.com/a"],
    "managedFields": [{"manager": "kubectl", "operation": "Apply", "apiVersion": "v1",
                       "time": "2024-05-01T12:00:00Z", "fieldsType": "FieldsV1",
                       "fieldsV1": {"f:metadata": {}}}],
    "futureField": {"kept": true}
  },
  "spec": {"containers": [{"name": "c", "image": "nginx", "newKnob": 7}]},
  "status": {"phase": "Running"}
})";

TEST(Object, ReadsEveryMetadataField) {
  auto obj = Object::parse(kPod);
  ASSERT_TRUE(obj) << obj.error().message();
  EXPECT_EQ(obj->api_version(), "v1");
  EXPECT_EQ(obj->kind(), "Pod");
  EXPECT_EQ(obj->gvk(), (GroupVersionKind{"", "v1", "Pod"}));
  EXPECT_EQ(obj->name(), "web-0");
  EXPECT_EQ(obj->ns(), "default");
  EXPECT_EQ(obj->uid(), "1234");
  EXPECT_EQ(obj->resource_version(), "42");
  EXPECT_EQ(obj->generation(), 3);
  EXPECT_EQ(obj->creation_timestamp()->to_string(), "2024-05-01T12:00:00Z");
  EXPECT_FALSE(obj->deletion_timestamp());
  EXPECT_FALSE(obj->is_being_deleted());
  EXPECT_EQ(obj->labels(), (StringMap{{"app", "web"}}));
  EXPECT_EQ(obj->annotation("note"), "x");
  ASSERT_EQ(obj->owner_references().size(), 1u);
  EXPECT_EQ(obj->controller_reference()->name, "web-abc");
  EXPECT_EQ(obj->finalizers(), std::vector<std::string>{"example.com/a"});
  ASSERT_EQ(obj->managed_fields().size(), 1u);
  EXPECT_EQ(obj->managed_fields()[0].manager, "kubectl");
  EXPECT_EQ(obj->key(), "default/web-0");
}

TEST(Object, ChangingMetadataKeepsUnknownFields) {
  auto obj = Object::parse(kPod);
  ASSERT_TRUE(obj);
  obj->set_label("tier", "front");
  obj->add_finalizer("example.com/b");
  obj->set_owner_references(obj->owner_references());
  obj->set_managed_fields(obj->managed_fields());
  EXPECT_EQ(obj->json()["metadata"]["futureField"]["kept"], true);
  EXPECT_EQ(obj->json()["spec"]["containers"][0]["newKnob"], 7);
  Json expected = Json::parse(kPod);
  expected["metadata"]["labels"]["tier"] = "front";
  expected["metadata"]["finalizers"].push_back("example.com/b");
  EXPECT_EQ(obj->json(), expected);
}

TEST(Object, EmptyValuesRemoveFieldsLikeUnstructured) {
  Object o;
  o.set_name("a");
  o.set_label("k", "v");
  EXPECT_EQ(to_json_string(o.json()), R"({"metadata":{"labels":{"k":"v"},"name":"a"}})");
  EXPECT_TRUE(o.remove_label("k"));
  EXPECT_FALSE(o.remove_label("k"));
  o.set_name("");
  EXPECT_EQ(to_json_string(o.json()), R"({"metadata":{}})");
}

TEST(Object, FinalizersAreASet) {
  Object o;
  EXPECT_TRUE(o.add_finalizer("a"));
  EXPECT_FALSE(o.add_finalizer("a"));
  EXPECT_TRUE(o.add_finalizer("b"));
  EXPECT_TRUE(o.has_finalizer("b"));
  EXPECT_TRUE(o.remove_finalizer("a"));
  EXPECT_FALSE(o.remove_finalizer("a"));
  EXPECT_EQ(o.finalizers(), std::vector<std::string>{"b"});
  EXPECT_TRUE(o.remove_finalizer("b"));
  EXPECT_FALSE(o.json()["metadata"].contains("finalizers"));
}

TEST(Object, DeletionFields) {
  Object o;
  o.set_deletion_timestamp(*Time::parse("2024-05-01T12:00:00Z"));
  o.set_deletion_grace_period_seconds(30);
  EXPECT_TRUE(o.is_being_deleted());
  EXPECT_EQ(o.deletion_grace_period_seconds(), 30);
  o.set_deletion_timestamp(std::nullopt);
  EXPECT_FALSE(o.is_being_deleted());
}

TEST(Object, GvkRoundTripAndClusterScopedKey) {
  Object o;
  o.set_gvk({"rbac.authorization.k8s.io", "v1", "ClusterRole"});
  o.set_name("admin");
  EXPECT_EQ(o.api_version(), "rbac.authorization.k8s.io/v1");
  EXPECT_EQ(o.gvk().kind, "ClusterRole");
  EXPECT_EQ(o.key(), "admin");
}

TEST(Object, OwnerReferenceJsonOmitsUnsetBooleans) {
  OwnerReference r{"v1", "ConfigMap", "c", "u1", std::nullopt, std::nullopt};
  EXPECT_EQ(to_json_string(Json(r)),
            R"({"apiVersion":"v1","kind":"ConfigMap","name":"c","uid":"u1"})");
}

struct BadObject {
  const char* json;
  const char* error;
};

class ObjectFromJson : public ::testing::TestWithParam<BadObject> {};

TEST_P(ObjectFromJson, NamesTheMistypedField) {
  auto r = Object::parse(GetParam().json);
  ASSERT_FALSE(r) << GetParam().json;
  EXPECT_TRUE(is_bad_request(r.error()));
  EXPECT_EQ(r.error().message(), GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(
    Strict, ObjectFromJson,
    ::testing::Values(
        BadObject{"[]", "expected a JSON object, got array"},
        BadObject{R"({"kind":5})", "kind: expected string"},
        BadObject{R"({"metadata":[]})", "metadata: expected object"},
        BadObject{R"({"metadata":{"name":1}})", "metadata.name: expected string"},
        BadObject{R"({"metadata":{"generation":"1"}})", "metadata.generation: expected integer"},
        BadObject{R"({"metadata":{"labels":{"a":1}}})", "metadata.labels.a: expected string"},
        BadObject{R"({"metadata":{"finalizers":"x"}})", "metadata.finalizers: expected array"},
        BadObject{R"({"metadata":{"finalizers":["a",2]}})",
                  "metadata.finalizers[1]: expected string"},
        BadObject{R"({"metadata":{"ownerReferences":[1]}})",
                  "metadata.ownerReferences[0]: expected object"},
        BadObject{R"({"metadata":{"creationTimestamp":"yesterday"}})",
                  "metadata.creationTimestamp: parsing time \"yesterday\" as RFC 3339: expected "
                  "the form 2006-01-02T15:04:05Z07:00"}));

}  // namespace
}  // namespace windlass
