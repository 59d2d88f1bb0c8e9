#include <windlass/api/core/v1/persistent_volume_claim_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PersistentVolumeClaimStatus, d) {
  d.doc("What was last observed about a PersistentVolumeClaim.");
  d.field("phase", &PersistentVolumeClaimStatus::phase)
      .doc("Pending, Bound, or Lost when the bound volume is gone.")
      .enum_values({"Bound", "Lost", "Pending"}).proto(1);
  d.field("accessModes", &PersistentVolumeClaimStatus::access_modes)
      .doc("Access modes the bound volume actually offers.").list_atomic().proto(2);
  d.field("capacity", &PersistentVolumeClaimStatus::capacity)
      .doc("Resources of the bound volume.").proto(3);
  d.field("conditions", &PersistentVolumeClaimStatus::conditions)
      .doc("Observations such as Resizing or FileSystemResizePending.")
      .list_map({"type"}).patch_merge("type").proto(4);
  d.field("allocatedResources", &PersistentVolumeClaimStatus::allocated_resources)
      .doc("Resources the resize controllers have allotted to the claim; ahead of capacity while "
           "an expansion is under way.")
      .proto(5);
  d.field("allocatedResourceStatuses", &PersistentVolumeClaimStatus::allocated_resource_statuses)
      .doc("Per resource, the state of an ongoing resize, such as ControllerResizeInProgress or "
           "NodeResizePending.")
      .map_granular().proto(7);
  d.field("currentVolumeAttributesClassName",
          &PersistentVolumeClaimStatus::current_volume_attributes_class_name)
      .doc("VolumeAttributesClass the volume currently has. Beta.").proto(8);
  d.field("modifyVolumeStatus", &PersistentVolumeClaimStatus::modify_volume_status)
      .doc("State of a change to another VolumeAttributesClass; absent when none is pending. Beta.")
      .proto(9);
}

}  // namespace windlass::api::core::v1
