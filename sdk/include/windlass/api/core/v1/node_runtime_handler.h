// windlass/api/core/v1/node_runtime_handler.h — core/v1 NodeRuntimeHandler: one handler of a node's
// container runtime.
//
//   core::v1::NodeRuntimeHandler h{
//       .name = "runc",
//       .features = core::v1::NodeRuntimeHandlerFeatures{.recursive_read_only_mounts = true}};
#pragma once

#include <windlass/api/core/v1/node_runtime_handler_features.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// One handler of a node's container runtime and what it supports (upstream
// `corev1.NodeRuntimeHandler`).
struct NodeRuntimeHandler {
  std::string name;
  std::optional<NodeRuntimeHandlerFeatures> features;
  UnknownFields unknown_fields;
  bool operator==(const NodeRuntimeHandler&) const = default;
};
WINDLASS_API_DESCRIBED(NodeRuntimeHandler);

}  // namespace windlass::api::core::v1
