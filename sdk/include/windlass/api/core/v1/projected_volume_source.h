// windlass/api/core/v1/projected_volume_source.h — core/v1 ProjectedVolumeSource: several sources
// merged into one directory.
//
//   core::v1::ProjectedVolumeSource p{.sources = {
//       {.service_account_token = core::v1::ServiceAccountTokenProjection{.path = "token"}},
//       {.config_map = core::v1::ConfigMapProjection{.name = "kube-root-ca.crt"}}}};
#pragma once

#include <windlass/api/core/v1/volume_projection.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace windlass::api::core::v1 {

// Several sources merged into one directory (upstream `corev1.ProjectedVolumeSource`).
struct ProjectedVolumeSource {
  std::vector<VolumeProjection> sources;
  std::optional<std::int32_t> default_mode;
  UnknownFields unknown_fields;
  bool operator==(const ProjectedVolumeSource&) const = default;
};
WINDLASS_API_DESCRIBED(ProjectedVolumeSource);

}  // namespace windlass::api::core::v1
