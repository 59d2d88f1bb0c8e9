// windlass/api/core/v1/cluster_trust_bundle_projection.h — core/v1 ClusterTrustBundleProjection:
// pEM certificates of ClusterTrustBundle objects, written to one file.
//
//   core::v1::ClusterTrustBundleProjection v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// PEM certificates of ClusterTrustBundle objects, written to one file (upstream
// `corev1.ClusterTrustBundleProjection`).
struct ClusterTrustBundleProjection {
  std::optional<std::string> name;
  std::optional<std::string> signer_name;
  std::optional<meta::v1::LabelSelector> label_selector;
  std::optional<bool> optional;
  std::string path;
  UnknownFields unknown_fields;
  bool operator==(const ClusterTrustBundleProjection&) const = default;
};
WINDLASS_API_DESCRIBED(ClusterTrustBundleProjection);

}  // namespace windlass::api::core::v1
