// windlass/api/batch/v1/job_condition.h — batch/v1 JobCondition: one observation about a Job, such
// as Complete or Failed.
//
//   batch::v1::JobCondition c{.type = "Complete", .status = "True"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <string>

namespace windlass::api::batch::v1 {

// One observation about a Job, such as Complete, Failed or Suspended (upstream
// `batchv1.JobCondition`).
struct JobCondition {
  std::string type;
  std::string status;
  Time last_probe_time;
  Time last_transition_time;
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const JobCondition&) const = default;
};
WINDLASS_API_DESCRIBED(JobCondition);

}  // namespace windlass::api::batch::v1
