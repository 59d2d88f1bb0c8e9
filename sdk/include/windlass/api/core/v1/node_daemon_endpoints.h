// windlass/api/core/v1/node_daemon_endpoints.h — core/v1 NodeDaemonEndpoints: ports of the daemons
// running on a node.
//
//   std::int32_t kubelet_port = node.status.daemon_endpoints.kubelet_endpoint.port;
#pragma once

#include <windlass/api/core/v1/daemon_endpoint.h>
#include <windlass/api/describe.h>


namespace windlass::api::core::v1 {

// Ports of the daemons running on a node (upstream `corev1.NodeDaemonEndpoints`).
struct NodeDaemonEndpoints {
  DaemonEndpoint kubelet_endpoint;
  UnknownFields unknown_fields;
  bool operator==(const NodeDaemonEndpoints&) const = default;
};
WINDLASS_API_DESCRIBED(NodeDaemonEndpoints);

}  // namespace windlass::api::core::v1
