#include <windlass/api/networking/v1/network_policy_port.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(NetworkPolicyPort, d) {
  d.doc("A protocol and a port or port range that allowed traffic may use.");
  d.field("protocol", &NetworkPolicyPort::protocol)
      .doc("The protocol; TCP when unset.").enum_values({"SCTP", "TCP", "UDP"}).proto(1);
  d.field("port", &NetworkPolicyPort::port)
      .doc("A port number or a named container port; unset allows every port.").proto(2);
  d.field("endPort", &NetworkPolicyPort::end_port)
      .doc("With a numeric port, the last port of the inclusive range starting at port.")
      .proto(3);
}

}  // namespace windlass::api::networking::v1
