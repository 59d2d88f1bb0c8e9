#include <windlass/api/discovery/v1/endpoint.h>

namespace windlass::api::discovery::v1 {

WINDLASS_API_DESCRIBE(Endpoint, d) {
  d.doc("One endpoint of an EndpointSlice, usually a pod.");
  d.field("addresses", &Endpoint::addresses)
      .doc("The endpoint's addresses, of the slice's address type; consumers use the first.")
      .required().list_set().proto(1);
  d.field("conditions", &Endpoint::conditions).doc("The endpoint's readiness.").proto(2);
  d.field("hostname", &Endpoint::hostname)
      .doc("The endpoint's DNS label hostname, if any.").proto(3);
  d.field("targetRef", &Endpoint::target_ref)
      .doc("The object behind the endpoint, usually a Pod.").proto(4);
  d.field("deprecatedTopology", &Endpoint::deprecated_topology)
      .doc("Topology labels from v1beta1; deprecated, never set in v1.").proto(5);
  d.field("nodeName", &Endpoint::node_name).doc("The node that hosts the endpoint.").proto(6);
  d.field("zone", &Endpoint::zone).doc("The zone the endpoint is in.").proto(7);
  d.field("hints", &Endpoint::hints).doc("Topology-aware routing hints for consumers.").proto(8);
}

}  // namespace windlass::api::discovery::v1
