#include <windlass/api/networking/v1/network_policy.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(NetworkPolicy, d) {
  d.doc("Isolates the selected pods and allows them only the traffic the rules list.");
  d.field("apiVersion", &NetworkPolicy::api_version)
      .doc("API version of this representation; \"networking.k8s.io/v1\".");
  d.field("kind", &NetworkPolicy::kind).doc("Kind of this representation; \"NetworkPolicy\".");
  d.field("metadata", &NetworkPolicy::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &NetworkPolicy::spec)
      .doc("The pods the policy applies to and the traffic it allows.").proto(2);
}

WINDLASS_API_RESOURCE_INFO(NetworkPolicy) {
  return {.group = "networking.k8s.io",
          .version = "v1",
          .kind = "NetworkPolicy",
          .plural = "networkpolicies",
          .singular = "networkpolicy",
          .short_names = {"netpol"}};
}

}  // namespace windlass::api::networking::v1
