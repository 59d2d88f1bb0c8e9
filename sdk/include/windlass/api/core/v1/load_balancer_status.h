// windlass/api/core/v1/load_balancer_status.h — core/v1 LoadBalancerStatus: the addresses of a load
// balancer.
//
//   core::v1::LoadBalancerStatus lb{.ingress = {{.ip = "203.0.113.7", .ip_mode = "VIP"}}};
#pragma once

#include <windlass/api/core/v1/load_balancer_ingress.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::core::v1 {

// The addresses of a load balancer (upstream `corev1.LoadBalancerStatus`).
struct LoadBalancerStatus {
  std::vector<LoadBalancerIngress> ingress;
  UnknownFields unknown_fields;
  bool operator==(const LoadBalancerStatus&) const = default;
};
WINDLASS_API_DESCRIBED(LoadBalancerStatus);

}  // namespace windlass::api::core::v1
