#include <windlass/api/apiextensions/v1/custom_resource_definition_condition.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceDefinitionCondition, d) {
  d.doc("One observation about a CRD, such as whether it is Established.");
  d.field("type", &CustomResourceDefinitionCondition::type)
      .doc("What the condition is about, such as Established or NamesAccepted.")
      .required().proto(1);
  d.field("status", &CustomResourceDefinitionCondition::status)
      .doc("Whether the condition holds.")
      .enum_values({"True", "False", "Unknown"}).required().proto(2);
  d.field("lastTransitionTime", &CustomResourceDefinitionCondition::last_transition_time)
      .doc("When status last changed.").proto(3);
  d.field("reason", &CustomResourceDefinitionCondition::reason)
      .doc("Machine-readable CamelCase cause of the last transition.").proto(4);
  d.field("message", &CustomResourceDefinitionCondition::message)
      .doc("Human-readable details of the last transition.").proto(5);
}

}  // namespace windlass::api::apiextensions::v1
