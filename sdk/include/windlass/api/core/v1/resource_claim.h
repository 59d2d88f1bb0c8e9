// windlass/api/core/v1/resource_claim.h — core/v1 ResourceClaim: a use of one of the pod's resource
// claims.
//
//   core::v1::ResourceClaim v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// A use of one of the pod's resource claims (upstream `corev1.ResourceClaim`).
struct ResourceClaim {
  std::string name;
  std::string request;
  UnknownFields unknown_fields;
  bool operator==(const ResourceClaim&) const = default;
};
WINDLASS_API_DESCRIBED(ResourceClaim);

}  // namespace windlass::api::core::v1
