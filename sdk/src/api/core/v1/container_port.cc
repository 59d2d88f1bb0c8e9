#include <windlass/api/core/v1/container_port.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ContainerPort, d) {
  d.doc("A network port of a container.");
  d.field("name", &ContainerPort::name)
      .doc("An IANA_SVC_NAME for the port, unique within the pod; Services can refer to it.")
      .proto(1);
  d.field("hostPort", &ContainerPort::host_port)
      .doc("Port to expose on the node; rarely needed.").proto(2);
  d.field("containerPort", &ContainerPort::container_port)
      .doc("The port number in the pod's IP.").required().proto(3);
  d.field("protocol", &ContainerPort::protocol)
      .doc("TCP (default), UDP or SCTP.").default_value("TCP").proto(4);
  d.field("hostIP", &ContainerPort::host_ip).doc("Node IP to bind the host port to.").proto(5);
}

}  // namespace windlass::api::core::v1
