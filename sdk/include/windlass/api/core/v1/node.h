// windlass/api/core/v1/node.h — the core/v1 Node kind.
//
// A Node is a machine pods run on. The kubelet registers it, reports its status (capacity,
// conditions, addresses, images) through the status subresource and renews a Lease in
// kube-node-lease as its heartbeat; the spec holds what the control plane decides about it, such as
// its pod CIDRs, taints and whether it is cordoned. Nodes are cluster-scoped.
//
//   core::v1::Node n{.metadata = {.name = "worker-1"},
//                    .spec = {.unschedulable = true}};  // cordoned
#pragma once

#include <windlass/api/core/v1/node_spec.h>
#include <windlass/api/core/v1/node_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::core::v1 {

// A machine that runs pods (upstream `corev1.Node`).
struct Node {
  std::string api_version = "v1";
  std::string kind = "Node";
  meta::v1::ObjectMeta metadata;
  NodeSpec spec;
  NodeStatus status;
  UnknownFields unknown_fields;
  bool operator==(const Node&) const = default;
};
WINDLASS_API_DESCRIBED(Node);
WINDLASS_API_RESOURCE(Node);

}  // namespace windlass::api::core::v1
