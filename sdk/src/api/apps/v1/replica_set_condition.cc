#include <windlass/api/apps/v1/replica_set_condition.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(ReplicaSetCondition, d) {
  d.doc("One observation about a ReplicaSet, such as ReplicaFailure.");
  d.field("type", &ReplicaSetCondition::type)
      .doc("The aspect observed, such as ReplicaFailure.").required().proto(1);
  d.field("status", &ReplicaSetCondition::status)
      .doc("Whether the condition holds: True, False or Unknown.").required().proto(2);
  d.field("lastTransitionTime", &ReplicaSetCondition::last_transition_time)
      .doc("When status last changed.").proto(3);
  d.field("reason", &ReplicaSetCondition::reason)
      .doc("Machine-readable CamelCase cause of the last transition.").proto(4);
  d.field("message", &ReplicaSetCondition::message)
      .doc("Human-readable details of the last transition.").proto(5);
}

}  // namespace windlass::api::apps::v1
