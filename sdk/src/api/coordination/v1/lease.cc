#include <windlass/api/coordination/v1/lease.h>

namespace windlass::api::coordination::v1 {

WINDLASS_API_DESCRIBE(Lease, d) {
  d.doc("A lock held by one identity for a limited time, renewed as a heartbeat; used for "
        "leader election and node heartbeats.");
  d.field("apiVersion", &Lease::api_version)
      .doc("API version of this representation; \"coordination.k8s.io/v1\".");
  d.field("kind", &Lease::kind).doc("Kind of this representation; \"Lease\".");
  d.field("metadata", &Lease::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &Lease::spec).doc("The holder and timing of the lease.").proto(2);
}

WINDLASS_API_RESOURCE_INFO(Lease) {
  return {.group = "coordination.k8s.io",
          .version = "v1",
          .kind = "Lease",
          .plural = "leases",
          .singular = "lease"};
}

}  // namespace windlass::api::coordination::v1
