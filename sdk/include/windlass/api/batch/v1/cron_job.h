// windlass/api/batch/v1/cron_job.h — batch/v1 CronJob: creates Jobs on a repeating schedule.
//
// Each run is a Job made from `jobTemplate` and named <cronjob>-<minutes since the epoch>; the
// CronJob owns it and prunes old ones to the history limits.
//
//   batch::v1::CronJob cj{
//       .metadata = {.name = "hello", .namespace_ = "batch"},
//       .spec = {.schedule = "*/5 * * * *",
//                .job_template = {.spec = {.template_ = {.spec = {
//                    .containers = {{.name = "hello", .image = "busybox:1.36"}},
//                    .restart_policy = "OnFailure"}}}}}};
#pragma once

#include <windlass/api/batch/v1/cron_job_spec.h>
#include <windlass/api/batch/v1/cron_job_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::batch::v1 {

// Creates Jobs on a repeating, cron-style schedule (upstream `batchv1.CronJob`).
struct CronJob {
  std::string api_version = "batch/v1";
  std::string kind = "CronJob";
  meta::v1::ObjectMeta metadata;
  CronJobSpec spec;
  CronJobStatus status;
  UnknownFields unknown_fields;
  bool operator==(const CronJob&) const = default;
};
WINDLASS_API_DESCRIBED(CronJob);
WINDLASS_API_RESOURCE(CronJob);

}  // namespace windlass::api::batch::v1
