// windlass/api/apps/v1/deployment_status.h — apps/v1 DeploymentStatus: what the deployment
// controller last observed.
//
//   apps::v1::DeploymentStatus s{.observed_generation = 2, .replicas = 3,
//                                .updated_replicas = 3, .ready_replicas = 3,
//                                .available_replicas = 3};
#pragma once

#include <windlass/api/apps/v1/deployment_condition.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace windlass::api::apps::v1 {

// What the deployment controller last observed about a Deployment's pods (upstream
// `appsv1.DeploymentStatus`).
struct DeploymentStatus {
  std::int64_t observed_generation = 0;
  std::int32_t replicas = 0;
  std::int32_t updated_replicas = 0;
  std::int32_t ready_replicas = 0;
  std::int32_t available_replicas = 0;
  std::int32_t unavailable_replicas = 0;
  std::vector<DeploymentCondition> conditions;
  std::optional<std::int32_t> collision_count;
  UnknownFields unknown_fields;
  bool operator==(const DeploymentStatus&) const = default;
};
WINDLASS_API_DESCRIBED(DeploymentStatus);

}  // namespace windlass::api::apps::v1
