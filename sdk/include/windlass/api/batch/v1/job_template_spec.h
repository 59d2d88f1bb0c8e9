// windlass/api/batch/v1/job_template_spec.h — batch/v1 JobTemplateSpec: the Job a CronJob creates
// each time it fires.
//
//   batch::v1::JobTemplateSpec t{
//       .spec = {.template_ = {.spec = {.containers = {{.name = "c", .image = "busybox:1.36"}},
//                                       .restart_policy = "OnFailure"}}}};
#pragma once

#include <windlass/api/batch/v1/job_spec.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>

namespace windlass::api::batch::v1 {

// The Job a CronJob creates each time it fires: metadata plus a job spec (upstream
// `batchv1.JobTemplateSpec`).
struct JobTemplateSpec {
  meta::v1::ObjectMeta metadata;
  JobSpec spec;
  UnknownFields unknown_fields;
  bool operator==(const JobTemplateSpec&) const = default;
};
WINDLASS_API_DESCRIBED(JobTemplateSpec);

}  // namespace windlass::api::batch::v1
