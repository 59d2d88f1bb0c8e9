// windlass/api/core/v1/modify_volume_status.h — core/v1 ModifyVolumeStatus: progress of changing a
// bound volume to another VolumeAttributesClass.
//
//   core::v1::ModifyVolumeStatus m{.target_volume_attributes_class_name = "gold",
//                                  .status = "InProgress"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// Progress of changing a bound volume to another VolumeAttributesClass (upstream
// `corev1.ModifyVolumeStatus`).
struct ModifyVolumeStatus {
  std::string target_volume_attributes_class_name;
  std::string status;
  UnknownFields unknown_fields;
  bool operator==(const ModifyVolumeStatus&) const = default;
};
WINDLASS_API_DESCRIBED(ModifyVolumeStatus);

}  // namespace windlass::api::core::v1
