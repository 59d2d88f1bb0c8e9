// windlass/api/core/v1/load_balancer_ingress.h — core/v1 LoadBalancerIngress: one entry point of a
// load balancer.
//
//   core::v1::LoadBalancerIngress in{.hostname = "abc.elb.example.com"};
#pragma once

#include <windlass/api/core/v1/port_status.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// One entry point of a load balancer, by IP or by hostname (upstream `corev1.LoadBalancerIngress`).
struct LoadBalancerIngress {
  std::string ip;
  std::string hostname;
  std::optional<std::string> ip_mode;
  std::vector<PortStatus> ports;
  UnknownFields unknown_fields;
  bool operator==(const LoadBalancerIngress&) const = default;
};
WINDLASS_API_DESCRIBED(LoadBalancerIngress);

}  // namespace windlass::api::core::v1
