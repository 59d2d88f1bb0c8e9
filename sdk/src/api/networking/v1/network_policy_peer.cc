#include <windlass/api/networking/v1/network_policy_peer.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(NetworkPolicyPeer, d) {
  d.doc("A source or destination of allowed traffic: selected pods and namespaces, or an IP "
        "range.");
  d.field("podSelector", &NetworkPolicyPeer::pod_selector)
      .doc("Pods to allow; in the policy's namespace unless namespaceSelector is set too.")
      .map_atomic().proto(1);
  d.field("namespaceSelector", &NetworkPolicyPeer::namespace_selector)
      .doc("Namespaces whose pods to allow (all of them, or those podSelector selects).")
      .map_atomic().proto(2);
  d.field("ipBlock", &NetworkPolicyPeer::ip_block)
      .doc("An IP range to allow; exclusive with the selectors.").proto(3);
}

}  // namespace windlass::api::networking::v1
