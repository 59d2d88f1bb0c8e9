#include <windlass/api/apps/v1/stateful_set_status.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(StatefulSetStatus, d) {
  d.doc("What the stateful set controller last observed about a StatefulSet's pods.");
  d.field("observedGeneration", &StatefulSetStatus::observed_generation)
      .doc("The metadata.generation the controller last acted on.").proto(1);
  d.field("replicas", &StatefulSetStatus::replicas)
      .doc("Pods created by the controller.").required().proto(2);
  d.field("readyReplicas", &StatefulSetStatus::ready_replicas)
      .doc("Pods with a Ready condition.").proto(3);
  d.field("currentReplicas", &StatefulSetStatus::current_replicas)
      .doc("Pods at the revision currentRevision.").proto(4);
  d.field("updatedReplicas", &StatefulSetStatus::updated_replicas)
      .doc("Pods at the revision updateRevision.").proto(5);
  d.field("currentRevision", &StatefulSetStatus::current_revision)
      .doc("ControllerRevision of the pods below the rollout's progress.").proto(6);
  d.field("updateRevision", &StatefulSetStatus::update_revision)
      .doc("ControllerRevision of the current template, which the rollout moves pods to.").proto(7);
  d.field("collisionCount", &StatefulSetStatus::collision_count)
      .doc("Bumped on a ControllerRevision name hash collision to make the next name unique.")
      .proto(9);
  d.field("conditions", &StatefulSetStatus::conditions)
      .doc("The latest observations of the StatefulSet's state.")
      .list_map({"type"}).patch_merge("type").proto(10);
  d.field("availableReplicas", &StatefulSetStatus::available_replicas)
      .doc("Pods ready for at least minReadySeconds.").always().proto(11);
}

}  // namespace windlass::api::apps::v1
