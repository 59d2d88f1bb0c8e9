// windlass/api/apps/v1/deployment_strategy.h — apps/v1 DeploymentStrategy: how a Deployment
// replaces old pods with new ones.
//
// Strategic merge patches use the retainKeys strategy on this struct: switching `type` to Recreate
// in a patch also drops the `rollingUpdate` block.
//
//   apps::v1::DeploymentStrategy s{.type = "RollingUpdate",
//                                  .rolling_update = apps::v1::RollingUpdateDeployment{
//                                      .max_unavailable = IntOrString::of_int(0)}};
#pragma once

#include <windlass/api/apps/v1/rolling_update_deployment.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::apps::v1 {

// How a Deployment replaces old pods with new ones (upstream `appsv1.DeploymentStrategy`).
struct DeploymentStrategy {
  std::string type;
  std::optional<RollingUpdateDeployment> rolling_update;
  UnknownFields unknown_fields;
  bool operator==(const DeploymentStrategy&) const = default;
};
WINDLASS_API_DESCRIBED(DeploymentStrategy);

}  // namespace windlass::api::apps::v1
