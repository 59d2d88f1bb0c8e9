// windlass/api/core/v1/pod_resource_claim_status.h — core/v1 PodResourceClaimStatus: the
// ResourceClaim created for one of a pod's claims.
//
//   core::v1::PodResourceClaimStatus v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// The ResourceClaim created for one of a pod's claims (upstream `corev1.PodResourceClaimStatus`).
struct PodResourceClaimStatus {
  std::string name;
  std::optional<std::string> resource_claim_name;
  UnknownFields unknown_fields;
  bool operator==(const PodResourceClaimStatus&) const = default;
};
WINDLASS_API_DESCRIBED(PodResourceClaimStatus);

}  // namespace windlass::api::core::v1
