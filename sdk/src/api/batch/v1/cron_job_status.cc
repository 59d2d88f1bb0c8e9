#include <windlass/api/batch/v1/cron_job_status.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(CronJobStatus, d) {
  d.doc("The running jobs of a CronJob and when it last fired and succeeded.");
  d.field("active", &CronJobStatus::active)
      .doc("The jobs of this CronJob currently running.").list_atomic().proto(1);
  d.field("lastScheduleTime", &CronJobStatus::last_schedule_time)
      .doc("When a job was last scheduled.").proto(4);
  d.field("lastSuccessfulTime", &CronJobStatus::last_successful_time)
      .doc("When a job last completed successfully.").proto(5);
}

}  // namespace windlass::api::batch::v1
