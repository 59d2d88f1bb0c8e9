#include <windlass/api/core/v1/endpoint_port.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(EndpointPort, d) {
  d.doc("One port open on the addresses of an Endpoints subset.");
  d.field("name", &EndpointPort::name)
      .doc("The service port's name; may be empty when there is only one port.").proto(1);
  d.field("port", &EndpointPort::port).doc("The port number.").required().proto(2);
  d.field("protocol", &EndpointPort::protocol)
      .doc("TCP (default), UDP or SCTP.")
      .enum_values({"SCTP", "TCP", "UDP"}).default_value("TCP").proto(3);
  d.field("appProtocol", &EndpointPort::app_protocol)
      .doc("The application protocol, an IANA service name or a prefixed name.").proto(4);
}

}  // namespace windlass::api::core::v1
