// windlass/api/core/v1/scope_selector.h — core/v1 ScopeSelector: scope requirements of a
// ResourceQuota.
//
//   core::v1::ScopeSelector s{.match_expressions = {
//       {.scope_name = "PriorityClass", .operator_ = "In", .values = {"high"}}}};
#pragma once

#include <windlass/api/core/v1/scoped_resource_selector_requirement.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::core::v1 {

// Scope requirements that all hold for the objects a ResourceQuota counts (upstream
// `corev1.ScopeSelector`).
struct ScopeSelector {
  std::vector<ScopedResourceSelectorRequirement> match_expressions;
  UnknownFields unknown_fields;
  bool operator==(const ScopeSelector&) const = default;
};
WINDLASS_API_DESCRIBED(ScopeSelector);

}  // namespace windlass::api::core::v1
