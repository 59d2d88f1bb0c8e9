#include <windlass/api/batch/v1/cron_job.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(CronJob, d) {
  d.doc("Creates Jobs on a repeating, cron-style schedule.");
  d.field("apiVersion", &CronJob::api_version)
      .doc("API version of this representation; \"batch/v1\".");
  d.field("kind", &CronJob::kind).doc("Kind of this representation; \"CronJob\".");
  d.field("metadata", &CronJob::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &CronJob::spec).doc("The schedule and the Job to create.").proto(2);
  d.field("status", &CronJob::status)
      .doc("Running jobs and last run times; written by the system.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(CronJob) {
  return {.group = "batch",
          .version = "v1",
          .kind = "CronJob",
          .plural = "cronjobs",
          .singular = "cronjob",
          .short_names = {"cj"},
          .categories = {"all"},
          .status_subresource = true,
          .printer_columns = {
              {.name = "Schedule", .type = "string", .json_path = ".spec.schedule"},
              {.name = "Timezone", .type = "string", .json_path = ".spec.timeZone"},
              {.name = "Suspend", .type = "boolean", .json_path = ".spec.suspend"},
              {.name = "Last Schedule", .type = "date", .json_path = ".status.lastScheduleTime"},
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"},
              {.name = "Containers", .type = "string",
               .json_path = ".spec.jobTemplate.spec.template.spec.containers[*].name",
               .priority = 1},
              {.name = "Images", .type = "string",
               .json_path = ".spec.jobTemplate.spec.template.spec.containers[*].image",
               .priority = 1}}};
}

}  // namespace windlass::api::batch::v1
