#include <windlass/api/apps/v1/deployment_status.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(DeploymentStatus, d) {
  d.doc("What the deployment controller last observed about a Deployment's pods.");
  d.field("observedGeneration", &DeploymentStatus::observed_generation)
      .doc("The metadata.generation the controller last acted on.").proto(1);
  d.field("replicas", &DeploymentStatus::replicas)
      .doc("Non-terminating pods the Deployment targets, old and new.").proto(2);
  d.field("updatedReplicas", &DeploymentStatus::updated_replicas)
      .doc("Pods running the current template.").proto(3);
  d.field("readyReplicas", &DeploymentStatus::ready_replicas)
      .doc("Pods with a Ready condition.").proto(7);
  d.field("availableReplicas", &DeploymentStatus::available_replicas)
      .doc("Pods ready for at least minReadySeconds.").proto(4);
  d.field("unavailableReplicas", &DeploymentStatus::unavailable_replicas)
      .doc("Pods still needed for the desired count to be available.").proto(5);
  d.field("conditions", &DeploymentStatus::conditions)
      .doc("Observations such as Available and Progressing.")
      .list_map({"type"}).patch_merge("type").proto(6);
  d.field("collisionCount", &DeploymentStatus::collision_count)
      .doc("Bumped on a ReplicaSet name hash collision to make the next name unique.").proto(8);
}

}  // namespace windlass::api::apps::v1
