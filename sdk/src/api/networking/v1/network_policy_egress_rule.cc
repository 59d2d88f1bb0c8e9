#include <windlass/api/networking/v1/network_policy_egress_rule.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(NetworkPolicyEgressRule, d) {
  d.doc("Outgoing traffic a NetworkPolicy allows: to these ports on these destinations.");
  d.field("ports", &NetworkPolicyEgressRule::ports)
      .doc("Destination ports the traffic may use; empty allows every port.")
      .list_atomic().proto(1);
  d.field("to", &NetworkPolicyEgressRule::to)
      .doc("Destinations the traffic may go to, any of them; empty allows every destination.")
      .list_atomic().proto(2);
}

}  // namespace windlass::api::networking::v1
