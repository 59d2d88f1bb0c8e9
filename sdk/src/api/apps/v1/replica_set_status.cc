#include <windlass/api/apps/v1/replica_set_status.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(ReplicaSetStatus, d) {
  d.doc("What the replica set controller last observed about a ReplicaSet's pods.");
  d.field("replicas", &ReplicaSetStatus::replicas).doc("Pods currently owned.").required().proto(1);
  d.field("fullyLabeledReplicas", &ReplicaSetStatus::fully_labeled_replicas)
      .doc("Pods whose labels match the template's labels.").proto(2);
  d.field("readyReplicas", &ReplicaSetStatus::ready_replicas)
      .doc("Pods with a Ready condition.").proto(4);
  d.field("availableReplicas", &ReplicaSetStatus::available_replicas)
      .doc("Pods ready for at least minReadySeconds.").proto(5);
  d.field("observedGeneration", &ReplicaSetStatus::observed_generation)
      .doc("The metadata.generation the controller last acted on.").proto(3);
  d.field("conditions", &ReplicaSetStatus::conditions)
      .doc("Observations such as ReplicaFailure.").list_map({"type"}).patch_merge("type").proto(6);
}

}  // namespace windlass::api::apps::v1
