// windlass/api/networking/v1/network_policy_egress_rule.h — networking/v1
// NetworkPolicyEgressRule, one kind of outgoing traffic a policy allows.
//
// Traffic is allowed when it goes to one of `ports` on one of `to`; an empty `ports` list means
// every port and an empty `to` list every destination.
//
//   // Allow DNS to any destination.
//   networking::v1::NetworkPolicyEgressRule r{
//       .ports = {{.protocol = "UDP", .port = IntOrString::of_int(53)},
//                 {.protocol = "TCP", .port = IntOrString::of_int(53)}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/network_policy_peer.h>
#include <windlass/api/networking/v1/network_policy_port.h>

#include <vector>

namespace windlass::api::networking::v1 {

// Outgoing traffic allowed by ports and destinations (upstream
// `networkingv1.NetworkPolicyEgressRule`).
struct NetworkPolicyEgressRule {
  std::vector<NetworkPolicyPort> ports;
  std::vector<NetworkPolicyPeer> to;
  UnknownFields unknown_fields;
  bool operator==(const NetworkPolicyEgressRule&) const = default;
};
WINDLASS_API_DESCRIBED(NetworkPolicyEgressRule);

}  // namespace windlass::api::networking::v1
