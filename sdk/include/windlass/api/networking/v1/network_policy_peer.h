// windlass/api/networking/v1/network_policy_peer.h — networking/v1 NetworkPolicyPeer, a source
// or destination of allowed traffic.
//
// Either an IP range (`ipBlock`), or pods: `podSelector` alone selects pods in the policy's
// namespace, `namespaceSelector` alone all pods in the selected namespaces, and both together
// the selected pods in the selected namespaces.
//
//   networking::v1::NetworkPolicyPeer p{
//       .ip_block = networking::v1::IPBlock{.cidr = "10.0.0.0/8", .except = {"10.1.0.0/16"}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>
#include <windlass/api/networking/v1/ip_block.h>

#include <optional>

namespace windlass::api::networking::v1 {

// Pods, namespaces or an IP range that traffic may come from or go to (upstream
// `networkingv1.NetworkPolicyPeer`).
struct NetworkPolicyPeer {
  std::optional<meta::v1::LabelSelector> pod_selector;
  std::optional<meta::v1::LabelSelector> namespace_selector;
  std::optional<IPBlock> ip_block;
  UnknownFields unknown_fields;
  bool operator==(const NetworkPolicyPeer&) const = default;
};
WINDLASS_API_DESCRIBED(NetworkPolicyPeer);

}  // namespace windlass::api::networking::v1
