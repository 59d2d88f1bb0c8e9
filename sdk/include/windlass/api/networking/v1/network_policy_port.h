// windlass/api/networking/v1/network_policy_port.h — networking/v1 NetworkPolicyPort, a port or
// port range allowed by a network policy rule.
//
// `port` is a number or a named container port; with a numeric `port`, `endPort` makes it the
// inclusive range port..endPort. `protocol` defaults to TCP on the server. Unset `port` means
// every port of the protocol.
//
//   networking::v1::NetworkPolicyPort p{.protocol = "TCP", .port = IntOrString::of_int(32000),
//                                       .end_port = 32768};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/int_or_string.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::networking::v1 {

// A protocol and port, or port range, of allowed traffic (upstream
// `networkingv1.NetworkPolicyPort`).
struct NetworkPolicyPort {
  std::optional<std::string> protocol;  // TCP, UDP, SCTP
  std::optional<IntOrString> port;
  std::optional<std::int32_t> end_port;
  UnknownFields unknown_fields;
  bool operator==(const NetworkPolicyPort&) const = default;
};
WINDLASS_API_DESCRIBED(NetworkPolicyPort);

}  // namespace windlass::api::networking::v1
