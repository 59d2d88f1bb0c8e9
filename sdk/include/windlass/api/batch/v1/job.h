// windlass/api/batch/v1/job.h — batch/v1 Job: runs pods until a number of them succeed.
//
// The job controller creates pods from the template and tracks them with a finalizer until it has
// counted them. A finished job stays until deleted, or until `ttlSecondsAfterFinished` passes. Jobs
// made by a CronJob are owned by it.
//
//   batch::v1::Job j{
//       .metadata = {.name = "pi", .namespace_ = "batch"},
//       .spec = {.backoff_limit = 4,
//                .template_ = {.spec = {.containers = {{.name = "pi", .image = "perl:5.34"}},
//                                       .restart_policy = "Never"}}}};
#pragma once

#include <windlass/api/batch/v1/job_spec.h>
#include <windlass/api/batch/v1/job_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::batch::v1 {

// Runs pods until a given number of them succeed, retrying failures up to a limit (upstream
// `batchv1.Job`).
struct Job {
  std::string api_version = "batch/v1";
  std::string kind = "Job";
  meta::v1::ObjectMeta metadata;
  JobSpec spec;
  JobStatus status;
  UnknownFields unknown_fields;
  bool operator==(const Job&) const = default;
};
WINDLASS_API_DESCRIBED(Job);
WINDLASS_API_RESOURCE(Job);

}  // namespace windlass::api::batch::v1
