#include <windlass/api/core/v1/endpoint_address.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(EndpointAddress, d) {
  d.doc("One address behind a Service.");
  d.field("ip", &EndpointAddress::ip)
      .doc("The IP; not loopback, link-local or a cluster IP.").required().proto(1);
  d.field("hostname", &EndpointAddress::hostname)
      .doc("The address's DNS hostname, if any.").proto(3);
  d.field("nodeName", &EndpointAddress::node_name).doc("The node that hosts the address.").proto(4);
  d.field("targetRef", &EndpointAddress::target_ref)
      .doc("The object behind the address, usually a Pod.").proto(2);
}

}  // namespace windlass::api::core::v1
