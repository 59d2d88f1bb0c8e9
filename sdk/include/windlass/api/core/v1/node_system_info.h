// windlass/api/core/v1/node_system_info.h — core/v1 NodeSystemInfo: versions and IDs of a node's
// machine, OS and components.
//
//   std::string version = node.status.node_info.kubelet_version;  // "v1.32.0"
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// Versions and IDs of a node's machine, OS and Kubernetes components (upstream
// `corev1.NodeSystemInfo`).
struct NodeSystemInfo {
  std::string machine_id;
  std::string system_uuid;
  std::string boot_id;
  std::string kernel_version;
  std::string os_image;
  std::string container_runtime_version;
  std::string kubelet_version;
  std::string kube_proxy_version;
  std::string operating_system;
  std::string architecture;
  UnknownFields unknown_fields;
  bool operator==(const NodeSystemInfo&) const = default;
};
WINDLASS_API_DESCRIBED(NodeSystemInfo);

}  // namespace windlass::api::core::v1
