// windlass/api/apiextensions/v1/custom_resource_column_definition.h — apiextensions/v1
// CustomResourceColumnDefinition, a column `kubectl get` prints for a custom resource.
//
// The cell is the value at `jsonPath`, shown as `type` (integer, number, string, boolean,
// date); columns with a priority above 0 appear only with `-o wide`.
//
//   apiextensions::v1::CustomResourceColumnDefinition c{.name = "Ready", .type = "string",
//       .json_path = ".status.conditions[?(@.type==\"Ready\")].status"};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <string>

namespace windlass::api::apiextensions::v1 {

// A printer column of a custom resource version (upstream
// `apiextensionsv1.CustomResourceColumnDefinition`).
struct CustomResourceColumnDefinition {
  std::string name;
  std::string type;
  std::string format;
  std::string description;
  std::int32_t priority = 0;
  std::string json_path;
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceColumnDefinition&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceColumnDefinition);

}  // namespace windlass::api::apiextensions::v1
