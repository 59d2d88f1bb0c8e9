#include <windlass/api/coordination/v1/lease_spec.h>

namespace windlass::api::coordination::v1 {

WINDLASS_API_DESCRIBE(LeaseSpec, d) {
  d.doc("Who holds a Lease, since when, and for how long after the last renewal.");
  d.field("holderIdentity", &LeaseSpec::holder_identity)
      .doc("Identity of the current holder; absent or empty when the lease is free.").proto(1);
  d.field("leaseDurationSeconds", &LeaseSpec::lease_duration_seconds)
      .doc("How long after renewTime the lease stays held; candidates wait this long before "
           "taking it over.")
      .proto(2);
  d.field("acquireTime", &LeaseSpec::acquire_time)
      .doc("When the current holder acquired the lease.").proto(3);
  d.field("renewTime", &LeaseSpec::renew_time)
      .doc("When the current holder last renewed the lease.").proto(4);
  d.field("leaseTransitions", &LeaseSpec::lease_transitions)
      .doc("How many times the lease has changed holders.").proto(5);
  d.field("strategy", &LeaseSpec::strategy)
      .doc("Coordinated leader election: how the leader is chosen among candidates, such as "
           "OldestEmulationVersion. Alpha.")
      .proto(6);
  d.field("preferredHolder", &LeaseSpec::preferred_holder)
      .doc("Coordinated leader election: the identity that should hold the lease; the current "
           "holder is expected to release it. Alpha.")
      .proto(7);
}

}  // namespace windlass::api::coordination::v1
