// windlass/api/batch/v1/cron_job_spec.h — batch/v1 CronJobSpec: when a CronJob fires, what Job it
// creates, and how runs may overlap.
//
//   batch::v1::CronJobSpec s{
//       .schedule = "*/5 * * * *",
//       .concurrency_policy = "Forbid",
//       .job_template = {.spec = {.template_ = {.spec = {
//           .containers = {{.name = "c", .image = "busybox:1.36"}},
//           .restart_policy = "OnFailure"}}}}};
#pragma once

#include <windlass/api/batch/v1/job_template_spec.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::batch::v1 {

// When a CronJob fires, the Job it creates, and how runs may overlap (upstream
// `batchv1.CronJobSpec`).
struct CronJobSpec {
  std::string schedule;
  std::optional<std::string> time_zone;
  std::optional<std::int64_t> starting_deadline_seconds;
  std::string concurrency_policy;
  std::optional<bool> suspend;
  JobTemplateSpec job_template;
  std::optional<std::int32_t> successful_jobs_history_limit;
  std::optional<std::int32_t> failed_jobs_history_limit;
  UnknownFields unknown_fields;
  bool operator==(const CronJobSpec&) const = default;
};
WINDLASS_API_DESCRIBED(CronJobSpec);

}  // namespace windlass::api::batch::v1
