// windlass/api/core/v1/volume_mount_status.h — core/v1 VolumeMountStatus: a volume mount as the
// runtime has it in place.
//
//   core::v1::VolumeMountStatus v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A volume mount as the runtime has it in place (upstream `corev1.VolumeMountStatus`).
struct VolumeMountStatus {
  std::string name;
  std::string mount_path;
  bool read_only = false;
  std::optional<std::string> recursive_read_only;
  UnknownFields unknown_fields;
  bool operator==(const VolumeMountStatus&) const = default;
};
WINDLASS_API_DESCRIBED(VolumeMountStatus);

}  // namespace windlass::api::core::v1
