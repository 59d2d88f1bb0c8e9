#include <windlass/api/meta/v1/condition.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(Condition, d) {
  d.doc("The state of one aspect of an object, as reported in status.conditions.");
  d.field("type", &Condition::type)
      .doc("The aspect the condition describes, in CamelCase (e.g. Ready), optionally prefixed "
           "with a DNS subdomain.")
      .required()
      .pattern(R"(^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$)")
      .max_length(316)
      .proto(1);
  d.field("status", &Condition::status)
      .doc("Whether the condition holds.")
      .enum_values({"True", "False", "Unknown"}).required().proto(2);
  d.field("observedGeneration", &Condition::observed_generation)
      .doc("The metadata.generation the condition was computed from; older than the current "
           "generation means the condition may be stale.")
      .minimum(0).proto(3);
  d.field("lastTransitionTime", &Condition::last_transition_time)
      .doc("When status last changed.").required().proto(4);
  d.field("reason", &Condition::reason)
      .doc("Machine-readable CamelCase cause of the last transition.")
      .required()
      .pattern(R"(^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$)")
      .min_length(1).max_length(1024)
      .proto(5);
  d.field("message", &Condition::message)
      .doc("Human-readable details of the last transition; may be empty.")
      .required().max_length(32768).proto(6);
}

}  // namespace windlass::api::meta::v1
