#include <windlass/api/meta/v1/delete_options.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(DeleteOptions, d) {
  d.doc("How a delete request is carried out.");
  d.field("apiVersion", &DeleteOptions::api_version)
      .doc("API version of this representation; \"v1\".");
  d.field("kind", &DeleteOptions::kind).doc("Kind of this representation; \"DeleteOptions\".");
  d.field("gracePeriodSeconds", &DeleteOptions::grace_period_seconds)
      .doc("Seconds the object gets to shut down; 0 deletes at once, unset uses the object's "
           "default.")
      .proto(1);
  d.field("preconditions", &DeleteOptions::preconditions)
      .doc("Conditions the object must meet, else the delete fails with Conflict.").proto(2);
  d.field("orphanDependents", &DeleteOptions::orphan_dependents)
      .doc("Deprecated: whether dependents are orphaned; use propagationPolicy.").proto(3);
  d.field("propagationPolicy", &DeleteOptions::propagation_policy)
      .doc("What happens to dependents: Orphan (kept), Background (deleted after the owner) or "
           "Foreground (deleted before the owner).")
      .enum_values({"Background", "Foreground", "Orphan"}).proto(4);
  d.field("dryRun", &DeleteOptions::dry_run)
      .doc("All to validate the request without deleting anything.").list_atomic().proto(5);
  d.field("ignoreStoreReadErrorWithClusterBreakingPotential",
          &DeleteOptions::ignore_store_read_error_with_cluster_breaking_potential)
      .doc("Delete an object whose stored data cannot be read or decoded, skipping "
           "finalizers and admission; dangerous, needs special permission.")
      .proto(6);
}

}  // namespace windlass::api::meta::v1
