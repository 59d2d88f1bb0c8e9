// windlass/api/core/v1/persistent_volume_status.h — core/v1 PersistentVolumeStatus: the lifecycle
// phase of a PersistentVolume.
//
//   core::v1::PersistentVolumeStatus s{.phase = "Bound"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// The lifecycle phase of a PersistentVolume (upstream `corev1.PersistentVolumeStatus`).
struct PersistentVolumeStatus {
  std::string phase;
  std::string message;
  std::string reason;
  std::optional<Time> last_phase_transition_time;
  UnknownFields unknown_fields;
  bool operator==(const PersistentVolumeStatus&) const = default;
};
WINDLASS_API_DESCRIBED(PersistentVolumeStatus);

}  // namespace windlass::api::core::v1
