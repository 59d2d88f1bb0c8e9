// windlass/api/apps/v1/deployment_condition.h — apps/v1 DeploymentCondition: one observation about
// a Deployment, such as Available or Progressing.
//
//   apps::v1::DeploymentCondition c{.type = "Available", .status = "True",
//                                   .reason = "MinimumReplicasAvailable"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <string>

namespace windlass::api::apps::v1 {

// One observation about a Deployment, such as Available or Progressing (upstream
// `appsv1.DeploymentCondition`).
struct DeploymentCondition {
  std::string type;
  std::string status;
  Time last_update_time;
  Time last_transition_time;
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const DeploymentCondition&) const = default;
};
WINDLASS_API_DESCRIBED(DeploymentCondition);

}  // namespace windlass::api::apps::v1
