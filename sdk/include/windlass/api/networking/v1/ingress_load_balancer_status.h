// windlass/api/networking/v1/ingress_load_balancer_status.h — networking/v1
// IngressLoadBalancerStatus, the addresses an Ingress is served on.
//
// One entry per load-balancer address, each an IP or a host name.
//
//   networking::v1::IngressLoadBalancerStatus s{.ingress = {{.ip = "203.0.113.7"}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/ingress_load_balancer_ingress.h>

#include <vector>

namespace windlass::api::networking::v1 {

// The load-balancer addresses of an Ingress (upstream `networkingv1.IngressLoadBalancerStatus`).
struct IngressLoadBalancerStatus {
  std::vector<IngressLoadBalancerIngress> ingress;
  UnknownFields unknown_fields;
  bool operator==(const IngressLoadBalancerStatus&) const = default;
};
WINDLASS_API_DESCRIBED(IngressLoadBalancerStatus);

}  // namespace windlass::api::networking::v1
