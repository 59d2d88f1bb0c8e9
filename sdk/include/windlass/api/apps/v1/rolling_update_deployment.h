// windlass/api/apps/v1/rolling_update_deployment.h — apps/v1 RollingUpdateDeployment: how far a
// rolling update may go below and above the desired replicas.
//
// Each bound is an absolute number or a percentage of the desired replicas (unavailable rounds
// down, surge rounds up); both default to 25% and they cannot both be 0.
//
//   apps::v1::RollingUpdateDeployment r{.max_unavailable = IntOrString::of_int(0),
//                                       .max_surge = IntOrString::of_string("50%")};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/int_or_string.h>

#include <optional>

namespace windlass::api::apps::v1 {

// How far a Deployment's rolling update may go below and above the desired replica count (upstream
// `appsv1.RollingUpdateDeployment`).
struct RollingUpdateDeployment {
  std::optional<IntOrString> max_unavailable;
  std::optional<IntOrString> max_surge;
  UnknownFields unknown_fields;
  bool operator==(const RollingUpdateDeployment&) const = default;
};
WINDLASS_API_DESCRIBED(RollingUpdateDeployment);

}  // namespace windlass::api::apps::v1
