// windlass/api/core/v1/local_volume_source.h — core/v1 LocalVolumeSource: a disk, partition or
// directory on one node.
//
// A local PersistentVolume must carry node affinity naming its node.
//
//   core::v1::LocalVolumeSource l{.path = "/mnt/disks/ssd1"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A disk, partition or directory on one node, for a PersistentVolume pinned to that node (upstream
// `corev1.LocalVolumeSource`).
struct LocalVolumeSource {
  std::string path;
  std::optional<std::string> fs_type;
  UnknownFields unknown_fields;
  bool operator==(const LocalVolumeSource&) const = default;
};
WINDLASS_API_DESCRIBED(LocalVolumeSource);

}  // namespace windlass::api::core::v1
