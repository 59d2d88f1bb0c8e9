#include <windlass/api/discovery/v1/endpoint_port.h>

namespace windlass::api::discovery::v1 {

WINDLASS_API_DESCRIBE(EndpointPort, d) {
  d.doc("One port open on the endpoints of an EndpointSlice.");
  d.field("name", &EndpointPort::name).doc("The Service port's name, or empty.").proto(1);
  d.field("protocol", &EndpointPort::protocol)
      .doc("TCP (default), UDP or SCTP.").enum_values({"SCTP", "TCP", "UDP"}).proto(2);
  d.field("port", &EndpointPort::port).doc("The port number; unset means every port.").proto(3);
  d.field("appProtocol", &EndpointPort::app_protocol)
      .doc("The application protocol, an IANA service name or a prefixed name.").proto(4);
}

}  // namespace windlass::api::discovery::v1
