// windlass/api/apiextensions/v1/custom_resource_definition.h — the apiextensions/v1
// CustomResourceDefinition kind.
//
// A CRD adds a resource to the API: `spec.group` and `spec.names` name it, `spec.scope` makes
// it namespaced or cluster-scoped, and each entry of `spec.versions` is served with its own
// schema, subresources and printer columns (exactly one is the storage version). The API server
// reports in `status` whether the names were accepted and the resource is served
// (`Established`), and which versions objects were ever stored in. CRDs are cluster-scoped and
// named `<plural>.<group>`.
//
// To generate a CRD from a described kind use crd.h's `crd_for<T>()`, which returns JSON; this
// type reads and writes CRDs as the API server serves them, generated ones included.
//
//   WINDLASS_TRY(auto crd, windlass::api::decode<apiextensions::v1::CustomResourceDefinition>(
//                              windlass::api::crd_for<Widget>()));
//   bool established = std::any_of(crd.status.conditions.begin(), crd.status.conditions.end(),
//       [](const auto& c) { return c.type == "Established" && c.status == "True"; });
#pragma once

#include <windlass/api/apiextensions/v1/custom_resource_definition_spec.h>
#include <windlass/api/apiextensions/v1/custom_resource_definition_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::apiextensions::v1 {

// A resource added to the API, with its names, versions and schemas (upstream
// `apiextensionsv1.CustomResourceDefinition`).
struct CustomResourceDefinition {
  std::string api_version = "apiextensions.k8s.io/v1";
  std::string kind = "CustomResourceDefinition";
  meta::v1::ObjectMeta metadata;
  CustomResourceDefinitionSpec spec;
  CustomResourceDefinitionStatus status;
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceDefinition&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceDefinition);
WINDLASS_API_RESOURCE(CustomResourceDefinition);

}  // namespace windlass::api::apiextensions::v1
