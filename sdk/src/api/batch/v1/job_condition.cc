#include <windlass/api/batch/v1/job_condition.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(JobCondition, d) {
  d.doc("One observation about a Job, such as Complete, Failed or Suspended.");
  d.field("type", &JobCondition::type)
      .doc("The aspect observed, such as Complete, Failed, Suspended, FailureTarget or "
           "SuccessCriteriaMet.")
      .required().proto(1);
  d.field("status", &JobCondition::status)
      .doc("Whether the condition holds: True, False or Unknown.").required().proto(2);
  d.field("lastProbeTime", &JobCondition::last_probe_time)
      .doc("When the condition was last checked.").proto(3);
  d.field("lastTransitionTime", &JobCondition::last_transition_time)
      .doc("When status last changed.").proto(4);
  d.field("reason", &JobCondition::reason)
      .doc("Machine-readable CamelCase cause of the last transition.").proto(5);
  d.field("message", &JobCondition::message)
      .doc("Human-readable details of the last transition.").proto(6);
}

}  // namespace windlass::api::batch::v1
