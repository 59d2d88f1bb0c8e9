#include <windlass/api/networking/v1/network_policy_spec.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(NetworkPolicySpec, d) {
  d.doc("The pods a NetworkPolicy isolates and the traffic it allows them.");
  d.field("podSelector", &NetworkPolicySpec::pod_selector)
      .doc("The pods of the policy's namespace the policy applies to; empty selects them all.")
      .required().map_atomic().proto(1);
  d.field("ingress", &NetworkPolicySpec::ingress)
      .doc("Incoming traffic allowed to the selected pods, when Ingress is among policyTypes; "
           "empty allows none.")
      .list_atomic().proto(2);
  d.field("egress", &NetworkPolicySpec::egress)
      .doc("Outgoing traffic allowed from the selected pods, when Egress is among policyTypes; "
           "empty allows none.")
      .list_atomic().proto(3);
  d.field("policyTypes", &NetworkPolicySpec::policy_types)
      .doc("The directions the policy restricts; defaulted to Ingress, plus Egress when egress "
           "rules are present.")
      .list_atomic().proto(4);
}

}  // namespace windlass::api::networking::v1
