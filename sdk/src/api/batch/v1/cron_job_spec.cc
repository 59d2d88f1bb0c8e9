#include <windlass/api/batch/v1/cron_job_spec.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(CronJobSpec, d) {
  d.doc("When a CronJob fires, the Job it creates, and how runs may overlap.");
  d.field("schedule", &CronJobSpec::schedule)
      .doc("When to fire, in cron syntax, such as \"*/5 * * * *\" or \"@hourly\".")
      .required().proto(1);
  d.field("timeZone", &CronJobSpec::time_zone)
      .doc("IANA time zone the schedule is read in, such as Europe/Berlin; the controller's "
           "local time when unset.")
      .proto(8);
  d.field("startingDeadlineSeconds", &CronJobSpec::starting_deadline_seconds)
      .doc("A run that could not start within this many seconds of its time is skipped and "
           "counts as missed.")
      .proto(2);
  d.field("concurrencyPolicy", &CronJobSpec::concurrency_policy)
      .doc("Allow (the default; runs may overlap), Forbid (skip a run while the last is active) "
           "or Replace (stop the active run and start the new one).")
      .enum_values({"Allow", "Forbid", "Replace"}).proto(3);
  d.field("suspend", &CronJobSpec::suspend)
      .doc("While true no new runs start; running jobs are not affected.").proto(4);
  d.field("jobTemplate", &CronJobSpec::job_template)
      .doc("The Job created for each run.").required().proto(5);
  d.field("successfulJobsHistoryLimit", &CronJobSpec::successful_jobs_history_limit)
      .doc("How many successful jobs to keep; 3 when unset.").proto(6);
  d.field("failedJobsHistoryLimit", &CronJobSpec::failed_jobs_history_limit)
      .doc("How many failed jobs to keep; 1 when unset.").proto(7);
}

}  // namespace windlass::api::batch::v1
