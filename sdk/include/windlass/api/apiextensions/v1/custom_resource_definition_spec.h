// windlass/api/apiextensions/v1/custom_resource_definition_spec.h — apiextensions/v1
// CustomResourceDefinitionSpec, what a CRD adds to the API.
//
// The group and names of the resource, its scope (Namespaced or Cluster), its versions, and how
// objects are converted between versions (`conversion`; None, the default, only rewrites
// apiVersion). `preserveUnknownFields` must be false in v1, where pruning is governed by the
// schemas.
//
//   apiextensions::v1::CustomResourceDefinitionSpec s{
//       .group = "example.com",
//       .names = {.plural = "widgets", .singular = "widget", .kind = "Widget",
//                 .list_kind = "WidgetList"},
//       .scope = "Namespaced",
//       .versions = {{.name = "v1", .served = true, .storage = true}}};
#pragma once

#include <windlass/api/apiextensions/v1/custom_resource_conversion.h>
#include <windlass/api/apiextensions/v1/custom_resource_definition_names.h>
#include <windlass/api/apiextensions/v1/custom_resource_definition_version.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::apiextensions::v1 {

// The resource a CRD defines (upstream `apiextensionsv1.CustomResourceDefinitionSpec`).
struct CustomResourceDefinitionSpec {
  std::string group;
  CustomResourceDefinitionNames names;
  std::string scope;  // Namespaced or Cluster
  std::vector<CustomResourceDefinitionVersion> versions;
  std::optional<CustomResourceConversion> conversion;
  bool preserve_unknown_fields = false;
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceDefinitionSpec&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceDefinitionSpec);

}  // namespace windlass::api::apiextensions::v1
