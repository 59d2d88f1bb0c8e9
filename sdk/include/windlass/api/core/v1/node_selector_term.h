// windlass/api/core/v1/node_selector_term.h — core/v1 NodeSelectorTerm: node requirements that must
// all hold (AND); an empty term matches nothing.
//
//   core::v1::NodeSelectorTerm t{.match_expressions = {{.key = "gpu", .operator_ = "Exists"}}};
#pragma once

#include <windlass/api/core/v1/node_selector_requirement.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::core::v1 {

// Node requirements that must all hold (AND); an empty term matches nothing (upstream
// `corev1.NodeSelectorTerm`).
struct NodeSelectorTerm {
  std::vector<NodeSelectorRequirement> match_expressions;
  std::vector<NodeSelectorRequirement> match_fields;
  UnknownFields unknown_fields;
  bool operator==(const NodeSelectorTerm&) const = default;
};
WINDLASS_API_DESCRIBED(NodeSelectorTerm);

}  // namespace windlass::api::core::v1
