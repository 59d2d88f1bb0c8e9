// windlass/api/apiextensions/v1/custom_resource_definition_status.h — apiextensions/v1
// CustomResourceDefinitionStatus, what the API server reports about a CRD.
//
// `conditions` says whether the names were accepted (NamesAccepted) and the resource is served
// (Established), among others; `acceptedNames` are the names in use, which may lag behind or
// differ from the spec's when they conflict; `storedVersions` lists every version objects were
// ever stored in, which a version must be migrated out of before it can be removed. Go writes
// all three even when empty, so a decoded-then-encoded CRD always has a status.
//
//   bool served = std::any_of(st.conditions.begin(), st.conditions.end(), [](const auto& c) {
//     return c.type == "Established" && c.status == "True";
//   });
#pragma once

#include <windlass/api/apiextensions/v1/custom_resource_definition_condition.h>
#include <windlass/api/apiextensions/v1/custom_resource_definition_names.h>
#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::apiextensions::v1 {

// The observed state of a CRD (upstream `apiextensionsv1.CustomResourceDefinitionStatus`).
struct CustomResourceDefinitionStatus {
  std::vector<CustomResourceDefinitionCondition> conditions;
  CustomResourceDefinitionNames accepted_names;
  std::vector<std::string> stored_versions;
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceDefinitionStatus&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceDefinitionStatus);

}  // namespace windlass::api::apiextensions::v1
