// windlass/api/core/v1/downward_api_volume_source.h — core/v1 DownwardAPIVolumeSource: pod fields
// and resources written as files.
//
//   core::v1::DownwardAPIVolumeSource d{.items = {
//       {.path = "labels", .field_ref = core::v1::ObjectFieldSelector{.field_path = "metadata.labels"}}}};
#pragma once

#include <windlass/api/core/v1/downward_api_volume_file.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace windlass::api::core::v1 {

// Pod fields and resources written as files (upstream `corev1.DownwardAPIVolumeSource`).
struct DownwardAPIVolumeSource {
  std::vector<DownwardAPIVolumeFile> items;
  std::optional<std::int32_t> default_mode;
  UnknownFields unknown_fields;
  bool operator==(const DownwardAPIVolumeSource&) const = default;
};
WINDLASS_API_DESCRIBED(DownwardAPIVolumeSource);

}  // namespace windlass::api::core::v1
