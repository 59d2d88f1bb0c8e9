#include <windlass/api/crd.h>

#include <gtest/gtest.h>

#include "gadget.h"

namespace crdtest {

WINDLASS_API_DESCRIBE(GadgetSpec, d) {
  d.doc("What the gadget should do.");
  d.field("replicas", &GadgetSpec::replicas).minimum(0).default_value(1);
  d.field("mode", &GadgetSpec::mode).required().enum_values({"fast", "safe"});
  d.field("memory", &GadgetSpec::memory);
}

WINDLASS_API_DESCRIBE(GadgetStatus, d) {
  d.field("replicas", &GadgetStatus::replicas);
  d.field("selector", &GadgetStatus::selector);
}

WINDLASS_API_DESCRIBE(Gadget, d) {
  d.doc("A Gadget is a test kind.");
  d.field("apiVersion", &Gadget::api_version);
  d.field("kind", &Gadget::kind);
  d.field("metadata", &Gadget::metadata);
  d.field("spec", &Gadget::spec).required();
  d.field("status", &Gadget::status);
}

WINDLASS_API_RESOURCE_INFO(Gadget) {
  return {.group = "example.com",
          .version = "v1",
          .kind = "Gadget",
          .plural = "gadgets",
          .short_names = {"gd"},
          .categories = {"all"},
          .status_subresource = true,
          .scale = windlass::api::ScaleSubresource{.label_selector_path = ".status.selector"},
          .printer_columns = {{.name = "Mode", .type = "string", .json_path = ".spec.mode"},
                              {.name = "Age", .type = "date",
                               .json_path = ".metadata.creationTimestamp"}}};
}

}  // namespace crdtest

namespace windlass::api {
namespace {

TEST(Crd, NamesScopeAndDefaultsFollowTheResourceInfo) {
  Json crd = crd_for<crdtest::Gadget>();
  EXPECT_EQ(crd["apiVersion"], "apiextensions.k8s.io/v1");
  EXPECT_EQ(crd["metadata"]["name"], "gadgets.example.com");
  EXPECT_EQ(crd["spec"]["scope"], "Namespaced");
  EXPECT_EQ(crd["spec"]["names"], Json::parse(R"({"kind":"Gadget","listKind":"GadgetList",
      "plural":"gadgets","singular":"gadget","shortNames":["gd"],"categories":["all"]})"));
  EXPECT_EQ(crd_file_name(crd), "example.com_gadgets.yaml");
}

TEST(Crd, VersionCarriesSchemaSubresourcesAndColumns) {
  Json v = crd_for<crdtest::Gadget>()["spec"]["versions"][0];
  EXPECT_EQ(v["name"], "v1");
  EXPECT_EQ(v["served"], true);
  EXPECT_EQ(v["storage"], true);
  EXPECT_EQ(v["subresources"], Json::parse(R"({"status":{},"scale":{"specReplicasPath":
      ".spec.replicas","statusReplicasPath":".status.replicas","labelSelectorPath":".status.selector"}})"));
  EXPECT_EQ(v["additionalPrinterColumns"][0],
            Json::parse(R"({"name":"Mode","type":"string","jsonPath":".spec.mode"})"));
  const Json& root = v["schema"]["openAPIV3Schema"];
  EXPECT_EQ(root["description"], "A Gadget is a test kind.");
  EXPECT_EQ(root["required"], Json::array({"spec"}));
  EXPECT_EQ(root["properties"]["metadata"], Json::parse(R"({"type":"object"})"));
  EXPECT_EQ(root["properties"]["apiVersion"]["type"], "string");
  const Json& spec = root["properties"]["spec"];
  EXPECT_EQ(spec["required"], Json::array({"mode"}));
  EXPECT_EQ(spec["properties"]["replicas"]["default"], 1);
  EXPECT_EQ(spec["properties"]["memory"]["x-kubernetes-int-or-string"], true);
}

TEST(Crd, GeneratedSchemasAreStructural) {
  Json root = crd_for<crdtest::Gadget>()["spec"]["versions"][0]["schema"]["openAPIV3Schema"];
  EXPECT_TRUE(check_structural(root));
}

TEST(Crd, StructuralCheckNamesEveryViolation) {
  auto r = check_structural(Json::parse(R"({"type":"object","properties":{
      "a":{"description":"no type"},
      "b":{"type":"array"},
      "c":{"type":"string","properties":{"x":{"type":"string"}}},
      "d":{"type":"object","properties":{"x":{"type":"string"}},"additionalProperties":{"type":"string"}},
      "e":{"x-kubernetes-int-or-string":true},
      "f":{"x-kubernetes-preserve-unknown-fields":true}}})"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message(),
            "schema is not structural: openAPIV3Schema.properties[a].type: Required value: must "
            "not be empty for specified object fields, openAPIV3Schema.properties[b].items: "
            "Required value: must be specified, openAPIV3Schema.properties[c].properties: "
            "Forbidden: must be empty for type string, openAPIV3Schema.properties[d]."
            "additionalProperties: Forbidden: additionalProperties and properties are mutual "
            "exclusive");
}

TEST(Crd, VersionsMustAgreeAndHaveOneStorageVersion) {
  auto info = resource_info(Tag<crdtest::Gadget>{});
  auto kind = [] () -> const TypeDescriptor& { return describe(Tag<crdtest::Gadget>{}); };
  ResourceInfo v2 = info;
  v2.version = "v2";
  auto both = make_crd({{info, kind, true, false}, {v2, kind, true, true}});
  ASSERT_TRUE(both) << both.error().message();
  EXPECT_EQ((*both)["spec"]["versions"].size(), 2u);
  EXPECT_EQ(make_crd({{info, kind, true, true}, {v2, kind, true, true}}).error().message(),
            "a CRD needs exactly one storage version, found 2");
  ResourceInfo other = v2;
  other.kind = "Other";
  EXPECT_FALSE(make_crd({{info, kind, true, true}, {other, kind, true, false}}));
}

}  // namespace
}  // namespace windlass::api
