#include <windlass/api/core/v1/node_address.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeAddress, d) {
  d.doc("One address of a node.");
  d.field("type", &NodeAddress::type)
      .doc("Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.").required().proto(1);
  d.field("address", &NodeAddress::address).doc("The address.").required().proto(2);
}

}  // namespace windlass::api::core::v1
