// windlass/api/core/v1/scoped_resource_selector_requirement.h — core/v1
// ScopedResourceSelectorRequirement: one requirement on a quota scope.
//
//   core::v1::ScopedResourceSelectorRequirement r{.scope_name = "PriorityClass",
//                                                 .operator_ = "In", .values = {"high"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// One requirement on a quota scope (upstream `corev1.ScopedResourceSelectorRequirement`).
struct ScopedResourceSelectorRequirement {
  std::string scope_name;
  std::string operator_;  // `operator` is a C++ keyword
  std::vector<std::string> values;
  UnknownFields unknown_fields;
  bool operator==(const ScopedResourceSelectorRequirement&) const = default;
};
WINDLASS_API_DESCRIBED(ScopedResourceSelectorRequirement);

}  // namespace windlass::api::core::v1
