#include <windlass/api/networking/v1/ingress_port_status.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IngressPortStatus, d) {
  d.doc("A port of an Ingress's load balancer and its error, if any.");
  d.field("port", &IngressPortStatus::port).doc("The port number.").required().proto(1);
  d.field("protocol", &IngressPortStatus::protocol)
      .doc("The port's protocol.").enum_values({"SCTP", "TCP", "UDP"}).required().proto(2);
  d.field("error", &IngressPortStatus::error)
      .doc("Why the port does not work, as a CamelCase reason optionally prefixed with a DNS "
           "subdomain; unset while it works.")
      .pattern(R"(^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?)"
               R"((([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$)")
      .max_length(316)
      .proto(3);
}

}  // namespace windlass::api::networking::v1
