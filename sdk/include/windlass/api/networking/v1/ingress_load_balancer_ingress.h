// windlass/api/networking/v1/ingress_load_balancer_ingress.h — networking/v1
// IngressLoadBalancerIngress, one address of an Ingress's load balancer.
//
// Cloud load balancers give an IP (`ip`) or a DNS name (`hostname`, e.g. AWS ELBs); `ports`
// optionally reports per-port errors.
//
//   networking::v1::IngressLoadBalancerIngress a{.hostname = "lb-123.elb.example.com"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/ingress_port_status.h>

#include <string>
#include <vector>

namespace windlass::api::networking::v1 {

// One load-balancer entry point (upstream `networkingv1.IngressLoadBalancerIngress`).
struct IngressLoadBalancerIngress {
  std::string ip;
  std::string hostname;
  std::vector<IngressPortStatus> ports;
  UnknownFields unknown_fields;
  bool operator==(const IngressLoadBalancerIngress&) const = default;
};
WINDLASS_API_DESCRIBED(IngressLoadBalancerIngress);

}  // namespace windlass::api::networking::v1
