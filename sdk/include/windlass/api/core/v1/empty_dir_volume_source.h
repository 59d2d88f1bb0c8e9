// windlass/api/core/v1/empty_dir_volume_source.h — core/v1 EmptyDirVolumeSource: an empty directory
// created with the pod and deleted with it.
//
//   core::v1::EmptyDirVolumeSource v{.medium = "example"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/quantity.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// An empty directory created with the pod and deleted with it (upstream
// `corev1.EmptyDirVolumeSource`).
struct EmptyDirVolumeSource {
  std::string medium;
  std::optional<Quantity> size_limit;
  UnknownFields unknown_fields;
  bool operator==(const EmptyDirVolumeSource&) const = default;
};
WINDLASS_API_DESCRIBED(EmptyDirVolumeSource);

}  // namespace windlass::api::core::v1
