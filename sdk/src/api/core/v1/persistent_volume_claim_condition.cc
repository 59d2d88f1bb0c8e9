#include <windlass/api/core/v1/persistent_volume_claim_condition.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PersistentVolumeClaimCondition, d) {
  d.doc("One observation about a PersistentVolumeClaim, such as a resize in progress.");
  d.field("type", &PersistentVolumeClaimCondition::type)
      .doc("The aspect observed, such as Resizing, FileSystemResizePending or ModifyingVolume.")
      .required().proto(1);
  d.field("status", &PersistentVolumeClaimCondition::status)
      .doc("Whether the condition holds: True, False or Unknown.").required().proto(2);
  d.field("lastProbeTime", &PersistentVolumeClaimCondition::last_probe_time)
      .doc("When the condition was last checked.").proto(3);
  d.field("lastTransitionTime", &PersistentVolumeClaimCondition::last_transition_time)
      .doc("When status last changed.").proto(4);
  d.field("reason", &PersistentVolumeClaimCondition::reason)
      .doc("Machine-readable CamelCase cause of the last transition.").proto(5);
  d.field("message", &PersistentVolumeClaimCondition::message)
      .doc("Human-readable details of the last transition.").proto(6);
}

}  // namespace windlass::api::core::v1
