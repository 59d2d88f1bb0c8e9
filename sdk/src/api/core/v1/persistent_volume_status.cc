#include <windlass/api/core/v1/persistent_volume_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PersistentVolumeStatus, d) {
  d.doc("The lifecycle phase of a PersistentVolume.");
  d.field("phase", &PersistentVolumeStatus::phase)
      .doc("Pending, Available, Bound, Released (claim deleted, not yet reclaimed) or Failed.")
      .enum_values({"Available", "Bound", "Failed", "Pending", "Released"}).proto(1);
  d.field("message", &PersistentVolumeStatus::message)
      .doc("Human-readable detail on the phase.").proto(2);
  d.field("reason", &PersistentVolumeStatus::reason)
      .doc("Short CamelCase cause of a failure.").proto(3);
  d.field("lastPhaseTransitionTime", &PersistentVolumeStatus::last_phase_transition_time)
      .doc("When the phase last changed.").proto(4);
}

}  // namespace windlass::api::core::v1
