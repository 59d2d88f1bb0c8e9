// windlass/api/core/v1/topology_spread_constraint.h — core/v1 TopologySpreadConstraint: how evenly
// matching pods must spread over the domains of a topology key.
//
//   core::v1::TopologySpreadConstraint v{.max_skew = 1};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// How evenly matching pods must spread over the domains of a topology key (upstream
// `corev1.TopologySpreadConstraint`).
struct TopologySpreadConstraint {
  std::int32_t max_skew = 0;
  std::string topology_key;
  std::string when_unsatisfiable;
  std::optional<meta::v1::LabelSelector> label_selector;
  std::optional<std::int32_t> min_domains;
  std::optional<std::string> node_affinity_policy;
  std::optional<std::string> node_taints_policy;
  std::vector<std::string> match_label_keys;
  UnknownFields unknown_fields;
  bool operator==(const TopologySpreadConstraint&) const = default;
};
WINDLASS_API_DESCRIBED(TopologySpreadConstraint);

}  // namespace windlass::api::core::v1
