// windlass/api/core/v1/node_config_status.h — core/v1 NodeConfigStatus: state of a node's dynamic
// kubelet configuration.
//
// Dynamic kubelet configuration was removed from the kubelet in Kubernetes 1.24; the type remains
// in the API and current kubelets do not report it.
//
//   bool failing = node.status.config && !node.status.config->error.empty();
#pragma once

#include <windlass/api/core/v1/node_config_source.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// State of a node's dynamic kubelet configuration (upstream `corev1.NodeConfigStatus`).
struct NodeConfigStatus {
  std::optional<NodeConfigSource> assigned;
  std::optional<NodeConfigSource> active;
  std::optional<NodeConfigSource> last_known_good;
  std::string error;
  UnknownFields unknown_fields;
  bool operator==(const NodeConfigStatus&) const = default;
};
WINDLASS_API_DESCRIBED(NodeConfigStatus);

}  // namespace windlass::api::core::v1
