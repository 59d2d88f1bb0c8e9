#include <windlass/api/batch/v1/job_status.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(JobStatus, d) {
  d.doc("What the job controller last observed about a Job's pods and progress.");
  d.field("conditions", &JobStatus::conditions)
      .doc("Observations such as Complete, Failed and Suspended.")
      .list_atomic().patch_merge("type").proto(1);
  d.field("startTime", &JobStatus::start_time)
      .doc("When the controller started the job (again when resumed).").proto(2);
  d.field("completionTime", &JobStatus::completion_time)
      .doc("When the job completed; unset for failed jobs.").proto(3);
  d.field("active", &JobStatus::active).doc("Pods pending or running, not terminating.").proto(4);
  d.field("succeeded", &JobStatus::succeeded).doc("Pods that succeeded.").proto(5);
  d.field("failed", &JobStatus::failed).doc("Pods that failed.").proto(6);
  d.field("terminating", &JobStatus::terminating)
      .doc("Pods terminating (with a deletion timestamp) but not yet failed or succeeded. Beta.")
      .proto(11);
  d.field("completedIndexes", &JobStatus::completed_indexes)
      .doc("For Indexed Jobs: the succeeded indexes as intervals, such as \"1,3-5,7\".").proto(7);
  d.field("failedIndexes", &JobStatus::failed_indexes)
      .doc("With backoffLimitPerIndex: the failed indexes as intervals. Beta.").proto(10);
  d.field("uncountedTerminatedPods", &JobStatus::uncounted_terminated_pods)
      .doc("Finished pods not yet reflected in succeeded and failed.").proto(8);
  d.field("ready", &JobStatus::ready).doc("Active pods with a Ready condition.").proto(9);
}

}  // namespace windlass::api::batch::v1
