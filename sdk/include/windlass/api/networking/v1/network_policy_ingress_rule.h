// windlass/api/networking/v1/network_policy_ingress_rule.h — networking/v1
// NetworkPolicyIngressRule, one kind of incoming traffic a policy allows.
//
// Traffic is allowed when it matches one of `ports` and comes from one of `from`; an empty
// `ports` list means every port and an empty `from` list every source.
//
//   networking::v1::NetworkPolicyIngressRule r{
//       .from = {{.namespace_selector = meta::v1::LabelSelector{
//                     .match_labels = {{"kubernetes.io/metadata.name", "monitoring"}}}}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/network_policy_peer.h>
#include <windlass/api/networking/v1/network_policy_port.h>

#include <vector>

namespace windlass::api::networking::v1 {

// Incoming traffic allowed by ports and sources (upstream
// `networkingv1.NetworkPolicyIngressRule`).
struct NetworkPolicyIngressRule {
  std::vector<NetworkPolicyPort> ports;
  std::vector<NetworkPolicyPeer> from;
  UnknownFields unknown_fields;
  bool operator==(const NetworkPolicyIngressRule&) const = default;
};
WINDLASS_API_DESCRIBED(NetworkPolicyIngressRule);

}  // namespace windlass::api::networking::v1
