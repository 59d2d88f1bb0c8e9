// windlass/api/batch/v1/cron_job_status.h — batch/v1 CronJobStatus: the running jobs of a CronJob
// and when it last fired.
//
//   batch::v1::CronJobStatus s{.active = {{.kind = "Job", .namespace_ = "batch",
//                                           .name = "hello-28871230"}}};
#pragma once

#include <windlass/api/core/v1/object_reference.h>
#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <optional>
#include <vector>

namespace windlass::api::batch::v1 {

// The running jobs of a CronJob and when it last fired and succeeded (upstream
// `batchv1.CronJobStatus`).
struct CronJobStatus {
  std::vector<core::v1::ObjectReference> active;
  std::optional<Time> last_schedule_time;
  std::optional<Time> last_successful_time;
  UnknownFields unknown_fields;
  bool operator==(const CronJobStatus&) const = default;
};
WINDLASS_API_DESCRIBED(CronJobStatus);

}  // namespace windlass::api::batch::v1
