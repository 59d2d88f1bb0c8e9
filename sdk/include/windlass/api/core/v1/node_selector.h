// windlass/api/core/v1/node_selector.h — core/v1 NodeSelector: node selection; any of its terms may
// match (OR).
//
//   core::v1::NodeSelector s{.node_selector_terms = {{.match_fields = {
//       {.key = "metadata.name", .operator_ = "In", .values = {"worker-1"}}}}}};
#pragma once

#include <windlass/api/core/v1/node_selector_term.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::core::v1 {

// Node selection; any of its terms may match (OR) (upstream `corev1.NodeSelector`).
struct NodeSelector {
  std::vector<NodeSelectorTerm> node_selector_terms;
  UnknownFields unknown_fields;
  bool operator==(const NodeSelector&) const = default;
};
WINDLASS_API_DESCRIBED(NodeSelector);

}  // namespace windlass::api::core::v1
