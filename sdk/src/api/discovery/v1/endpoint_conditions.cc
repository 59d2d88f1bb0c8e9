#include <windlass/api/discovery/v1/endpoint_conditions.h>

namespace windlass::api::discovery::v1 {

WINDLASS_API_DESCRIBE(EndpointConditions, d) {
  d.doc("The readiness of an endpoint.");
  d.field("ready", &EndpointConditions::ready)
      .doc("Whether the endpoint should get new traffic; false while terminating.").proto(1);
  d.field("serving", &EndpointConditions::serving)
      .doc("Whether the endpoint is ready, regardless of whether it is terminating.").proto(2);
  d.field("terminating", &EndpointConditions::terminating)
      .doc("Whether the endpoint is shutting down.").proto(3);
}

}  // namespace windlass::api::discovery::v1
