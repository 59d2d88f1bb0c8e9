// windlass/api/networking/v1/ip_block.h — networking/v1 IPBlock, an IP range for a network policy
// peer.
//
// `cidr` is an IPv4 or IPv6 range; `except` carves sub-ranges out of it. Pod IPs are usually
// better matched with selectors, since they change and may be rewritten on the way.
//
//   networking::v1::IPBlock b{.cidr = "0.0.0.0/0", .except = {"169.254.169.254/32"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::networking::v1 {

// A CIDR range minus some sub-ranges (upstream `networkingv1.IPBlock`).
struct IPBlock {
  std::string cidr;
  std::vector<std::string> except;
  UnknownFields unknown_fields;
  bool operator==(const IPBlock&) const = default;
};
WINDLASS_API_DESCRIBED(IPBlock);

}  // namespace windlass::api::networking::v1
