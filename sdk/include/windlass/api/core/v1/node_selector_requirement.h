// windlass/api/core/v1/node_selector_requirement.h — core/v1 NodeSelectorRequirement: one
// requirement on a node label or field.
//
//   core::v1::NodeSelectorRequirement v{.key = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// One requirement on a node label or field (upstream `corev1.NodeSelectorRequirement`).
struct NodeSelectorRequirement {
  std::string key;
  std::string operator_;  // `operator` is a C++ keyword or macro
  std::vector<std::string> values;
  UnknownFields unknown_fields;
  bool operator==(const NodeSelectorRequirement&) const = default;
};
WINDLASS_API_DESCRIBED(NodeSelectorRequirement);

}  // namespace windlass::api::core::v1
