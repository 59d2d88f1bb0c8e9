// windlass/api/core/v1/host_path_volume_source.h — core/v1 HostPathVolumeSource: a path on the node
// mounted into the pod; mostly for system agents.
//
//   core::v1::HostPathVolumeSource v{.path = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A path on the node mounted into the pod; mostly for system agents (upstream
// `corev1.HostPathVolumeSource`).
struct HostPathVolumeSource {
  std::string path;
  std::optional<std::string> type;
  UnknownFields unknown_fields;
  bool operator==(const HostPathVolumeSource&) const = default;
};
WINDLASS_API_DESCRIBED(HostPathVolumeSource);

}  // namespace windlass::api::core::v1
