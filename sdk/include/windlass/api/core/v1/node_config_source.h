// windlass/api/core/v1/node_config_source.h — core/v1 NodeConfigSource: where a node's dynamic
// kubelet configuration came from.
//
// Dynamic kubelet configuration was removed from the kubelet in Kubernetes 1.24; the type remains
// in the API.
//
//   core::v1::NodeConfigSource s{.config_map = core::v1::ConfigMapNodeConfigSource{
//       .namespace_ = "kube-system", .name = "kubelet-config", .kubelet_config_key = "kubelet"}};
#pragma once

#include <windlass/api/core/v1/config_map_node_config_source.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// Where a node's dynamic kubelet configuration came from (upstream `corev1.NodeConfigSource`).
struct NodeConfigSource {
  std::optional<ConfigMapNodeConfigSource> config_map;
  UnknownFields unknown_fields;
  bool operator==(const NodeConfigSource&) const = default;
};
WINDLASS_API_DESCRIBED(NodeConfigSource);

}  // namespace windlass::api::core::v1
