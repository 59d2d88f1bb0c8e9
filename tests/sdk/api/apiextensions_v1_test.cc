// apiextensions/v1 CustomResourceDefinition: objects as kube-apiserver 1.32 returns them, the
// schema-or-X unions of JSONSchemaProps, and every CRD Windlass's generator (crd.h) writes,
// including the checked-in examples/widget_crd/crds/example.com_widgets.yaml.
#include <windlass/api/apiextensions/v1/custom_resource_definition.h>
#include <windlass/api/coordination/v1/lease.h>
#include <windlass/api/core/v1/pod.h>
#include <windlass/api/crd.h>
#include <windlass/api/policy/v1/pod_disruption_budget.h>
#include <windlass/core/yaml.h>

#include "gadget.h"
#include "round_trip.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>


namespace windlass::api {
namespace {

using apiextensions::v1::CustomResourceDefinition;
using apiextensions::v1::JSONSchemaProps;
using apiextensions::v1::JSONSchemaPropsOrArray;
using apiextensions::v1::JSONSchemaPropsOrBool;
using apiextensions::v1::JSONSchemaPropsPtr;

// An established CRD as kube-apiserver 1.32 returns it: a conversion webhook, CEL rules,
// selectable fields, printer columns, both subresources, and the schema features CRDs use
// (maps, int-or-string, embedded resources, preserved unknown fields, defaults). No numeric
// bounds: see NumbersDecodeAsDoubles for those. `x-future-schema-field` and `futureSpecField`
// are fields from the future that must survive.
constexpr const char* kBackupsCrd = R"json({
  "apiVersion": "apiextensions.k8s.io/v1",
  "kind": "CustomResourceDefinition",
  "metadata": {
    "creationTimestamp": "2024-11-18T14:10:02Z",
    "generation": 3,
    "name": "backups.stable.example.com",
    "resourceVersion": "7731",
    "uid": "0c2e4a6b-8d0f-4b2d-9f4a-6c8e0a2c4e6f"
  },
  "spec": {
    "conversion": {
      "strategy": "Webhook",
      "webhook": {
        "clientConfig": {
          "caBundle": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==",
          "service": {"name": "backup-webhook", "namespace": "backup-system", "path": "/convert", "port": 9443}
        },
        "conversionReviewVersions": ["v1"]
      }
    },
    "futureSpecField": true,
    "group": "stable.example.com",
    "names": {
      "categories": ["all", "backups"],
      "kind": "Backup",
      "listKind": "BackupList",
      "plural": "backups",
      "shortNames": ["bk"],
      "singular": "backup"
    },
    "scope": "Namespaced",
    "versions": [
      {
        "additionalPrinterColumns": [
          {"jsonPath": ".spec.schedule", "name": "Schedule", "type": "string"},
          {"jsonPath": ".status.lastRun", "name": "Last Run", "type": "date"},
          {"description": "Storage class of the snapshots", "jsonPath": ".spec.storageClass", "name": "Class", "priority": 1, "type": "string"}
        ],
        "deprecated": true,
        "deprecationWarning": "stable.example.com/v1beta1 Backup is deprecated; use v1",
        "name": "v1beta1",
        "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}},
        "served": true,
        "storage": false
      },
      {
        "additionalPrinterColumns": [
          {"jsonPath": ".spec.schedule", "name": "Schedule", "type": "string"},
          {"jsonPath": ".status.lastRun", "name": "Last Run", "type": "date"}
        ],
        "name": "v1",
        "schema": {
          "openAPIV3Schema": {
            "description": "Backup takes scheduled snapshots of volumes.",
            "properties": {
              "apiVersion": {"type": "string"},
              "kind": {"type": "string"},
              "metadata": {"type": "object"},
              "spec": {
                "properties": {
                  "hooks": {
                    "items": {"type": "object", "x-kubernetes-embedded-resource": true, "x-kubernetes-preserve-unknown-fields": true},
                    "type": "array"
                  },
                  "labels": {"additionalProperties": {"type": "string"}, "type": "object", "x-kubernetes-map-type": "granular"},
                  "retention": {
                    "anyOf": [{"type": "integer"}, {"type": "string"}],
                    "default": "7d",
                    "x-kubernetes-int-or-string": true
                  },
                  "schedule": {"example": "0 3 * * *", "maxLength": 64, "minLength": 9, "pattern": "^(\\S+ ){4}\\S+$", "type": "string"},
                  "storageClass": {"nullable": true, "type": "string"},
                  "targets": {
                    "items": {
                      "properties": {
                        "name": {"type": "string"},
                        "volume": {"enum": ["data", "logs", null], "type": "string"}
                      },
                      "required": ["name"],
                      "type": "object"
                    },
                    "maxItems": 16,
                    "type": "array",
                    "x-kubernetes-list-map-keys": ["name"],
                    "x-kubernetes-list-type": "map"
                  },
                  "tags": {"items": {"type": "string"}, "type": "array", "x-kubernetes-list-type": "set"}
                },
                "required": ["schedule"],
                "type": "object",
                "x-future-schema-field": {"a": 1},
                "x-kubernetes-validations": [
                  {"message": "hooks need targets", "rule": "!has(self.hooks) || has(self.targets)"},
                  {"fieldPath": ".schedule", "messageExpression": "'bad schedule: ' + self.schedule", "reason": "FieldValueInvalid", "rule": "self.schedule.size() > 8"},
                  {"optionalOldSelf": true, "rule": "!oldSelf.hasValue() || self.storageClass == oldSelf.value().storageClass"}
                ]
              },
              "status": {
                "properties": {
                  "lastRun": {"format": "date-time", "type": "string"},
                  "snapshots": {"additionalProperties": true, "type": "object"}
                },
                "type": "object"
              }
            },
            "type": "object"
          }
        },
        "selectableFields": [{"jsonPath": ".spec.storageClass"}],
        "served": true,
        "storage": true,
        "subresources": {
          "scale": {"labelSelectorPath": ".status.selector", "specReplicasPath": ".spec.parallelism", "statusReplicasPath": ".status.active"},
          "status": {}
        }
      }
    ]
  },
  "status": {
    "acceptedNames": {
      "categories": ["all", "backups"],
      "kind": "Backup",
      "listKind": "BackupList",
      "plural": "backups",
      "shortNames": ["bk"],
      "singular": "backup"
    },
    "conditions": [
      {"lastTransitionTime": "2024-11-18T14:10:02Z", "message": "no conflicts found", "reason": "NoConflicts", "status": "True", "type": "NamesAccepted"},
      {"lastTransitionTime": "2024-11-18T14:10:02Z", "message": "the initial names have been accepted", "reason": "InitialNamesAccepted", "status": "True", "type": "Established"}
    ],
    "storedVersions": ["v1beta1", "v1"]
  }
})json";

// A CRD right after creation: Go writes the status fields it has no values for as null.
constexpr const char* kNewCrdStatus = R"({
  "acceptedNames": {"kind": "", "plural": ""},
  "conditions": null,
  "storedVersions": ["v1"]
})";

// Decoding must accept every field; encoding must give back the same JSON value. Numbers are
// compared as values (JSONSchemaProps' bounds are doubles).
CustomResourceDefinition round_trip_value(const Json& in) {
  auto crd = decode<CustomResourceDefinition>(in);
  EXPECT_TRUE(crd) << crd.error().message();
  if (!crd) return {};
  Json out = encode(*crd);
  EXPECT_EQ(out, in) << "in:  " << in.dump() << "\nout: " << out.dump();
  auto again = decode<CustomResourceDefinition>(out);
  EXPECT_TRUE(again && *again == *crd);
  return *crd;
}

// What Go adds when it decodes a CRD without metadata.creationTimestamp or status and encodes
// it again: the zero time as null and the zero status.
Json with_go_zero_values(Json crd) {
  if (!crd["metadata"].contains("creationTimestamp"))
    crd["metadata"]["creationTimestamp"] = nullptr;
  if (!crd.contains("status"))
    crd["status"] = Json::parse(R"({"acceptedNames":{"kind":"","plural":""},"conditions":[],
                                     "storedVersions":[]})");
  return crd;
}

// crd.cc writes x-kubernetes-patch-merge-key and x-kubernetes-patch-strategy into CRD schemas
// (schema_of adds them for OpenAPI documents). JSONSchemaProps has no such fields, so
// kube-apiserver drops them, or rejects the CRD under fieldValidation=Strict (kubectl's
// default). Strict decoding below therefore ignores exactly these two keys.
void strip_patch_markers(Json& j) {
  if (j.is_object()) {
    j.erase("x-kubernetes-patch-merge-key");
    j.erase("x-kubernetes-patch-strategy");
  }
  if (j.is_structured())
    for (auto& v : j) strip_patch_markers(v);
}

// A generated CRD decodes strictly (apart from the markers above) and, read back, is the same
// CRD plus the zero values Go would add.
void expect_generated_crd_reads_back(const Json& generated) {
  Json stripped = generated;
  strip_patch_markers(stripped);
  auto strict = decode<CustomResourceDefinition>(stripped, {.strict = true});
  EXPECT_TRUE(strict) << strict.error().message();

  auto crd = decode<CustomResourceDefinition>(generated);
  ASSERT_TRUE(crd) << crd.error().message();
  Json expected = with_go_zero_values(generated);
  Json out = encode(*crd);
  EXPECT_EQ(out, expected) << "in:  " << expected.dump() << "\nout: " << out.dump();
  auto again = decode<CustomResourceDefinition>(out);
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, *crd);
}

const JSONSchemaProps& property(const JSONSchemaProps& s, const std::string& name) {
  return s.properties.at(name);
}

TEST(ApiextensionsV1, EstablishedCrdRoundTrips) {
  auto crd = round_trip<CustomResourceDefinition>(kBackupsCrd);
  EXPECT_EQ(crd.spec.unknown_fields.value, Json::parse(R"({"futureSpecField":true})"));
  ASSERT_EQ(crd.spec.versions.size(), 2u);
  const auto& v1 = crd.spec.versions[1];
  EXPECT_TRUE(v1.storage);
  ASSERT_TRUE(v1.subresources && v1.subresources->status && v1.subresources->scale);
  EXPECT_EQ(v1.subresources->scale->label_selector_path, ".status.selector");
  EXPECT_EQ(v1.selectable_fields.at(0).json_path, ".spec.storageClass");
  EXPECT_EQ(crd.spec.versions[0].deprecation_warning,
            "stable.example.com/v1beta1 Backup is deprecated; use v1");

  ASSERT_TRUE(v1.schema && v1.schema->open_api_v3_schema);
  const JSONSchemaProps& spec = property(*v1.schema->open_api_v3_schema, "spec");
  EXPECT_EQ(spec.required, std::vector<std::string>{"schedule"});
  EXPECT_EQ(spec.unknown_fields.value, Json::parse(R"({"x-future-schema-field":{"a":1}})"));
  ASSERT_EQ(spec.x_kubernetes_validations.size(), 3u);
  EXPECT_EQ(spec.x_kubernetes_validations[1].reason, "FieldValueInvalid");
  EXPECT_EQ(spec.x_kubernetes_validations[2].optional_old_self, true);

  const JSONSchemaProps& targets = property(spec, "targets");
  ASSERT_TRUE(targets.items && targets.items->schema);
  EXPECT_EQ(targets.items->schema->required, std::vector<std::string>{"name"});
  EXPECT_EQ(property(*targets.items->schema, "volume").enum_,
            (std::vector<Json>{"data", "logs", nullptr}));
  EXPECT_EQ(targets.x_kubernetes_list_type, "map");
  EXPECT_EQ(targets.max_items, 16);

  const JSONSchemaProps& labels = property(spec, "labels");
  ASSERT_TRUE(labels.additional_properties && labels.additional_properties->schema);
  EXPECT_TRUE(labels.additional_properties->allows);
  EXPECT_EQ(labels.additional_properties->schema->type, "string");
  const JSONSchemaProps& snapshots =
      property(property(*v1.schema->open_api_v3_schema, "status"), "snapshots");
  ASSERT_TRUE(snapshots.additional_properties);
  EXPECT_TRUE(snapshots.additional_properties->allows);
  EXPECT_FALSE(snapshots.additional_properties->schema);

  const JSONSchemaProps& retention = property(spec, "retention");
  EXPECT_TRUE(retention.x_kubernetes_int_or_string);
  EXPECT_EQ(retention.default_, "7d");
  EXPECT_EQ(retention.any_of.size(), 2u);
  EXPECT_TRUE(property(spec, "storageClass").nullable);
  EXPECT_EQ(property(spec, "schedule").example, "0 3 * * *");

  ASSERT_TRUE(crd.spec.conversion && crd.spec.conversion->webhook);
  const auto& cc = crd.spec.conversion->webhook->client_config;
  ASSERT_TRUE(cc && cc->service);
  EXPECT_EQ(cc->service->port, 9443);
  EXPECT_EQ(cc->ca_bundle.data, "-----BEGIN CERTIFICATE-----\n");

  EXPECT_EQ(crd.status.stored_versions, (std::vector<std::string>{"v1beta1", "v1"}));
  EXPECT_EQ(crd.status.conditions.at(1).type, "Established");
  EXPECT_EQ(crd.status.accepted_names.list_kind, "BackupList");
}

TEST(ApiextensionsV1, NewCrdStatusDecodes) {
  Json in = Json::parse(kBackupsCrd);
  in["status"] = Json::parse(kNewCrdStatus);
  auto crd = decode<CustomResourceDefinition>(in);
  ASSERT_TRUE(crd) << crd.error().message();
  EXPECT_TRUE(crd->status.conditions.empty());
  EXPECT_EQ(crd->status.stored_versions, std::vector<std::string>{"v1"});
  // Go writes the nil condition list as null; Windlass writes an empty list.
  EXPECT_EQ(encode(crd->status)["conditions"], Json::array());
}

TEST(ApiextensionsV1, NumbersDecodeAsDoubles) {
  Json in = Json::parse(kBackupsCrd);
  Json& spec = in["spec"]["versions"][1]["schema"]["openAPIV3Schema"]["properties"]["spec"];
  spec["properties"]["parallelism"] = Json::parse(
      R"({"type": "integer", "format": "int32", "minimum": 0, "maximum": 64, "default": 1})");
  spec["properties"]["ratio"] = Json::parse(
      R"({"type": "number", "minimum": 0.5, "exclusiveMinimum": true, "multipleOf": 0.25})");
  auto crd = round_trip_value(in);
  const JSONSchemaProps& s =
      crd.spec.versions[1].schema->open_api_v3_schema->properties.at("spec");
  EXPECT_EQ(s.properties.at("parallelism").minimum, 0.0);
  EXPECT_EQ(s.properties.at("parallelism").maximum, 64.0);
  EXPECT_EQ(s.properties.at("parallelism").default_, 1);
  EXPECT_EQ(s.properties.at("ratio").minimum, 0.5);
  EXPECT_TRUE(s.properties.at("ratio").exclusive_minimum);
  EXPECT_EQ(s.properties.at("ratio").multiple_of, 0.25);
}

TEST(ApiextensionsV1, SchemaUnionsKeepTheirJsonForm) {
  // items in tuple form, additionalProperties false, not, both dependency forms, definitions.
  Json in = Json::parse(R"({
    "additionalItems": false,
    "additionalProperties": false,
    "definitions": {"port": {"type": "integer"}},
    "dependencies": {"tls": ["cert", "key"], "proxy": {"required": ["proxyURL"]}, "none": null},
    "items": [{"type": "string"}, {"type": "integer", "format": "int32"}],
    "not": {"required": ["legacy"]},
    "patternProperties": {"^x-": {"type": "string"}},
    "type": "array"
  })");
  auto s = decode<JSONSchemaProps>(in, {.strict = true});
  ASSERT_TRUE(s) << s.error().message();
  ASSERT_TRUE(s->items);
  EXPECT_FALSE(s->items->schema);
  ASSERT_EQ(s->items->json_schemas.size(), 2u);
  EXPECT_EQ(s->items->json_schemas[1].format, "int32");
  ASSERT_TRUE(s->additional_properties);
  EXPECT_FALSE(s->additional_properties->allows);
  ASSERT_TRUE(s->not_);
  EXPECT_EQ(s->not_->required, std::vector<std::string>{"legacy"});
  EXPECT_EQ(s->dependencies.at("tls").property, (std::vector<std::string>{"cert", "key"}));
  ASSERT_TRUE(s->dependencies.at("proxy").schema);
  EXPECT_EQ(s->dependencies.at("proxy").schema->required, std::vector<std::string>{"proxyURL"});
  EXPECT_FALSE(s->dependencies.at("none").schema);
  EXPECT_EQ(s->definitions.at("port").type, "integer");
  EXPECT_EQ(s->pattern_properties.at("^x-").type, "string");
  EXPECT_EQ(encode(*s), in);
  EXPECT_EQ(to_json_string(encode(*s)), to_json_string(in));
}

TEST(ApiextensionsV1, SchemaPointerCopiesDeeply) {
  JSONSchemaProps inner{.type = "string"};
  JSONSchemaProps outer{.type = "object", .not_ = inner};
  JSONSchemaProps copy = outer;
  ASSERT_TRUE(copy.not_);
  EXPECT_EQ(copy, outer);
  copy.not_->type = "integer";
  EXPECT_EQ(outer.not_->type, "string");
  EXPECT_NE(copy, outer);
  copy.not_.reset();
  EXPECT_FALSE(copy.not_);
  EXPECT_NE(copy, outer);
  JSONSchemaPropsPtr empty_a, empty_b;
  EXPECT_EQ(empty_a, empty_b);
  JSONSchemaPropsPtr moved = std::move(outer.not_);
  ASSERT_TRUE(moved);
  EXPECT_EQ(moved->type, "string");
}

TEST(ApiextensionsV1, BuiltSchemasEncodeAsGoDoes) {
  JSONSchemaProps s{
      .type = "object",
      .properties = {{"tags", JSONSchemaProps{.type = "array",
                                              .items = JSONSchemaPropsOrArray{
                                                  .schema = JSONSchemaProps{.type = "string"}}}},
                     {"env", JSONSchemaProps{.type = "object",
                                             .additional_properties = JSONSchemaPropsOrBool{
                                                 .allows = true,
                                                 .schema = JSONSchemaProps{.type = "string"}}}},
                     {"extra", JSONSchemaProps{.type = "object",
                                               .additional_properties =
                                                   JSONSchemaPropsOrBool{.allows = true}}}}};
  EXPECT_EQ(encode(s), Json::parse(R"({"type":"object","properties":{
      "tags":{"type":"array","items":{"type":"string"}},
      "env":{"type":"object","additionalProperties":{"type":"string"}},
      "extra":{"type":"object","additionalProperties":true}}})"));
}

TEST(ApiextensionsV1, DecodeErrorsNameTheField) {
  Json in = Json::parse(kBackupsCrd);
  Json& spec = in["spec"]["versions"][1]["schema"]["openAPIV3Schema"]["properties"]["spec"];
  spec["properties"]["tags"]["items"] = "string";
  spec["properties"]["labels"]["additionalProperties"] = "yes";
  in["spec"]["versions"][1]["served"] = "true";
  auto crd = decode<CustomResourceDefinition>(in);
  ASSERT_FALSE(crd);
  const std::string& msg = crd.error().message();
  EXPECT_NE(msg.find("spec.versions[1].schema.openAPIV3Schema.properties[spec].properties[tags]"
                     ".items: expected schema object or array of schemas, got string \"string\""),
            std::string::npos)
      << msg;
  EXPECT_NE(msg.find("properties[labels].additionalProperties: expected boolean or schema "
                     "object, got string \"yes\""),
            std::string::npos)
      << msg;
  EXPECT_NE(msg.find("spec.versions[1].served: expected boolean, got string \"true\""),
            std::string::npos)
      << msg;

  auto strict = decode<CustomResourceDefinition>(Json::parse(kBackupsCrd), {.strict = true});
  ASSERT_FALSE(strict);
  EXPECT_EQ(strict.error().message(),
            "strict decoding error: unknown field \"spec.futureSpecField\", unknown field "
            "\"spec.versions[1].schema.openAPIV3Schema.properties[spec].x-future-schema-field\"");
}

TEST(ApiextensionsV1, GeneratedCrdsReadBack) {
  expect_generated_crd_reads_back(crd_for<crdtest::Gadget>());
  expect_generated_crd_reads_back(crd_for<coordination::v1::Lease>());
  expect_generated_crd_reads_back(crd_for<policy::v1::PodDisruptionBudget>());
  expect_generated_crd_reads_back(crd_for<core::v1::Pod>());

  // Two versions, the older one served but not stored.
  ResourceInfo v1 = resource_info(Tag<crdtest::Gadget>{});
  ResourceInfo v2 = v1;
  v2.version = "v2";
  auto kind = [] () -> const TypeDescriptor& { return describe(Tag<crdtest::Gadget>{}); };
  auto both = make_crd({{v1, kind, true, false}, {v2, kind, true, true}});
  ASSERT_TRUE(both) << both.error().message();
  expect_generated_crd_reads_back(*both);
}

TEST(ApiextensionsV1, GeneratedCrdsKeepTheirMeaning) {
  auto crd = decode<CustomResourceDefinition>(crd_for<crdtest::Gadget>());
  ASSERT_TRUE(crd) << crd.error().message();
  EXPECT_EQ(crd->metadata.name, "gadgets.example.com");
  EXPECT_EQ(crd->spec.scope, "Namespaced");
  EXPECT_EQ(crd->spec.names.short_names, std::vector<std::string>{"gd"});
  const auto& v = crd->spec.versions.at(0);
  ASSERT_TRUE(v.subresources && v.subresources->status && v.subresources->scale);
  EXPECT_EQ(v.subresources->scale->label_selector_path, ".status.selector");
  EXPECT_EQ(v.additional_printer_columns.at(1).type, "date");
  const JSONSchemaProps& spec = v.schema->open_api_v3_schema->properties.at("spec");
  EXPECT_EQ(spec.required, std::vector<std::string>{"mode"});
  EXPECT_EQ(spec.properties.at("replicas").default_, 1);
  EXPECT_EQ(spec.properties.at("replicas").minimum, 0.0);
  EXPECT_TRUE(spec.properties.at("memory").x_kubernetes_int_or_string);
}

TEST(ApiextensionsV1, ExampleWidgetCrdReadsBack) {
  const char* root = std::getenv("WINDLASS_SOURCE_DIR");
  std::ifstream in(std::string(root ? root : ".") +
                   "/examples/widget_crd/crds/example.com_widgets.yaml");
  ASSERT_TRUE(in) << "set WINDLASS_SOURCE_DIR to the source tree";
  std::stringstream text;
  text << in.rdbuf();
  auto docs = yaml_to_json_documents(text.str());
  ASSERT_TRUE(docs) << docs.error().message();
  ASSERT_EQ(docs->size(), 1u);
  expect_generated_crd_reads_back(docs->front());
  auto crd = decode<CustomResourceDefinition>(docs->front());
  ASSERT_TRUE(crd);
  EXPECT_EQ(crd->spec.names.kind, "Widget");
  const JSONSchemaProps& conditions = crd->spec.versions.at(0)
                                          .schema->open_api_v3_schema->properties.at("status")
                                          .properties.at("conditions");
  EXPECT_EQ(conditions.x_kubernetes_list_map_keys, std::vector<std::string>{"type"});
  ASSERT_TRUE(conditions.items && conditions.items->schema);
  EXPECT_EQ(conditions.items->schema->properties.at("reason").min_length, 1);
}

TEST(ApiextensionsV1, ResourceInfo) {
  const ResourceInfo& info = resource_info(Tag<CustomResourceDefinition>{});
  EXPECT_EQ(info.gvk().to_string(),
            "apiextensions.k8s.io/v1, Kind=CustomResourceDefinition");
  EXPECT_EQ(info.plural, "customresourcedefinitions");
  EXPECT_EQ(info.singular, "customresourcedefinition");
  EXPECT_EQ(info.short_names, (std::vector<std::string>{"crd", "crds"}));
  EXPECT_EQ(info.categories, std::vector<std::string>{"api-extensions"});
  EXPECT_FALSE(info.namespaced);
  EXPECT_TRUE(info.status_subresource);
  EXPECT_FALSE(info.scale);
  EXPECT_EQ(info.list_kind, "CustomResourceDefinitionList");
}

TEST(ApiextensionsV1, RecursiveSchemaHasAFiniteOpenApiSchema) {
  Json s = schema_of<CustomResourceDefinition>();
  EXPECT_EQ(s["type"], "object");
  EXPECT_TRUE(s["properties"]["spec"]["properties"].contains("versions"));
}

}  // namespace
}  // namespace windlass::api
