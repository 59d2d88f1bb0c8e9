#include <windlass/api/core/v1/port_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PortStatus, d) {
  d.doc("A problem with one port of a Service.");
  d.field("port", &PortStatus::port).doc("The service port concerned.").required().proto(1);
  d.field("protocol", &PortStatus::protocol)
      .doc("The protocol of that port: TCP, UDP or SCTP.")
      .enum_values({"SCTP", "TCP", "UDP"}).required().proto(2);
  d.field("error", &PortStatus::error)
      .doc("The problem, a CamelCase name, optionally domain-prefixed for provider-specific ones.")
      .max_length(316).proto(3);
}

}  // namespace windlass::api::core::v1
