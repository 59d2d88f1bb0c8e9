// windlass/api/apiextensions/v1/custom_resource_definition_version.h — apiextensions/v1
// CustomResourceDefinitionVersion, one version of a custom resource.
//
// Each version is served (`served`) or not, exactly one is the storage version (`storage`),
// and each has its own validation schema, subresources (status, scale), printer columns for
// `kubectl get`, and fields usable in field selectors (`selectableFields`, Kubernetes 1.30+).
// A deprecated version makes the server send a warning with every request.
//
//   apiextensions::v1::CustomResourceDefinitionVersion v{
//       .name = "v1", .served = true, .storage = true,
//       .schema = apiextensions::v1::CustomResourceValidation{
//           .open_api_v3_schema = apiextensions::v1::JSONSchemaProps{.type = "object"}},
//       .subresources = apiextensions::v1::CustomResourceSubresources{
//           .status = apiextensions::v1::CustomResourceSubresourceStatus{}}};
#pragma once

#include <windlass/api/apiextensions/v1/custom_resource_column_definition.h>
#include <windlass/api/apiextensions/v1/custom_resource_subresources.h>
#include <windlass/api/apiextensions/v1/custom_resource_validation.h>
#include <windlass/api/apiextensions/v1/selectable_field.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::apiextensions::v1 {

// One served version of a custom resource (upstream
// `apiextensionsv1.CustomResourceDefinitionVersion`).
struct CustomResourceDefinitionVersion {
  std::string name;
  bool served = false;
  bool storage = false;
  bool deprecated = false;
  std::optional<std::string> deprecation_warning;
  std::optional<CustomResourceValidation> schema;
  std::optional<CustomResourceSubresources> subresources;
  std::vector<CustomResourceColumnDefinition> additional_printer_columns;
  std::vector<SelectableField> selectable_fields;
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceDefinitionVersion&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceDefinitionVersion);

}  // namespace windlass::api::apiextensions::v1
