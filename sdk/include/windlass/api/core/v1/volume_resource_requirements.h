// windlass/api/core/v1/volume_resource_requirements.h — core/v1 VolumeResourceRequirements: how
// much storage a claim asks for.
//
//   core::v1::VolumeResourceRequirements r{.requests = {{"storage", *Quantity::parse("10Gi")}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/quantity.h>

#include <map>
#include <string>

namespace windlass::api::core::v1 {

// How much storage a claim asks for, as requests and limits by resource name (upstream
// `corev1.VolumeResourceRequirements`).
struct VolumeResourceRequirements {
  std::map<std::string, Quantity> limits;
  std::map<std::string, Quantity> requests;
  UnknownFields unknown_fields;
  bool operator==(const VolumeResourceRequirements&) const = default;
};
WINDLASS_API_DESCRIBED(VolumeResourceRequirements);

}  // namespace windlass::api::core::v1
