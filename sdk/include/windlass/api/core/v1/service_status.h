// windlass/api/core/v1/service_status.h — core/v1 ServiceStatus: what was last observed about a
// Service.
//
//   bool provisioned = !svc.status.load_balancer.ingress.empty();
#pragma once

#include <windlass/api/core/v1/load_balancer_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/condition.h>

#include <vector>

namespace windlass::api::core::v1 {

// What was last observed about a Service (upstream `corev1.ServiceStatus`).
struct ServiceStatus {
  LoadBalancerStatus load_balancer;
  std::vector<meta::v1::Condition> conditions;
  UnknownFields unknown_fields;
  bool operator==(const ServiceStatus&) const = default;
};
WINDLASS_API_DESCRIBED(ServiceStatus);

}  // namespace windlass::api::core::v1
