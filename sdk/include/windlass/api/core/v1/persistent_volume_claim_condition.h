// windlass/api/core/v1/persistent_volume_claim_condition.h — core/v1
// PersistentVolumeClaimCondition: one observation about a claim, such as a resize in progress.
//
//   core::v1::PersistentVolumeClaimCondition c{.type = "FileSystemResizePending",
//                                              .status = "True"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <string>

namespace windlass::api::core::v1 {

// One observation about a PersistentVolumeClaim, such as a resize in progress (upstream
// `corev1.PersistentVolumeClaimCondition`).
struct PersistentVolumeClaimCondition {
  std::string type;
  std::string status;
  Time last_probe_time;
  Time last_transition_time;
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const PersistentVolumeClaimCondition&) const = default;
};
WINDLASS_API_DESCRIBED(PersistentVolumeClaimCondition);

}  // namespace windlass::api::core::v1
