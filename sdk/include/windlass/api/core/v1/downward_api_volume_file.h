// windlass/api/core/v1/downward_api_volume_file.h — core/v1 DownwardAPIVolumeFile: a file holding a
// pod field or a container resource value.
//
//   core::v1::DownwardAPIVolumeFile v{.path = "example"};
#pragma once

#include <windlass/api/core/v1/object_field_selector.h>
#include <windlass/api/core/v1/resource_field_selector.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A file holding a pod field or a container resource value (upstream
// `corev1.DownwardAPIVolumeFile`).
struct DownwardAPIVolumeFile {
  std::string path;
  std::optional<ObjectFieldSelector> field_ref;
  std::optional<ResourceFieldSelector> resource_field_ref;
  std::optional<std::int32_t> mode;
  UnknownFields unknown_fields;
  bool operator==(const DownwardAPIVolumeFile&) const = default;
};
WINDLASS_API_DESCRIBED(DownwardAPIVolumeFile);

}  // namespace windlass::api::core::v1
