// windlass/api/apiextensions/v1/custom_resource_validation.h — apiextensions/v1
// CustomResourceValidation, the schema of a CRD version.
//
// In v1 the schema is required for every version and must be structural (every node typed,
// see crd.h's check_structural).
//
//   apiextensions::v1::CustomResourceValidation v{
//       .open_api_v3_schema = apiextensions::v1::JSONSchemaProps{
//           .type = "object", .x_kubernetes_preserve_unknown_fields = true}};
#pragma once

#include <windlass/api/apiextensions/v1/json_schema_props.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::apiextensions::v1 {

// The validation schema of a custom resource version (upstream
// `apiextensionsv1.CustomResourceValidation`).
struct CustomResourceValidation {
  std::optional<JSONSchemaProps> open_api_v3_schema;
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceValidation&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceValidation);

}  // namespace windlass::api::apiextensions::v1
