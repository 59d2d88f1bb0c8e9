#include <windlass/api/core/v1/namespace_condition.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NamespaceCondition, d) {
  d.doc("One observation about a Namespace, mostly explaining a deletion in progress.");
  d.field("type", &NamespaceCondition::type)
      .doc("The aspect observed, such as NamespaceContentRemaining.").required().proto(1);
  d.field("status", &NamespaceCondition::status)
      .doc("Whether the condition holds: True, False or Unknown.").required().proto(2);
  d.field("lastTransitionTime", &NamespaceCondition::last_transition_time)
      .doc("When status last changed.").proto(4);
  d.field("reason", &NamespaceCondition::reason)
      .doc("Machine-readable CamelCase cause of the last transition.").proto(5);
  d.field("message", &NamespaceCondition::message)
      .doc("Human-readable details of the last transition.").proto(6);
}

}  // namespace windlass::api::core::v1
