#include <windlass/api/apps/v1/deployment_condition.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(DeploymentCondition, d) {
  d.doc("One observation about a Deployment, such as Available or Progressing.");
  d.field("type", &DeploymentCondition::type)
      .doc("The aspect observed: Available, Progressing or ReplicaFailure.").required().proto(1);
  d.field("status", &DeploymentCondition::status)
      .doc("Whether the condition holds: True, False or Unknown.").required().proto(2);
  d.field("lastUpdateTime", &DeploymentCondition::last_update_time)
      .doc("When the condition was last updated.").proto(6);
  d.field("lastTransitionTime", &DeploymentCondition::last_transition_time)
      .doc("When status last changed.").proto(7);
  d.field("reason", &DeploymentCondition::reason)
      .doc("Machine-readable CamelCase cause of the last transition.").proto(4);
  d.field("message", &DeploymentCondition::message)
      .doc("Human-readable details of the last transition.").proto(5);
}

}  // namespace windlass::api::apps::v1
