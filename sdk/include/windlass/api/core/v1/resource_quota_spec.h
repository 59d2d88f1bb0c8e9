// windlass/api/core/v1/resource_quota_spec.h — core/v1 ResourceQuotaSpec: the limits of a
// ResourceQuota and what they apply to.
//
//   core::v1::ResourceQuotaSpec s{.hard = {{"pods", *Quantity::parse("10")}},
//                                 .scopes = {"BestEffort"}};
#pragma once

#include <windlass/api/core/v1/scope_selector.h>
#include <windlass/api/describe.h>
#include <windlass/core/quantity.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// The limits of a ResourceQuota and what they apply to (upstream `corev1.ResourceQuotaSpec`).
struct ResourceQuotaSpec {
  std::map<std::string, Quantity> hard;
  std::vector<std::string> scopes;
  std::optional<ScopeSelector> scope_selector;
  UnknownFields unknown_fields;
  bool operator==(const ResourceQuotaSpec&) const = default;
};
WINDLASS_API_DESCRIBED(ResourceQuotaSpec);

}  // namespace windlass::api::core::v1
