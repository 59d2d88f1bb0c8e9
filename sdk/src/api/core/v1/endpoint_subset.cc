#include <windlass/api/core/v1/endpoint_subset.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(EndpointSubset, d) {
  d.doc("Addresses that share the same ports.");
  d.field("addresses", &EndpointSubset::addresses)
      .doc("Addresses that are ready to receive traffic.").list_atomic().proto(1);
  d.field("notReadyAddresses", &EndpointSubset::not_ready_addresses)
      .doc("Addresses that are not ready yet or no longer ready.").list_atomic().proto(2);
  d.field("ports", &EndpointSubset::ports)
      .doc("The ports open on every address.").list_atomic().proto(3);
}

}  // namespace windlass::api::core::v1
