// windlass/api/core/v1/persistent_volume_claim_volume_source.h — core/v1
// PersistentVolumeClaimVolumeSource: the volume bound to a PersistentVolumeClaim.
//
//   core::v1::PersistentVolumeClaimVolumeSource v{.claim_name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// The volume bound to a PersistentVolumeClaim (upstream
// `corev1.PersistentVolumeClaimVolumeSource`).
struct PersistentVolumeClaimVolumeSource {
  std::string claim_name;
  bool read_only = false;
  UnknownFields unknown_fields;
  bool operator==(const PersistentVolumeClaimVolumeSource&) const = default;
};
WINDLASS_API_DESCRIBED(PersistentVolumeClaimVolumeSource);

}  // namespace windlass::api::core::v1
