// windlass/api/core/v1/pod_resource_claim.h — core/v1 PodResourceClaim: a named dynamic resource
// claim of a pod.
//
//   core::v1::PodResourceClaim v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A named dynamic resource claim of a pod (upstream `corev1.PodResourceClaim`).
struct PodResourceClaim {
  std::string name;
  std::optional<std::string> resource_claim_name;
  std::optional<std::string> resource_claim_template_name;
  UnknownFields unknown_fields;
  bool operator==(const PodResourceClaim&) const = default;
};
WINDLASS_API_DESCRIBED(PodResourceClaim);

}  // namespace windlass::api::core::v1
