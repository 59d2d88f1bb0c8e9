#include <windlass/api/apps/v1/stateful_set_condition.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(StatefulSetCondition, d) {
  d.doc("One observation about a StatefulSet.");
  d.field("type", &StatefulSetCondition::type)
      .doc("The aspect observed; upstream defines no condition types for this kind yet.")
      .required().proto(1);
  d.field("status", &StatefulSetCondition::status)
      .doc("Whether the condition holds: True, False or Unknown.").required().proto(2);
  d.field("lastTransitionTime", &StatefulSetCondition::last_transition_time)
      .doc("When status last changed.").proto(3);
  d.field("reason", &StatefulSetCondition::reason)
      .doc("Machine-readable CamelCase cause of the last transition.").proto(4);
  d.field("message", &StatefulSetCondition::message)
      .doc("Human-readable details of the last transition.").proto(5);
}

}  // namespace windlass::api::apps::v1
