// windlass/api/networking/v1/network_policy_spec.h — networking/v1 NetworkPolicySpec, the pods a
// policy isolates and the traffic it allows.
//
// `podSelector` is required and always written; the empty selector selects every pod in the
// namespace. For a direction listed in `policyTypes`, only traffic matching one of the rules of
// that direction is allowed, so an empty `ingress` list with "Ingress" in `policyTypes` denies
// all ingress. When `policyTypes` is unset the server fills it: "Ingress" always, plus "Egress"
// when egress rules exist.
//
//   networking::v1::NetworkPolicySpec s{
//       .pod_selector = {.match_labels = {{"app", "db"}}},
//       .ingress = {{.ports = {{.protocol = "TCP", .port = IntOrString::of_int(5432)}},
//                    .from = {{.pod_selector = meta::v1::LabelSelector{
//                                  .match_labels = {{"app", "api"}}}}}}},
//       .policy_types = {"Ingress"}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>
#include <windlass/api/networking/v1/network_policy_egress_rule.h>
#include <windlass/api/networking/v1/network_policy_ingress_rule.h>

#include <string>
#include <vector>

namespace windlass::api::networking::v1 {

// The selected pods and the allowed traffic of a NetworkPolicy (upstream
// `networkingv1.NetworkPolicySpec`).
struct NetworkPolicySpec {
  meta::v1::LabelSelector pod_selector;
  std::vector<NetworkPolicyIngressRule> ingress;
  std::vector<NetworkPolicyEgressRule> egress;
  std::vector<std::string> policy_types;  // Ingress, Egress
  UnknownFields unknown_fields;
  bool operator==(const NetworkPolicySpec&) const = default;
};
WINDLASS_API_DESCRIBED(NetworkPolicySpec);

}  // namespace windlass::api::networking::v1
