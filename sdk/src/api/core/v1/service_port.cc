#include <windlass/api/core/v1/service_port.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ServicePort, d) {
  d.doc("One port a Service exposes and the pod port it forwards to.");
  d.field("name", &ServicePort::name)
      .doc("The port's DNS label name, required when the service has several ports.").proto(1);
  d.field("protocol", &ServicePort::protocol)
      .doc("TCP (default), UDP or SCTP.")
      .enum_values({"SCTP", "TCP", "UDP"}).default_value("TCP").proto(2);
  d.field("appProtocol", &ServicePort::app_protocol)
      .doc("The application protocol, an IANA service name or a prefixed name such as "
           "kubernetes.io/h2c.")
      .proto(6);
  d.field("port", &ServicePort::port).doc("The port the service listens on.").required().proto(3);
  d.field("targetPort", &ServicePort::target_port)
      .doc("The pods' port, as a number or a container port name; defaults to port.").proto(4);
  d.field("nodePort", &ServicePort::node_port)
      .doc("The port opened on every node for NodePort and LoadBalancer services; allocated by "
           "the server unless set.")
      .proto(5);
}

}  // namespace windlass::api::core::v1
