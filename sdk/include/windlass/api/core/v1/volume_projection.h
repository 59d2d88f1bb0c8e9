// windlass/api/core/v1/volume_projection.h — core/v1 VolumeProjection: one source of a projected
// volume; set exactly one member.
//
//   core::v1::VolumeProjection p{.secret = core::v1::SecretProjection{.name = "tls"}};
#pragma once

#include <windlass/api/core/v1/cluster_trust_bundle_projection.h>
#include <windlass/api/core/v1/config_map_projection.h>
#include <windlass/api/core/v1/downward_api_projection.h>
#include <windlass/api/core/v1/secret_projection.h>
#include <windlass/api/core/v1/service_account_token_projection.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// One source of a projected volume; set exactly one member (upstream `corev1.VolumeProjection`).
struct VolumeProjection {
  std::optional<SecretProjection> secret;
  std::optional<DownwardAPIProjection> downward_api;
  std::optional<ConfigMapProjection> config_map;
  std::optional<ServiceAccountTokenProjection> service_account_token;
  std::optional<ClusterTrustBundleProjection> cluster_trust_bundle;
  UnknownFields unknown_fields;
  bool operator==(const VolumeProjection&) const = default;
};
WINDLASS_API_DESCRIBED(VolumeProjection);

}  // namespace windlass::api::core::v1
