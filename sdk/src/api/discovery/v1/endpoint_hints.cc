#include <windlass/api/discovery/v1/endpoint_hints.h>

namespace windlass::api::discovery::v1 {

WINDLASS_API_DESCRIBE(EndpointHints, d) {
  d.doc("Topology-aware routing hints of an endpoint.");
  d.field("forZones", &EndpointHints::for_zones)
      .doc("The zones whose clients should use this endpoint.").list_atomic().proto(1);
}

}  // namespace windlass::api::discovery::v1
