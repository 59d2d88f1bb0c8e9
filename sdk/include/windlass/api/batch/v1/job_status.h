// windlass/api/batch/v1/job_status.h — batch/v1 JobStatus: what the job controller last observed
// about a Job's pods.
//
// A job is finished once it has a Complete or Failed condition with status True. Upstream marks
// `conditions` as an atomic list that strategic merge patches still merge by `type`.
//
//   batch::v1::JobStatus s{.start_time = Time{}, .active = 1, .ready = 1};
#pragma once

#include <windlass/api/batch/v1/job_condition.h>
#include <windlass/api/batch/v1/uncounted_terminated_pods.h>
#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::batch::v1 {

// What the job controller last observed about a Job's pods and progress (upstream
// `batchv1.JobStatus`).
struct JobStatus {
  std::vector<JobCondition> conditions;
  std::optional<Time> start_time;
  std::optional<Time> completion_time;
  std::int32_t active = 0;
  std::int32_t succeeded = 0;
  std::int32_t failed = 0;
  std::optional<std::int32_t> terminating;
  std::string completed_indexes;
  std::optional<std::string> failed_indexes;
  std::optional<UncountedTerminatedPods> uncounted_terminated_pods;
  std::optional<std::int32_t> ready;
  UnknownFields unknown_fields;
  bool operator==(const JobStatus&) const = default;
};
WINDLASS_API_DESCRIBED(JobStatus);

}  // namespace windlass::api::batch::v1
