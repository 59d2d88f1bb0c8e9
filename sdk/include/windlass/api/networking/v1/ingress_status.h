// windlass/api/networking/v1/ingress_status.h — networking/v1 IngressStatus, what the ingress
// controller reports.
//
// Only `loadBalancer` so far: the addresses the Ingress is reachable on. Controllers write it
// through the status subresource. (Before Kubernetes 1.26 its type was core/v1
// LoadBalancerStatus; the JSON shape is the same.)
//
//   std::string ip = ing.status.load_balancer.ingress.empty()
//                        ? "" : ing.status.load_balancer.ingress[0].ip;
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/networking/v1/ingress_load_balancer_status.h>

namespace windlass::api::networking::v1 {

// The observed state of an Ingress (upstream `networkingv1.IngressStatus`).
struct IngressStatus {
  IngressLoadBalancerStatus load_balancer;
  UnknownFields unknown_fields;
  bool operator==(const IngressStatus&) const = default;
};
WINDLASS_API_DESCRIBED(IngressStatus);

}  // namespace windlass::api::networking::v1
