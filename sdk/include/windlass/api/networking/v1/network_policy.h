// windlass/api/networking/v1/network_policy.h — the networking/v1 NetworkPolicy kind.
//
// A NetworkPolicy isolates the pods its `spec.podSelector` selects (in its own namespace) and
// then allows only the traffic its rules list. Policies are additive: a connection is allowed
// if any policy selecting the pod allows it. `spec.policyTypes` says whether the policy
// restricts ingress, egress or both. The network plugin enforces policies; the API server only
// stores them. NetworkPolicy has no status.
//
//   // Deny all ingress to every pod in the namespace.
//   networking::v1::NetworkPolicy np{.metadata = {.name = "default-deny", .namespace_ = "prod"},
//                                    .spec = {.policy_types = {"Ingress"}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/networking/v1/network_policy_spec.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::networking::v1 {

// Which traffic selected pods may send and receive (upstream `networkingv1.NetworkPolicy`).
struct NetworkPolicy {
  std::string api_version = "networking.k8s.io/v1";
  std::string kind = "NetworkPolicy";
  meta::v1::ObjectMeta metadata;
  NetworkPolicySpec spec;
  UnknownFields unknown_fields;
  bool operator==(const NetworkPolicy&) const = default;
};
WINDLASS_API_DESCRIBED(NetworkPolicy);
WINDLASS_API_RESOURCE(NetworkPolicy);

}  // namespace windlass::api::networking::v1
