// windlass/api/core/v1/node_runtime_handler_features.h — core/v1 NodeRuntimeHandlerFeatures: what a
// container runtime handler supports.
//
//   core::v1::NodeRuntimeHandlerFeatures f{.recursive_read_only_mounts = true,
//                                          .user_namespaces = true};
#pragma once

#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// What a container runtime handler supports (upstream `corev1.NodeRuntimeHandlerFeatures`).
struct NodeRuntimeHandlerFeatures {
  std::optional<bool> recursive_read_only_mounts;
  std::optional<bool> user_namespaces;
  UnknownFields unknown_fields;
  bool operator==(const NodeRuntimeHandlerFeatures&) const = default;
};
WINDLASS_API_DESCRIBED(NodeRuntimeHandlerFeatures);

}  // namespace windlass::api::core::v1
