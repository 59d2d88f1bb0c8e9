// windlass/api/core/v1/node_address.h — core/v1 NodeAddress: one address of a node.
//
//   core::v1::NodeAddress a{.type = "InternalIP", .address = "172.18.0.3"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// One address of a node (upstream `corev1.NodeAddress`).
struct NodeAddress {
  std::string type;
  std::string address;
  UnknownFields unknown_fields;
  bool operator==(const NodeAddress&) const = default;
};
WINDLASS_API_DESCRIBED(NodeAddress);

}  // namespace windlass::api::core::v1
