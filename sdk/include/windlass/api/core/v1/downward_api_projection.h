// windlass/api/core/v1/downward_api_projection.h — core/v1 DownwardAPIProjection: pod fields and
// resources in a projected volume.
//
//   core::v1::DownwardAPIProjection d{.items = {
//       {.path = "name", .field_ref = core::v1::ObjectFieldSelector{.field_path = "metadata.name"}}}};
#pragma once

#include <windlass/api/core/v1/downward_api_volume_file.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::core::v1 {

// Pod fields and resources in a projected volume (upstream `corev1.DownwardAPIProjection`).
struct DownwardAPIProjection {
  std::vector<DownwardAPIVolumeFile> items;
  UnknownFields unknown_fields;
  bool operator==(const DownwardAPIProjection&) const = default;
};
WINDLASS_API_DESCRIBED(DownwardAPIProjection);

}  // namespace windlass::api::core::v1
