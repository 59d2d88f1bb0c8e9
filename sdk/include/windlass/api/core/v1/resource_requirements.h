// windlass/api/core/v1/resource_requirements.h — core/v1 ResourceRequirements: compute resources
// requested and the limits enforced.
//
//   core::v1::ResourceRequirements r{.limits = {{"memory", *Quantity::parse("256Mi")}},
//                                    .requests = {{"cpu", *Quantity::parse("100m")}}};
#pragma once

#include <windlass/api/core/v1/resource_claim.h>
#include <windlass/api/describe.h>
#include <windlass/core/quantity.h>

#include <map>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// Compute resources requested and the limits enforced (upstream `corev1.ResourceRequirements`).
struct ResourceRequirements {
  std::map<std::string, Quantity> limits;
  std::map<std::string, Quantity> requests;
  std::vector<ResourceClaim> claims;
  UnknownFields unknown_fields;
  bool operator==(const ResourceRequirements&) const = default;
};
WINDLASS_API_DESCRIBED(ResourceRequirements);

}  // namespace windlass::api::core::v1
