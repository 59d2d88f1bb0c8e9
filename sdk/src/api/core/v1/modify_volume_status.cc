#include <windlass/api/core/v1/modify_volume_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ModifyVolumeStatus, d) {
  d.doc("Progress of changing a bound volume to another VolumeAttributesClass.");
  d.field("targetVolumeAttributesClassName",
          &ModifyVolumeStatus::target_volume_attributes_class_name)
      .doc("The VolumeAttributesClass being applied.").proto(1);
  d.field("status", &ModifyVolumeStatus::status)
      .doc("State of the change: Pending, InProgress or Infeasible.")
      .required().enum_values({"InProgress", "Infeasible", "Pending"}).proto(2);
}

}  // namespace windlass::api::core::v1
