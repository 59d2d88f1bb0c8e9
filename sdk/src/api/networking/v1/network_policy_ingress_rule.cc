#include <windlass/api/networking/v1/network_policy_ingress_rule.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(NetworkPolicyIngressRule, d) {
  d.doc("Incoming traffic a NetworkPolicy allows: to these ports, from these sources.");
  d.field("ports", &NetworkPolicyIngressRule::ports)
      .doc("Ports the traffic may reach; empty allows every port.").list_atomic().proto(1);
  d.field("from", &NetworkPolicyIngressRule::from)
      .doc("Sources the traffic may come from, any of them; empty allows every source.")
      .list_atomic().proto(2);
}

}  // namespace windlass::api::networking::v1
