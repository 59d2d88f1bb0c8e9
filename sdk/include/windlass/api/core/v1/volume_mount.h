// windlass/api/core/v1/volume_mount.h — core/v1 VolumeMount: a pod volume mounted into a container.
//
//   core::v1::VolumeMount v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A pod volume mounted into a container (upstream `corev1.VolumeMount`).
struct VolumeMount {
  std::string name;
  bool read_only = false;
  std::optional<std::string> recursive_read_only;
  std::string mount_path;
  std::string sub_path;
  std::optional<std::string> mount_propagation;
  std::string sub_path_expr;
  UnknownFields unknown_fields;
  bool operator==(const VolumeMount&) const = default;
};
WINDLASS_API_DESCRIBED(VolumeMount);

}  // namespace windlass::api::core::v1
