#include <windlass/api/core/v1/node_condition.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeCondition, d) {
  d.doc("One observation about a node.");
  d.field("type", &NodeCondition::type)
      .doc("The aspect observed, such as Ready or MemoryPressure.").required().proto(1);
  d.field("status", &NodeCondition::status)
      .doc("Whether the condition holds: True, False or Unknown.").required().proto(2);
  d.field("lastHeartbeatTime", &NodeCondition::last_heartbeat_time)
      .doc("When the condition was last reported.").proto(3);
  d.field("lastTransitionTime", &NodeCondition::last_transition_time)
      .doc("When status last changed.").proto(4);
  d.field("reason", &NodeCondition::reason)
      .doc("Machine-readable CamelCase cause of the last transition.").proto(5);
  d.field("message", &NodeCondition::message)
      .doc("Human-readable details of the last transition.").proto(6);
}

}  // namespace windlass::api::core::v1
