// windlass/api/core/v1/node_features.h — core/v1 NodeFeatures: optional features a node implements.
//
//   bool strict_groups = node.status.features &&
//                        node.status.features->supplemental_groups_policy.value_or(false);
#pragma once

#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// Optional features a node implements (upstream `corev1.NodeFeatures`).
struct NodeFeatures {
  std::optional<bool> supplemental_groups_policy;
  UnknownFields unknown_fields;
  bool operator==(const NodeFeatures&) const = default;
};
WINDLASS_API_DESCRIBED(NodeFeatures);

}  // namespace windlass::api::core::v1
