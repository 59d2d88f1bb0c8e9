// windlass/api/core/v1/node_affinity.h — core/v1 NodeAffinity: rules on the labels of candidate
// nodes.
//
//   core::v1::NodeAffinity a{.required_during_scheduling_ignored_during_execution =
//       core::v1::NodeSelector{.node_selector_terms = {{.match_expressions = {
//           {.key = "kubernetes.io/arch", .operator_ = "In", .values = {"arm64"}}}}}}};
#pragma once

#include <windlass/api/core/v1/node_selector.h>
#include <windlass/api/core/v1/preferred_scheduling_term.h>
#include <windlass/api/describe.h>

#include <optional>
#include <vector>

namespace windlass::api::core::v1 {

// Rules on the labels of candidate nodes (upstream `corev1.NodeAffinity`).
struct NodeAffinity {
  std::optional<NodeSelector> required_during_scheduling_ignored_during_execution;
  std::vector<PreferredSchedulingTerm> preferred_during_scheduling_ignored_during_execution;
  UnknownFields unknown_fields;
  bool operator==(const NodeAffinity&) const = default;
};
WINDLASS_API_DESCRIBED(NodeAffinity);

}  // namespace windlass::api::core::v1
