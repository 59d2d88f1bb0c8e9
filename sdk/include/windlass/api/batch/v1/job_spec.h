// windlass/api/batch/v1/job_spec.h — batch/v1 JobSpec: what a Job runs, how many times it must
// succeed, and how failures are handled.
//
// The template's restartPolicy must be Never or OnFailure. Unless `manualSelector` is set, the
// server generates `selector` and matching pod labels (batch.kubernetes.io/controller-uid). Most
// fields are immutable; `parallelism`, `suspend` and a few others may change.
//
//   batch::v1::JobSpec s{
//       .completions = 5, .backoff_limit = 2,
//       .template_ = {.spec = {.containers = {{.name = "work", .image = "worker:1"}},
//                              .restart_policy = "Never"}}};
#pragma once

#include <windlass/api/batch/v1/pod_failure_policy.h>
#include <windlass/api/batch/v1/success_policy.h>
#include <windlass/api/core/v1/pod_template_spec.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::batch::v1 {

// What a Job runs, how many pods must succeed, and how failures and completion are handled
// (upstream `batchv1.JobSpec`).
struct JobSpec {
  std::optional<std::int32_t> parallelism;
  std::optional<std::int32_t> completions;
  std::optional<std::int64_t> active_deadline_seconds;
  std::optional<PodFailurePolicy> pod_failure_policy;
  std::optional<SuccessPolicy> success_policy;
  std::optional<std::int32_t> backoff_limit;
  std::optional<std::int32_t> backoff_limit_per_index;
  std::optional<std::int32_t> max_failed_indexes;
  std::optional<meta::v1::LabelSelector> selector;
  std::optional<bool> manual_selector;
  core::v1::PodTemplateSpec template_;  // `template` is a C++ keyword
  std::optional<std::int32_t> ttl_seconds_after_finished;
  std::optional<std::string> completion_mode;
  std::optional<bool> suspend;
  std::optional<std::string> pod_replacement_policy;
  std::optional<std::string> managed_by;
  UnknownFields unknown_fields;
  bool operator==(const JobSpec&) const = default;
};
WINDLASS_API_DESCRIBED(JobSpec);

}  // namespace windlass::api::batch::v1
