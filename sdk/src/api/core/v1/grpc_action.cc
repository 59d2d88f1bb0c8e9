#include <windlass/api/core/v1/grpc_action.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(GRPCAction, d) {
  d.doc("A call to the standard gRPC health checking service.");
  d.field("port", &GRPCAction::port).doc("Port number of the gRPC service.").required().proto(1);
  d.field("service", &GRPCAction::service)
      .doc("Service name sent in the HealthCheckRequest; empty for the default.")
      .always().default_value("").proto(2);
}

}  // namespace windlass::api::core::v1
