// A custom resource declared with WINDLASS_API_CUSTOM_RESOURCE goes all the way: its
// generated CRD is accepted and established by the API server, and the typed object
// round-trips through it with the server's defaulting and validation applied.
#include "rest/api_handler.h"
#include "storage/memory_store.h"

#include <windlass/api/crd.h>
#include <windlass/api/custom_resource.h>

#include <gtest/gtest.h>

namespace crtest {

struct GizmoSpec {
  std::int32_t replicas = 0;
  std::string size;
  windlass::api::UnknownFields unknown_fields;
};

struct GizmoStatus {
  std::int32_t ready = 0;
  windlass::api::UnknownFields unknown_fields;
};

WINDLASS_API_CUSTOM_RESOURCE(Gizmo, "gadgets.example.com/v1alpha1", GizmoSpec, GizmoStatus);

WINDLASS_API_DESCRIBE(GizmoSpec, d) {
  d.field("replicas", &GizmoSpec::replicas).minimum(1).default_value(2);
  d.field("size", &GizmoSpec::size).enum_values({"S", "M", "L"});
}

WINDLASS_API_DESCRIBE(GizmoStatus, d) { d.field("ready", &GizmoStatus::ready); }

WINDLASS_API_CUSTOM_RESOURCE_INFO(Gizmo, "A Gizmo for tests.") {
  return {.group = "gadgets.example.com", .version = "v1alpha1", .kind = "Gizmo",
          .plural = "gizmos", .namespaced = false, .status_subresource = true};
}

}  // namespace crtest

namespace windlass::apiserver {
namespace {

Response post(ApiHandler& h, const std::string& path, const Json& body) {
  Request r;
  r.method = "POST";
  r.path = path;
  r.body = body.dump();
  return std::get<Response>(h.handle(r));
}

TEST(CustomResource, DeclaredKindIsServedWithItsGeneratedCrd) {
  auto store = MemoryStore::open({});
  ApiHandler h(**store, {});
  ASSERT_TRUE(h.bootstrap());
  auto crd = post(h, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", api::crd_for<crtest::Gizmo>());
  ASSERT_EQ(crd.status, 201) << crd.body;

  crtest::Gizmo g;
  g.metadata.name = "g1";
  g.spec.size = "M";
  Json body = api::encode(g);
  body["spec"].erase("replicas");  // omitted: the server's default applies
  auto created = post(h, "/apis/gadgets.example.com/v1alpha1/gizmos", body);
  ASSERT_EQ(created.status, 201) << created.body;
  auto back = api::decode<crtest::Gizmo>(Json::parse(created.body));
  ASSERT_TRUE(back) << back.error().message();
  EXPECT_EQ(back->spec.replicas, 2);
  EXPECT_EQ(back->api_version, "gadgets.example.com/v1alpha1");
  EXPECT_FALSE(back->metadata.uid.empty());

  g.metadata.name = "g2";
  g.spec.size = "XL";
  auto bad = post(h, "/apis/gadgets.example.com/v1alpha1/gizmos", api::encode(g));
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("spec.size: Unsupported value: \\\"XL\\\""), std::string::npos) << bad.body;
}

}  // namespace
}  // namespace windlass::apiserver
