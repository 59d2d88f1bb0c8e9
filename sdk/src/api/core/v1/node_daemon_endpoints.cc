#include <windlass/api/core/v1/node_daemon_endpoints.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeDaemonEndpoints, d) {
  d.doc("Ports of the daemons running on a node.");
  d.field("kubeletEndpoint", &NodeDaemonEndpoints::kubelet_endpoint)
      .doc("Where the kubelet listens.").proto(1);
}

}  // namespace windlass::api::core::v1
