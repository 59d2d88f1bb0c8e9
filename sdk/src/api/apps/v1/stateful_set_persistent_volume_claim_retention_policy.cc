#include <windlass/api/apps/v1/stateful_set_persistent_volume_claim_retention_policy.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(StatefulSetPersistentVolumeClaimRetentionPolicy, d) {
  d.doc("Whether the claims a StatefulSet made from its volumeClaimTemplates are kept or "
        "deleted when it is deleted or scaled down.");
  d.field("whenDeleted", &StatefulSetPersistentVolumeClaimRetentionPolicy::when_deleted)
      .doc("Retain (the default) or Delete the claims when the StatefulSet is deleted.").proto(1);
  d.field("whenScaled", &StatefulSetPersistentVolumeClaimRetentionPolicy::when_scaled)
      .doc("Retain (the default) or Delete the claims of pods removed by a scale-down.").proto(2);
}

}  // namespace windlass::api::apps::v1
